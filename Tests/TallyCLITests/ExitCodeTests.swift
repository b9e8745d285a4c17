import Foundation
import Testing
import TallyTestSupport

/// The exit codes cron and operators rely on (sysexits), each with its full
/// message on stderr and nothing on stdout.
@Suite("tally export exit codes")
struct ExitCodeTests {
    @Test("Success prints nothing when stderr is not a terminal")
    func quietSuccess() throws {
        let dir = try TempDir.make("quiet")
        defer { TempDir.remove(dir) }
        let r = try export(out: dir + "/Exports")
        #expect(r.status == 0)
        #expect(r.out == "")
        #expect(r.err == "")
    }

    @Test("64: an unknown option")
    func unknownOption() throws {
        let r = try ProcessRun.run(Repo.tally, ["export", "--bogus"])
        #expect(r.status == 64)
        #expect(r.out == "")
        #expect(r.err.hasPrefix("Error: Unknown option '--bogus'"))
    }

    @Test("64: SOURCE_DATE_EPOCH that is not a number of seconds", arguments: ["abc", "-5", "1.5"])
    func badEpoch(_ value: String) throws {
        let dir = try TempDir.make("epoch")
        defer { TempDir.remove(dir) }
        let r = try export(out: dir + "/Exports", environment: ["SOURCE_DATE_EPOCH": value], removing: [])
        #expect(r.status == 64)
        #expect(r.err == "SOURCE_DATE_EPOCH: error: '\(value)' is not a number of seconds since 1970\n")
        #expect(!FileManager.default.fileExists(atPath: dir + "/Exports"))
    }

    @Test("65: an article that is not UTF-8 is named with line and column")
    func invalidUTF8() throws {
        let dir = try TempDir.make("utf8")
        defer { TempDir.remove(dir) }
        let seeds = try Repo.copySeeds(into: dir)
        try Data("Line one\nHospital has 5".utf8 + [0xFF] + Data("0 beds.\n".utf8)).write(to: URL(fileURLWithPath: seeds + "/zz.txt"))
        let r = try export(seeds: seeds, out: dir + "/Exports")
        #expect(r.status == 65)
        #expect(r.err == "\(seeds)/zz.txt:2:15: error: the article is not valid UTF-8 text\n")
        // The lock is taken before articles are read: its folder exists, no run does.
        #expect(!FileManager.default.fileExists(atPath: dir + "/Exports/current"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir + "/Exports/.tally/runs") == [])
    }

    @Test("65: a bad spec writes nothing and leaves the previous export intact")
    func badSpecKeepsPrevious() throws {
        let dir = try TempDir.make("badspec")
        defer { TempDir.remove(dir) }
        let out = dir + "/Exports"
        #expect(try export(out: out).status == 0)
        let before = snapshot(out)
        let runsBefore = try FileManager.default.contentsOfDirectory(atPath: out + "/.tally/runs")
        let specs = dir + "/specs"
        try FileManager.default.copyItem(atPath: Repo.specs, toPath: specs)
        try "workbook:\n  file: zz\nsheets:\n  - name: Z\n    columns:\n      - {field: valu}\n"
            .write(toFile: specs + "/zz.yaml", atomically: true, encoding: .utf8)
        let r = try export(specs: specs, out: out)
        #expect(r.status == 65)
        #expect(r.err.hasPrefix("\(specs)/zz.yaml:6:17: error: unknown field 'valu' (did you mean 'value'?)"))
        #expect(snapshot(out) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out + "/.tally/runs") == runsBefore)
    }

    @Test("66: a missing seeds folder, a missing specs folder, a folder without *.txt")
    func missingInputs() throws {
        let dir = try TempDir.make("missing")
        defer { TempDir.remove(dir) }
        try FileManager.default.createDirectory(atPath: dir + "/empty", withIntermediateDirectories: true)
        let noSeeds = try export(seeds: dir + "/nope", out: dir + "/Exports")
        #expect(noSeeds.status == 66)
        #expect(noSeeds.err == "\(dir)/nope: error: no such folder (expected articles)\n")
        let noSpecs = try export(specs: dir + "/nope", out: dir + "/Exports")
        #expect(noSpecs.status == 66)
        #expect(noSpecs.err == "\(dir)/nope: error: no such folder (expected report specs)\n")
        let noText = try export(seeds: dir + "/empty", out: dir + "/Exports")
        #expect(noText.status == 66)
        #expect(noText.err == "\(dir)/empty: error: no *.txt files (expected articles)\n")
        #expect(!FileManager.default.fileExists(atPath: dir + "/Exports"))
    }

    @Test("75: another export holds the lock; with --wait the export queues and succeeds")
    func lockHeld() throws {
        let dir = try TempDir.make("lock")
        defer { TempDir.remove(dir) }
        let out = dir + "/Exports"
        let holder = try ProcessRun.start("/usr/bin/env", ["python3", Repo.helper("hold_lock.py"),
                                                           out + "/.tally/lock", dir + "/ready"])
        #expect(waitFor(dir + "/ready"))
        let busy = try export(out: out)
        #expect(busy.status == 75)
        #expect(busy.err == "\(out)/.tally/lock: error: another export is running on this folder (use --wait to queue behind it)\n")
        #expect(!FileManager.default.fileExists(atPath: out + "/current"))

        let waiting = try ProcessRun.start(Repo.tally, ["export", "--seeds", Repo.seeds, "--specs", Repo.specs,
                                                        "--out", out, "--wait"])
        // It must still be waiting while the lock is held (it would have
        // finished or failed by now otherwise); then release the lock.
        usleep(1_500_000)
        #expect(waiting.process.isRunning)
        #expect(!FileManager.default.fileExists(atPath: out + "/current"))
        // SIGKILL: children of the test runner inherit its blocked signals,
        // so SIGTERM would never arrive.
        kill(holder.pid, SIGKILL)
        _ = holder.finish()
        let r = waiting.finish()
        #expect(r.status == 0)
        #expect(r.err == "")
        #expect(FileManager.default.fileExists(atPath: out + "/current/summary.xlsx"))
    }
}

@Suite("tally export cannot create its output")
struct CannotCreateTests {
    @Test("73: --out under a regular file, with the system's reason")
    func outUnderAFile() throws {
        let dir = try TempDir.make("cantcreat")
        defer { TempDir.remove(dir) }
        #expect(FileManager.default.createFile(atPath: dir + "/file", contents: Data("x".utf8)))
        let r = try export(out: dir + "/file/Exports")
        #expect(r.status == 73)
        #expect(r.out == "")
        #expect(r.err == "\(dir)/file/Exports: error: cannot create output: Not a directory\n")
    }
}

@Suite("Leftovers of killed exports")
struct LeftoverTests {
    @Test("The next export removes a killed run's folder and its half-made current link")
    func leftoversRemoved() throws {
        let dir = try TempDir.make("leftovers")
        defer { TempDir.remove(dir) }
        let out = dir + "/Exports"
        #expect(try export(out: out).status == 0)
        // What a run killed while writing, or just before its publishing rename, leaves.
        try FileManager.default.createDirectory(atPath: out + "/.tally/runs/tmp-99999-1", withIntermediateDirectories: true)
        #expect(FileManager.default.createFile(atPath: out + "/.tally/runs/tmp-99999-1/beds.xlsx", contents: Data("partial".utf8)))
        try FileManager.default.createSymbolicLink(atPath: out + "/.current-99999", withDestinationPath: ".tally/runs/run-000002")
        #expect(try export(out: out).status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out + "/.tally/runs").sorted() == ["run-000001", "run-000002"])
        #expect(try !FileManager.default.contentsOfDirectory(atPath: out).contains { $0.hasPrefix(".current-") })
    }
}
