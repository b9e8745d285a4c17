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
    ///
    /// Read as UTF-8 bytes: everything it looks for (C0 controls, the two
    /// noncharacters, `_xHHHH_`) is recognised from the bytes, and what is
    /// kept is copied as bytes (fuzzed text, nearly all escapes, spent most
    /// of its time appending scalars one by one to a `String`).
    public static func safe(_ s: String, limit: Int? = nil) -> String {
        var text = s
        return text.withUTF8 { bytes in
            // The common case, with nothing to change, costs one pass and no copy.
            let (change, units) = scan(bytes)
            if !change, limit.map({ units <= $0 }) ?? true { return s }
            return rewrite(bytes, limit: limit)
        }
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
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            let length = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
            defer { i += length }
            if isNoncharacter(bytes, at: i) { continue }
            let escape = b < 0x20 ? isControl(b) : b == UInt8(ascii: "_") && startsEscape(bytes, at: i)
            let n = escape ? 7 : length == 4 ? 2 : 1
            if let limit, kept == nil, units + n > limit - 1 { kept = out.count }   // room for the ellipsis
            if escape {
                out.append(contentsOf: [UInt8(ascii: "_"), UInt8(ascii: "x"), 0x30, 0x30,
                                        hexDigits[Int(b >> 4)], hexDigits[Int(b & 0xF)], UInt8(ascii: "_")])
            } else {
                out.append(contentsOf: bytes[i..<(i + length)])
            }
            units += n
        }
        if let limit, units > limit {
            out.removeSubrange((kept ?? out.count)...)
            out.append(contentsOf: [0xE2, 0x80, 0xA6])      // "…"
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
