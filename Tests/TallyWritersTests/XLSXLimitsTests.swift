import Foundation
import Testing
import TallyCore
import TallyWriters
import TallyTestSupport

/// Excel's limits must never fail an export: a big detail sheet is still
/// written, and what cannot be done (a link past the limit) is left out.
@Suite("XLSX limits")
struct XLSXLimitsTests {
    @Test("A sheet with more numbers than Excel allows links is written; the first 65530 numbers link to Sources")
    func moreNumbersThanLinks() throws {
        let n = 65_540
        let dir = try TempDir.make("links")
        defer { TempDir.remove(dir) }
        let table = Table(name: "Facts", columns: [Table.Column(key: "value", header: "Value", format: "#,##0", isNumeric: true)],
                          rows: (0..<n).map { Table.Row(cells: [.number(Decimal($0))], sources: [0]) })
        let workbook = Workbook(name: "big", properties: .init(title: "Big"), created: 0, tables: [table], sources: [],
                                includeSources: true)
        let path = dir + "/big.xlsx"
        try XLSXWriter().write(workbook, to: path, tempDirectory: dir)
        let sheet = try ProcessRun.run("/usr/bin/unzip", ["-p", path, "xl/worksheets/sheet1.xml"]).out
        #expect(sheet.components(separatedBy: "<hyperlink ").count - 1 == 65_530)
        // Every number is there, linked or not (the header is a shared string, not a number).
        #expect(sheet.contains("<c r=\"A\(n + 1)\""))
        #expect(sheet.components(separatedBy: "<c r=\"A").count - 1 == n + 1)
        #expect(sheet.components(separatedBy: " t=\"s\"").count - 1 == 1)
    }
}
