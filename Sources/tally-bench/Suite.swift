import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The whole benchmark: every phase of issue 8 against its baseline,
/// measured in this run, each measurement in its own process.
struct Suite {
    struct Options {
        var quick = false
        var check = false
        var record = false
        var reps = 3
        /// A folder of articles to use instead of generating 10,000.
        var corpus: String?
        /// Seconds after which a growth run is stopped (and flagged).
        var limit = 180.0
        /// Row counts of the writer phases.
        var rows: [Int]?
        /// The phases to run (`Suite.phaseNames`), all by default.
        var phases = Set(Suite.phaseNames)

        init(_ args: [String]) {
            var i = 0
            func value() -> String {
                i += 1
                guard i < args.count else { fail("\(args[i - 1]) needs a value") }
                return args[i]
            }
            while i < args.count {
                switch args[i] {
                case "--quick": quick = true; reps = 1
                case "--check": check = true
                case "--record": record = true
                case "--reps": reps = max(1, Int(value()) ?? 3)
                case "--corpus": corpus = value()
                case "--limit": limit = Double(value()) ?? limit
                case "--rows": rows = value().split(separator: ",").compactMap { Int($0) }
                case "--phases":
                    phases = Set(value().split(separator: ",").map(String.init))
                    let unknown = phases.subtracting(Suite.phaseNames)
                    if !unknown.isEmpty { fail("unknown phase \(unknown.sorted().joined(separator: ", ")) (phases: \(Suite.phaseNames.joined(separator: ",")))") }
                case "-h", "--help":
                    print(Suite.usage)
                    exit(0)
                default: fail("unknown option \(args[i])\n\(Suite.usage)")
                }
                i += 1
            }
        }
    }

    /// What `--phases` can name, in the order they run.
    static let phaseNames = ["extraction", "xlsx", "csv", "export", "growth"]

    static let usage = """
        usage: scripts/bench [--quick] [--check] [--record] [--reps N] [--corpus DIR] [--limit SECONDS] [--rows N,N] [--phases P,P]
          --quick    100k rows only, 1 repetition, smaller corpus and growth (a few minutes)
          --check    exit 1 when doubling an input more than triples its time
          --record   write the table, the machine and the command to BENCHMARKS.md
          --corpus   articles to read instead of scripts/gen-corpus --count 10000
          --limit    seconds before a growth run is stopped and flagged (default 180)
          --rows     row counts of the writer phases (default 100000,1000000; --quick 100000)
          --phases   only these of extraction,xlsx,csv,export,growth (default all)
        """

    let options: Options
    let root = FileManager.default.currentDirectoryPath
    let bench: String = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    var tally: String { (bench as NSString).deletingLastPathComponent + "/tally" }
    let work = NSTemporaryDirectory() + "tally-bench-\(getpid())"
    var table = ResultTable()

    init(options: Options) { self.options = options }

    mutating func run() -> Int32 {
        guard FileManager.default.fileExists(atPath: root + "/scripts/gen-corpus"),
              FileManager.default.isExecutableFile(atPath: tally) else {
            fail("run from the repository with tally built beside tally-bench (scripts/bench does both)")
        }
        try! FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: work) }
        let machine = Machine()
        print("tally-bench: \(machine.summary), median of \(options.reps)\(options.quick ? " (--quick)" : "")")
        let phases = options.phases
        let needsCorpus = phases.contains("extraction") || phases.contains("export")
        let corpus = needsCorpus ? options.corpus ?? generateCorpus(count: options.quick ? 1_000 : 10_000) : ""
        if phases.contains("extraction") { extraction(corpus) }
        for rows in options.rows ?? (options.quick ? [100_000] : [100_000, 1_000_000]) { writers(rows: rows) }
        if phases.contains("export") { endToEnd(corpus) }
        if phases.contains("growth") { growth() }
        print(table.text, terminator: "")
        if options.record { record(machine) }
        return options.check && table.flagged ? 1 : 0
    }

    // MARK: Inputs

    func generateCorpus(count: Int) -> String {
        let dir = work + "/corpus"
        let run = ChildRun.run(["/usr/bin/env", "python3", root + "/scripts/gen-corpus", "--out", dir, "--count", String(count), "--seed", "1"])
        guard run.exitStatus == 0 else { fail("scripts/gen-corpus failed") }
        return dir
    }

    /// The first `n` articles of a corpus, as links in a folder of their own.
    func subset(_ corpus: String, _ n: Int) -> (dir: String, count: Int) {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: corpus)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
        let dir = work + "/subset-\(n)"
        try! FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        for name in names.prefix(n) { symlink(corpus + "/" + name, dir + "/" + name) }
        return (dir, min(n, names.count))
    }

    /// One generated input of `megabytes` in a shape of scripts/gen-corpus.
    func shaped(_ shape: String, megabytes: Double) -> String {
        let dir = work + "/\(shape)-\(megabytes)"
        let run = ChildRun.run(["/usr/bin/env", "python3", root + "/scripts/gen-corpus", "--out", dir, "--shape", shape,
                                "--huge-mb", String(megabytes), "--seed", "1"])
        guard run.exitStatus == 0, let name = run.output.split(separator: "\n").last else { fail("scripts/gen-corpus --shape \(shape) failed") }
        return String(name)
    }

    // MARK: Phases

    /// Runs a bench child phase `reps` times.
    func phase(_ p: ChildPhase, _ argument: String, env: [String: String] = [:]) -> (report: PhaseReport, peakMB: Double) {
        let run = ChildRun.run([bench, "--child", p.rawValue, argument], environment: env)
        guard run.exitStatus == 0, let report = try? JSONDecoder().decode(PhaseReport.self, from: Data(run.output.utf8)) else {
            fail("child \(p.rawValue) \(argument) failed (exit \(run.exitStatus))")
        }
        return (report, run.peakMB)
    }

    /// Baseline and Tally alternately, so drift on a shared machine hits both alike.
    func paired(_ base: ChildPhase, _ ours: ChildPhase, _ argument: String, env: [String: String] = [:])
        -> (base: [(report: PhaseReport, peakMB: Double)], ours: [(report: PhaseReport, peakMB: Double)]) {
        var b: [(report: PhaseReport, peakMB: Double)] = [], o: [(report: PhaseReport, peakMB: Double)] = []
        for _ in 0..<options.reps {
            b.append(phase(base, argument, env: env))
            o.append(phase(ours, argument, env: env))
        }
        return (b, o)
    }

    mutating func extraction(_ corpus: String) {
        let (dir, n) = subset(corpus, options.quick ? 500 : 2_000)
        let runs = paired(.floor, .extract, dir, env: ["TALLY_THREADS": "1"])
        let floorS = median(runs.base.map(\.report.cpuSeconds)), ourS = median(runs.ours.map(\.report.cpuSeconds))
        let mb = Double(runs.base[0].report.bytes) / 1e6
        table.add(.init(phase: "floor: tokenise + look up, 1 core", seconds: fmt(floorS, 3), throughput: "\(fmt(mb / floorS, 1)) MB/s",
                        peakMB: fmt(median(runs.base.map(\.peakMB)), 1), ratio: "1.00"))
        let speed = mb / ourS
        table.add(.init(phase: "extraction, 1 core", seconds: fmt(ourS, 3), throughput: "\(fmt(speed, 2)) MB/s",
                        peakMB: fmt(median(runs.ours.map(\.peakMB)), 1), ratio: "\(fmt(speed / (mb / floorS), 4))× floor",
                        target: "≥ 50 MB/s", verdict: speed >= 50 ? "ok" : "missed"))
        table.notes.append("times: floor, extraction and writers in CPU seconds of the measured work alone (steadier than wall time on a shared machine); export in wall seconds")
        table.notes.append("extraction: \(n) generated articles (\(fmt(mb, 1)) MB, \(runs.ours[0].report.items) facts), ArticleBatch pinned to CPU 0 with TALLY_THREADS=1; the floor reads the same files")
    }

    mutating func writers(rows: Int) {
        let label = rows >= 1_000_000 ? "\(rows / 1_000_000)M" : "\(rows / 1000)k"
        for (kind, base, ours, timeTarget) in [("xlsx", ChildPhase.xlsxC, ChildPhase.xlsxTally, 1.05), ("csv", .csvC, .csvTally, 1.0)]
            where options.phases.contains(kind) {
            let runs = paired(base, ours, String(rows))
            let bS = median(runs.base.map(\.report.cpuSeconds)), oS = median(runs.ours.map(\.report.cpuSeconds))
            let bMB = median(runs.base.map(\.peakMB)), oMB = median(runs.ours.map(\.peakMB))
            let baseName = kind == "xlsx" ? "libxlsxwriter C API" : "C stdio"
            table.add(.init(phase: "\(kind) \(label) rows: \(baseName)", seconds: fmt(bS, 3), throughput: "\(Int(Double(rows) / bS)) rows/s",
                            peakMB: fmt(bMB, 1), ratio: "1.00"))
            let ratio = oS / bS
            var target = "≤ \(fmt(timeTarget))× time", ok = ratio <= timeTarget
            if kind == "xlsx", rows >= 1_000_000 { target += ", ≤ 40 MB"; ok = ok && oMB <= 40 }
            table.add(.init(phase: "\(kind) \(label) rows: Tally", seconds: fmt(oS, 3), throughput: "\(Int(Double(rows) / oS)) rows/s",
                            peakMB: fmt(oMB, 1), ratio: "\(fmt(ratio))× time, \(fmt(oMB / bMB))× peak", target: target,
                            verdict: ok ? "ok" : "missed"))
            let same = Set(runs.base.map(\.report.hash) + runs.ours.map(\.report.hash)).count == 1
            if !same { table.notes.append("\(kind) \(label): Tally and the baseline wrote DIFFERENT bytes (the comparison is not like for like)") }
            else if rows == 100_000 { table.notes.append("\(kind): Tally and the baseline write the same bytes (\(fmt(Double(runs.ours[0].report.bytes) / 1e6, 1)) MB at \(label) rows)") }
        }
    }

    mutating func endToEnd(_ corpus: String) {
        let (dir, n) = subset(corpus, options.quick ? 1_000 : 10_000)
        let mb = Double(Machine.folderBytes(dir)) / 1e6
        var times: [String: Double] = [:]
        for (name, prefix, env) in [("1 core", ["/usr/bin/taskset", "-c", "0"], ["TALLY_THREADS": "1"]),
                                    ("all \(Machine.cores) cores", [], [:])] {
            // One run each: an export of 10,000 articles is long enough not
            // to need a median, and the limit stops a runaway.
            let out = work + "/export-\(name.prefix(1))"
            let limit = options.limit * 2
            let run = ChildRun.run(prefix + [tally, "export", "--seeds", dir, "--specs", root + "/ReportSpecs", "--out", out, "--quiet"],
                                   environment: env.merging(["SOURCE_DATE_EPOCH": "1767225600"]) { a, _ in a }, limit: limit,
                                   capture: false)
            try? FileManager.default.removeItem(atPath: out)
            guard run.timedOut || run.exitStatus == 0 else {
                table.add(.init(phase: "export \(n) articles, \(name)", seconds: fmt(run.seconds, 2), peakMB: fmt(run.peakMB, 1),
                                target: all(name) ? "< 5 s" : "", verdict: "FAILED"))
                table.notes.append("export \(name): tally export exited \(run.exitStatus) (its stderr shows where)")
                continue
            }
            let s = run.seconds
            times[name] = s
            let all = all(name)
            let timed = run.timedOut ? "> \(fmt(limit, 0))" : fmt(s, 2)
            let speedup = times["1 core"].map { "\(run.timedOut ? "" : fmt($0 / s))× 1 core" } ?? ""
            table.add(.init(phase: "export \(n) articles, \(name)", seconds: timed, throughput: "\(fmt(mb / s, 2)) MB/s",
                            peakMB: fmt(run.peakMB, 1), ratio: all ? speedup : "1.00",
                            target: all ? "< 5 s" + (n < 10_000 ? " at 10,000" : "") : "",
                            verdict: all && n >= 10_000 ? (!run.timedOut && s < 5 ? "ok" : "missed") : ""))
            if run.timedOut { table.notes.append("export \(name): stopped at \(fmt(limit, 0)) s (--limit × 2)") }
        }
        table.notes.append("export: tally export --quiet over \(n) generated articles (\(fmt(mb, 1)) MB) and ReportSpecs/; 1 core is taskset -c 0 with TALLY_THREADS=1")
    }

    func all(_ name: String) -> Bool { !name.hasPrefix("1") }

    /// `tally facts --format json` on one input at growing sizes. The ratio
    /// is the time factor per doubling of the input, (t₂/t₁)^(1/log₂(s₂/s₁)),
    /// after the process start is taken off: linear is 2, quadratic 4, and
    /// more than 3 is flagged.
    mutating func growth() {
        let startup = median((0..<3).map { _ in facts(shaped("headlines", megabytes: 0.0001)).cpuSeconds })
        // The shapes that were quadratic double from 8 KB up to 1 MB, and
        // stop once a run takes longer than `enough` seconds: a linear reader
        // gets through all of them, a quadratic one is caught early.
        let doubling = (0..<8).map { 0.008 * pow(2, Double($0)) }
        let series: [(String, String, [Double])] = [
            ("article", "one article", options.quick ? [0.05, 0.5, 5] : [0.5, 5, 50]),
            ("unpunctuated", "unpunctuated paragraph", doubling),
            ("headlines", "headline lines", doubling),
        ]
        let enough = options.quick ? 5.0 : 15.0
        for (shape, label, sizes) in series {
            var previous: (mb: Double, net: Double)?
            for (k, mb) in sizes.enumerated() {
                let run = facts(shaped(shape, megabytes: mb))
                if !run.timedOut, run.exitStatus != 0 {
                    table.add(.init(phase: "growth \(label) (\(mbLabel(mb)))", seconds: fmt(run.cpuSeconds, 3), peakMB: fmt(run.peakMB, 1), verdict: "FAILED"))
                    table.notes.append("growth \(label): tally facts exited \(run.exitStatus)")
                    table.flagged = true
                    break
                }
                let scale = "\(Int((mb / sizes[0]).rounded()))×"
                let net = max(run.cpuSeconds - startup, 0.001)
                var line = ResultTable.Line(phase: "growth \(label) \(scale) (\(mbLabel(mb)))", seconds: run.timedOut ? "> \(fmt(options.limit, 0))" : fmt(run.cpuSeconds, 3),
                                            throughput: "\(fmt(mb / run.cpuSeconds, 2)) MB/s", peakMB: fmt(run.peakMB, 1))
                if let p = previous {
                    let factor = pow(net / p.net, 1 / log2(mb / p.mb))
                    // Below 50 ms of work the factor is noise, not growth.
                    let judged = run.timedOut || net > 0.05
                    line.ratio = run.timedOut ? "> \(fmt(factor))× per doubling" : "\(fmt(factor))× per doubling"
                    line.target = "≤ 3× per doubling"
                    line.verdict = !judged ? "" : (run.timedOut || factor > 3 ? "FLAG" : "ok")
                }
                if shape == "article", mb >= 50 {
                    line.target += (line.target.isEmpty ? "" : "; ") + "50 MB < 5 s in < 300 MB"
                    if line.verdict != "FLAG" { line.verdict = !run.timedOut && run.seconds < 5 && run.peakMB < 300 ? "ok" : "missed" }
                }
                table.add(line)
                if run.timedOut { table.notes.append("growth \(label): stopped at \(fmt(options.limit, 0)) s; larger sizes skipped"); break }
                previous = (mb, net)
                if shape != "article", run.cpuSeconds > enough, k + 1 < sizes.count { break }
            }
        }
        table.notes.append("growth: tally facts --format json on one generated input (scripts/gen-corpus --huge-mb, --shape), in CPU seconds of the process (wall for the 50 MB target); its start (\(fmt(startup, 3)) s) is taken off before the per-doubling factor")
    }

    func facts(_ file: String) -> ChildRun {
        ChildRun.run([tally, "facts", "--format", "json", file], limit: options.limit, capture: false)
    }

    func mbLabel(_ mb: Double) -> String { mb < 1 ? "\(Int((mb * 1000).rounded())) KB" : "\(fmt(mb, 0)) MB" }

    // MARK: Record

    func record(_ machine: Machine) {
        let text = """
            # Benchmarks

            The last run of `scripts/bench` (release build). Every ratio is
            against a baseline measured in the same run, in its own process,
            so the figures compare across machines; absolute times are this
            machine's. Rerun with `scripts/bench --record` to rewrite this file.

            - machine: \(machine.summary)
            - load average at start: \(machine.load)
            - command: `scripts/bench\(CommandLine.arguments.dropFirst().filter { $0 != "--record" }.map { " " + $0 }.joined())`
            - median of \(options.reps) repetitions; peak MB is the process's ru_maxrss

            \(table.markdown)
            """
        try! text.write(toFile: root + "/BENCHMARKS.md", atomically: true, encoding: .utf8)
        FileHandle.standardError.write(Data("wrote BENCHMARKS.md\n".utf8))
    }
}

/// What the figures were measured on.
struct Machine {
    static let cores = Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))
    let cpu: String = {
        let info = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let line = info.split(separator: "\n").first { $0.hasPrefix("model name") }
        return line.map { $0.split(separator: ":", maxSplits: 1).last!.trimmingCharacters(in: .whitespaces) } ?? "unknown CPU"
    }()
    let load: String = ((try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? "").split(separator: " ").prefix(3).joined(separator: " ")
    var summary: String { "nproc \(Self.cores), \(cpu)" }

    static func folderBytes(_ dir: String) -> Int {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
        return names.reduce(0) { $0 + fileBytes(dir + "/" + $1) }
    }
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("tally-bench: \(message)\n".utf8))
    exit(2)
}
