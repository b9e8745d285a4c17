import Foundation
import Testing
import TallyTestSupport

/// An article written for these tests: one bed figure and one range.
private let northArticle = """
North Valley Hospital adds beds

The North Valley Hospital opened a new ward with 120 beds in 2023, and it trained 30-40 nurses.

"""

private func northFile(in dir: String) throws -> String {
    let path = dir + "/north.txt"
    try northArticle.write(toFile: path, atomically: true, encoding: .utf8)
    return path
}

@Suite("The command line: version, help, short flags, plurals, facts as CSV and table, messages")
struct CommandLineTests {
    @Test("tally --version prints the version alone")
    func version() throws {
        let r = try ProcessRun.run(Repo.tally, ["--version"])
        #expect(r.status == 0)
        #expect(r.out == "0.5.0\n")
    }

    @Test("tally --help names the completion scripts and the exit codes")
    func help() throws {
        let r = try ProcessRun.run(Repo.tally, ["--help"])
        #expect(r.status == 0)
        let lines = r.out.components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(lines.contains("Shell completions: tally --generate-completion-script bash (or zsh, fish)."))
        let script = try ProcessRun.run(Repo.tally, ["--generate-completion-script", "bash"])
        #expect(script.status == 0)
        #expect(script.out.hasPrefix("#!/bin/bash\n"))
        #expect(script.out.hasSuffix("complete -o filenames -F _tally tally\n"))
    }

    @Test("-o and -q are --out and --quiet")
    func shortFlags() throws {
        let dir = try TempDir.make("short")
        defer { TempDir.remove(dir) }
        let r = try ProcessRun.run(Repo.tally, ["export", "--seeds", Repo.seeds, "--specs", Repo.specs, "-q", "-o", dir + "/out"])
        #expect(r.status == 0)
        #expect(r.err == "")
        #expect(FileManager.default.fileExists(atPath: dir + "/out/current/summary.xlsx"))
    }

    @Test("One spec is '1 spec ok', not '1 specs'")
    func plural() throws {
        let dir = try TempDir.make("plural")
        defer { TempDir.remove(dir) }
        try FileManager.default.copyItem(atPath: Repo.specs + "/beds.yaml", toPath: dir + "/beds.yaml")
        let r = try ProcessRun.run(Repo.tally, ["check", "--specs", dir])
        #expect(r.status == 0)
        #expect(r.out == "1 spec ok\n")
    }

    @Test("tally facts --format csv: RFC 4180 with a header of keys, a range in min and max")
    func factsCSV() throws {
        let dir = try TempDir.make("facts-csv")
        defer { TempDir.remove(dir) }
        _ = try northFile(in: dir)
        let r = try ProcessRun.run(Repo.tally, ["facts", "--format", "csv", "north.txt"], directory: dir)
        #expect(r.status == 0)
        #expect(r.err == "")
        #expect(r.out == """
            fact,file,paragraph,category,value,min,max,unit,qualifiers,period,subject,repeat_of,mention
            0,north.txt,1,beds,120,,,beds,,2023,The North Valley Hospital,,120 beds
            1,north.txt,1,training,,30,40,trainees,,,The North Valley Hospital,,30-40 nurses

            """)
    }

    @Test("tally facts -f table: the same columns, tab-separated, under a header row with the file")
    func factsTable() throws {
        let dir = try TempDir.make("facts-table")
        defer { TempDir.remove(dir) }
        _ = try northFile(in: dir)
        let r = try ProcessRun.run(Repo.tally, ["facts", "-f", "table", "north.txt"], directory: dir)
        #expect(r.status == 0)
        #expect(r.out == [
            "fact\tfile\tparagraph\tcategory\tvalue\tmin\tmax\tunit\tqualifiers\tperiod\tsubject\trepeat_of\tmention",
            "0\tnorth.txt\t1\tbeds\t120\t\t\tbeds\t\t2023\tThe North Valley Hospital\t\t120 beds",
            "1\tnorth.txt\t1\ttraining\t\t30\t40\ttrainees\t\t\tThe North Valley Hospital\t\t30-40 nurses",
        ].map { $0 + "\n" }.joined())
    }

    @Test("A folder given to facts: exit 66, saying it is a folder and how to name its files")
    func factsFolder() throws {
        let dir = try TempDir.make("facts-dir")
        defer { TempDir.remove(dir) }
        let r = try ProcessRun.run(Repo.tally, ["facts", dir])
        #expect(r.status == 66)
        #expect(r.err == "\(dir): error: is a folder, not an article (name its files: \(dir)/*.txt)\n")
    }

    @Test("Articles only in subfolders: exit 66, naming the subfolder to export instead")
    func subfolders() throws {
        let dir = try TempDir.make("subfolders")
        defer { TempDir.remove(dir) }
        try FileManager.default.createDirectory(atPath: dir + "/seeds/2023", withIntermediateDirectories: true)
        _ = try northFile(in: dir + "/seeds/2023")
        let r = try ProcessRun.run(Repo.tally, ["export", "--seeds", dir + "/seeds", "--specs", Repo.specs, "-o", dir + "/out"])
        #expect(r.status == 66)
        #expect(r.err == "\(dir)/seeds: error: no *.txt files (expected articles); subfolders are not read: use \(dir)/seeds/2023\n")
        #expect(!FileManager.default.fileExists(atPath: dir + "/out"))
    }
}
