import Foundation
import Testing
import TallyTestSupport

/// A specs folder with one small spec and, when given, a facilities.yaml.
private func specsFolder(_ label: String, corrections: String?, sheetWhere: String = "{category: beds}") throws -> String {
    let dir = try TempDir.make(label)
    try "workbook:\n  file: beds\nsheets:\n  - name: Beds\n    where: \(sheetWhere)\n    columns:\n      - {field: source}\n"
        .write(toFile: dir + "/beds.yaml", atomically: true, encoding: .utf8)
    if let corrections { try corrections.write(toFile: dir + "/facilities.yaml", atomically: true, encoding: .utf8) }
    return dir
}

private let badCorrections = "facilities:\n  - key: a\n    merge: [a]\n"
private func badMessage(_ dir: String) -> String {
    "\(dir)/facilities.yaml:2:5: error: facility 'a' cannot merge into itself\n  - key: a\n    ^\n"
}

@Suite("Facility corrections and tally facilities, end to end")
struct FacilitiesCommandTests {
    @Test("check validates facilities.yaml beside the specs and does not count it as a spec")
    func checkOK() throws {
        let dir = try specsFolder("fac-check", corrections: "facilities:\n  - key: a\n    name: A\n")
        defer { TempDir.remove(dir) }
        let r = try ProcessRun.run(Repo.tally, ["check", "--specs", dir])
        #expect(r.status == 0)
        #expect(r.out == "1 spec ok, facilities.yaml ok\n")
        #expect(r.err == "")
    }

    @Test("A bad facilities.yaml: check, export, facts and facilities exit 65 with the whole message; nothing exported")
    func bad() throws {
        let dir = try specsFolder("fac-bad", corrections: badCorrections)
        defer { TempDir.remove(dir) }
        let out = dir + "/out"
        let seed = try #require(Repo.files(under: Repo.seeds).first)
        for args in [["check", "--specs", dir],
                     ["export", "--seeds", Repo.seeds, "--specs", dir, "--out", out],
                     ["facts", "--specs", dir, Repo.seeds + "/" + seed],
                     ["facilities", "--specs", dir, Repo.seeds + "/" + seed]] {
            let r = try ProcessRun.run(Repo.tally, args)
            #expect(r.status == 65, "\(args[0])")
            #expect(r.err == badMessage(dir), "\(args[0])")
            #expect(r.out == "", "\(args[0])")
        }
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test("Export leaves facilities.yaml out of the workbooks")
    func exportSkips() throws {
        let dir = try specsFolder("fac-export", corrections: "# no corrections yet\n")
        defer { TempDir.remove(dir) }
        let r = try export(specs: dir, out: dir + "/out")
        #expect(r.status == 0)
        #expect(r.err == "")
        #expect(Repo.files(under: dir + "/out/current") == ["beds.xlsx", "beds/beds.csv"])
    }

    @Test("A folder holding only facilities.yaml has no specs: exit 66")
    func onlyCorrections() throws {
        let dir = try TempDir.make("fac-only")
        defer { TempDir.remove(dir) }
        try "facilities: []\n".write(toFile: dir + "/facilities.yaml", atomically: true, encoding: .utf8)
        let r = try ProcessRun.run(Repo.tally, ["check", "--specs", dir])
        #expect(r.status == 66)
        #expect(r.err == "\(dir): error: no *.yaml or *.yml files but facility corrections (expected report specs)\n")
    }

    @Test("A sheet that selects nothing warns on stderr with its place; the export still succeeds; --quiet silences it")
    func emptySheetWarns() throws {
        let dir = try specsFolder("fac-warn", corrections: nil, sheetWhere: "{category: beds, value: {gt: 1000000}}")
        defer { TempDir.remove(dir) }
        let r = try export(specs: dir, out: dir + "/out")
        #expect(r.status == 0)
        #expect(r.err == "\(dir)/beds.yaml:4:5: warning: sheet 'Beds' selects no facts (check its 'where')\n")
        let quiet = try export(specs: dir, out: dir + "/out", ["--quiet"])
        #expect(quiet.status == 0)
        #expect(quiet.err == "")
    }

    @Test("tally facilities with a missing file: exit 66")
    func missing() throws {
        let r = try ProcessRun.run(Repo.tally, ["facilities", "/nonexistent/a.txt"])
        #expect(r.status == 66)
        #expect(r.err == "/nonexistent/a.txt: error: no such article file\n")
    }
}
