import Foundation
@testable import TallyCore
@testable import TallyWriters

/// What each fuzz target drives, shared with `FuzzReplayTests`, so an input
/// a fuzzer found is replayed in the ordinary test run through exactly the
/// code that found it. `scripts/fuzz` compiles this file with the targets
/// in `Targets/`, under AddressSanitizer; errors thrown are expected
/// outcomes, only a crash, a hang or a sanitizer report is a finding. Each
/// returns a one-line outcome (the error, or what was made), which a kept
/// regression case records next to its input.
enum FuzzEntries {
    static let repo: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }   // Tests/TallyFuzzTests/FuzzEntries.swift
        return url.path
    }()

    /// The shipped specs, loaded once.
    static let shippedSpecs: [ReportSpec] = {
        let dir = repo + "/ReportSpecs"
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).filter { $0.hasSuffix(".yaml") }.sorted()
        return names.compactMap { try? SpecLoader.load(path: dir + "/" + $0) }
    }()

    /// The seeds' facts, extracted once, for specs to select from.
    static let seedFacts: [Fact] = {
        let dir = repo + "/seeds"
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
        return (try? ArticleBatch.extract(paths: names.map { dir + "/" + $0 }).facts) ?? []
    }()

    /// Bytes as an article file: strict decoding, the article model, facts,
    /// their JSON, and every shipped spec's sheets as CSV and as cell text.
    static func article(_ data: Data) -> String {
        let text: String
        do { text = try ArticleReader.decode(data, path: "fuzz/a.txt") } catch { return "\(error)" }
        let facts = FactExtractor().extract(Document(path: "fuzz/a.txt", text: text))
        _ = FactJSON.encode(facts)
        let rows = shippedSpecs.reduce(0) { $0 + tables(Query.workbook($1, facts: facts, created: 0)) }
        return "\(facts.count) facts, \(rows) rows"
    }

    /// Bytes as a spec: the loader, then the query over the seeds' facts.
    static func spec(_ data: Data) -> String {
        guard let yaml = String(data: data, encoding: .utf8) else { return "not UTF-8" }
        let spec: ReportSpec
        do { spec = try SpecLoader.parse(yaml, path: "fuzz.yaml") } catch { return "\(error)".components(separatedBy: "\n")[0] }
        _ = try? ExportJob.checkUniqueFiles([spec] + shippedSpecs)
        return "\(tables(Query.workbook(spec, facts: seedFacts, created: 0))) rows"
    }

    /// Bytes as two CSV files for `tally diff`, split at the first NUL byte
    /// (without one, the file is compared with itself reversed by lines).
    static func diff(_ data: Data) -> String {
        let old: Data, new: Data
        if let nul = data.firstIndex(of: 0) {
            old = data[..<nul]; new = data[(nul + 1)...]
        } else {
            old = data
            new = Data(data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).reversed()
                .joined(separator: [UInt8(ascii: "\n")]))
        }
        var report = ExportDiff.Report()
        do { try ExportDiff.compareContents(Data(old), Data(new), oldPath: "old.csv", newPath: "new.csv", name: "x.csv", into: &report) }
        catch { return "\(error)" }
        return "\(report.lines.count) lines"
    }

    /// Every table of a workbook, as the writers see it; the number of rows.
    @discardableResult
    private static func tables(_ workbook: Workbook) -> Int {
        var rows = 0
        func visit(_ table: Table) {
            rows += table.rows.count
            _ = CSVWriter.bytes(table)
            _ = XMLText.safe(table.name)
            for column in table.columns { _ = XMLText.safe(column.header) }
            func cells(_ row: Table.Row) {
                for case .text(let s) in row.cells { _ = XMLText.safe(s, limit: XMLText.maxCellUnits) }
            }
            table.rows.forEach(cells)
            table.totals.map(cells)
        }
        // Each table as it is, not gathered into new arrays first.
        workbook.tables.forEach(visit)
        visit(workbook.sourcesTable)
        return rows
    }
}
