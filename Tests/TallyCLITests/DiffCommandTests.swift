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
        #expect(r.out == "--- new.csv\n+ C: beds=4\n~ B: beds 2 → 3\n1 row changed, 1 added, 0 removed in 1 sheet\n")
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
        1 row changed, 0 added, 2 removed in 1 sheet

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
        #expect(r.out == "--- new.csv\n~ A#2: beds 2 → 3\n1 row changed, 0 added, 0 removed in 1 sheet\n")
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

    @Test("--key names the columns that key rows, as csv-diff's does")
    func keyOption() throws {
        let dir = try TempDir.make("diff-key")
        defer { TempDir.remove(dir) }
        try "id,subject,beds\n1,North,120\n2,South,80\n".write(toFile: dir + "/old.csv", atomically: true, encoding: .utf8)
        try "id,subject,beds\n2,South,90\n1,North Valley,120\n".write(toFile: dir + "/new.csv", atomically: true, encoding: .utf8)
        let r = try ProcessRun.run(Repo.tally, ["diff", "--key", "id", dir + "/old.csv", dir + "/new.csv"])
        #expect(r.status == 1)
        #expect(r.out == """
            --- new.csv
            ~ 2: beds 80 → 90
            ~ 1: subject North → North Valley
            2 rows changed, 0 added, 0 removed in 1 sheet

            """)
        let both = try ProcessRun.run(Repo.tally, ["diff", "--key", "subject,beds", dir + "/old.csv", dir + "/new.csv"])
        #expect(both.out == """
            --- new.csv
            - North / 120: id=1
            - South / 80: id=2
            + South / 90: id=2
            + North Valley / 120: id=1
            0 rows changed, 2 added, 2 removed in 1 sheet

            """)
    }

    @Test("--key naming a column the file lacks: exit 64 with the columns it has")
    func unknownKey() throws {
        let dir = try TempDir.make("diff-unknown-key")
        defer { TempDir.remove(dir) }
        try "id,beds\n1,2\n".write(toFile: dir + "/old.csv", atomically: true, encoding: .utf8)
        try "id,beds\n1,3\n".write(toFile: dir + "/new.csv", atomically: true, encoding: .utf8)
        let r = try ProcessRun.run(Repo.tally, ["diff", "--key", "source", dir + "/old.csv", dir + "/new.csv"])
        #expect(r.status == 64)
        #expect(r.err == "\(dir)/old.csv: error: --key column 'source' is not in the header (columns: id, beds)\n")
    }

    @Test("--json: csv-diff's shape per sheet, with the files and a summary")
    func json() throws {
        let dir = try TempDir.make("diff-json")
        defer { TempDir.remove(dir) }
        try "subject,beds\nA,1\nB,2\n".write(toFile: dir + "/old.csv", atomically: true, encoding: .utf8)
        try "subject,beds\nA,1\nB,3\nC,4\n".write(toFile: dir + "/new.csv", atomically: true, encoding: .utf8)
        let r = try ProcessRun.run(Repo.tally, ["diff", "--json", dir + "/old.csv", dir + "/new.csv"])
        #expect(r.status == 1)
        #expect(r.out == """
            {
              "files" : {
                "added" : [

                ],
                "differ" : [

                ],
                "removed" : [

                ]
              },
              "same" : false,
              "sheets" : [
                {
                  "added" : [
                    {
                      "key" : "C",
                      "row" : {
                        "beds" : "4"
                      }
                    }
                  ],
                  "changed" : [
                    {
                      "changes" : {
                        "beds" : [
                          "2",
                          "3"
                        ]
                      },
                      "key" : "B"
                    }
                  ],
                  "columns_added" : [

                  ],
                  "columns_removed" : [

                  ],
                  "file" : "new.csv",
                  "key" : [
                    "subject"
                  ],
                  "removed" : [

                  ]
                }
              ],
              "summary" : {
                "rows_added" : 1,
                "rows_changed" : 1,
                "rows_removed" : 0,
                "sheets" : 1
              }
            }

            """)
    }

    @Test("A ragged CSV row: exit 65 naming the file and the row's line, like an unclosed quote")
    func raggedRow() throws {
        let dir = try TempDir.make("diff-ragged")
        defer { TempDir.remove(dir) }
        try "subject,beds\nA,1\n".write(toFile: dir + "/old.csv", atomically: true, encoding: .utf8)
        try "subject,beds\n\"A\nB\",1\nC,2,3\n".write(toFile: dir + "/new.csv", atomically: true, encoding: .utf8)
        let r = try ProcessRun.run(Repo.tally, ["diff", dir + "/old.csv", dir + "/new.csv"])
        #expect(r.status == 65)
        #expect(r.out == "")
        #expect(r.err == "\(dir)/new.csv:4:1: error: malformed CSV: 3 fields in a row, 2 in the header\n")
    }

    @Test("A sentence added earlier in an article moves no fact: only the workbooks' Sources offsets differ")
    func insertedSentence() throws {
        let dir = try TempDir.make("diff-inserted")
        defer { TempDir.remove(dir) }
        let seeds = dir + "/seeds"
        try FileManager.default.createDirectory(atPath: seeds, withIntermediateDirectories: true)
        let before = """
            Hill District Hospital grows

            The Hill District Hospital has 250 beds after the works of 2023, with an investment of 90 billion VND.

            """
        try before.write(toFile: seeds + "/hill.txt", atomically: true, encoding: .utf8)
        #expect(try export(seeds: seeds, out: dir + "/old").status == 0)
        try before.replacingOccurrences(of: "The Hill District", with: "Visitors praised the new garden. The Hill District")
            .write(toFile: seeds + "/hill.txt", atomically: true, encoding: .utf8)
        #expect(try export(seeds: seeds, out: dir + "/new").status == 0)
        let r = try ProcessRun.run(Repo.tally, ["diff", dir + "/old", dir + "/new"])
        #expect(r.err == "")
        #expect(r.out == """
            ~ file beds.xlsx (contents differ)
            ~ file investment.xlsx (contents differ)
            ~ file summary.xlsx (contents differ)
            0 rows changed, 0 added, 0 removed in 0 sheets; 3 other files differ

            """)
        #expect(r.status == 1)
    }
}
