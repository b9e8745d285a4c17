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

        public init(key: String, header: String, format: String? = nil, width: Double? = nil, isNumeric: Bool = false) {
            self.key = key; self.header = header; self.format = format; self.width = width; self.isNumeric = isNumeric
        }
    }

    public struct Row: Sendable, Equatable {
        public var cells: [Cell]
        /// Indices into the workbook's `sources` of the facts behind this row.
        public var sources: [Int]
        public init(cells: [Cell], sources: [Int]) { self.cells = cells; self.sources = sources }
    }

    public var name: String
    public var columns: [Column]
    public var rows: [Row]
    public var totals: Row?

    public init(name: String, columns: [Column], rows: [Row], totals: Row? = nil) {
        self.name = name; self.columns = columns; self.rows = rows; self.totals = totals
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
    public var sourcesTable: Table {
        let columns: [Table.Column] = [
            .init(key: "source", header: "Source"),
            .init(key: "file", header: "File"),
            .init(key: "article_title", header: "Article"),
            .init(key: "date", header: "Date"),
            .init(key: "paragraph", header: "Paragraph", format: "0", isNumeric: true),
            .init(key: "mention", header: "Mention"),
            .init(key: "category", header: "Category"),
            .init(key: "value", header: "Value", format: "#,##0.##", isNumeric: true),
            .init(key: "unit", header: "Unit"),
            .init(key: "subject", header: "Subject"),
            .init(key: "qualifiers", header: "Qualifiers"),
            .init(key: "period", header: "Period"),
            .init(key: "sentence", header: "Sentence", width: 100),
        ]
        let rows = sources.enumerated().map { i, f in
            Table.Row(cells: [
                .text(FactField.sourceID(f)), .text(f.provenance.file), f.provenance.articleTitle.map(Cell.text) ?? .empty,
                f.provenance.articleDate.map { .text($0.description) } ?? .empty,
                .number(Decimal(f.provenance.paragraph)), .text(f.provenance.text), .text(f.category),
                // A range has no single value: it shows as written, "30-50".
                f.value == nil && f.min != nil ? FactField.figure.cell(f) : FactField.value.cell(f), .text(f.unit), f.subject.map(Cell.text) ?? .empty,
                .text(f.qualifiers.map(\.rawValue).joined(separator: ", ")), f.period.map(Cell.text) ?? .empty,
                .text(f.provenance.sentence),
            ], sources: [i])
        }
        return Table(name: "Sources", columns: columns, rows: rows)
    }
}
