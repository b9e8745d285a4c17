/// The one gate between any text and the XML inside a workbook: every string
/// the XLSX writer hands to libxlsxwriter (cell text, sheet names, headers,
/// totals labels, document properties, number format codes) goes through
/// `safe` first.
///
/// libxlsxwriter escapes `<`, `&` and quotes, but passes the rest through,
/// and XML 1.0 has no way to write most C0 controls or U+FFFE/U+FFFF: one
/// such character in an article sentence made a workbook that openpyxl
/// refuses ("not well-formed (invalid token)") and LibreOffice cannot load.
/// OOXML strings (`ST_Xstring`) escape a UTF-16 code unit as `_xHHHH_`, as
/// Excel itself writes a control character, so controls are escaped that
/// way; a literal `_xHHHH_` in the text is escaped too (`_x005F_` is the
/// underscore), so a reader shows it as written instead of decoding it. The
/// two noncharacters have no meaning in text and are dropped.
public enum XMLText {
    /// What Excel accepts in one cell, counted as Excel counts: UTF-16 code units.
    public static let maxCellUnits = 32_767
    /// Marks text cut to fit a cell.
    static let ellipsis: Unicode.Scalar = "…"

    /// `s` made valid for an OOXML string. With `limit`, the result is at most
    /// that many UTF-16 code units: cut at a scalar boundary (never inside an
    /// escape or a surrogate pair), ending in "…".
    public static func safe(_ s: String, limit: Int? = nil) -> String {
        // The common case, with nothing to change, costs one pass and no copy.
        if isSafe(s, limit: limit) { return s }
        let scalars = Array(s.unicodeScalars)
        // One pass: each scalar's output is appended as it is found (an
        // array per scalar made hostile text, all escapes, slow to write),
        // and the place where the cut-off text would end is noted on the way.
        var out = String.UnicodeScalarView()
        var units = 0
        var kept: Int?                  // scalars of `out` that fit before the ellipsis
        var count = 0
        for i in scalars.indices {
            let c = scalars[i]
            if c.value == 0xFFFE || c.value == 0xFFFF { continue }
            let escape = isControl(c) || (c == "_" && startsEscape(scalars, at: i))
            let n = escape ? 7 : c.utf16.count
            if let limit, kept == nil, units + n > limit - 1 { kept = count }   // room for the ellipsis
            if escape { appendEscape(c.value, to: &out); count += 7 } else { out.append(c); count += 1 }
            units += n
        }
        if let limit, units > limit {
            var cut = String.UnicodeScalarView(out.prefix(kept ?? count))
            cut.append(ellipsis)
            return String(cut)
        }
        return String(out)
    }

    /// Calls `body` with `safe(s, limit:)` as a NUL-terminated C string:
    /// the string's own bytes when it needs no change, as nearly every cell
    /// does, so a cell costs one scan of its bytes and no copy.
    public static func withSafeCString<R>(_ s: String, limit: Int? = nil, _ body: (UnsafePointer<CChar>) throws -> R) rethrows -> R {
        if isSafe(s, limit: limit) { return try s.withCString(body) }
        return try safe(s, limit: limit).withCString(body)
    }

    /// Whether `s` is valid as it is: nothing to escape or drop, and within
    /// `limit`. Its UTF-8 bytes are looked at first: with no byte under
    /// 0x20 (a control; tab, line feed and return take the long way and are
    /// kept), no `_` (which may begin `_xHHHH_`), no 0xEF (the lead byte of
    /// U+F000…U+FFFF, where the two noncharacters are) and no more bytes
    /// than `limit` (a UTF-16 unit never takes fewer than one byte), there
    /// is nothing to change, without decoding a scalar.
    static func isSafe(_ s: String, limit: Int?) -> Bool {
        let plain = s.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            if let limit, bytes.count > limit { return false }
            // Eight bytes at a time (the word tricks of TextMeasure.scalars):
            // `(w - n·ones) & ~w & highs` is nonzero exactly when a byte of w
            // is under n, so `w ^ b·ones` under 1 finds a byte equal to b.
            let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
            func below(_ w: UInt64, _ n: UInt64) -> Bool { (w &- n &* ones) & ~w & highs != 0 }
            guard let raw = UnsafeRawPointer(bytes.baseAddress) else { return true }
            var i = 0
            while i + 8 <= bytes.count {
                let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                if below(w, 0x20) || below(w ^ (0x5F &* ones), 1) || below(w ^ (0xEF &* ones), 1) { return false }
                i += 8
            }
            while i < bytes.count {
                let b = bytes[i]
                if b < 0x20 || b == 0x5F || b == 0xEF { return false }
                i += 1
            }
            return true
        }
        if plain == true { return true }
        return !needsChange(s) && (limit.map { s.utf16.count <= $0 } ?? true)
    }

    /// Appends `_x0001_` for U+0001.
    private static func appendEscape(_ value: UInt32, to out: inout String.UnicodeScalarView) {
        out.append("_"); out.append("x")
        for shift: UInt32 in [12, 8, 4, 0] { out.append(hexDigits[Int(value >> shift & 0xF)]) }
        out.append("_")
    }
    private static let hexDigits: [Unicode.Scalar] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "A", "B", "C", "D", "E", "F"]

    /// C0 controls other than tab, line feed and carriage return, which XML
    /// 1.0 cannot hold even as character references.
    private static func isControl(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x20 && c != "\t" && c != "\n" && c != "\r"
    }

    /// Whether `_` at `i` begins `_xHHHH_`, which a reader would decode.
    private static func startsEscape(_ scalars: [Unicode.Scalar], at i: Int) -> Bool {
        guard i + 6 < scalars.count, scalars[i + 1] == "x" || scalars[i + 1] == "X", scalars[i + 6] == "_" else { return false }
        return scalars[(i + 2)...(i + 5)].allSatisfy { $0.properties.isASCIIHexDigit }
    }

    private static func needsChange(_ s: String) -> Bool {
        var previousUnderscore = false
        for c in s.unicodeScalars {
            if isControl(c) || c.value == 0xFFFE || c.value == 0xFFFF { return true }
            if previousUnderscore, c == "x" || c == "X" { return true }
            previousUnderscore = c == "_"
        }
        return false
    }
}
