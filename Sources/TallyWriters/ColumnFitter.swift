import Foundation
import TallyCore

/// Column widths that fit the content, in Excel's character units, as an
/// official would set them by hand: the longest cell or header, plus a
/// little room for the autofilter button, within sane bounds.
enum ColumnFitter {
    static func widths(_ table: Table) -> [Double] {
        table.columns.enumerated().map { c, column in
            if let w = column.width { return w }
            var longest = column.header.count + 3
            // A number's shown length depends only on its integer digits and
            // sign, so the largest and the smallest value are the longest:
            // formatting those two, not every cell, keeps fitting cheap
            // (tally-bench: it was most of XLSXWriter's own time).
            var low: Decimal?, high: Decimal?
            for row in table.rows + (table.totals.map { [$0] } ?? []) where c < row.cells.count {
                switch row.cells[c] {
                case .text(let s): longest = max(longest, s.count)
                case .number(let d):
                    if low.map({ d < $0 }) ?? true { low = d }
                    if high.map({ d > $0 }) ?? true { high = d }
                case .empty: break
                }
            }
            for d in [low, high].compactMap({ $0 }) { longest = max(longest, displayLength(d, format: column.format)) }
            return Double(min(max(longest + 1, 8), 60))
        }
    }

    /// Digits, grouping commas and decimals as the format will show them.
    static func displayLength(_ d: Decimal, format: String?) -> Int {
        let plain = NumberText.plain(d)
        let integerDigits = plain.split(separator: ".").first.map { $0.filter(\.isNumber).count } ?? 1
        let grouped = (format ?? "").contains(",") ? integerDigits + (integerDigits - 1) / 3 : integerDigits
        let decimals = (format ?? "").split(separator: ".").dropFirst().first.map { $0.filter { $0 == "0" || $0 == "#" }.count } ?? 0
        let suffix = (format ?? "").split(separator: "\"").dropFirst().first.map(\.count) ?? 0
        return grouped + (decimals > 0 ? decimals + 1 : 0) + suffix + (plain.hasPrefix("-") ? 1 : 0)
    }
}
