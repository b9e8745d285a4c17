import ArgumentParser
import Foundation
import TallyWriters

struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare two exports (folders) or two files, row by row.",
        discussion: "Exit code 0 when they are the same, 1 when they differ.")

    @Argument(help: "The earlier export.") var old: String
    @Argument(help: "The later export.") var new: String

    func run() throws {
        let report: ExportDiff.Report
        do { report = try ExportDiff.compare(old: old, new: new) } catch { throw ExitCodes.fail(error) }
        if report.isSame { return }
        print(report.lines.joined(separator: "\n"))
        throw ExitCode(ExitCodes.different)
    }
}
