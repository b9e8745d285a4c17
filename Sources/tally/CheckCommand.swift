import ArgumentParser
import Foundation
import TallyCore
import TallyWriters

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Validate every report spec without exporting.")

    @Option(help: "Folder of report specs (*.yaml, *.yml).") var specs = "ReportSpecs"

    func run() throws {
        let paths: [String]
        do { paths = try ExportJob.specPaths(specs) } catch { throw ExitCodes.fail(error) }
        var failures = 0
        var loaded: [ReportSpec] = []
        func report(_ error: Error) {
            failures += 1
            FileHandle.standardError.write(Data((String(describing: error) + "\n").utf8))
        }
        for path in paths {
            do { loaded.append(try SpecLoader.load(path: path)) } catch { report(error) }
        }
        // What export checks across specs, check checks too.
        do { try ExportJob.checkUniqueFiles(loaded) } catch { report(error) }
        var corrections = ""
        do {
            let c = try ExportJob.corrections(in: specs)
            if !c.path.isEmpty { corrections = ", " + (c.path as NSString).lastPathComponent + " ok" }
        } catch { report(error) }
        if failures > 0 { throw ExitCode(ExitCodes.dataError) }
        print("\(Plural.count(paths.count, "spec")) ok" + corrections)
    }
}
