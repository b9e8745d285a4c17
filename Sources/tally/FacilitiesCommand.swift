import ArgumentParser
import Foundation
import TallyCore
import TallyWriters

/// Lists the facilities found in some articles (after the corrections of
/// `<specs>/facilities.yaml`), so an official can see what to name, merge
/// or drop there.
struct FacilitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "facilities",
        abstract: "List the facilities found in the given article files: key, name, province, mentions, figures.")

    enum Format: String, ExpressibleByArgument { case table, json }

    @Option(help: "Output format: table (for reading) or json.")
    var format: Format = .table

    @Option(help: "Folder whose facilities.yaml (if any) corrects the facilities found.")
    var specs = "ReportSpecs"

    @Argument(help: "Article files (plain text, UTF-8).")
    var files: [String]

    func run() throws {
        let listing: FacilityListing
        do {
            for file in files where !FileManager.default.fileExists(atPath: file) {
                throw ExportError.missingInput(path: file, what: "no such article file")
            }
            let corrections = try ExportJob.corrections(in: specs)
            let batch = try ArticleBatch.extract(paths: files)
            for d in batch.duplicates { FileHandle.standardError.write(Data((d.description + "\n").utf8)) }
            listing = FacilityListing(corrections.corrected(batch.facts))
        } catch {
            throw ExitCodes.fail(error)
        }
        print(format == .json ? listing.json : listing.table, terminator: "")
    }
}
