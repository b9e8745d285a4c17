import Foundation

/// Reads a written number the way its language writes it.
public enum NumberReader {
    /// `1,300` → 1300 in English, `1.200` → 1200 and `726,8` → 726.8 in
    /// Vietnamese. The language's grouping mark followed by exactly three
    /// digits groups thousands; any other separator is the decimal mark, so a
    /// Vietnamese page that writes `3.5` still reads 3.5. A mark repeated with
    /// three digits after each (`1,300,000`) groups in either language.
    public static func read(_ raw: String, grouping: Character) -> Decimal? {
        // A number token is ASCII digits and marks: its bytes are read, not
        // its Characters; any other byte counts as a mark.
        let mark = grouping.asciiValue ?? 0
        var marks: [Int] = []
        let bytes = Array(raw.utf8)
        for (k, b) in bytes.enumerated() where b < 0x30 || b > 0x39 { marks.append(k) }
        guard !marks.isEmpty else { return decimal(bytes) }
        func groupLength(_ n: Int) -> Int { (n + 1 < marks.count ? marks[n + 1] : bytes.count) - marks[n] - 1 }
        let repeatedGrouping = marks.count > 1 && marks.allSatisfy { bytes[$0] == bytes[marks[0]] }
            && marks.indices.allSatisfy { groupLength($0) == 3 }
        var digits: [UInt8] = []
        digits.reserveCapacity(bytes.count)
        var previous = 0
        var decimalSeen = false
        for (n, m) in marks.enumerated() {
            digits.append(contentsOf: bytes[previous..<m])
            previous = m + 1
            let grouping = repeatedGrouping || (bytes[m] == mark && groupLength(n) == 3 && !decimalSeen)
            if !grouping {
                if decimalSeen { return nil }
                decimalSeen = true
                digits.append(0x2E)
            }
        }
        digits.append(contentsOf: bytes[previous...])
        return decimal(digits)
    }

    /// Digits with at most one `.` as a `Decimal`, the very value (to the
    /// byte) `Decimal(string:)` reads, without its parser: a significand of
    /// up to 18 digits and a power of ten. Zero keeps its written scale
    /// only through the parser ("0.0" is stored unlike "0"), so it and
    /// longer numbers go through it.
    static func decimal(_ digits: [UInt8]) -> Decimal? {
        var significand: UInt64 = 0, fraction = 0, count = 0, point = false
        for b in digits {
            if b == 0x2E { point = true; continue }
            guard b >= 0x30, b <= 0x39, count < 18 else { return parsed(digits) }
            significand = significand * 10 + UInt64(b - 0x30)
            count += 1
            if point { fraction += 1 }
        }
        guard significand > 0 else { return parsed(digits) }
        return Decimal(sign: .plus, exponent: -fraction, significand: Decimal(significand))
    }

    private static func parsed(_ digits: [UInt8]) -> Decimal? {
        Decimal(string: String(decoding: digits, as: UTF8.self), locale: posix)
    }

    /// Decimal strings are read with `.` as the decimal mark whatever the
    /// machine's locale; made once (a `Locale` per number was a cost).
    private static let posix = Locale(identifier: "en_US_POSIX")

}
