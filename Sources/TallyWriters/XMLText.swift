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
    static let ellipsis = Array("…".utf8)

    /// `s` made valid for an OOXML string. With `limit`, the result is at most
    /// that many UTF-16 code units: cut at a scalar boundary (never inside an
    /// escape or a surrogate pair), ending in "…".
    ///
    /// Read as UTF-8 bytes: everything it looks for (C0 controls, the two
    /// noncharacters, `_xHHHH_`) is recognised from the bytes, and what is
    /// kept is copied as bytes (fuzzed text, nearly all escapes, spent most
    /// of its time appending scalars one by one to a `String`).
    public static func safe(_ s: String, limit: Int? = nil) -> String {
        // The common case, with nothing to change, costs one pass and no copy.
        if isSafe(s, limit: limit) { return s }
        var text = s
        return text.withUTF8 { rewrite($0, limit: limit) }
    }

    /// Calls `body` with `safe(s, limit:)` as a NUL-terminated C string:
    /// the string's own bytes when it needs no change, as nearly every cell
    /// does, so a cell costs one scan of its bytes and no copy.
    public static func withSafeCString<R>(_ s: String, limit: Int? = nil, _ body: (UnsafePointer<CChar>) throws -> R) rethrows -> R {
        // One look at the string's storage: its C string is scanned and,
        // when plain, handed on as it is.
        let count = s.utf8.count
        if limit.map({ count <= $0 }) ?? true,
           let done = try s.withCString({ p in try isPlain(UnsafeRawPointer(p), count: count) ? Optional(body(p)) : nil }) {
            return done
        }
        return try safe(s, limit: limit).withCString(body)
    }

    /// Whether `s` is valid as it is: nothing to escape or drop, and within
    /// `limit`. Its UTF-8 bytes are looked at first (`isPlain`), and only
    /// text they do not clear is read byte by byte (`scan`).
    static func isSafe(_ s: String, limit: Int?) -> Bool {
        let plain = s.utf8.withContiguousStorageIfAvailable { bytes in
            limit.map { bytes.count <= $0 } ?? true && isPlain(UnsafeRawPointer(bytes.baseAddress), count: bytes.count)
        }
        if plain == true { return true }
        var text = s
        let (change, units) = text.withUTF8(scan)
        return !change && (limit.map { units <= $0 } ?? true)
    }

    /// UTF-8 bytes with no byte under 0x20 (a control; tab, line feed and
    /// return take the long way and are kept), no `_` (which may begin
    /// `_xHHHH_`) and no 0xEF (the lead byte of U+F000…U+FFFF, where the two
    /// noncharacters are): nothing in them to change. With no more bytes
    /// than a limit, they are within it too (a UTF-16 unit never takes
    /// fewer than one byte).
    static func isPlain(_ raw: UnsafeRawPointer?, count: Int) -> Bool {
        guard let raw else { return true }
        // Eight bytes at a time (the word tricks of TextMeasure.scalars):
        // `(w - n·ones) & ~w & highs` is nonzero exactly when a byte of w
        // is under n, so `w ^ b·ones` under 1 finds a byte equal to b.
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        func below(_ w: UInt64, _ n: UInt64) -> Bool { (w &- n &* ones) & ~w & highs != 0 }
        var i = 0
        while i + 8 <= count {
            let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            if below(w, 0x20) || below(w ^ (0x5F &* ones), 1) || below(w ^ (0xEF &* ones), 1) { return false }
            i += 8
        }
        while i < count {
            let b = raw.load(fromByteOffset: i, as: UInt8.self)
            if b < 0x20 || b == 0x5F || b == 0xEF { return false }
            i += 1
        }
        return true
    }

    /// Whether `bytes` hold anything to escape or drop, and their UTF-16 length.
    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> (change: Bool, units: Int) {
        var units = 0
        var change = false
        for i in bytes.indices {
            let b = bytes[i]
            if b < 0x80 {
                units += 1
                if b < 0x20 ? isControl(b) : b == UInt8(ascii: "_") && startsEscape(bytes, at: i) { change = true }
            } else if b >= 0xC0 {
                units += b >= 0xF0 ? 2 : 1
                if isNoncharacter(bytes, at: i) { change = true }
            }
        }
        return (change, units)
    }

    private static func rewrite(_ bytes: UnsafeBufferPointer<UInt8>, limit: Int?) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 16)
        var units = 0
        var kept: Int?                  // bytes of `out` that fit before the ellipsis
        // Bytes kept as they are go over in runs, not a scalar at a time
        // (a slice append per scalar was a tenth of the fuzz target's time).
        var run = 0
        func flush(to end: Int) {
            if run < end { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<end])) }
        }
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            let length = min(b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4, bytes.count - i)
            defer { i += length }
            if isNoncharacter(bytes, at: i) { flush(to: i); run = i + length; continue }
            let escape = b < 0x20 ? isControl(b) : b == UInt8(ascii: "_") && startsEscape(bytes, at: i)
            let n = escape ? 7 : length == 4 ? 2 : 1
            if let limit, kept == nil, units + n > limit - 1 { flush(to: i); run = i; kept = out.count }   // room for the ellipsis
            if escape {
                flush(to: i); run = i + length
                // `_x00HH_`: a control is below 0x20, so its first two digits are 0.
                out.append(UInt8(ascii: "_")); out.append(UInt8(ascii: "x"))
                out.append(UInt8(ascii: "0")); out.append(UInt8(ascii: "0"))
                out.append(hexDigits[Int(b >> 4)])
                out.append(hexDigits[Int(b & 0xF)])
                out.append(UInt8(ascii: "_"))
            }
            units += n
            // Past the limit nothing more is kept: stop reading.
            if let limit, kept != nil, units > limit { break }
        }
        if kept == nil || units <= (limit ?? Int.max) { flush(to: bytes.count) }
        if let limit, units > limit {
            out.removeSubrange((kept ?? out.count)...)
            out.append(contentsOf: ellipsis)
        }
        return String(decoding: out, as: UTF8.self)
    }
    private static let hexDigits: [UInt8] = Array("0123456789ABCDEF".utf8)

    /// C0 controls other than tab, line feed and carriage return, which XML
    /// 1.0 cannot hold even as character references.
    private static func isControl(_ b: UInt8) -> Bool {
        b < 0x20 && b != UInt8(ascii: "\t") && b != UInt8(ascii: "\n") && b != UInt8(ascii: "\r")
    }

    /// U+FFFE or U+FFFF (EF BF BE, EF BF BF) at `i`.
    private static func isNoncharacter(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        bytes[i] == 0xEF && i + 2 < bytes.count && bytes[i + 1] == 0xBF && bytes[i + 2] & 0xFE == 0xBE
    }

    /// Whether `_` at `i` begins `_xHHHH_`, which a reader would decode (all
    /// ASCII, so byte positions are scalar positions).
    private static func startsEscape(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        guard i + 6 < bytes.count, bytes[i + 1] | 0x20 == UInt8(ascii: "x"), bytes[i + 6] == UInt8(ascii: "_") else { return false }
        return bytes[(i + 2)...(i + 5)].allSatisfy { b in
            (0x30...0x39).contains(b) || (0x61...0x66).contains(b | 0x20)
        }
    }
}
