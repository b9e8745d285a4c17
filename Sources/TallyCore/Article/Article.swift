/// A story on a page: the main article (index 0) or a related-article teaser.
public struct Article: Sendable, Equatable {
    public struct Section: Sendable, Equatable {
        /// The heading paragraph's text, or nil for the part before any heading.
        public var heading: String?
        /// Paragraph indices in the file.
        public var paragraphs: [Int]
    }

    public struct Day: Sendable, Equatable, Comparable, CustomStringConvertible {
        public let year: Int, month: Int, day: Int
        public init(year: Int, month: Int, day: Int) { self.year = year; self.month = month; self.day = day }
        /// ISO 8601 (`2020-09-20`), the only date form Tally writes.
        public var description: String {
            func pad(_ n: Int, _ w: Int) -> String { let s = String(n); return String(repeating: "0", count: max(0, w - s.count)) + s }
            return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
        }
        public static func < (a: Day, b: Day) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }
    }

    public let index: Int
    public var title: String?
    public var lede: String?
    public var date: Day?
    public var language: Language
    public var byline: String?
    /// The address of the page (`Source: https://…`), when it was saved with one.
    public var url: String?
    public var captions: [String] = []
    public var sections: [Section] = []
    /// Every paragraph index of this article, in file order.
    public var paragraphs: [Int] = []
}
