import ArgumentParser
import Foundation
import TallyWriters

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export every article in --seeds through every spec in --specs into --out.",
        discussion: """
        Writes <out>/<workbook>.xlsx and <out>/<workbook>/<sheet>.csv, published all at \
        once. Set SOURCE_DATE_EPOCH to fix the workbooks' creation time; otherwise it is \
        the latest article date. Progress (a bar) goes to stderr when it is a terminal; \
        --log FILE keeps a timestamped record of any run. With --keep-going, an article \
        that is not readable UTF-8 text is skipped with a warning and the export ends \
        with exit code 3 instead of stopping.
        """)

    @Option(help: "Folder of article files (*.txt).") var seeds = "seeds"
    @Option(help: "Folder of report specs (*.yaml, *.yml).") var specs = "ReportSpecs"
    @Option(name: [.short, .long], help: "Output folder.") var out = "Exports"
    @Flag(help: "Wait for another export on the same folder to finish instead of exiting 75.") var wait = false
    @Option(name: .customLong("wait-timeout"), help: ArgumentHelp("With --wait, give up (exit 75) after this many seconds.", valueName: "seconds"))
    var waitTimeout: Double?
    @Flag(name: .customLong("keep-going"), help: "Skip an unreadable or non-UTF-8 article with a warning (exit 3) instead of stopping.")
    var keepGoing = false
    @Option(help: ArgumentHelp("Append timestamped progress, warnings and errors to this file.", valueName: "file"))
    var log: String?
    @Flag(name: [.short, .long], help: "Print nothing but errors and warnings.") var quiet = false

    func validate() throws {
        if let t = waitTimeout, !(t > 0 && t.isFinite) {
            throw ValidationError("--wait-timeout must be a number of seconds above 0")
        }
    }

    func run() throws {
        var runLog: RunLog?
        do {
            runLog = try RunLog(path: log)
            let epoch = try sourceDateEpoch()
            let terminal = !quiet && isatty(STDERR_FILENO) == 1
            let started = Date()
            var options = ExportJob.Options(seeds: seeds, specs: specs, out: out, wait: wait || waitTimeout != nil,
                                            sourceDateEpoch: epoch, progress: { line in
                runLog?.write(line)
                if terminal { FileHandle.standardError.write(Data(("tally: " + line + "\n").utf8)) }
            })
            options.waitTimeout = waitTimeout
            options.policy = keepGoing ? .skipUnreadable : .strict
            options.articleRead = { p in
                guard terminal else { return }
                // Redrawn in place; the step line that follows starts on its own line.
                let end = p.done == p.total ? "\n" : ""
                FileHandle.standardError.write(Data(("\r" + ProgressBar.line(p, elapsed: Date().timeIntervalSince(started)) + end).utf8))
            }
            // Warnings are for whoever reads the run, cron included; --quiet silences them.
            options.warn = { line in
                runLog?.write(line)
                if !quiet { FileHandle.standardError.write(Data((line + "\n").utf8)) }
            }
            // SIGTERM/SIGINT remove the unpublished run and exit 143/130.
            Interruptions.shared.install()
            let summary = try ExportJob(options: options).run()
            for skipped in summary.skipped {
                let line = Self.warning(skipped)
                runLog?.write(line)
                FileHandle.standardError.write(Data((line + "\n").utf8))
            }
            if !summary.skipped.isEmpty { throw ExitCode(ExitCodes.skipped) }
        } catch let code as ExitCode {
            throw code
        } catch {
            runLog?.write(String(describing: error))
            throw ExitCodes.fail(error)
        }
    }

    /// `seeds/b.txt:3:15: warning: the article is not valid UTF-8 text; skipped (--keep-going)`.
    static func warning(_ e: ExportError) -> String {
        switch e {
        case let .badInput(path, line, column, message): return "\(path):\(line):\(column): warning: \(message); skipped (--keep-going)"
        case let .missingInput(path, what): return "\(path): warning: \(what); skipped (--keep-going)"
        default: return "warning: \(e); skipped (--keep-going)"
        }
    }

    func sourceDateEpoch() throws -> Int? {
        guard let raw = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], !raw.isEmpty else { return nil }
        guard let value = Int(raw), value >= 0, value < 253_402_300_800 else {
            throw UsageError(description: "SOURCE_DATE_EPOCH: error: '\(raw)' is not a number of seconds since 1970")
        }
        return value
    }
}
