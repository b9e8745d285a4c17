import Foundation

/// Numbers as text, by our own code and never the current `Locale`, so output
/// is the same on every machine.
public enum NumberText {
    /// Plain decimal notation with `.` as the decimal mark and no grouping:
    /// `1600000000000`, `32.1`, `-0.5`.
    public static func plain(_ d: Decimal) -> String {
        var value = d
        var rounded = Decimal()
        NSDecimalRound(&rounded, &value, 10, .plain)
        // Decimal's description is locale-free and never uses an exponent.
        return rounded.description
    }
}
