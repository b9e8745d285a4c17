import Foundation

/// Numbers as text, by our own code and never the current `Locale`, so output
/// is the same on every machine.
public enum NumberText {
    /// Plain decimal notation with `.` as the decimal mark and no grouping:
    /// `1600000000000`, `32.1`, `-0.5`.
    public static func plain(_ d: Decimal) -> String {
        // Read off the decimal's fields when they fit (every figure of an
        // article): printing through Foundation was a cost of every fact.
        if let text = DecimalFields.read(d)?.plainText { return text }
        return printed(d)
    }

    /// Appends `plain(d)` as UTF-8 (the CSV writer builds one buffer).
    public static func appendPlain(_ d: Decimal, to out: inout [UInt8]) {
        if let f = DecimalFields.read(d), f.appendPlain(to: &out) { return }
        out.append(contentsOf: printed(d).utf8)
    }

    /// `plain` through Foundation's rounding and `description`.
    static func printed(_ d: Decimal) -> String {
        var value = d
        var rounded = Decimal()
        NSDecimalRound(&rounded, &value, 10, .plain)
        // Decimal's description is locale-free and never uses an exponent.
        return rounded.description
    }

    /// Thousands grouped with commas, as unit labels write them (`10,000`).
    public static func grouped(_ d: Decimal) -> String {
        let text = plain(d)
        let parts = text.split(separator: ".", maxSplits: 1)
        var digits = Array(parts[0])
        var out = ""
        while digits.count > 3 { out = "," + String(digits.suffix(3)) + out; digits.removeLast(3) }
        return String(digits) + out + (parts.count > 1 ? "." + parts[1] : "")
    }
}
