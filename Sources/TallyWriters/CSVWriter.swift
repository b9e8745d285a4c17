import Foundation
import TallyCore

/// Writes a table as CSV for review in diffs.
///
/// RFC 4180 quoting (a field is quoted only when it holds `,`, `"`, CR or LF;
/// quotes are doubled), UTF-8 without BOM, and `\n` line ends rather than
/// RFC 4180's `\r\n`, because diff and review tools show CR as noise. The
/// header row holds the columns' stable keys, not their display headers, so a
/// reworded header does not rewrite every line of a diff. Numbers are plain
/// (`1600000000000`, `32.1`): no grouping, no locale.
///
/// A text cell that a spreadsheet would run as a formula, one starting with
/// `=`, `+`, `-`, `@`, tab or CR, is prefixed with `'` (the OWASP advice for
/// CSV injection), so a sentence from an article can never execute.
public enum CSVWriter {
    public static func csv(_ table: Table) -> String {
        var out = table.columns.map { field($0.key) }.joined(separator: ",") + "\n"
        for row in table.rows + (table.totals.map { [$0] } ?? []) {
            out += row.cells.map(cell).joined(separator: ",") + "\n"
        }
        return out
    }

    static func cell(_ c: Cell) -> String {
        switch c {
        case .empty: return ""
        case .number(let d): return NumberText.plain(d)
        case .text(let s): return field(neutralized(s))
        }
    }

    /// `=SUM(A1)` becomes `'=SUM(A1)`; other text is left as it is.
    public static func neutralized(_ s: String) -> String {
        guard let first = s.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return s }
        return "'" + s
    }

    static func field(_ s: String) -> String {
        // Scans bytes: the four ASCII bytes never occur inside a multi-byte
        // UTF-8 sequence, and a Character scan (grapheme breaking) made CSV
        // the slowest step of an export (tally-bench).
        guard s.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return s }
        var bytes: [UInt8] = [0x22]
        bytes.reserveCapacity(s.utf8.count + 8)
        for b in s.utf8 {
            if b == 0x22 { bytes.append(0x22) }
            bytes.append(b)
        }
        bytes.append(0x22)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A file name for a sheet's CSV: `Beds by hospital` → `beds-by-hospital`.
    public static func slug(_ name: String) -> String {
        var out = ""
        var dash = false
        for ch in name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased() {
            if ch.isASCII, ch.isLetter || ch.isNumber { out.append(ch); dash = false }
            else if ch == "đ" { out.append("d"); dash = false }
            else if !dash, !out.isEmpty { out.append("-"); dash = true }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? "sheet" : out
    }
}
