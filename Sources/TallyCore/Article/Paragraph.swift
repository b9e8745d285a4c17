/// One paragraph of a file: a non-empty line, or several hard-wrapped lines
/// joined, located by canonical scalar offsets into its `SourceText`.
public struct Paragraph: Sendable, Equatable {
    /// What a paragraph is on the page. Only some kinds carry facts: page
    /// chrome (the capture date, keyword lines, bylines, widgets) never does.
    public enum Kind: String, Sendable, Codable {
        case source, captureDate, title, lede, heading, body, caption
        case keywords, readMoreTeaser, teaserTitle, teaserLede, byline, widget

        /// Kinds whose figures become facts.
        public var carriesFacts: Bool {
            switch self {
            case .title, .lede, .heading, .body, .caption, .readMoreTeaser, .teaserTitle, .teaserLede:
                return true
            case .source, .captureDate, .keywords, .byline, .widget:
                return false
            }
        }

        /// Kinds that restate the story rather than tell it: a figure found
        /// here and again in the body counts once, and the body holds it.
        public var restates: Bool {
            switch self {
            case .title, .caption, .readMoreTeaser, .teaserTitle: return true
            default: return false
            }
        }
    }

    /// True when the paragraph restates the story rather than tells it: a
    /// title, caption or teaser, or a headline-like line without a full stop
    /// (`Vietstock - <headline>`). A figure here and in the body counts once,
    /// and the body holds it.
    public var restatesStory: Bool {
        kind.restates || (!NoiseRules.endsSentence(text) && NoiseRules.wordCount(text, upTo: 31) <= 30)
    }

    /// 0-based index in the file.
    public let index: Int
    public var kind: Kind
    /// Canonical scalar range of the paragraph's text (without line end).
    public let range: Range<Int>
    /// `[start, end)` in Unicode scalars of the file's text as read (BOM,
    /// CRLF and NFD included), so a reader can find the paragraph in the file.
    public let span: Range<Int>
    public let text: String
    /// True when a blank line (or the start of the file) comes before it:
    /// a teaser's title and lede sit on consecutive lines, a story's title
    /// and lede usually do not.
    public let startsBlock: Bool
    /// Index of an earlier paragraph with the same text, when this one repeats it.
    public var duplicateOf: Int?
    /// Index of the article that holds this paragraph.
    public var article: Int = 0
}
