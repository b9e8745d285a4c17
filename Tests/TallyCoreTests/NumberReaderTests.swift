import Foundation
import Testing
@testable import TallyCore

@Suite("Number reader")
struct NumberReaderTests {
    /// How each language's marks read (raw, grouping mark, value).
    static let readings: [(String, String, Character, String?)] = [
        ("English groups thousands with a comma", "1,300", ",", "1300"),
        ("Vietnamese groups thousands with a full stop", "1.200", ".", "1200"),
        ("Vietnamese writes the decimal with a comma", "726,8", ".", "726.8"),
        ("a full stop before other than three digits is a decimal in Vietnamese", "3.5", ".", "3.5"),
        ("a mark repeated with three digits after each groups in either language", "1,300,000", ".", "1300000"),
        ("a grouping mark after the decimal mark is refused", "1,5.000", ".", nil),
        ("two decimal marks are refused", "1.5.7", ",", nil),
        ("zero keeps its written scale", "0,0", ".", "0.0"),
        ("leading zeros", "007", ",", "7"),
        ("a number longer than a 64-bit significand", "123456789012345678901234", ",", "123456789012345678901234"),
    ]

    @Test("Reads a number as its language writes it", arguments: readings)
    func reads(_ behaviour: String, _ raw: String, _ grouping: Character, _ expected: String?) {
        let read = NumberReader.read(raw, grouping: grouping)
        #expect(read.map { "\($0)" } == expected.map { "\(Decimal(string: $0)!)" }, "\(behaviour)")
        // Stored exactly as the standard parser stores it, so every later
        // sum and printed form is the one the parser would give.
        if let read, let expected {
            let parsed = Decimal(string: expected, locale: Locale(identifier: "en_US_POSIX"))!
            #expect(withUnsafeBytes(of: read) { Array($0) } == withUnsafeBytes(of: parsed) { Array($0) }, "\(behaviour)")
        }
    }
}
