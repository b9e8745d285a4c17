import Foundation

/// Reads a written number the way its language writes it.
public enum NumberReader {
    /// `1,300` → 1300 in English, `1.200` → 1200 and `726,8` → 726.8 in
    /// Vietnamese. The language's grouping mark followed by exactly three
    /// digits groups thousands; any other separator is the decimal mark, so a
    /// Vietnamese page that writes `3.5` still reads 3.5. A mark repeated with
    /// three digits after each (`1,300,000`) groups in either language.
    public static func read(_ raw: String, grouping: Character) -> Decimal? {
        let chars = Array(raw)
        let marks = chars.indices.filter { !chars[$0].isNumber }
        guard !marks.isEmpty else { return Decimal(string: raw) }
        func groupLength(_ n: Int) -> Int { (n + 1 < marks.count ? marks[n + 1] : chars.count) - marks[n] - 1 }
        let repeatedGrouping = marks.count > 1 && Set(marks.map { chars[$0] }).count == 1
            && marks.indices.allSatisfy { groupLength($0) == 3 }
        var digits = ""
        var previous = 0
        var decimalSeen = false
        for (n, m) in marks.enumerated() {
            digits += String(chars[previous..<m])
            previous = m + 1
            let grouping = repeatedGrouping || (chars[m] == grouping && groupLength(n) == 3 && !decimalSeen)
            if !grouping {
                if decimalSeen { return nil }
                decimalSeen = true
                digits += "."
            }
        }
        digits += String(chars[previous...])
        return Decimal(string: digits, locale: Locale(identifier: "en_US_POSIX"))
    }
}
