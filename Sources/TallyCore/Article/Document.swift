/// A parsed input file: its text, its paragraphs and the articles they form.
public struct Document: Sendable {
    public let source: SourceText
    public let paragraphs: [Paragraph]
    public let articles: [Article]

    public var path: String { source.path }

    public init(source: SourceText) {
        let segmented = Segmenter.segment(source)
        self.source = source
        self.paragraphs = segmented.paragraphs
        self.articles = segmented.articles
    }

    public init(path: String, text: String) {
        self.init(source: SourceText(path: path, text: text))
    }

    /// A file's bytes as read from disk, decoded as UTF-8 here so that a BOM
    /// stays in the text and spans count it, as Python's
    /// `open(path, encoding="utf-8").read()[start:end]` does. (Foundation's
    /// `String(contentsOfFile:encoding:)` drops a BOM, which would shift
    /// every span of such a file by one.) Invalid bytes read as U+FFFD.
    public init<Bytes: Collection>(path: String, utf8 bytes: Bytes) where Bytes.Element == UInt8 {
        self.init(path: path, text: String(decoding: bytes, as: UTF8.self))
    }
}
