import ArgumentParser
import Foundation
import TallyWriters

struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare two exports (folders) or two files, row by row.",
        discussion: """
        CSV rows are matched by key: by default the first column (a fact's source id, or a \
        grouped sheet's leading text columns), or the columns given with --key. Prints the \
        rows removed (-), added (+) and changed (~), then a summary line. Exit code 0 when \
        they are the same, 1 when they differ.
        """)

    @Option(help: ArgumentHelp("Key rows by these columns (comma-separated) instead of the default.", valueName: "column[,column]"))
    var key: String?
    @Flag(help: "Print the differences as JSON.") var json = false
    @Argument(help: "The earlier export.") var old: String
    @Argument(help: "The later export.") var new: String

    func validate() throws {
        if let key, key.split(separator: ",", omittingEmptySubsequences: false).contains(where: \.isEmpty) {
            throw ValidationError("--key must name columns separated by commas, as in --key subject,unit")
        }
    }

    func run() throws {
        let report: ExportDiff.Report
        let columns = key.map { $0.split(separator: ",").map(String.init) }
        do { report = try ExportDiff.compare(old: old, new: new, key: columns) } catch { throw ExitCodes.fail(error) }
        if json { print(DiffJSON.encode(report), terminator: "") }
        if report.isSame { return }
        if !json { print((report.lines + [report.summary]).joined(separator: "\n")) }
        throw ExitCode(ExitCodes.different)
    }
}
