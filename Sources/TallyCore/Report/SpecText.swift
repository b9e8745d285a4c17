/// What a spec's text may hold, found before any of it reaches a workbook.
///
/// Every string a spec gives (sheet names, headers, totals labels, document
/// properties, filter values) ends up in XML or in a cell. XML 1.0 cannot
/// hold C0 controls or U+FFFE/U+FFFF, and Excel holds at most 32,767 UTF-16
/// code units in a cell; YAML escapes such as `"\x01"` or `"\uFFFE"` write
/// them easily. The writer makes any string safe, but a spec is the
/// author's own text: refusing it where it is written, with its place, is
/// better than showing something other than what was written.
enum SpecText {
    /// Counted as Excel counts: UTF-16 code units.
    static let maxUnits = 32_767
    /// Keys and values in one spec, each use of an alias counted: a real
    /// spec has a few hundred.
    static let maxNodes = 100_000

    /// Why `s` cannot be used, or nil. Tab and line feed are text.
    static func problem(_ s: String) -> String? {
        for c in s.unicodeScalars {
            if c.value < 0x20, c != "\t", c != "\n" {
                return "the text holds the control character \(code(c)), which a workbook cannot hold"
            }
            if c.value == 0xFFFE || c.value == 0xFFFF {
                return "the text holds \(code(c)), which is not a character and a workbook cannot hold"
            }
        }
        let units = s.utf16.count
        if units > maxUnits {
            return "the text is \(units) UTF-16 code units long, and Excel holds at most \(maxUnits) in a cell"
        }
        return nil
    }

    /// `U+0001`.
    static func code(_ c: Unicode.Scalar) -> String {
        let hex = String(c.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
