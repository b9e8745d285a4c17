import Foundation
import Testing
import TallyTestSupport

@Suite("tally check")
struct CheckCommandTests {
    @Test("Valid specs and the shipped facilities.yaml: exit 0 and 'N specs ok, facilities.yaml ok'")
    func ok() throws {
        let r = try ProcessRun.run(Repo.tally, ["check", "--specs", Repo.specs])
        #expect(r.status == 0)
        #expect(r.out == "4 specs ok, facilities.yaml ok\n")
        #expect(r.err == "")
    }

    @Test("Bad specs: exit 65, each bad spec named with its full message, good ones silent")
    func bad() throws {
        let dir = try TempDir.make("check")
        defer { TempDir.remove(dir) }
        try FileManager.default.copyItem(atPath: Repo.specs + "/beds.yaml", toPath: dir + "/beds.yaml")
        try "workbook:\n  file: a\nsheet: []\n".write(toFile: dir + "/a.yaml", atomically: true, encoding: .utf8)
        try "workbook:\n  file: c\nsheets:\n  - name: C\n    columns:\n      - {field: valu}\n"
            .write(toFile: dir + "/c.yaml", atomically: true, encoding: .utf8)
        let r = try ProcessRun.run(Repo.tally, ["check", "--specs", dir])
        #expect(r.status == 65)
        #expect(r.out == "")
        #expect(r.err == """
        \(dir)/a.yaml:3:1: error: unknown key 'sheet' in the spec (did you mean 'sheets'?) (known: workbook, sheets)
        sheet: []
        ^
        \(dir)/c.yaml:6:17: error: unknown field 'valu' (did you mean 'value'?) (known: source, file, article, article_title, date, year, language, paragraph, span_start, span_end, mention, sentence, category, value, min, max, figure, unit, subject, qualifiers, period, repeat, facility, facility_key, facility_label, province, scope, role, figure_key, sources)
              - {field: valu}
                        ^

        """)
    }

    @Test("Specs spelt .yml count, and two specs writing one workbook fail at the second's file: line")
    func sameWorkbook() throws {
        let dir = try TempDir.make("check-same")
        defer { TempDir.remove(dir) }
        let sheet = "sheets:\n  - name: S\n    columns:\n      - {field: value}\n"
        try ("workbook:\n  file: same\n" + sheet).write(toFile: dir + "/a.yaml", atomically: true, encoding: .utf8)
        try ("# the same workbook again\nworkbook:\n  title: B\n  file: same\n" + sheet)
            .write(toFile: dir + "/b.yml", atomically: true, encoding: .utf8)
        let r = try ProcessRun.run(Repo.tally, ["check", "--specs", dir])
        #expect(r.status == 65)
        #expect(r.err == "\(dir)/b.yml:4:9: error: workbook file 'same' is also written by \(dir)/a.yaml\n")
    }

    @Test("A folder without specs: exit 66")
    func empty() throws {
        let dir = try TempDir.make("check-empty")
        defer { TempDir.remove(dir) }
        let r = try ProcessRun.run(Repo.tally, ["check", "--specs", dir])
        #expect(r.status == 66)
        #expect(r.err == "\(dir): error: no *.yaml or *.yml files (expected report specs)\n")
    }
}
