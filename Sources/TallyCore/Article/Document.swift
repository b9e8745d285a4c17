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
}
