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
        the latest article date. Progress goes to stderr when it is a terminal.
        """)

    @Option(help: "Folder of article files (*.txt).") var seeds = "seeds"
    @Option(help: "Folder of report specs (*.yaml, *.yml).") var specs = "ReportSpecs"
    @Option(help: "Output folder.") var out = "Exports"
    @Flag(help: "Wait for another export on the same folder to finish instead of exiting 75.") var wait = false
    @Flag(help: "Print nothing but errors.") var quiet = false

    func run() throws {
        do {
            let epoch = try sourceDateEpoch()
            let showProgress = !quiet && isatty(STDERR_FILENO) == 1
            var options = ExportJob.Options(seeds: seeds, specs: specs, out: out, wait: wait, sourceDateEpoch: epoch,
                                            progress: { line in
                if showProgress { FileHandle.standardError.write(Data(("tally: " + line + "\n").utf8)) }
            })
            // Warnings are for whoever reads the run, cron included; --quiet silences them.
            options.warn = { line in if !quiet { FileHandle.standardError.write(Data((line + "\n").utf8)) } }
            let job = ExportJob(options: options)
            _ = try job.run()
        } catch {
            throw ExitCodes.fail(error)
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
