import Foundation
import TallyCore
import TallyWriters

/// `tally facts` as rows: the same columns for `--format csv` (RFC 4180,
/// through the export's own CSV writer, formula text neutralised) and
/// `--format table` (tab-separated with a header row, for a terminal).
enum FactList {
    static let columns = ["fact", "file", "paragraph", "category", "value", "min", "max", "unit", "qualifiers", "period",
                          "subject", "repeat_of", "mention"]

    static func table(_ facts: [Fact]) -> Table {
        let rows = facts.enumerated().map { i, f in
            Table.Row(cells: [
                .number(Decimal(i)), .text(f.provenance.file), .number(Decimal(f.provenance.paragraph)), .text(f.category),
                FactField.value.cell(f), FactField.min.cell(f), FactField.max.cell(f), .text(f.unit),
                FactField.qualifiers.cell(f), FactField.period.cell(f), FactField.subject.cell(f),
                f.repeatOf.map { .number(Decimal($0)) } ?? .empty, .text(f.provenance.text),
            ], sources: [i])
        }
        return Table(name: "facts", columns: columns.map { Table.Column(key: $0, header: $0) }, rows: rows)
    }

    static func csv(_ facts: [Fact]) -> String { CSVWriter.csv(table(facts)) }

    /// Tab-separated; a tab or line break inside a cell becomes a space so
    /// each fact stays on one line.
    static func text(_ facts: [Fact]) -> String {
        func plain(_ c: Cell) -> String {
            switch c {
            case .text(let s): return s.map { $0 == "\t" || $0.isNewline ? " " : String($0) }.joined()
            case .number(let d): return NumberText.plain(d)
            case .empty: return ""
            }
        }
        let t = table(facts)
        return ([columns.joined(separator: "\t")] + t.rows.map { $0.cells.map(plain).joined(separator: "\t") })
            .map { $0 + "\n" }.joined()
    }
}
