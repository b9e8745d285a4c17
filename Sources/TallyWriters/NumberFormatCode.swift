/// Excel number format codes as both Excel and LibreOffice show them.
///
/// `#,##0.#` asks for an optional decimal, and Excel keeps the decimal
/// point when there is none to show (`485.`) while LibreOffice drops it
/// (`485`). A whole number is therefore given the same code without its
/// optional decimals, so both readers show `485`, and `2.5` still shows
/// `2.5`.
enum NumberFormatCode {
    /// The code to use for `value` under `code`: `code` itself unless the
    /// value is whole and the code's decimals are all optional (`#`).
    static func forValue(_ value: Double, code: String) -> String {
        guard value.rounded() == value, let whole = wholeNumberCode(code) else { return code }
        return whole
    }

    /// `#,##0.##` → `#,##0`; nil when the code has no optional-only
    /// decimals (`#,##0.0`, `0%`, or a quoted `.`).
    static func wholeNumberCode(_ code: String) -> String? {
        let chars = Array(code)
        var out = ""
        var inQuotes = false, changed = false
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "\"" { inQuotes.toggle() }
            if !inQuotes, c == "\\", i + 1 < chars.count { out.append(c); out.append(chars[i + 1]); i += 2; continue }
            if !inQuotes, c == ".", i + 1 < chars.count, chars[i + 1] == "#" {
                var j = i + 1
                while j < chars.count, chars[j] == "#" { j += 1 }
                // `.#0` mixes required digits in: not optional-only.
                if j < chars.count, chars[j] == "0" || chars[j] == "?" { return nil }
                i = j; changed = true; continue
            }
            out.append(c); i += 1
        }
        return changed ? out : nil
    }
}
