import Foundation
import Testing
@testable import TallyCore
import TallyWriters
import TallyTestSupport

private func fact(_ category: String, _ value: Decimal, _ unit: String, subject: String, file: String, paragraph: Int,
                  start: Int, sentence: String) -> Fact {
    let mention = "\(NumberText.plain(value)) \(unit)"
    return Fact(category: category, value: value, unit: unit, subject: subject, qualifiers: [], period: nil, language: .en,
                provenance: Provenance(file: file, article: 0, articleTitle: "Story of \(file)",
                                       articleDate: Article.Day(year: 2020, month: 9, day: 20), paragraph: paragraph,
                                       span: start..<(start + mention.unicodeScalars.count), text: mention, sentence: sentence))
}

/// Facts whose subjects include text that a careless writer would turn into
/// formulas, and a sentence with quotes, commas and a line break.
let writerFacts: [Fact] = [
    fact("beds", 485, "beds", subject: "General Hospital", file: "s/a.txt", paragraph: 2, start: 100,
         sentence: "The General Hospital will have 485 beds."),
    fact("investment", 700_000_000_000, "VND", subject: "=HYPERLINK(\"http://example.com\",\"click\")", file: "s/a.txt",
         paragraph: 2, start: 200, sentence: "A total investment of 700 billion VND, \"from the budget\"."),
    fact("beds", 120, "beds", subject: "=1+1", file: "s/b.txt", paragraph: 1, start: 5, sentence: "Then 120 beds\nopened."),
    fact("investment", 1_500_000_000, "VND", subject: "General Hospital", file: "s/b.txt", paragraph: 4, start: 40,
         sentence: "Another 1.5 billion VND."),
]

let writerSpec = """
workbook:
  file: health
  title: Health in the news
  subject: Beds and investment
  author: Tally tests
sheets:
  - name: Beds
    where: {category: beds}
    group_by: [subject]
    sort: [{by: beds, order: desc}]
    columns:
      - {key: subject, header: Hospital or body, field: subject}
      - {key: beds, header: Beds, aggregate: sum, field: value, format: "#,##0"}
      - {key: mentions, header: Mentions, aggregate: count}
    totals: Total
  - name: Investment
    where: {category: investment}
    columns:
      - {key: subject, header: Project, field: subject}
      - {key: vnd, header: Amount, field: value, format: billions}
      - {key: mention, header: Mention, field: mention}

"""

/// Writes the test workbook once per test into its own folder.
func writeTestWorkbook(created: Int = 1_600_560_000) throws -> (dir: String, path: String, workbook: Workbook) {
    let spec = try SpecLoader.parse(writerSpec, path: "health.yaml")
    let workbook = Query.workbook(spec, facts: writerFacts, created: created)
    let dir = try TempDir.make("xlsx")
    let path = dir + "/health.xlsx"
    try XLSXWriter().write(workbook, to: path, tempDirectory: dir)
    return (dir, path, workbook)
}

@Suite("XLSX writer, read back with openpyxl")
struct XLSXWriterTests {
    @Test("Sheets in spec order, then Sources; headers bold, frozen, filtered; widths set")
    func layout() throws {
        let (dir, path, _) = try writeTestWorkbook()
        defer { TempDir.remove(dir) }
        let x = try XLSXDump.read(path)
        #expect(x.sheets.map(\.name) == ["Beds", "Investment", "Sources"])
        let beds = try #require(x.sheet("Beds"))
        #expect(beds.row(1).map(\.value) == [.text("Hospital or body"), .text("Beds"), .text("Mentions")])
        #expect(beds.row(1).allSatisfy { $0.bold })
        #expect(!beds.row(2).contains { $0.bold })
        for sheet in x.sheets {
            #expect(sheet.freeze == "A2", "sheet \(sheet.name)")
            #expect(Set(sheet.widths.keys) == Set("ABCDEFGHIJKLMNOPQ".map(String.init)
                .prefix(sheet.rows[0].count)), "sheet \(sheet.name)")
            #expect(sheet.widths.values.allSatisfy { $0 >= 8 }, "sheet \(sheet.name)")
        }
        // The filter covers header and data rows, not the totals row; a
        // plain list is an Excel table, with its own filter, over the same rows.
        #expect(beds.filter == "A1:C3")
        #expect(x.sheet("Investment")?.filter == nil)
        #expect(x.sheet("Investment")?.tables.map(\.ref) == ["A1:C3"])
    }

    @Test("Numbers are numbers with the spec's format; the totals row is bold and labelled")
    func numbersAndTotals() throws {
        let (dir, path, _) = try writeTestWorkbook()
        defer { TempDir.remove(dir) }
        let x = try XLSXDump.read(path)
        let beds = try #require(x.sheet("Beds"))
        #expect(beds.rows.count == 4)
        #expect(beds.row(2).map(\.value) == [.text("General Hospital"), .number(485), .number(1)])
        #expect(beds.row(2)[1].type == "n")
        #expect(beds.row(2)[1].format == "#,##0")
        #expect(beds.row(4).map(\.value) == [.text("Total"), .number(605), .number(2)])
        #expect(beds.row(4).allSatisfy { $0.bold })
        let investment = try #require(x.sheet("Investment"))
        #expect(investment.row(2)[1].value == .number(700_000_000_000))
        #expect(investment.row(2)[1].format == SpecLoader.formatPresets["billions"])
        #expect(investment.row(2)[1].format == "#,##0.0,,,\" bn\"")
    }

    @Test("Text that looks like a formula is a string cell, written as it is")
    func formulaTextStaysText() throws {
        let (dir, path, _) = try writeTestWorkbook()
        defer { TempDir.remove(dir) }
        let x = try XLSXDump.read(path)
        let subjects = x.sheets.flatMap { s in s.rows.dropFirst().compactMap { $0.first } }
        let formulaLike = subjects.filter { $0.value.text?.hasPrefix("=") == true }
        #expect(formulaLike.map(\.value).contains(.text("=1+1")))
        #expect(formulaLike.map(\.value).contains(.text("=HYPERLINK(\"http://example.com\",\"click\")")))
        #expect(formulaLike.allSatisfy { $0.type == "s" })
        #expect(!x.sheets.flatMap(\.rows).joined().contains { $0.type == "f" })
    }

    @Test("Document properties come from the spec; created is the given time")
    func properties() throws {
        let (dir, path, _) = try writeTestWorkbook(created: 1_600_560_000)
        defer { TempDir.remove(dir) }
        let p = try XLSXDump.read(path).properties
        #expect(p.title == "Health in the news")
        #expect(p.subject == "Beds and investment")
        #expect(p.creator == "Tally tests")
        #expect(p.created == "2020-09-20T00:00:00Z")
    }

    @Test("The Sources sheet lists each fact's file, article, date (a date cell), paragraph, span and sentence")
    func sourcesSheet() throws {
        let (dir, path, workbook) = try writeTestWorkbook()
        defer { TempDir.remove(dir) }
        let sources = try #require(try XLSXDump.read(path).sheet("Sources"))
        #expect(sources.row(1).map(\.value) == [
            "Source", "File", "Article", "Address", "Date", "Paragraph", "Span", "Mention", "Category", "Value", "From", "To",
            "Unit", "Subject", "Qualifiers", "Period", "Sentence"].map { .text($0) })
        #expect(sources.rows.count == 1 + writerFacts.count)
        #expect(workbook.sources == writerFacts)
        for (i, f) in writerFacts.enumerated() {
            let row = sources.row(i + 2)
            #expect(row[1].value == .text(f.provenance.file))
            #expect(row[2].value == .text(f.provenance.articleTitle!))
            #expect(row[0].value == .text("\(f.provenance.file):\(f.provenance.paragraph):\(f.provenance.text)"))
            #expect(row[4].value == .text("2020-09-20 00:00:00"))
            #expect(row[4].type == "d")
            #expect(row[4].format == "yyyy-mm-dd")
            #expect(row[5].value == .number(Double(f.provenance.paragraph)))
            #expect(row[6].value == .text("\(f.provenance.span.lowerBound)-\(f.provenance.span.upperBound)"))
            #expect(row[7].value == .text(f.provenance.text))
            #expect(row[16].value == .text(f.provenance.sentence))
        }
    }

    @Test("Each number links to its row in Sources, and that row holds the fact's mention and sentence")
    func numbersLinkToSources() throws {
        let (dir, path, _) = try writeTestWorkbook()
        defer { TempDir.remove(dir) }
        let x = try XLSXDump.read(path)
        let sources = try #require(x.sheet("Sources"))
        let investment = try #require(x.sheet("Investment"))
        var checked = 0
        for row in investment.rows.dropFirst() {
            let link = try #require(row[1].link)
            #expect(link.hasPrefix("'Sources'!A"))
            let target = try #require(Int(link.dropFirst("'Sources'!A".count)))
            #expect(sources.row(target)[7].value == row[2].value)   // the mention shown next to the number
            let f = try #require(writerFacts.first { .text($0.provenance.text) == row[2].value })
            #expect(sources.row(target)[16].value == .text(f.provenance.sentence))
            checked += 1
        }
        #expect(checked == 2)
        // A grouped row links to the first of its facts; the totals row links nowhere.
        let beds = try #require(x.sheet("Beds"))
        #expect(beds.row(2)[1].link == "'Sources'!A2")
        #expect(beds.row(4)[1].link == nil)
    }

    @Test("With sources: false there is no Sources sheet and numbers link nowhere")
    func withoutSources() throws {
        let spec = try SpecLoader.parse(writerSpec.replacingOccurrences(of: "  author: Tally tests\n",
                                                                        with: "  author: Tally tests\n  sources: false\n"),
                                        path: "health.yaml")
        let dir = try TempDir.make("nosources")
        defer { TempDir.remove(dir) }
        try XLSXWriter().write(Query.workbook(spec, facts: writerFacts, created: 0), to: dir + "/h.xlsx", tempDirectory: dir)
        let x = try XLSXDump.read(dir + "/h.xlsx")
        #expect(x.sheets.map(\.name) == ["Beds", "Investment"])
        #expect(x.sheets.flatMap(\.rows).joined().allSatisfy { $0.link == nil })
        #expect(x.sheet("Beds")?.row(2)[1].value == .number(485))
    }

    @Test("Rows from a RowSource are read twice each, to fit and to write, and make the same bytes as the table's rows",
          arguments: [250_000, 0])
    func rowSource(inMemoryCellLimit: Int) throws {
        let spec = try SpecLoader.parse(writerSpec, path: "health.yaml")
        let workbook = Query.workbook(spec, facts: writerFacts, created: 1_600_560_000)
        let dir = try TempDir.make("xlsx-source")
        defer { TempDir.remove(dir) }
        let writer = XLSXWriter(inMemoryCellLimit: inMemoryCellLimit)
        try writer.write(workbook, to: dir + "/table.xlsx", tempDirectory: dir)
        final class Reads { var counts: [[Int]] = [] }
        let reads = Reads()
        reads.counts = workbook.tables.map { [Int](repeating: 0, count: $0.rows.count) }
        let sources = workbook.tables.enumerated().map { t, table in
            RowSource(count: table.rows.count) { i in
                reads.counts[t][i] += 1
                return table.rows[i]
            }
        }
        var empty = workbook
        for t in empty.tables.indices { empty.tables[t].rows = [] }
        try writer.write(empty, rows: sources, to: dir + "/source.xlsx", tempDirectory: dir)
        #expect(reads.counts == workbook.tables.map { [Int](repeating: 2, count: $0.rows.count) })
        #expect(FileManager.default.contents(atPath: dir + "/source.xlsx") == FileManager.default.contents(atPath: dir + "/table.xlsx"))
    }
}
