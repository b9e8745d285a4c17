import Foundation
import Testing
import TallyTestSupport

/// Seeds plus one article that is not UTF-8, sorted between them.
private func seedsWithBadArticle(in dir: String) throws -> String {
    let seeds = try Repo.copySeeds(into: dir)
    try (Data("A title\n\nA ward of 4".utf8) + [0xC3, 0x28] + Data("0 beds.\n".utf8))
        .write(to: URL(fileURLWithPath: seeds + "/001_bad.txt"))
    return seeds
}

@Suite("Long and unattended runs: --keep-going, --log, --wait-timeout, the progress bar")
struct LongRunTests {
    @Test("By default a non-UTF-8 article stops the export (65) and nothing is published")
    func strictByDefault() throws {
        let dir = try TempDir.make("strict")
        defer { TempDir.remove(dir) }
        let seeds = try seedsWithBadArticle(in: dir)
        let r = try export(seeds: seeds, out: dir + "/out")
        #expect(r.status == 65)
        #expect(r.err == "\(seeds)/001_bad.txt:3:12: error: the article is not valid UTF-8 text\n")
        #expect(!FileManager.default.fileExists(atPath: dir + "/out/current"))
    }

    @Test("--keep-going skips it with a warning naming it, publishes the rest, and exits 3")
    func keepGoing() throws {
        let dir = try TempDir.make("keep-going")
        defer { TempDir.remove(dir) }
        let seeds = try seedsWithBadArticle(in: dir)
        let r = try export(seeds: seeds, out: dir + "/out", ["--keep-going"])
        #expect(r.status == 3)
        #expect(r.err == "\(seeds)/001_bad.txt:3:12: warning: the article is not valid UTF-8 text; skipped (--keep-going)\n")
        // The other articles are all there: the same CSV as an export of the seeds alone.
        let clean = try export(out: dir + "/clean")
        #expect(clean.status == 0)
        let csv = { (out: String) in Repo.text(out + "/current/beds/bed-mentions.csv") }
        #expect(csv(dir + "/out") == csv(dir + "/clean"))
        #expect(!csv(dir + "/out").isEmpty)
    }

    @Test("--log FILE appends every step and warning with a UTC timestamp, even when stderr is not a terminal")
    func logFile() throws {
        let dir = try TempDir.make("log")
        defer { TempDir.remove(dir) }
        let seeds = try seedsWithBadArticle(in: dir)
        let r = try export(seeds: seeds, out: dir + "/out", ["--keep-going", "--log", dir + "/run.log"])
        #expect(r.status == 3)
        let lines = Repo.text(dir + "/run.log").components(separatedBy: "\n").dropLast()
        let stamp = #/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ tally: /#
        #expect(lines.allSatisfy { $0.contains(stamp) }, "\(lines)")
        #expect(lines.map { $0.replacing(stamp, with: "") } == [
            "read 2 articles, \(try factCount()) facts",
            "wrote beds.xlsx (2 sheets)",
            "wrote investment.xlsx (3 sheets)",
            "wrote summary.xlsx (4 sheets)",
            "wrote training.xlsx (3 sheets)",
            "published 16 files to \(dir)/out",
            "\(seeds)/001_bad.txt:3:12: warning: the article is not valid UTF-8 text; skipped (--keep-going)",
        ])
    }

    /// How many facts the seeds give, as `tally facts` counts them.
    func factCount() throws -> Int {
        let r = try ProcessRun.run(Repo.tally, ["facts", "-f", "csv", "seeds/000_39e6eb3c5c97f6a0.txt", "seeds/003_971a67d8cb930243.txt"],
                                   directory: Repo.root)
        return r.out.split(separator: "\n").count - 1
    }

    @Test("--wait-timeout: a run still waiting for the lock when the time is up exits 75, saying so")
    func waitTimeout() throws {
        let dir = try TempDir.make("wait-timeout")
        defer { TempDir.remove(dir) }
        let out = dir + "/out"
        let holder = try ProcessRun.start("/usr/bin/env", ["python3", Repo.helper("hold_lock.py"), out + "/.tally/lock", dir + "/ready"])
        defer { kill(holder.pid, SIGKILL); _ = holder.finish() }
        #expect(waitFor(dir + "/ready"))
        let r = try export(out: out, ["--wait-timeout", "0.5"])
        #expect(r.status == 75)
        #expect(r.err == "\(out)/.tally/lock: error: another export still holds this folder after 0.5 s of waiting (raise --wait-timeout, or see if it hangs)\n")
        #expect(!FileManager.default.fileExists(atPath: out + "/current"))
    }

    @Test("--wait-timeout 0 is a usage error (64)")
    func waitTimeoutZero() throws {
        let r = try export(out: "/nonexistent/out", ["--wait-timeout", "0"])
        #expect(r.status == 64)
        #expect(r.err.hasPrefix("Error: --wait-timeout must be a number of seconds above 0\n"))
    }

    @Test("On a terminal, a bar redrawn per article with the count, facts and time, then the steps")
    func progressBar() throws {
        let dir = try TempDir.make("bar")
        defer { TempDir.remove(dir) }
        // script(1) gives the export a pseudo-terminal, as a person's shell would.
        let command = [Repo.tally, "export", "--seeds", Repo.seeds, "--specs", Repo.specs, "-o", dir + "/out"].joined(separator: " ")
        let r = try ProcessRun.run("/usr/bin/script", ["-qec", command, "/dev/null"], removing: ["SOURCE_DATE_EPOCH"])
        #expect(r.status == 0)
        let facts = try factCount()
        let firstFacts = r.out.firstMatch(of: #/1\/2 articles, (\d+) facts?/#).map { String($0.1) } ?? "?"
        let shown = r.out.replacing(#/\d+\.\d s/#, with: "T s")
        #expect(shown == [
            "\r[############------------] 1/2 articles, \(firstFacts) facts, T s",
            "\r[########################] 2/2 articles, \(facts) facts, T s\r\n",
            "tally: read 2 articles, \(facts) facts\r\n",
            "tally: wrote beds.xlsx (2 sheets)\r\n",
            "tally: wrote investment.xlsx (3 sheets)\r\n",
            "tally: wrote summary.xlsx (4 sheets)\r\n",
            "tally: wrote training.xlsx (3 sheets)\r\n",
            "tally: published 16 files to \(dir)/out\r\n",
        ].joined())
    }
}
