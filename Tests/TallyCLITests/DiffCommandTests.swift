import Foundation
import Testing
import TallyTestSupport

@Suite("tally diff")
struct DiffCommandTests {
    @Test("The same export: exit 0 and no output")
    func same() throws {
        let dir = try TempDir.make("diff-same")
        defer { TempDir.remove(dir) }
        #expect(try export(out: dir + "/a").status == 0)
        #expect(try export(out: dir + "/b").status == 0)
        let r = try ProcessRun.run(Repo.tally, ["diff", dir + "/a", dir + "/b"])
        #expect(r.status == 0)
        #expect(r.out == "")
        #expect(r.err == "")
    }

    @Test("After removing a seed: exit 1, rows removed and changed by key, workbooks named")
    func removedSeed() throws {
        let dir = try TempDir.make("diff-removed")
        defer { TempDir.remove(dir) }
        let seeds = try Repo.copySeeds(into: dir)
        #expect(try export(seeds: seeds, out: dir + "/old").status == 0)
        try FileManager.default.removeItem(atPath: seeds + "/003_971a67d8cb930243.txt")
        #expect(try export(seeds: seeds, out: dir + "/new").status == 0)
        let r = try ProcessRun.run(Repo.tally, ["diff", dir + "/old", dir + "/new"])
        #expect(r.status == 1)
        #expect(r.err == "")
        let lines = r.out.split(separator: "\n").map(String.init)
        #expect(lines.contains("~ file training.xlsx (contents differ)"))
        #expect(lines.contains("--- training/training-by-kind.csv"))
        // Rows are keyed by their first column: the Vietnamese kinds are gone.
        #expect(lines.contains { $0.hasPrefix("- courses: ") && $0.contains(" number=23,") })
        #expect(lines.contains { $0.hasPrefix("- trainees: ") && $0.contains(" number=240,") })
        #expect(lines.contains { $0.hasPrefix("~ Total: figures ") && $0.contains(" → ") })
        // Detail rows are keyed by source id, and only the removed seed's go.
        let removed = lines.filter { $0.hasPrefix("- seeds/") }
        #expect(!removed.isEmpty)
        #expect(removed.allSatisfy { $0.hasPrefix("- seeds/003_971a67d8cb930243.txt:") })
        #expect(!lines.contains { $0.hasPrefix("+ ") })
        // The English figures did not move.
        #expect(!lines.contains("--- beds/bed-mentions.csv"))
    }

    @Test("Two CSV files compare row by row")
    func files() throws {
        let dir = try TempDir.make("diff-files")
        defer { TempDir.remove(dir) }
        try "subject,beds\nA,1\nB,2\n".write(toFile: dir + "/old.csv", atomically: true, encoding: .utf8)
        try "subject,beds\nA,1\nB,3\nC,4\n".write(toFile: dir + "/new.csv", atomically: true, encoding: .utf8)
        let r = try ProcessRun.run(Repo.tally, ["diff", dir + "/old.csv", dir + "/new.csv"])
        #expect(r.status == 1)
        #expect(r.out == "--- new.csv\n~ B: beds 2 → 3\n+ C: beds=4\n")
    }

    @Test("Grouped rows are keyed by all their leading text columns, so a removed group is not read as a changed one")
    func groupedKeys() throws {
        let dir = try TempDir.make("diff-grouped")
        defer { TempDir.remove(dir) }
        try "category,unit,total,facts\ntraining,courses,23,1\ntraining,doctors,,1\ntraining,trainees,180,1\n"
            .write(toFile: dir + "/old.csv", atomically: true, encoding: .utf8)
        try "category,unit,total,facts\ntraining,doctors,,2\n".write(toFile: dir + "/new.csv", atomically: true, encoding: .utf8)
        let r = try ProcessRun.run(Repo.tally, ["diff", dir + "/old.csv", dir + "/new.csv"])
        #expect(r.status == 1)
        #expect(r.out == """
        --- new.csv
        - training / courses: total=23, facts=1
        - training / trainees: total=180, facts=1
        ~ training / doctors: facts 1 → 2

        """)
    }

    @Test("Rows whose text columns repeat are told apart by order")
    func repeatedKeys() throws {
        let dir = try TempDir.make("diff-repeated")
        defer { TempDir.remove(dir) }
        try "subject,beds\nA,1\nA,2\n".write(toFile: dir + "/old.csv", atomically: true, encoding: .utf8)
        try "subject,beds\nA,1\nA,3\n".write(toFile: dir + "/new.csv", atomically: true, encoding: .utf8)
        let r = try ProcessRun.run(Repo.tally, ["diff", dir + "/old.csv", dir + "/new.csv"])
        #expect(r.status == 1)
        #expect(r.out == "--- new.csv\n~ A#2: beds 2 → 3\n")
    }

    @Test("A missing path: exit 66 with its name")
    func missing() throws {
        let dir = try TempDir.make("diff-missing")
        defer { TempDir.remove(dir) }
        let r = try ProcessRun.run(Repo.tally, ["diff", dir + "/nope", dir])
        #expect(r.status == 66)
        #expect(r.out == "")
        #expect(r.err == "\(dir)/nope: error: no such file or folder\n")
    }
}
