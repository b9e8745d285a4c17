import Foundation

/// One cell of a report table. Text is always text: writers never turn it
/// into a formula, whatever it starts with.
public enum Cell: Sendable, Equatable {
    case text(String)
    case number(Decimal)
    case empty
}

/// A sheet ready to write: columns, rows and an optional totals row, with
/// every row knowing the facts it was computed from.
public struct Table: Sendable, Equatable {
    public struct Column: Sendable, Equatable {
        /// Stable machine key: the CSV header, and what `tally diff` compares.
        public var key: String
        /// The header an official reads in the workbook.
        public var header: String
        /// An Excel number format (`#,##0`), or nil for the general format.
        public var format: String?
        /// Width in characters, or nil to fit the content.
        public var width: Double?
        public var isNumeric: Bool
        /// Text cells of this column are `yyyy-mm-dd` days: the workbook
        /// writes them as date cells (sortable, filterable by month), the CSV
        /// as the text.
        public var isDate: Bool

        public init(key: String, header: String, format: String? = nil, width: Double? = nil, isNumeric: Bool = false,
                    isDate: Bool = false) {
            self.key = key; self.header = header; self.format = format; self.width = width; self.isNumeric = isNumeric
            self.isDate = isDate
        }
    }

    public struct Row: Sendable, Equatable {
        public var cells: [Cell]
        /// Indices into the workbook's `sources` of the facts behind this row.
        public var sources: [Int]
        /// Per cell, the fact its link leads to when it is not the row's
        /// first: the largest figure of a group links to the fact that holds
        /// it, a sum to the first fact that has the summed field. Empty, or
        /// nil for a cell, means the first of `sources`.
        public var links: [Int?]
        public init(cells: [Cell], sources: [Int], links: [Int?] = []) {
            self.cells = cells; self.sources = sources; self.links = links
        }

        /// The fact cell `c` links to, if any.
        public func link(_ c: Int) -> Int? { (c < links.count ? links[c] : nil) ?? sources.first }
    }

    /// A chart over the table's own cells, by column index.
    public struct Chart: Sendable, Equatable {
        public var kind: ReportSpec.ChartSpec.Kind
        public var category: Int
        public var values: [Int]
        public var title: String?
        /// Top-left cell, 0-based; nil places the chart right of the table.
        public var row: Int?
        public var column: Int?
        /// Under the table (and its totals row) instead of right of it.
        public var below: Bool
        public init(kind: ReportSpec.ChartSpec.Kind, category: Int, values: [Int], title: String? = nil,
                    row: Int? = nil, column: Int? = nil, below: Bool = false) {
            self.kind = kind; self.category = category; self.values = values; self.title = title
            self.row = row; self.column = column; self.below = below
        }
    }

    public var name: String
    public var columns: [Column]
    public var rows: [Row]
    public var totals: Row?
    /// A title row above the header, or nil.
    public var title: String?
    public var chart: Chart?
    /// One row per fact (no `group_by`): written as an Excel table with
    /// banded rows, which a long list needs to stay readable.
    public var isList: Bool

    public init(name: String, columns: [Column], rows: [Row], totals: Row? = nil, title: String? = nil,
                chart: Chart? = nil, isList: Bool = false) {
        self.name = name; self.columns = columns; self.rows = rows; self.totals = totals
        self.title = title; self.chart = chart; self.isList = isList
    }
}

/// A workbook ready to write: document properties, sheets, and the facts its
/// numbers come from (listed on a `Sources` sheet so every number leads back to
/// its sentence).
public struct Workbook: Sendable, Equatable {
    /// File name without extension (`beds` → `beds.xlsx`).
    public var name: String
    public var properties: DocumentProperties
    /// Seconds since 1970, UTC. Never the clock: byte-identical output for
    /// identical input needs a fixed creation time.
    public var created: Int
    public var tables: [Table]
    /// The facts behind the numbers, in provenance order.
    public var sources: [Fact]
    /// Whether to write the `Sources` sheet and link numbers to it.
    public var includeSources: Bool

    public init(name: String, properties: DocumentProperties, created: Int, tables: [Table], sources: [Fact],
                includeSources: Bool = true) {
        self.name = name; self.properties = properties; self.created = created; self.tables = tables; self.sources = sources
        self.includeSources = includeSources
    }

    /// The `Sources` sheet as a table: one row per fact, in `sources` order.
    /// Long text columns are narrow and wrap, so the sheet prints on
    /// landscape A4 in type an official can read; a range is two numbers
    /// (From, To), never text.
    public var sourcesTable: Table {
        let columns: [Table.Column] = [
            .init(key: "source", header: "Source", width: 22),
            .init(key: "file", header: "File", width: 14),
            .init(key: "article_title", header: "Article", width: 20),
            .init(key: "address", header: "Address", width: 16),
            .init(key: "date", header: "Date", isDate: true),
            .init(key: "paragraph", header: "Paragraph", format: "0", isNumeric: true),
            .init(key: "span", header: "Span"),
            .init(key: "mention", header: "Mention", width: 12),
            .init(key: "category", header: "Category"),
            .init(key: "value", header: "Value", format: "#,##0.##", isNumeric: true),
            .init(key: "min", header: "From", format: "#,##0.##", isNumeric: true),
            .init(key: "max", header: "To", format: "#,##0.##", isNumeric: true),
            .init(key: "unit", header: "Unit"),
            .init(key: "subject", header: "Subject", width: 16),
            .init(key: "qualifiers", header: "Qualifiers", width: 10),
            .init(key: "period", header: "Period"),
            .init(key: "sentence", header: "Sentence", width: 45),
        ]
        let rows = sources.enumerated().map { i, f in
            Table.Row(cells: [
                .text(FactField.sourceID(f)), .text(f.provenance.file), f.provenance.articleTitle.map(Cell.text) ?? .empty,
                f.provenance.articleURL.map(Cell.text) ?? .empty,
                f.provenance.articleDate.map { .text($0.description) } ?? .empty,
                .number(Decimal(f.provenance.paragraph)), .text(FactField.spanText(f)), .text(f.provenance.text),
                .text(f.category), FactField.value.cell(f), FactField.min.cell(f), FactField.max.cell(f),
                .text(f.unit), f.subject.map(Cell.text) ?? .empty,
                .text(f.qualifiers.map(\.rawValue).joined(separator: ", ")), f.period.map(Cell.text) ?? .empty,
                .text(f.provenance.sentence),
            ], sources: [i])
        }
        return Table(name: "Sources", columns: columns, rows: rows, isList: true)
    }

    /// Column of the Sources sheet that holds an article's address, written
    /// as a link to it.
    public static let sourcesAddressColumn = 3
}
