import Foundation
import Testing
import TallyCore
@testable import TallyWriters

/// The writers' fast paths must give what the slow ones give, byte for
/// byte: a workbook or CSV written either way is the same file.
@Suite("Numbers and lengths read from bytes")
struct DecimalBitsTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var id: String
        var text: String
        /// What CSV prints; nil when the fast path leaves it to NumberText.
        var plain: String?
        var testDescription: String { id }
    }

    static let cases: [Case] = [
        Case(id: "zero", text: "0", plain: "0"),
        Case(id: "one decimal place", text: "32.1", plain: "32.1"),
        Case(id: "a negative half", text: "-0.5", plain: "-0.5"),
        Case(id: "trailing zeros of a fraction are dropped", text: "32.10", plain: "32.1"),
        Case(id: "a whole number written with a fraction of zeros", text: "32.00", plain: "32"),
        Case(id: "zeros after the point before the digits", text: "0.005", plain: "0.005"),
        Case(id: "ten decimal places, the most NumberText keeps", text: "0.0000000001", plain: "0.0000000001"),
        Case(id: "VND trillions: a mantissa times a power of ten", text: "17000000000000", plain: "17000000000000"),
        Case(id: "a 19-digit integer", text: "1234567890123456789", plain: "1234567890123456789"),
        Case(id: "20 digits are left to NumberText", text: "12345678901234567890", plain: nil),
        Case(id: "more than ten decimal places are left to NumberText (it rounds)", text: "0.123456789012", plain: nil),
        Case(id: "a mantissa of more than four words is left to NumberText", text: "123456789012345678901234567890.5", plain: nil),
    ]

    @Test("DecimalBits.double is NSDecimalNumber's double, bit for bit", arguments: cases)
    func double(_ c: Case) throws {
        let d = try #require(Decimal(string: c.text))
        #expect(DecimalBits.double(d).bitPattern == NSDecimalNumber(decimal: d).doubleValue.bitPattern)
    }

    @Test("DecimalBits.appendPlain writes NumberText.plain, or leaves the number to it", arguments: cases)
    func plain(_ c: Case) throws {
        let d = try #require(Decimal(string: c.text))
        var out: [UInt8] = Array("x,".utf8)
        let handled = DecimalBits.appendPlain(d, to: &out)
        #expect(handled == (c.plain != nil))
        #expect(String(decoding: out, as: UTF8.self) == "x," + (c.plain ?? ""))
        if let p = c.plain { #expect(p == NumberText.plain(d)) }
    }

    @Test("This Foundation's Decimal layout is the one DecimalBits reads")
    func layout() {
        #expect(DecimalBits.layoutKnown)
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
