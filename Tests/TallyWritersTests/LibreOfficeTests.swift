import Foundation
import Testing
import TallyCore
@testable import TallyWriters
import TallyTestSupport

/// The real-reader test: LibreOffice Calc opens the workbook (it refuses a
/// corrupt package) and its first sheet's values match the table written.
@Suite("XLSX in LibreOffice")
struct LibreOfficeTests {
    @Test("soffice converts the workbook, and the first sheet's values are the table's")
    func firstSheetMatches() throws {
        let (dir, path, workbook) = try writeTestWorkbook()
        defer { TempDir.remove(dir) }
        let rows = try CSVReader.rows(try LibreOffice.firstSheetCSV(path, in: dir))
        let table = workbook.tables[0]
        var expected = [table.columns.map(\.header)]
        for row in table.rows + (table.totals.map { [$0] } ?? []) {
            expected.append(row.cells.map { cell in
                switch cell {
                case .text(let s): return s
                case .number(let d): return NumberText.plain(d)
                case .empty: return ""
                }
            })
        }
        #expect(rows == expected)
        #expect(rows.contains { $0.first == "=1+1" })
    }
}
