import Foundation
import Testing
import TallyCore

/// The docs' YAML examples, so a stale example fails a test: every
/// ```` ```yaml ```` block of `docs/*.md` and the README that starts with
/// `workbook:` is a whole spec and must load.
enum DocExamples {
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }   // Tests/TallyReportTests/DocExampleTests.swift
        return url.path
    }()

    struct Example: CustomTestStringConvertible, Sendable {
        var file: String
        var line: Int
        var yaml: String
        var testDescription: String { "\(file):\(line)" }
    }

    static var documents: [String] {
        let docs = (try? FileManager.default.contentsOfDirectory(atPath: root + "/docs")) ?? []
        return ["README.md"] + docs.filter { $0.hasSuffix(".md") }.sorted().map { "docs/" + $0 }
    }

    static var specs: [Example] {
        documents.flatMap { file -> [Example] in
            let lines = (try? String(contentsOfFile: root + "/" + file, encoding: .utf8))?.components(separatedBy: "\n") ?? []
            var out: [Example] = []
            var start: Int?
            var body: [String] = []
            for (i, line) in lines.enumerated() {
                if start == nil, line == "```yaml" { start = i + 2; body = [] }
                else if let s = start, line == "```" {
                    if body.first?.hasPrefix("workbook:") == true { out.append(Example(file: file, line: s, yaml: body.joined(separator: "\n") + "\n")) }
                    start = nil
                } else if start != nil { body.append(line) }
            }
            return out
        }
    }
}

@Suite("Examples in the docs")
struct DocExampleTests {
    @Test("The docs hold whole-spec examples (the chart and title one among them)")
    func found() {
        #expect(DocExamples.specs.count >= 2)
        #expect(DocExamples.specs.contains { $0.yaml.contains("chart:") && $0.yaml.contains("    title:") })
    }

    @Test("Every whole-spec example in the docs loads", arguments: DocExamples.specs)
    func loads(_ example: DocExamples.Example) throws {
        _ = try SpecLoader.parse(example.yaml, path: example.testDescription)
    }
}
