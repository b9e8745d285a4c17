import Foundation
import Testing
import TallyTestSupport

/// Faults around an export: signals, a lock held while the inputs are bad,
/// a write refused midway, and leftovers of runs killed while cleaning up.
/// Serialized: each signal test needs a run slow enough to catch midway.
@Suite("Export faults", .serialized)
struct FaultTests {
    /// Names in `Exports/.tally/runs`, sorted.
    static func runs(_ out: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: out + "/.tally/runs")) ?? []).sorted()
    }

    @Test("SIGTERM and SIGINT while writing: the run is removed, the exit is 128 + the signal, the previous export stays",
          arguments: [(SIGTERM, "SIGTERM"), (SIGINT, "SIGINT")])
    func signalled(_ signal: Int32, _ name: String) throws {
        let dir = try TempDir.make("signal")
        defer { TempDir.remove(dir) }
        let out = dir + "/Exports"
        #expect(try export(out: out).status == 0)
        let before = snapshot(out), runsBefore = Self.runs(out)
        let seeds = try CrashSafetyTests.bigSeeds(in: dir, copies: 15)
        let running = try ProcessRun.start(Repo.tally, ["export", "--seeds", seeds, "--specs", Repo.specs, "--out", out],
                                           removing: ["SOURCE_DATE_EPOCH"])
        // Wait for the run folder to appear: the export is then writing.
        let deadline = Date().addingTimeInterval(120)
        while Date() < deadline, running.process.isRunning, !Self.runs(out).contains(where: { $0.hasPrefix("tmp-") }) {
            usleep(2_000)
        }
        kill(running.pid, signal)
        let r = running.finish()
        #expect(!r.signalled)
        #expect(r.status == 128 + signal)
        // Tally's line ends stderr. libxlsxwriter may print its own [ERROR]
        // line first, for the file it was writing when the run was removed.
        let lines = r.err.split(separator: "\n").map(String.init)
        #expect(lines.last == "tally: stopped by \(name): the export was not published; the previous one is unchanged", "\(r.err)")
        #expect(lines.dropLast().allSatisfy { $0.hasPrefix("[ERROR] ") }, "\(r.err)")
        #expect(r.err.hasSuffix("\n"))
        #expect(Self.runs(out) == runsBefore)
        #expect(snapshot(out) == before)
    }

    @Test("The lock comes before the articles: with the lock held, a bad article still gives 75, not 65")
    func lockBeforeArticles() throws {
        let dir = try TempDir.make("lock-first")
        defer { TempDir.remove(dir) }
        let out = dir + "/Exports"
        let seeds = try Repo.copySeeds(into: dir)
        try Data([0x41, 0xFF, 0x0A]).write(to: URL(fileURLWithPath: seeds + "/zz.txt"))
        let holder = try ProcessRun.start("/usr/bin/env", ["python3", Repo.helper("hold_lock.py"), out + "/.tally/lock", dir + "/ready"])
        #expect(waitFor(dir + "/ready"))
        let r = try export(seeds: seeds, out: out)
        kill(holder.pid, SIGKILL)
        _ = holder.finish()
        #expect(r.status == 75)
        #expect(r.err == "\(out)/.tally/lock: error: another export is running on this folder (use --wait to queue behind it)\n")
    }

    @Test("A write refused midway (file size limit, as a full disk): exit 73, no run folder left, the previous export stays")
    func writeRefused() throws {
        let dir = try TempDir.make("efbig")
        defer { TempDir.remove(dir) }
        let out = dir + "/Exports"
        #expect(try export(out: out).status == 0)
        let before = snapshot(out), runsBefore = Self.runs(out)
        // 8 blocks of 512 bytes: small files fit, a workbook does not (EFBIG).
        let r = try ProcessRun.run("/bin/sh", ["-c", "trap '' XFSZ; ulimit -f 8; exec \"$0\" export --seeds \"$1\" --specs \"$2\" --out \"$3\"",
                                               Repo.tally, Repo.seeds, Repo.specs, out], removing: ["SOURCE_DATE_EPOCH"])
        #expect(r.status == 73, "\(r.err)")
        // libxlsxwriter prints its own [ERROR] lines first; Tally's is the last.
        let last = r.err.split(separator: "\n").last.map(String.init) ?? ""
        #expect(last.hasPrefix(out + "/.tally/runs/tmp-") && last.contains(": error: "), "\(r.err)")
        #expect(Self.runs(out) == runsBefore)
        #expect(snapshot(out) == before)
    }

    @Test("Leftovers under the lock are removed by the next export: a half-deleted run, an unfinished run, a half-made link")
    func leftovers() throws {
        let dir = try TempDir.make("leftovers-del")
        defer { TempDir.remove(dir) }
        let out = dir + "/Exports"
        #expect(try export(out: out).status == 0)
        for folder in ["del-run-000000", "tmp-4242-7"] {
            try FileManager.default.createDirectory(atPath: out + "/.tally/runs/\(folder)/beds", withIntermediateDirectories: true)
            #expect(FileManager.default.createFile(atPath: out + "/.tally/runs/\(folder)/beds/x.csv", contents: Data("partial".utf8)))
        }
        try FileManager.default.createSymbolicLink(atPath: out + "/.current-4242", withDestinationPath: ".tally/runs/tmp-4242-7")
        #expect(try export(out: out).status == 0)
        #expect(Self.runs(out) == ["run-000001", "run-000002"])
        #expect(try !FileManager.default.contentsOfDirectory(atPath: out).contains { $0.hasPrefix(".current-") })
    }
}
