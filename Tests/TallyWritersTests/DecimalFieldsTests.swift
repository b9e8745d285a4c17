import Foundation
import Testing
@testable import TallyCore
@testable import TallyWriters

/// The writers' fast paths must give what the slow ones give, byte for
/// byte: a workbook or CSV written either way is the same file.
@Suite("Numbers and lengths read from bytes")
struct DecimalFieldsTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var id: String
        var text: String
        /// What CSV and JSON print; nil when the fields leave it to Foundation's printer.
        var plain: String?
        var testDescription: String { id }
    }

    static let cases: [Case] = [
        Case(id: "zero is left to Foundation (its fields hold no mantissa)", text: "0", plain: nil),
        Case(id: "one decimal place", text: "32.1", plain: "32.1"),
        Case(id: "a negative half", text: "-0.5", plain: "-0.5"),
        Case(id: "trailing zeros of a fraction are dropped", text: "32.10", plain: "32.1"),
        Case(id: "a whole number written with a fraction of zeros", text: "32.00", plain: "32"),
        Case(id: "zeros after the point before the digits", text: "0.005", plain: "0.005"),
        Case(id: "ten decimal places, the most NumberText keeps", text: "0.0000000001", plain: "0.0000000001"),
        Case(id: "VND trillions: a mantissa times a power of ten", text: "17000000000000", plain: "17000000000000"),
        Case(id: "a 19-digit integer", text: "1234567890123456789", plain: "1234567890123456789"),
        Case(id: "a 20-digit integer, still a 64-bit mantissa", text: "12345678901234567890", plain: "12345678901234567890"),
        Case(id: "a power of ten beyond 19 digits", text: "1e30", plain: "1000000000000000000000000000000"),
        Case(id: "more than ten decimal places are left to Foundation (it rounds)", text: "0.123456789012", plain: nil),
        Case(id: "a mantissa of more than four words is left to Foundation", text: "123456789012345678901234567890.5", plain: nil),
    ]

    @Test("DecimalFields.double is NSDecimalNumber's double, bit for bit", arguments: cases)
    func double(_ c: Case) throws {
        let d = try #require(Decimal(string: c.text))
        #expect(DecimalFields.double(d).bitPattern == NSDecimalNumber(decimal: d).doubleValue.bitPattern)
    }

    @Test("A number printed from its fields is what Foundation's printer writes", arguments: cases)
    func plain(_ c: Case) throws {
        let d = try #require(Decimal(string: c.text))
        #expect(DecimalFields.read(d)?.plainText == c.plain)
        var out: [UInt8] = Array("x,".utf8)
        NumberText.appendPlain(d, to: &out)
        #expect(String(decoding: out, as: UTF8.self) == "x," + NumberText.printed(d))
        #expect(NumberText.plain(d) == NumberText.printed(d))
    }

    @Test("Seeded decimals of every sign, size and scale print the same from their fields as through Foundation")
    func seededDecimals() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 { state = state &* 6364136223846793005 &+ 1442695040888963407; return state >> 11 }
        var differ: [String] = []
        for _ in 0..<20_000 {
            let d = Decimal(sign: next() % 2 == 0 ? .plus : .minus, exponent: Int(next() % 40) - 20,
                            significand: Decimal(next() % (next() % 2 == 0 ? 1_000_000 : UInt64.max >> 11)))
            if NumberText.plain(d) != NumberText.printed(d) { differ.append("\(d)") }
        }
        #expect(differ == [])
    }

    @Test("This Foundation's Decimal layout is the one DecimalFields reads")
    func layout() {
        #expect(DecimalFields.layoutKnown)
    }

    @Test("Scalars counted from UTF-8 bytes equal unicodeScalars.count", arguments: [
        ("", 0), ("beds", 4), ("Provincial General Hospital", 27), ("Bệnh viện Đa khoa tỉnh Bắc Giang", 32),
        ("e\u{301}, combining", 13), ("👩‍⚕️ nurses", 11), ("tỷ đồng tỷ đồng tỷ đồng", 23),
    ])
    func scalars(_ pair: (String, Int)) {
        #expect(TextMeasure.scalars(pair.0) == pair.1)
        #expect(pair.0.unicodeScalars.count == pair.1)
    }
}
