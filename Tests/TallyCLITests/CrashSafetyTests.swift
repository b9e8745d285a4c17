import Foundation
import Testing
import TallyTestSupport

/// An export is published all at once or not at all: a run killed at any
/// moment leaves `Exports/current` on the complete previous export, and two
/// runs queued with --wait end as one run would. Serialized: these tests
/// load both cores, and a kill test must not be slowed by its neighbours.
@Suite("Export under kill and concurrency", .serialized)
struct CrashSafetyTests {
    /// `copies` copies of each seed under different names, in `dir/seeds`,
    /// so an export takes long enough to be killed in the middle. Each copy
    /// ends with its own line: the same text twice would be read once.
    static func bigSeeds(in dir: String, copies: Int, extra: String? = nil) throws -> String {
        let seeds = dir + "/seeds"
        try FileManager.default.createDirectory(atPath: seeds, withIntermediateDirectories: true)
        let names = try FileManager.default.contentsOfDirectory(atPath: Repo.seeds).filter { $0.hasSuffix(".txt") }.sorted()
        for n in 0..<copies {
            for name in names {
                let text = try String(contentsOfFile: Repo.seeds + "/" + name, encoding: .utf8) + "\nCopy \(n).\n"
                try text.write(toFile: seeds + "/\(String(format: "%04d", n))-\(name)", atomically: true, encoding: .utf8)
            }
        }
        if let extra { try extra.write(toFile: seeds + "/zzzz-extra.txt", atomically: true, encoding: .utf8) }
        return seeds
    }

    @Test("A second export SIGKILLed at several points leaves current on a complete export; the next run cleans up")
    func killedExports() throws {
        let dir = try TempDir.make("kill")
        defer { TempDir.remove(dir) }
        let out = dir + "/Exports"
        let first = try Self.bigSeeds(in: dir + "/first", copies: 100)
        let started = Date()
        #expect(try export(seeds: first, out: out).status == 0)
        let duration = Date().timeIntervalSince(started)
        let previous = snapshot(out)
        #expect(previous.count == 16)   // 4 workbooks and 12 CSV files

        // Changed inputs: one more article with a new figure; its complete
        // export (made elsewhere) is the only other state current may show.
        let changed = try Self.bigSeeds(in: dir + "/changed", copies: 100,
                                        extra: "A title\n\nThe Hiep Hoa district hospital now has 250 beds.\n")
        #expect(try export(seeds: changed, out: dir + "/reference").status == 0)
        let next = snapshot(dir + "/reference")
        #expect(next != previous)

        // Kill points: by time through the run, and by what the run has
        // written so far (polled), so the writing and publishing steps are
        // hit whatever the machine's speed.
        let runs = out + "/.tally/runs"
        func entries() -> Set<String> { Set((try? FileManager.default.contentsOfDirectory(atPath: runs)) ?? []) }
        // What earlier kills left behind must not trigger the next kill point.
        var stale = Set<String>()
        func tmpRun() -> String? {
            entries().subtracting(stale).first { $0.hasPrefix("tmp-") }.map { runs + "/" + $0 }
        }
        let points: [(label: String, reached: () -> Bool)] = [
            ("run folder created", { tmpRun() != nil }),
            ("first workbook written", { tmpRun().map { FileManager.default.fileExists(atPath: $0 + "/beds.xlsx") } ?? false }),
            ("last workbook being written", { tmpRun().map { FileManager.default.fileExists(atPath: $0 + "/summary") } ?? false }),
            ("run renamed, maybe not yet current", { entries().subtracting(stale).contains { $0.hasPrefix("run-") } }),
        ]
        let schedule: [(label: String, delay: Double?, reached: (() -> Bool)?)] =
            [0.1, 0.5, 0.9].map { ("\($0) of a run's time, reading articles", duration * $0, nil) }
            + points.map { ($0.label, nil, $0.reached) }
        var keptPrevious = 0
        for point in schedule {
            stale = entries()
            let run = try ProcessRun.start(Repo.tally, ["export", "--seeds", changed, "--specs", Repo.specs, "--out", out],
                                           removing: ["SOURCE_DATE_EPOCH"])
            if let delay = point.delay { usleep(useconds_t(delay * 1_000_000)) }
            if let reached = point.reached { while run.process.isRunning, !reached() { usleep(200) } }
            kill(run.pid, SIGKILL)
            let r = run.finish()
            let now = snapshot(out)
            // Either the whole previous export or, if the kill came after the
            // publishing rename, the whole new one; never a mix or a part.
            #expect(now == previous || now == next, "killed at '\(point.label)', status \(r.status)")
            if now == previous { keptPrevious += 1 }
        }
        #expect(keptPrevious > 0)

        // A normal run publishes the changed inputs and leaves no debris.
        let r = try export(seeds: changed, out: out)
        #expect(r.status == 0)
        #expect(r.err == "")
        #expect(snapshot(out) == next)
        let left = try FileManager.default.contentsOfDirectory(atPath: runs)
        #expect(!left.contains { $0.hasPrefix("tmp-") }, "\(left)")
        #expect(left.filter { $0.hasPrefix("run-") }.count <= 2, "\(left)")
        let top = try FileManager.default.contentsOfDirectory(atPath: out)
        #expect(!top.contains { $0.hasPrefix(".current-") }, "\(top)")
    }

    @Test("Two exports started together with --wait both succeed and end as one run would")
    func concurrentWithWait() throws {
        let dir = try TempDir.make("concurrent")
        defer { TempDir.remove(dir) }
        let seeds = try Self.bigSeeds(in: dir, copies: 20)
        #expect(try export(seeds: seeds, out: dir + "/single").status == 0)
        let arguments = ["export", "--seeds", seeds, "--specs", Repo.specs, "--out", dir + "/Exports", "--wait"]
        let a = try ProcessRun.start(Repo.tally, arguments, removing: ["SOURCE_DATE_EPOCH"])
        let b = try ProcessRun.start(Repo.tally, arguments, removing: ["SOURCE_DATE_EPOCH"])
        let ra = a.finish(), rb = b.finish()
        #expect(ra.status == 0, "\(ra.err)")
        #expect(rb.status == 0, "\(rb.err)")
        #expect(snapshot(dir + "/Exports") == snapshot(dir + "/single"))
        let runs = try FileManager.default.contentsOfDirectory(atPath: dir + "/Exports/.tally/runs").sorted()
        #expect(runs == ["run-000001", "run-000002"])
    }
}
