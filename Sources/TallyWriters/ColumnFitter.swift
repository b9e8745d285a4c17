import Foundation
import TallyCore

/// Column widths that fit the content, in Excel's character units, as an
/// official would set them by hand: the longest cell or header, plus a
/// little room for the autofilter button, within sane bounds.
enum ColumnFitter {
    static func widths(_ table: Table) -> [Double] {
        widths(table.columns, rows: RowSource(table.rows), totals: table.totals)
    }

    /// One pass over the rows for all columns (a source made on demand
    /// makes each row once).
    static func widths(_ columns: [Table.Column], rows: RowSource, totals: Table.Row?) -> [Double] {
        var longest = columns.map { $0.header.count + 3 }
        // A number's shown length depends only on its integer digits and
        // sign, so the largest and the smallest value are the longest:
        // formatting those two, not every cell, keeps fitting cheap
        // (tally-bench: it was most of XLSXWriter's own time).
        var low = [Decimal?](repeating: nil, count: columns.count), high = low
        // Only the cells of fitted columns are read (a sentence column has
        // its width): a source made on demand is read here once per row.
        let fitted = columns.indices.filter { columns[$0].width == nil }
        // Characters are counted as Unicode scalars: grapheme counting
        // costs more than the rest of the write, and pages are NFC.
        func measure(_ row: Table.Row) {
            for c in fitted where c < row.cells.count {
                switch row.cells[c] {
                case .text(let s): longest[c] = max(longest[c], TextMeasure.scalars(s))
                case .number(let d):
                    if low[c].map({ d < $0 }) ?? true { low[c] = d }
                    if high[c].map({ d > $0 }) ?? true { high[c] = d }
                case .empty: break
                }
            }
        }
        for i in 0..<rows.count { measure(rows.row(i)) }
        totals.map(measure)
        return columns.enumerated().map { c, column in
            if let w = column.width { return w }
            for d in [low[c], high[c]].compactMap({ $0 }) { longest[c] = max(longest[c], displayLength(d, format: column.format)) }
            return Double(min(max(longest[c] + 1, 8), 60))
        }
    }

    /// The length of `d` as the format shows it: digits after scaling,
    /// grouping commas, decimals, sign and literal text. Scaling matters: the
    /// `billions` preset `#,##0.0,,," bn"` shows 700000000000 as `700.0 bn`
    /// (8 characters), not as 20. With no format (General) the plain number.
    static func displayLength(_ d: Decimal, format: String?) -> Int {
        let plain = NumberText.plain(d)
        guard let format, !format.isEmpty, format.lowercased() != "general" else { return plain.count }
        // Only the first section (positive numbers) of `pos;neg;zero;text`;
        // negatives get a sign on top, as Excel shows them by default.
        var placeholders: [Bool] = []     // per placeholder: after the decimal point?
        var commas: [Int] = []            // placeholder count before each comma
        var literal = 0, percent = false, afterPoint = false
        var quoted = false, escaped = false, bracket = false
        for c in format {
            if escaped { literal += 1; escaped = false; continue }
            if quoted { if c == "\"" { quoted = false } else { literal += 1 }; continue }
            if bracket { if c == "]" { bracket = false }; continue }
            switch c {
            case ";": break
            case "\\": escaped = true
            case "\"": quoted = true
            case "[": bracket = true
            case "0", "#", "?": placeholders.append(afterPoint)
            case ".": afterPoint = true
            case ",": commas.append(placeholders.count)
            case "%": percent = true; literal += 1
            case "_", "*": break
            default: literal += 1
            }
            if c == ";" { break }
        }
        // A comma right after the last placeholder scales by 1000; one between
        // integer placeholders turns on grouping.
        let scaling = commas.filter { $0 == placeholders.count }.count
        let integerPlaceholders = placeholders.filter { !$0 }.count
        let grouping = commas.contains { $0 > 0 && $0 < integerPlaceholders }
        let decimals = placeholders.filter { $0 }.count
        var magnitude = abs(NSDecimalNumber(decimal: d).doubleValue) / pow(1000, Double(scaling))
        if percent { magnitude *= 100 }
        let digits = magnitude < 1 ? 1 : (magnitude < 1e18 ? String(UInt64(magnitude)).count : Int(log10(magnitude)) + 1)
        let grouped = grouping ? digits + (digits - 1) / 3 : digits
        return grouped + (decimals > 0 ? decimals + 1 : 0) + literal + (d < 0 ? 1 : 0)
    }
}
