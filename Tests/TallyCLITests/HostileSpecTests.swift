import Foundation
import Testing
import TallyTestSupport

/// A spec a hostile or careless author could write, and the first line of
/// the error both `check` and `export` must give (then the line and caret).
struct HostileSpec: CustomTestStringConvertible, Sendable {
    var id: String
    var yaml: String
    var line: Int
    var column: Int
    var message: String
    var testDescription: String { id }
}

private let sheet = "sheets:\n  - name: S\n    columns:\n      - {field: value}\n"

let hostileSpecs: [HostileSpec] = [
    .init(id: "a where 5,000 levels deep (was SIGSEGV)",
          yaml: "workbook:\n  file: zz\nsheets:\n  - name: S\n    where: " + String(repeating: "{not: ", count: 5_000)
              + "{category: beds}" + String(repeating: "}", count: 5_000) + "\n    columns:\n      - {field: value}\n",
          line: 5, column: 594, message: "the spec is nested more than 100 levels deep"),
    .init(id: "nested lists 5,000 deep under an unknown key (was SIGSEGV)",
          yaml: "workbook:\n  file: zz\n  junk: " + String(repeating: "[", count: 5_000) + "\n",
          line: 3, column: 107, message: "the spec is nested more than 100 levels deep"),
    .init(id: "a control character in a header", yaml: "workbook:\n  file: zz\nsheets:\n  - name: S\n    columns:\n      - {field: value, header: \"a\\x01\"}\n",
          line: 6, column: 32, message: "the text holds the control character U+0001, which a workbook cannot hold"),
    .init(id: "U+FFFE in a sheet name", yaml: "workbook:\n  file: zz\nsheets:\n  - name: \"S\\uFFFE\"\n    columns:\n      - {field: value}\n",
          line: 4, column: 11, message: "the text holds U+FFFE, which is not a character and a workbook cannot hold"),
    .init(id: "file: current would make Exports/current point at itself", yaml: "workbook:\n  file: current\n" + sheet,
          line: 2, column: 9, message: "'file' cannot be 'current': the export uses that name for itself (reserved: current)"),
    .init(id: "a sheet name of 31 decomposed letters is 62 UTF-16 units (was exit 73 in the C library)",
          yaml: "workbook:\n  file: zz\nsheets:\n  - name: " + String(repeating: "e\u{301}", count: 31) + "\n    columns:\n      - {field: value}\n",
          line: 4, column: 11, message: "sheet name '\(String(repeating: "e\u{301}", count: 31))' is not allowed by Excel (1 to 31 characters, none of [ ] : * ? / \\, no leading or trailing ')"),
]

@Suite("Hostile specs through the binary")
struct HostileSpecTests {
    @Test("check and export: exit 65 with the located message, and no export", arguments: hostileSpecs)
    func refused(_ c: HostileSpec) throws {
        let dir = try TempDir.make("hostile-spec")
        defer { TempDir.remove(dir) }
        let specs = dir + "/specs"
        try FileManager.default.createDirectory(atPath: specs, withIntermediateDirectories: true)
        try c.yaml.write(toFile: specs + "/zz.yaml", atomically: true, encoding: .utf8)
        let lineText = c.yaml.components(separatedBy: "\n")[c.line - 1]
        let expected = "\(specs)/zz.yaml:\(c.line):\(c.column): error: \(c.message)\n\(lineText)\n"
            + String(repeating: " ", count: c.column - 1) + "^\n"
        let check = try ProcessRun.run(Repo.tally, ["check", "--specs", specs])
        #expect(!check.signalled)
        #expect(check.status == 65)
        #expect(check.err == expected)
        let r = try export(specs: specs, out: dir + "/Exports")
        #expect(!r.signalled)
        #expect(r.status == 65)
        #expect(r.err == expected)
        #expect(!FileManager.default.fileExists(atPath: dir + "/Exports/current"))
    }

    @Test("Two workbook files that differ only in case: check exits 65 at the second")
    func caseOnly() throws {
        let dir = try TempDir.make("check-case")
        defer { TempDir.remove(dir) }
        try ("workbook:\n  file: beds\n" + sheet).write(toFile: dir + "/a.yaml", atomically: true, encoding: .utf8)
        try ("workbook:\n  file: Beds\n" + sheet).write(toFile: dir + "/b.yaml", atomically: true, encoding: .utf8)
        let r = try ProcessRun.run(Repo.tally, ["check", "--specs", dir])
        #expect(r.status == 65)
        #expect(r.err == "\(dir)/b.yaml:2:9: error: workbook file 'Beds' is also written by \(dir)/a.yaml\n")
    }
}
