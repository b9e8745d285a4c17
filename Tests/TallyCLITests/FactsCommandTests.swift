import Foundation
import Testing
import TallyTestSupport

@Suite("tally facts --format json")
struct FactsCommandTests {
    static let contractKeys = ["file", "language", "article", "article_title", "paragraph", "span", "text", "sentence",
                               "category", "value", "min", "max", "unit", "subject", "qualifiers", "period", "repeat_of",
                               "facility", "scope", "province", "role", "figure"]

    struct Check: Decodable { var facts: Int; var keys: [[String]]; var mismatches: [Mismatch] }
    struct Mismatch: Decodable { var index: Int; var file: String; var text: String; var found: String }

    @Test("Every fact has exactly the contract's keys, in its order, and its span indexes the file in Unicode scalars")
    func contract() throws {
        let dir = try TempDir.make("facts")
        defer { TempDir.remove(dir) }
        let seeds = try Repo.copySeeds(into: dir)
        let files = try FileManager.default.contentsOfDirectory(atPath: seeds).sorted().map { "seeds/" + $0 }
        let r = try ProcessRun.run(Repo.tally, ["facts", "--format", "json"] + files, directory: dir)
        #expect(r.status == 0)
        #expect(r.err == "")
        try r.stdout.write(to: URL(fileURLWithPath: dir + "/facts.json"))
        let py = try ProcessRun.run("/usr/bin/env", ["python3", Repo.helper("check_spans.py"), "facts.json"], directory: dir)
        #expect(py.status == 0, "\(py.err)")
        let check = try JSONDecoder().decode(Check.self, from: py.stdout)
        #expect(check.facts > 0)
        #expect(check.keys == [Self.contractKeys])
        #expect(check.mismatches.isEmpty, "\(check.mismatches.map { "\($0.file) #\($0.index): \($0.text) ≠ \($0.found)" })")
        // Both seeds contribute, the Vietnamese one with its diacritics intact.
        let json = r.out
        #expect(json.contains("\"text\": \"485 beds\""))
        #expect(json.contains("\"text\": \"180 học viên\""))
        #expect(json.contains("\"language\": \"vi\""))
    }

    /// "hơn 60 lượt bác sĩ, cán bộ" lists two kinds of people, so they are
    /// trainees, as the corpus labels such lists.
    @Test("The Vietnamese seed's 'hơn 60 lượt bác sĩ, cán bộ' is more than 60 trainees")
    func moreThanSixtyTrainees() throws {
        let r = try ProcessRun.run(Repo.tally, ["facts", "seeds/003_971a67d8cb930243.txt"], directory: Repo.root)
        #expect(r.status == 0)
        let facts = try #require(try JSONSerialization.jsonObject(with: r.stdout) as? [[String: Any]])
        let sixty = facts.first { ($0["text"] as? String)?.hasPrefix("60 ") == true }
        #expect(sixty?["value"] as? Int == 60)
        #expect(sixty?["unit"] as? String == "trainees")
        #expect(sixty?["qualifiers"] as? [String] == ["more_than"])
        #expect(sixty?["language"] as? String == "vi")
    }

    @Test("Output that cannot be written (a full disk) fails with 73 and why, not a silent cut-off")
    func fullDisk() throws {
        let r = try ProcessRun.run("/bin/sh", ["-c", "\"$0\" facts --format json seeds/003_971a67d8cb930243.txt > /dev/full", Repo.tally],
                                   directory: Repo.root)
        #expect(r.status == 73)
        #expect(r.err == "standard output: error: cannot create output: No space left on device\n")
    }

    @Test("An article that is not UTF-8: exit 65 with file, line and column of the first bad byte")
    func invalidUTF8() throws {
        let dir = try TempDir.make("facts-utf8")
        defer { TempDir.remove(dir) }
        try (Data("Tiêu đề\n\nBệnh viện có 5".utf8) + [0xC3, 0x28] + Data("00 giường.\n".utf8))
            .write(to: URL(fileURLWithPath: dir + "/bad.txt"))
        let r = try ProcessRun.run(Repo.tally, ["facts", dir + "/bad.txt"])
        #expect(r.status == 65)
        #expect(r.out == "")
        #expect(r.err == "\(dir)/bad.txt:3:15: error: the article is not valid UTF-8 text\n")
    }

    @Test("A missing article file: exit 66 with its name")
    func missingFile() throws {
        let r = try ProcessRun.run(Repo.tally, ["facts", "/nonexistent/a.txt"])
        #expect(r.status == 66)
        #expect(r.err == "/nonexistent/a.txt: error: no such article file\n")
    }

    @Test("One article saved under two names is reported once, with a warning naming both")
    func duplicateText() throws {
        let dir = try TempDir.make("facts-dup")
        defer { TempDir.remove(dir) }
        let text = "Bệnh viện Đa khoa tỉnh Phú Thọ có 900 giường bệnh.\n"
        try Data(text.utf8).write(to: URL(fileURLWithPath: dir + "/a.txt"))
        try Data(text.utf8).write(to: URL(fileURLWithPath: dir + "/b.txt"))
        let r = try ProcessRun.run(Repo.tally, ["facts", dir + "/a.txt", dir + "/b.txt"])
        #expect(r.status == 0)
        let facts = try #require(try JSONSerialization.jsonObject(with: r.stdout) as? [[String: Any]])
        #expect(facts.map { $0["file"] as? String } == [dir + "/a.txt"])
        #expect(r.err == "warning: \(dir)/b.txt has the same text as \(dir)/a.txt; its facts are reported once, under \(dir)/a.txt\n")
    }

    @Test("An export of one article saved under two names counts it once and warns, naming both")
    func duplicateTextInExport() throws {
        let dir = try TempDir.make("export-dup")
        defer { TempDir.remove(dir) }
        let seeds = try Repo.copySeeds(into: dir)
        try FileManager.default.copyItem(atPath: seeds + "/003_971a67d8cb930243.txt", toPath: seeds + "/004_copy.txt")
        let r = try ProcessRun.run(Repo.tally, ["export", "--seeds", seeds, "--specs", Repo.specs, "-o", dir + "/out"],
                                   removing: ["SOURCE_DATE_EPOCH"])
        #expect(r.status == 0)
        #expect(r.err == "warning: seeds/004_copy.txt has the same text as seeds/003_971a67d8cb930243.txt; "
            + "its facts are reported once, under seeds/003_971a67d8cb930243.txt\n")
        #expect(!Repo.text(dir + "/out/current/training/training-mentions.csv").contains("004_copy"))
    }
}
