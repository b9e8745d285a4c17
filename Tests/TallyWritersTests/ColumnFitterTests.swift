import Foundation
import Testing
import TallyCore
@testable import TallyWriters

@Suite("Column widths")
struct ColumnFitterTests {
    @Test("A number column fits its longest value as the format shows it: grouping, decimals, sign, suffix")
    func numbers() {
        let t = Table(name: "N", columns: [
            Table.Column(key: "a", header: "Beds", format: "#,##0", isNumeric: true),
            Table.Column(key: "b", header: "Amount", format: "#,##0.0,,,\" bn\"", isNumeric: true),
            Table.Column(key: "c", header: "Share", format: "0.00", isNumeric: true),
        ], rows: [
            .init(cells: [.number(5), .number(700_000_000_000), .number(Decimal(string: "0.5")!)], sources: []),
            .init(cells: [.number(1_234_567), .number(12), .number(-12345)], sources: []),
            .init(cells: [.number(-98765), .empty, .number(3)], sources: []),
        ])
        // 1,234,567 is 9 wide; the billions preset shows 700.0 bn (8), so the
        // header (6 + 3 for the filter button) decides; -12345.00 is 9.
        #expect(ColumnFitter.widths(t) == [10, 10, 10])
    }

    @Test("Shown lengths follow the format: scaling commas, percent, literals, General", arguments: [
        (Decimal(700_000_000_000), "#,##0.0,,,\" bn\"", 8),     // 700.0 bn
        (Decimal(1_234_567_890), "#,##0.0,,,\" bn\"", 6),       // 1.2 bn
        (Decimal(2_500_000), "#,##0.0,,\" m\"", 5),             // 2.5 m
        (Decimal(1_234_567), "#,##0", 9),                       // 1,234,567
        (Decimal(-1_234_567), "#,##0", 10),                     // -1,234,567
        (Decimal(string: "0.125")!, "0.0%", 5),                 // 12.5%
        (Decimal(string: "306.25")!, "General", 6),             // 306.25
        (Decimal(42), "0", 2),
    ] as [(Decimal, String, Int)])
    func shownLength(_ c: (Decimal, String, Int)) {
        #expect(ColumnFitter.displayLength(c.0, format: c.1) == c.2)
    }

    @Test("Text fits its longest cell in characters, the header counts with room for the filter button, within 8 to 60")
    func text() {
        let t = Table(name: "T", columns: [
            Table.Column(key: "a", header: "Hospital or body"),
            Table.Column(key: "b", header: "Id"),
            Table.Column(key: "c", header: "Sentence"),
            Table.Column(key: "d", header: "Fixed", width: 80),
        ], rows: [
            .init(cells: [.text("Bệnh viện Đa khoa tỉnh Bắc Giang"), .text("x"), .text(String(repeating: "a", count: 200)), .empty], sources: []),
        ], totals: .init(cells: [.text("Total"), .empty, .empty, .empty], sources: []))
        #expect(ColumnFitter.widths(t) == [33, 8, 60, 80])
    }
}
