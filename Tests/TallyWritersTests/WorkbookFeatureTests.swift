import Foundation
import Testing
@testable import TallyCore
import TallyWriters
import TallyTestSupport

/// Facts of two made-up hospitals: the North one has three figures (one a
/// range) on a page saved with its address, the South one a single figure
/// with a decimal, on a page without.
private func ward(_ value: Decimal?, min: Decimal? = nil, max: Decimal? = nil, subject: String, file: String,
                  paragraph: Int, url: String?) -> Fact {
    let mention = value.map { "\(NumberText.plain($0)) beds" } ?? "\(NumberText.plain(min!))-\(NumberText.plain(max!)) beds"
    var p = Provenance(file: file, article: 0, articleTitle: "Wards of \(subject)",
                       articleDate: Article.Day(year: 2021, month: 3, day: 4), paragraph: paragraph,
                       span: (paragraph * 100)..<(paragraph * 100 + mention.unicodeScalars.count), text: mention,
                       sentence: "\(subject) counts \(mention) this spring.")
    p.articleURL = url
    return Fact(category: "beds", value: value, min: min, max: max, unit: "beds", subject: subject, qualifiers: [],
                period: nil, language: .en, provenance: p)
}

let wardFacts: [Fact] = [
    ward(120, subject: "North Hospital", file: "w/a.txt", paragraph: 1, url: "https://example.org/north"),
    ward(nil, min: 30, max: 50, subject: "North Hospital", file: "w/a.txt", paragraph: 2, url: "https://example.org/north"),
    ward(200, subject: "North Hospital", file: "w/a.txt", paragraph: 3, url: "https://example.org/north"),
    ward(80.5, subject: "South Clinic", file: "w/b.txt", paragraph: 1, url: nil),
]

let wardSpec = """
workbook:
  file: wards
  title: Wards & beds
sheets:
  - name: By hospital
    title: Beds by hospital
    where: {category: beds}
    group_by: [subject]
    sort: [subject]
    columns:
      - {key: subject, header: Hospital, field: subject}
      - {key: beds, header: Beds, aggregate: sum, field: value, format: integer}
      - {key: largest, header: Largest, aggregate: max, field: value, format: "#,##0.#"}
    totals: Total
    chart: {type: bar, category: subject, values: [beds], title: Beds by hospital, position: below}
  - name: Mentions
    where: {category: beds}
    columns:
      - {key: source, header: Source, field: source}
      - {key: value, header: Beds, field: value, format: "#,##0.#"}
      - {key: date, header: Date, field: date}
    chart: {type: pie, category: source, values: value, position: E10}

"""

/// 2021-03-04, midnight UTC.
let wardCreated = 1_614_816_000

func writeWardWorkbook() throws -> (dir: String, path: String) {
    let spec = try SpecLoader.parse(wardSpec, path: "wards.yaml")
    let dir = try TempDir.make("wards")
    let path = dir + "/wards.xlsx"
    try XLSXWriter().write(Query.workbook(spec, facts: wardFacts, created: wardCreated), to: path, tempDirectory: dir)
    return (dir, path)
}

@Suite("Workbook features, read back with openpyxl and LibreOffice")
struct WorkbookFeatureTests {
    @Test("A chart part per chart:, of its type and title, whose series refer to the sheet's own ranges")
    func charts() throws {
        let (dir, path) = try writeWardWorkbook()
        defer { TempDir.remove(dir) }
        let x = try XLSXDump.read(path)
        #expect(x.charts == [
            .init(part: "xl/charts/chart1.xml", type: "bar", title: "Beds by hospital",
                  ranges: ["'By hospital'!$B$2", "'By hospital'!$A$3:$A$4", "'By hospital'!$B$3:$B$4"],
                  anchor: [6, 0]),   // below: title, header, 2 rows, totals, a blank row
            .init(part: "xl/charts/chart2.xml", type: "pie", title: nil,
                  ranges: ["Mentions!$B$1", "Mentions!$A$2:$A$5", "Mentions!$B$2:$B$5"], anchor: [9, 4]),
        ])
    }

    @Test("A title row above the header; the header and title repeat on every printed page")
    func titleRow() throws {
        let (dir, path) = try writeWardWorkbook()
        defer { TempDir.remove(dir) }
        let sheet = try #require(try XLSXDump.read(path).sheet("By hospital"))
        #expect(sheet.row(1).map(\.value) == [.text("Beds by hospital"), .null, .null])
        #expect(sheet.row(1)[0].bold)
        #expect(sheet.row(2).map(\.value) == [.text("Hospital"), .text("Beds"), .text("Largest")])
        #expect(sheet.freeze == "A3")
        #expect(sheet.filter == "A2:C4")
        #expect(sheet.print_rows == "$1:$2")
    }

    @Test("Every page has the workbook title and sheet name above, the export date and page numbers below")
    func headerAndFooter() throws {
        let (dir, path) = try writeWardWorkbook()
        defer { TempDir.remove(dir) }
        for sheet in try XLSXDump.read(path).sheets {
            #expect(sheet.header == ["Wards && beds", nil, "&A"], "\(sheet.name)")
            #expect(sheet.footer == ["Exported 2021-03-04", nil, "Page &P of &N"], "\(sheet.name)")
        }
    }

    @Test("Aggregates link to their own facts: a sum to its first figure, the largest to the fact that holds it")
    func aggregateLinks() throws {
        let (dir, path) = try writeWardWorkbook()
        defer { TempDir.remove(dir) }
        let sheet = try #require(try XLSXDump.read(path).sheet("By hospital"))
        // Sources rows: 2 = 120 beds, 3 = the 30-50 range, 4 = 200 beds, 5 = 80.5 beds.
        #expect(sheet.row(3).map(\.value) == [.text("North Hospital"), .number(320), .number(200)])
        #expect(sheet.row(3).map(\.link) == [nil, "'Sources'!A2", "'Sources'!A4"])
        #expect(sheet.row(4).map(\.link) == [nil, "'Sources'!A5", "'Sources'!A5"])
    }

    @Test("A whole number under an optional-decimal format shows without a trailing point, a fraction with it")
    func numberFormats() throws {
        let (dir, path) = try writeWardWorkbook()
        defer { TempDir.remove(dir) }
        let sheet = try #require(try XLSXDump.read(path).sheet("By hospital"))
        #expect(sheet.row(3)[2].format == "#,##0")
        #expect(sheet.row(4)[2].value == .number(80.5))
        #expect(sheet.row(4)[2].format == "#,##0.#")
    }

    @Test("A plain list is an Excel table with banded rows, a grouped sheet is not; dates are date cells")
    func listsAndDates() throws {
        let (dir, path) = try writeWardWorkbook()
        defer { TempDir.remove(dir) }
        let x = try XLSXDump.read(path)
        let mentions = try #require(x.sheet("Mentions"))
        #expect(mentions.tables == [.init(ref: "A1:C5", style: "TableStyleLight1", banded: true, columns: ["Source", "Beds", "Date"])])
        #expect(mentions.filter == nil)
        // LibreOffice draws no table style: the same bands as a conditional format.
        #expect(mentions.conditional == [.init(range: "A2:C5", formulas: ["MOD(ROW()-2,2)=0"])])
        #expect(x.sheet("Sources")?.tables.map(\.ref) == ["A1:Q5"])
        #expect(x.sheet("By hospital")?.tables == [])
        #expect(x.sheet("By hospital")?.conditional == [])
        #expect(mentions.row(2).map(\.value) == [.text("w/a.txt:1:120 beds"), .number(120), .text("2021-03-04 00:00:00")])
        #expect(mentions.row(2).map(\.type) == ["s", "n", "d"])
        #expect(mentions.row(2)[2].format == "yyyy-mm-dd")
        #expect(mentions.row(3)[1].value == .null)
    }

    @Test("A workbook too big to build in memory bands its lists with a conditional format and keeps the filter")
    func bandedWhenLarge() throws {
        let spec = try SpecLoader.parse(wardSpec, path: "wards.yaml")
        let dir = try TempDir.make("wards-large")
        defer { TempDir.remove(dir) }
        let path = dir + "/wards.xlsx"
        try XLSXWriter(inMemoryCellLimit: 10).write(Query.workbook(spec, facts: wardFacts, created: wardCreated), to: path,
                                                    tempDirectory: dir)
        let mentions = try #require(try XLSXDump.read(path).sheet("Mentions"))
        #expect(mentions.tables == [])
        #expect(mentions.filter == "A1:C5")
        #expect(mentions.conditional == [.init(range: "A2:C5", formulas: ["MOD(ROW()-2,2)=0"])])
    }

    @Test("Sources: a range is two numbers (From, To); the page's address is a link out")
    func sourcesRangeAndAddress() throws {
        let (dir, path) = try writeWardWorkbook()
        defer { TempDir.remove(dir) }
        let sources = try #require(try XLSXDump.read(path).sheet("Sources"))
        let value = 9, from = 10, to = 11, address = 3
        #expect([sources.row(3)[value].value, sources.row(3)[from].value, sources.row(3)[to].value] == [.null, .number(30), .number(50)])
        #expect(sources.row(3)[from].type == "n")
        #expect([sources.row(2)[value].value, sources.row(2)[from].value] == [.number(120), .null])
        #expect(sources.row(2)[address].value == .text("https://example.org/north"))
        #expect(sources.row(2)[address].link == "https://example.org/north")
        #expect(sources.row(5)[address].value == .null)
    }

    @Test("LibreOffice renders every sheet, chart included, to PDF")
    func libreOfficePDF() throws {
        let (dir, path) = try writeWardWorkbook()
        defer { TempDir.remove(dir) }
        let r = try ProcessRun.run("/usr/bin/env", [
            "soffice", "-env:UserInstallation=file://\(dir)/profile", "--headless", "--norestore",
            "--convert-to", "pdf", "--outdir", dir + "/lo", path,
        ])
        #expect(r.status == 0, "\(r.err)")
        let pdf = try #require(FileManager.default.contents(atPath: dir + "/lo/wards.pdf"), "no PDF: \(r.out) \(r.err)")
        let text = String(decoding: pdf, as: UTF8.self)
        #expect(text.hasPrefix("%PDF-"))
        // One page per sheet at least: By hospital (with its chart), Mentions, Sources.
        let pages = text.components(separatedBy: "/Type/Page/").count - 1
        #expect(pages >= 3, "\(pages) pages")
    }
}
