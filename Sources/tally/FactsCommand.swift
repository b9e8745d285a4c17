import ArgumentParser
import Foundation
import TallyCore
import TallyWriters

struct FactsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "facts", abstract: "Print every fact of the given article files.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, csv, table }

    @Option(name: [.short, .long],
            help: "Output format: json (the documented contract), csv (RFC 4180, as the export) or table (tab-separated, with a header).")
    var format: Format = .json

    @Option(help: "Folder whose facilities.yaml (if any) corrects the facilities found.")
    var specs = "ReportSpecs"

    @Argument(help: "Article files (plain text, UTF-8).")
    var files: [String]

    func run() throws {
        let facts: [Fact]
        do {
            if let name = DirectoryListing.nonUTF8Arguments().first { throw ExportError.badFileName(path: name) }
            for file in files {
                var isDir: ObjCBool = false
                guard FileManager.default.fileExists(atPath: file, isDirectory: &isDir) else {
                    throw ExportError.missingInput(path: file, what: "no such article file")
                }
                if isDir.boolValue {
                    throw ExportError.missingInput(path: file, what: "is a folder, not an article (name its files: \(file)/*.txt)")
                }
            }
            let corrections = try ExportJob.corrections(in: specs)
            var batch = try ArticleBatch.extract(paths: files)
            for d in batch.duplicates { FileHandle.standardError.write(Data((d.description + "\n").utf8)) }
            // Moved out of the batch, so the facts are corrected in place, not copied.
            let found = batch.facts
            batch.facts = []
            facts = corrections.corrected(consume found)
        } catch {
            throw ExitCodes.fail(error)
        }
        switch format {
        case .json:
            // Written as it is made: a huge article's JSON is never held
            // whole. A write that fails (a full disk) fails the command.
            var failure: Int32 = 0
            FactJSON.write(facts) { bytes in
                var done = 0
                while failure == 0, done < bytes.count {
                    let n = Glibc.write(STDOUT_FILENO, bytes.baseAddress! + done, bytes.count - done)
                    if n >= 0 { done += n } else if errno != EINTR { failure = errno }
                }
            }
            if failure != 0 {
                throw ExitCodes.fail(ExportError.cannotCreate(path: "standard output", message: String(cString: strerror(failure))))
            }
        case .csv: print(FactList.csv(facts), terminator: "")
        case .table: print(FactList.text(facts), terminator: "")
        }
    }
}
