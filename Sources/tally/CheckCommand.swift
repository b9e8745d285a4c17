import ArgumentParser
import Foundation
import TallyCore
import TallyWriters

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Validate every report spec without exporting.")

    @Option(help: "Folder of report specs (*.yaml).") var specs = "ReportSpecs"

    func run() throws {
        let paths: [String]
        do { paths = try ExportJob.listing(specs, suffix: ".yaml", what: "report specs") } catch { throw ExitCodes.fail(error) }
        var failures = 0
        for path in paths {
            do { _ = try SpecLoader.load(path: path) } catch {
                failures += 1
                FileHandle.standardError.write(Data((String(describing: error) + "\n").utf8))
            }
        }
        if failures > 0 { throw ExitCode(ExitCodes.dataError) }
        print("\(paths.count) specs ok")
    }
}
