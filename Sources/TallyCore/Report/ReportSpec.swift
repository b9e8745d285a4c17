import Foundation

/// A parsed, validated report spec: one workbook with its sheets. Built only
/// by `SpecLoader`, so every value here has already been checked.
public struct ReportSpec: Sendable, Equatable {
    public struct WorkbookSpec: Sendable, Equatable {
        /// File name without extension; letters, digits, `-` and `_` only.
        public var file: String
        /// Where `file:` stands in the spec (line, column), so a clash with
        /// another spec's workbook can point at it.
        public var fileLine = 1
        public var fileColumn = 1
        public var properties = DocumentProperties()
        /// Write the `Sources` sheet and link each number to its source row.
        public var sources: Bool = true
    }

    public enum Aggregate: String, Sendable, CaseIterable {
        case sum, count, min, max, average
        /// The value of the figure the most articles report (ties: the
        /// larger value, then the first by provenance): a facility's stated
        /// bed count or total when articles restate, round or disagree.
        case mostReported = "most_reported"
        /// The number of distinct article files among the facts.
        case articles
    }

    public struct ColumnSpec: Sendable, Equatable {
        public enum Content: Sendable, Equatable {
            case field(FactField)
            case aggregate(Aggregate, FactField?)
        }
        public var key: String
        public var header: String
        public var content: Content
        public var format: String?
        /// Width in characters; nil fits the content.
        public var width: Double?
        /// What the totals row shows in this column (aggregate columns default
        /// to their own aggregate over all the sheet's facts).
        public var total: Aggregate?
        /// An aggregate column's own filter (`where:` on the column), applied
        /// within each group: beds now and beds planned side by side.
        public var filter: Predicate? = nil

        public var isNumeric: Bool {
            switch content {
            case .field(let f): return f.isNumeric
            // The latest or earliest date is a date, written as text.
            case .aggregate(_, .date?): return false
            case .aggregate: return true
            }
        }
    }

    public struct SortKey: Sendable, Equatable {
        /// A column key, or a fact field on sheets without `group_by`.
        public var by: String
        public var descending: Bool
    }

    /// A chart drawn from a sheet's own columns (`chart:` in a spec), so it
    /// always shows what the table shows and follows it when rows change.
    public struct ChartSpec: Sendable, Equatable {
        public enum Kind: String, Sendable, CaseIterable { case bar, column, line, pie }
        public var kind: Kind
        /// The column key whose cells name the bars (a subject, a unit).
        public var category: String
        /// Numeric column keys, one series each (a pie takes one).
        public var values: [String]
        public var title: String?
        /// Top-left cell, 0-based; nil places the chart right of the table,
        /// or below it with `below` (a list that grows pushes it down rather
        /// than under the chart).
        public var row: Int?
        public var column: Int?
        public var below = false
    }

    public struct SheetSpec: Sendable, Equatable {
        public var name: String
        /// A title row above the header (`title:`), for a printed page.
        public var title: String?
        public var chart: ChartSpec?
        public var filter: Predicate?
        /// Restatements (headlines, teasers, read-more repeats) are left out
        /// unless asked for, so no total is ever doubled.
        public var includeRepeats: Bool = false
        public var groupBy: [FactField] = []
        public var sort: [SortKey] = []
        public var columns: [ColumnSpec]
        /// Label of the totals row, or nil for none.
        public var totals: String?
        /// `per: figure`: a sheet without `group_by` lists one row per real
        /// figure (its first original mention, with its most precise amount)
        /// instead of one per mention.
        public var perFigure = false
        /// Where the sheet stands in its spec, for the warning when it
        /// selects no facts.
        public var line = 1
        public var column = 1
    }

    public var path: String
    public var workbook: WorkbookSpec
    public var sheets: [SheetSpec]
}

/// A condition on facts, from a spec's `where:`.
public indirect enum Predicate: Sendable, Equatable {
    public enum Test: Sendable, Equatable {
        case oneOf([String])
        case notOneOf([String])
        case compare(Comparison, Decimal)
        /// A date field against a day (`date: {ge: 2024-01-01}`).
        case compareDay(Comparison, Article.Day)
        case contains(String)
        case includes(String)
        case excludes(String)
        case isNull(Bool)
    }
    public enum Comparison: String, Sendable, CaseIterable {
        case eq, ne, gt, ge, lt, le

        /// The same tests written as symbols (`date: {">=": 2024-01-01}`).
        public static let symbols: [String: Comparison] = ["=": .eq, "==": .eq, "!=": .ne, ">": .gt, ">=": .ge, "<": .lt, "<=": .le]

        func holds<T: Comparable>(_ lhs: T, _ rhs: T) -> Bool {
            switch self {
            case .eq: return lhs == rhs
            case .ne: return lhs != rhs
            case .gt: return lhs > rhs
            case .ge: return lhs >= rhs
            case .lt: return lhs < rhs
            case .le: return lhs <= rhs
            }
        }
    }

    case all([Predicate])
    case any([Predicate])
    case not(Predicate)
    case test(FactField, Test)

    /// Numeric fields compare as numbers (`485.0` is `485`), text as written.
    static func same(_ field: FactField, _ wanted: String, _ actual: String) -> Bool {
        guard field.isNumeric, let a = Decimal(string: wanted), let b = Decimal(string: actual) else { return wanted == actual }
        return a == b
    }

    /// - Parameter sources: article counts per figure, for the `sources`
    ///   field (without them each fact counts as reported once).
    public func matches(_ f: Fact, _ sources: FigureSources? = nil) -> Bool {
        switch self {
        case .all(let ps): return ps.allSatisfy { $0.matches(f, sources) }
        case .any(let ps): return ps.contains { $0.matches(f, sources) }
        case .not(let p): return !p.matches(f, sources)
        case .test(let field, let test):
            switch test {
            case .oneOf(let values): return field.text(f, sources).map { t in values.contains { Self.same(field, $0, t) } } ?? false
            case .notOneOf(let values): return field.text(f, sources).map { t in !values.contains { Self.same(field, $0, t) } } ?? true
            case .compare(let op, let rhs):
                guard let lhs = field.number(f, sources) else { return false }
                return op.holds(lhs, rhs)
            case .compareDay(let op, let rhs):
                guard let lhs = f.provenance.articleDate else { return false }
                return op.holds(lhs, rhs)
            case .contains(let needle):
                guard let t = field.text(f, sources) else { return false }
                return t.lowercased().contains(needle.lowercased())
            case .includes(let q): return f.qualifiers.contains { $0.rawValue == q } || (field != .qualifiers && field.text(f, sources) == q)
            case .excludes(let q): return !f.qualifiers.contains { $0.rawValue == q }
            case .isNull(let wanted): return (field.text(f, sources) == nil) == wanted
            }
        }
    }
}
