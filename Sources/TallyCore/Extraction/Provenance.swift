/// Where a fact was read: enough to lead a reader from any number in a
/// workbook back to the sentence in the file.
public struct Provenance: Sendable, Equatable {
    /// The file path as given on the command line.
    public var file: String
    /// 0-based article index in the file (0 is the main story).
    public var article: Int
    public var articleTitle: String?
    public var articleDate: Article.Day?
    /// 0-based paragraph index in the file.
    public var paragraph: Int
    /// `[start, end)` in Unicode scalars of the file's text as read.
    public var span: Range<Int>
    /// The mention exactly as written (`485 beds`, `17 nghìn tỷ đồng`).
    public var text: String
    /// The whole sentence holding the mention, exactly as written.
    public var sentence: String
    /// The page's own address (its `Source:` line), when the file has one.
    public var articleURL: String? = nil
}
