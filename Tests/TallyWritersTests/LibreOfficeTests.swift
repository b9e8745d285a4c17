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
        // Raw values, not as shown: tokens are separator, quote, UTF-8, first
        // line, cell formats, language, quoted as text, detect special numbers,
        // save as shown (false).
        let filter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false"
        let r = try ProcessRun.run("/usr/bin/env", [
            "soffice", "-env:UserInstallation=file://\(dir)/profile", "--headless", "--norestore",
            "--convert-to", filter, "--outdir", dir + "/lo", path,
        ])
        #expect(r.status == 0, "\(r.err)")
        let csv = try #require(FileManager.default.contents(atPath: dir + "/lo/health.csv"), "soffice wrote no CSV: \(r.out) \(r.err)")
        let rows = try CSVReader.rows(String(decoding: csv, as: UTF8.self))
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
