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
        String(decoding: bytes(table), as: UTF8.self)
    }

    /// The CSV as UTF-8 bytes, built in one buffer: fields are copied in
    /// whole and numbers printed from their fields (`NumberText.appendPlain`),
    /// so no String is made per cell (tally-bench: per-cell Strings and
    /// joins made CSVWriter four times slower than C stdio).
    public static func bytes(_ table: Table) -> [UInt8] {
        var out: [UInt8] = []
        // Room for the header and the first rows at 24 bytes a cell, so a
        // small table (most sheets) is one buffer, not a dozen doublings.
        let firstRows = min(table.rows.count + 1, 65)
        out.reserveCapacity(table.columns.reduce(0) { $0 + $1.key.utf8.count + 1 } + firstRows * table.columns.count * 24)
        appendHeader(table, to: &out)
        table.rows.withUnsafeBufferPointer { rows in
            // Sized from the first rows, so the buffer is not copied as it grows.
            let sample = min(rows.count, 64)
            for i in 0..<sample { append(rows[i], to: &out) }
            if sample > 0 { out.reserveCapacity(out.count / sample * (rows.count + 1) * 9 / 8) }
            for i in sample..<rows.count { append(rows[i], to: &out) }
        }
        if let totals = table.totals { append(totals, to: &out) }
        return out
    }

    /// Writes the table's CSV to a new file at `path` (it must not exist),
    /// its rows taken from `rows` (the table's own by default) and handed to
    /// the file every `chunk` bytes: memory stays one chunk whatever the
    /// sheet's length (a whole-sheet buffer, then a copy of it as `Data`,
    /// was 260 MB at a million rows in tally-bench). The same bytes as
    /// `bytes(_:)` for the same rows.
    /// - Throws: `ExportError.cannotCreate` naming `path` with the errno
    ///   text; the partly written file is left to the caller's run folder,
    ///   which is removed whole on failure.
    public static func write(_ table: Table, rows: RowSource? = nil, to path: String, chunk: Int = 1 << 16) throws {
        let rows = rows ?? RowSource(table.rows)
        let file = try Durable.NewFile(path)
        defer { file.close() }
        var out: [UInt8] = []
        out.reserveCapacity(chunk + chunk / 4)
        appendHeader(table, to: &out)
        for i in 0..<rows.count {
            append(rows.row(i), to: &out)
            if out.count >= chunk {
                try file.write(out)
                out.removeAll(keepingCapacity: true)
            }
        }
        if let totals = table.totals { append(totals, to: &out) }
        try file.write(out)
    }

    /// The header row: the columns' stable keys.
    static func appendHeader(_ table: Table, to out: inout [UInt8]) {
        for (c, column) in table.columns.enumerated() {
            if c > 0 { out.append(0x2C) }
            appendField(column.key, neutralize: false, to: &out)
        }
        out.append(0x0A)
    }

    static func append(_ row: Table.Row, to out: inout [UInt8]) {
        row.cells.withUnsafeBufferPointer { cells in
            for c in cells.indices {
                if c > 0 { out.append(0x2C) }
                switch cells[c] {
                case .empty: break
                case .number(let d):
                    NumberText.appendPlain(d, to: &out)
                case .text(let s): appendField(s, neutralize: true, to: &out)
                }
            }
        }
        out.append(0x0A)
    }

    /// `=SUM(A1)` becomes `'=SUM(A1)`; other text is left as it is.
    public static func neutralized(_ s: String) -> String {
        isFormulaLike(s) ? "'" + s : s
    }

    /// Starts with `=`, `+`, `-`, `@`, tab or CR. These are ASCII, so the
    /// first byte is the first scalar exactly when it is one of them.
    static func isFormulaLike(_ s: String) -> Bool {
        guard let b = s.utf8.first else { return false }
        return b == 0x3D || b == 0x2B || b == 0x2D || b == 0x40 || b == 0x09 || b == 0x0D
    }

    /// Appends `s` quoted when it holds `,`, `"`, LF or CR, with its quotes
    /// doubled, and after a `'` when `neutralize` and it looks like a
    /// formula. Scans bytes: the four ASCII bytes never occur inside a
    /// multi-byte UTF-8 sequence, and a Character scan (grapheme breaking)
    /// made CSV the slowest step of an export (tally-bench).
    static func appendField(_ s: String, neutralize: Bool, to out: inout [UInt8]) {
        let formula = neutralize && isFormulaLike(s)
        let done: Void? = s.utf8.withContiguousStorageIfAvailable { bytes in
            append(bytes, formula: formula, to: &out)
        }
        if done == nil { Array(s.utf8).withUnsafeBufferPointer { append($0, formula: formula, to: &out) } }
    }

    private static func append(_ bytes: UnsafeBufferPointer<UInt8>, formula: Bool, to out: inout [UInt8]) {
        var quote = false
        for b in bytes where b == 0x2C || b == 0x22 || b == 0x0A || b == 0x0D { quote = true; break }
        if quote { out.append(0x22) }
        if formula { out.append(0x27) }
        if quote {
            var start = 0
            for (i, b) in bytes.enumerated() where b == 0x22 {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...i]))
                out.append(0x22)
                start = i + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
            out.append(0x22)
        } else {
            out.append(contentsOf: bytes)
        }
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
