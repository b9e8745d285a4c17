import ArgumentParser
import Foundation
import TallyCore
import TallyWriters

struct FactsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "facts", abstract: "Print every fact of the given article files.")

    enum Format: String, ExpressibleByArgument { case json, table }

    @Option(help: "Output format: json (the documented contract) or table.")
    var format: Format = .json

    @Option(help: "Folder whose facilities.yaml (if any) corrects the facilities found.")
    var specs = "ReportSpecs"

    @Argument(help: "Article files (plain text, UTF-8).")
    var files: [String]

    func run() throws {
        let facts: [Fact]
        do {
            for file in files where !FileManager.default.fileExists(atPath: file) {
                throw ExportError.missingInput(path: file, what: "no such article file")
            }
            let corrections = try ExportJob.corrections(in: specs)
            let batch = try ArticleBatch.extract(paths: files)
            for d in batch.duplicates { FileHandle.standardError.write(Data((d.description + "\n").utf8)) }
            facts = corrections.corrected(batch.facts)
        } catch {
            throw ExitCodes.fail(error)
        }
        switch format {
        case .json: print(FactJSON.encode(facts), terminator: "")
        case .table:
            for (i, f) in facts.enumerated() {
                let v = f.value.map(NumberText.plain) ?? "\(f.min.map(NumberText.plain) ?? "")-\(f.max.map(NumberText.plain) ?? "")"
                print("\(i)\t\(f.category)\t\(v)\t\(f.unit)\t\(f.qualifiers.map(\.rawValue).joined(separator: ","))\t\(f.period ?? "")\t\(f.subject ?? "")\t\(f.repeatOf.map(String.init) ?? "")\t\(f.provenance.text)")
            }
        }
    }
}
