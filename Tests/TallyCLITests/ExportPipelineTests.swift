import Foundation
import Testing
import TallyWriters
import TallyTestSupport

/// Issue 3: the seeds go through the repo's specs into workbooks and CSV
/// whose figures an official can trust. Only figures that must hold whatever
/// the extractor learns next are asserted here; the golden files hold the rest.
@Suite("Export pipeline on the seeds")
final class ExportPipelineTests {
    /// Each test gets its own export of the seeds, removed when it ends.
    let dir: String
    let out: String
    let result: ProcessResult

    init() throws {
        dir = try TempDir.make("pipeline")
        out = dir + "/Exports"
        result = try export(out: out)
    }

    deinit { TempDir.remove(dir) }

    func csv(_ rel: String) throws -> [[String: String]] {
        let rows = try CSVReader.rows(Repo.text(out + "/current/" + rel))
        let header = try #require(rows.first, "\(rel) is empty")
        return rows.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    }

    @Test("The export succeeds and publishes four workbooks, each with its CSV folder")
    func publishes() {
        #expect(result.status == 0, "\(result.err)")
        let files = Repo.files(under: out + "/current")
        #expect(files.filter { $0.hasSuffix(".xlsx") } == ["beds.xlsx", "investment.xlsx", "summary.xlsx", "training.xlsx"])
        #expect(files.contains("summary/overview.csv"))
        // Stable top-level paths for officials: Exports/beds.xlsx and so on.
        for name in ["beds.xlsx", "investment.xlsx", "summary.xlsx", "training.xlsx"] {
            #expect(FileManager.default.contents(atPath: out + "/" + name) == Repo.read(out + "/current/" + name))
        }
    }

    @Test("Workbooks have the spec's sheets, then Sources, and the spec's headers")
    func sheetsAndHeaders() throws {
        let expected: [String: [String]] = [
            "beds": ["Beds by facility", "Bed mentions", "Sources"],
            "investment": ["Investment by facility", "Investment figures", "Investment mentions", "Sources"],
            "summary": ["Overview", "Beds", "Investment", "Training", "Sources"],
            "training": ["Training by facility", "Training by kind", "Training mentions", "Sources"],
        ]
        for (name, sheets) in expected.sorted(by: { $0.key < $1.key }) {
            let x = try XLSXDump.read(out + "/current/\(name).xlsx")
            #expect(x.sheets.map(\.name) == sheets, "\(name).xlsx")
        }
        let summary = try XLSXDump.read(out + "/current/summary.xlsx")
        #expect(summary.sheet("Overview")?.row(2).map(\.value) == ["Category", "Unit", "Level", "Total now (each figure once)", "Total planned (each figure once)", "Ranges from",
                "Ranges to", "Figures", "Articles", "Largest single figure", "Latest article"].map { .text($0) })
        #expect(summary.properties.title == "Provincial health sector in the news")
        let training = try XLSXDump.read(out + "/current/training.xlsx")
        #expect(training.sheet("Training by kind")?.row(2).map(\.value)
                == ["Kind", "Level", "Number", "Range from", "Range to", "Figures", "Articles"].map { .text($0) })
    }

    @Test("English seed: 485 beds and 700 billion VND, each linked to its sentence in Sources")
    func englishFigures() throws {
        let beds = try XLSXDump.read(out + "/current/beds.xlsx")
        // 485 beds, planned: the seed says the hospital is building them.
        let byFacility = try #require(beds.sheet("Beds by facility"))
        let row485 = try #require(byFacility.rows.dropFirst().first { $0[4].value == .number(485) })
        #expect(row485[4].format == "#,##0")
        let link = try #require(row485[4].link)
        let sources = try #require(beds.sheet("Sources"))
        let target = try #require(Int(link.dropFirst("'Sources'!A".count)))
        #expect(sources.row(target)[7].value == .text("485 beds"))
        #expect(sources.row(target)[16].value.text?.contains("with 485 beds") == true)
        #expect(sources.row(target)[1].value == .text("seeds/000_39e6eb3c5c97f6a0.txt"))

        let investment = try XLSXDump.read(out + "/current/investment.xlsx")
        let byFacility2 = try #require(investment.sheet("Investment by facility"))
        let row = try #require(byFacility2.rows.dropFirst().first { $0[3].value == .number(700_000_000_000) })
        #expect(row[3].format == "#,##0.0,,,\" bn\"")
        #expect(row[3].link != nil)
    }

    @Test("Training: 30-50 doctors (a range) from the English seed; 23 courses and 60 + 180 trainees from the Vietnamese")
    func trainingFigures() throws {
        let training = try XLSXDump.read(out + "/current/training.xlsx")
        let byKind = try #require(training.sheet("Training by kind"))
        func row(_ unit: String) -> [XLSXDump.Cell]? { byKind.rows.first { $0[0].value == .text(unit) } }
        let doctors = try #require(row("doctors"))
        #expect(doctors[3].value == .number(30))
        #expect(doctors[4].value == .number(50))
        #expect(row("courses")?[2].value == .number(23))
        #expect(row("trainees")?[2].value == .number(240))
        // Courses are never added to trainees: the totals row has no number.
        let total = try #require(byKind.rows.last)
        #expect(total[0].value == .text("Total"))
        #expect(total[2].value == .null)
        #expect(total[5].value == .number(6))
    }

    @Test("CSV holds the same figures, plain, with their source ids and sentences")
    func csvFigures() throws {
        let beds = try csv("beds/bed-mentions.csv")
        #expect(beds.contains { $0["value"] == "485" && $0["unit"] == "beds"
            && $0["source"]?.hasPrefix("seeds/000_39e6eb3c5c97f6a0.txt:") == true
            && $0["sentence"]?.contains("485 beds") == true })
        let investment = try csv("investment/investment-mentions.csv")
        #expect(investment.contains { $0["value"] == "700000000000" && $0["unit"] == "VND" })
        let training = try csv("training/training-mentions.csv")
        #expect(training.contains { $0["value"] == "" && $0["from"] == "30" && $0["to"] == "50" && $0["unit"] == "doctors" })
        let vietnamese = training.filter { $0["source"]?.hasPrefix("seeds/003_971a67d8cb930243.txt:") == true }
        #expect(vietnamese.contains { $0["value"] == "23" && $0["unit"] == "courses" })
        #expect(vietnamese.contains { $0["value"] == "180" && $0["unit"] == "trainees" })
        #expect(vietnamese.first { $0["value"] == "23" }?["sentence"]?.contains("đã mở 23 lớp") == true)
        let overview = try csv("summary/overview.csv")
        #expect(overview.contains { $0["category"] == "investment" && $0["unit"] == "VND" && $0["largest"] == "700000000000" })
    }

    @Test("Every CSV is UTF-8 without BOM, LF only, with the spec's column keys as header")
    func csvShape() throws {
        let current = out + "/current"
        let csvs = Repo.files(under: current).filter { $0.hasSuffix(".csv") }
        #expect(csvs.count == 12)
        for rel in csvs {
            let bytes = Array(Repo.read(current + "/" + rel))
            #expect(Array(bytes.prefix(3)) != [0xEF, 0xBB, 0xBF], "\(rel)")
            #expect(!bytes.contains(0x0D), "\(rel)")
            #expect(bytes.last == 0x0A, "\(rel)")
            #expect(String(validating: bytes, as: UTF8.self) != nil, "\(rel)")
        }
        #expect(Repo.text(current + "/beds/bed-mentions.csv").hasPrefix("source,province,facility,subject,value,unit,qualifiers,period,sources,date,sentence\n"))
    }

    @Test("The shipped specs' charts: beds and investment per hospital, training by kind, over their sheets' rows")
    func shippedCharts() throws {
        func charts(_ name: String) throws -> [XLSXDump.Chart] { try XLSXDump.read(out + "/current/\(name).xlsx").charts }
        // Below a title row: one facility with beds (now and planned, one
        // cell each), one with a stated VND total, four kinds of training,
        // six units reported in the overview.
        #expect(try charts("beds") == [.init(part: "xl/charts/chart1.xml", type: "bar", title: "Beds per facility",
                                             ranges: ["'Beds by facility'!$D$2", "'Beds by facility'!$B$3", "'Beds by facility'!$D$3",
                                                      "'Beds by facility'!$E$2", "'Beds by facility'!$B$3", "'Beds by facility'!$E$3"],
                                             anchor: [5, 0])])
        #expect(try charts("investment").map(\.ranges)
                == [["'Investment by facility'!$D$2", "'Investment by facility'!$B$3", "'Investment by facility'!$D$3"]])
        #expect(try charts("training") == [.init(part: "xl/charts/chart1.xml", type: "column", title: "Training by kind",
                                                 ranges: ["'Training by kind'!$C$2", "'Training by kind'!$A$3:$A$6",
                                                          "'Training by kind'!$C$3:$C$6"], anchor: [8, 0])])
        #expect(try charts("summary") == [.init(part: "xl/charts/chart1.xml", type: "column", title: "Figures reported per kind",
                                                ranges: ["Overview!$H$2", "Overview!$B$3:$B$8", "Overview!$H$3:$H$8"], anchor: [9, 0])])
    }

    @Test("LibreOffice renders the seeds' summary workbook, chart and all, to PDF")
    func summaryToPDF() throws {
        let r = try ProcessRun.run("/usr/bin/env", [
            "soffice", "-env:UserInstallation=file://\(dir)/profile", "--headless", "--norestore",
            "--convert-to", "pdf", "--outdir", dir + "/pdf", out + "/current/summary.xlsx",
        ])
        #expect(r.status == 0, "\(r.err)")
        let pdf = String(decoding: Repo.read(dir + "/pdf/summary.pdf"), as: UTF8.self)
        #expect(pdf.hasPrefix("%PDF-"))
        // A page per sheet at least (Overview, Beds with its chart, Investment, Training, Sources).
        #expect(pdf.components(separatedBy: "/Type/Page/").count - 1 >= 5)
    }
}

/// Byte-identical output: same input, same bytes, whatever the clock, time
/// zone, locale or directory order.
@Suite("Deterministic export")
struct DeterminismTests {
    static func createdTime(_ xlsx: String) throws -> String {
        let r = try ProcessRun.run("/usr/bin/unzip", ["-p", xlsx, "docProps/core.xml"])
        let xml = r.out
        let open = try #require(xml.range(of: "<dcterms:created xsi:type=\"dcterms:W3CDTF\">"))
        let close = try #require(xml.range(of: "</dcterms:created>"))
        return String(xml[open.upperBound..<close.lowerBound])
    }

    @Test("Two exports of the same input are byte-identical, CSV and XLSX")
    func twice() throws {
        let dir = try TempDir.make("twice")
        defer { TempDir.remove(dir) }
        #expect(try export(out: dir + "/a").status == 0)
        #expect(try export(out: dir + "/b").status == 0)
        let a = snapshot(dir + "/a"), b = snapshot(dir + "/b")
        #expect(a.count == 16)   // 4 workbooks and 12 CSV files
        #expect(a == b)
    }

    @Test("Another time zone and locale give the same bytes")
    func timeZoneAndLocale() throws {
        let dir = try TempDir.make("tz")
        defer { TempDir.remove(dir) }
        #expect(try export(out: dir + "/a", environment: ["TZ": "UTC", "LANG": "C.UTF-8"]).status == 0)
        #expect(try export(out: dir + "/b", environment: ["TZ": "Asia/Ho_Chi_Minh", "LANG": "vi_VN.UTF-8", "LC_ALL": "vi_VN.UTF-8"]).status == 0)
        #expect(try export(out: dir + "/c", environment: ["TZ": "America/Los_Angeles", "LANG": "de_DE.UTF-8"]).status == 0)
        let a = snapshot(dir + "/a")
        #expect(!a.isEmpty)
        #expect(snapshot(dir + "/b") == a)
        #expect(snapshot(dir + "/c") == a)
    }

    @Test("Inputs listed in another order give the same bytes")
    func inputOrder() throws {
        let dir = try TempDir.make("order")
        defer { TempDir.remove(dir) }
        let reversed = try Repo.copySeeds(into: dir + "/rev", reversed: true)
        #expect(try export(out: dir + "/a").status == 0)
        #expect(try export(seeds: reversed, out: dir + "/b").status == 0)
        let a = snapshot(dir + "/a")
        #expect(!a.isEmpty)
        #expect(snapshot(dir + "/b") == a)
    }

    @Test("The seeds folder given as '.', with a trailing slash or absolute gives the same bytes")
    func seedsPathSpelling() throws {
        let dir = try TempDir.make("spelling")
        defer { TempDir.remove(dir) }
        let seeds = try Repo.copySeeds(into: dir)
        #expect(try export(seeds: seeds, out: dir + "/a").status == 0)
        let dot = try ProcessRun.run(Repo.tally, ["export", "--seeds", ".", "--specs", Repo.specs, "--out", dir + "/b"],
                                     removing: ["SOURCE_DATE_EPOCH"], directory: seeds)
        #expect(dot.status == 0, "\(dot.err)")
        #expect(try export(seeds: seeds + "/", out: dir + "/c").status == 0)
        let a = snapshot(dir + "/a")
        #expect(Repo.text(dir + "/a/current/beds/bed-mentions.csv").contains("\nseeds/000_39e6eb3c5c97f6a0.txt:"))
        #expect(snapshot(dir + "/b") == a)
        #expect(snapshot(dir + "/c") == a)
    }

    @Test("SOURCE_DATE_EPOCH sets the workbooks' created time")
    func sourceDateEpoch() throws {
        let dir = try TempDir.make("sde")
        defer { TempDir.remove(dir) }
        #expect(try export(out: dir + "/a", environment: ["SOURCE_DATE_EPOCH": "1700000000"], removing: []).status == 0)
        for name in ["beds", "investment", "summary", "training"] {
            #expect(try Self.createdTime(dir + "/a/current/\(name).xlsx") == "2023-11-14T22:13:20Z")
        }
    }

    @Test("Without SOURCE_DATE_EPOCH or any dated article, created is a fixed date, not the clock")
    func createdWithoutDates() throws {
        let dir = try TempDir.make("undated")
        defer { TempDir.remove(dir) }
        let seeds = dir + "/seeds"
        try FileManager.default.createDirectory(atPath: seeds, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Repo.seeds + "/003_971a67d8cb930243.txt", toPath: seeds + "/003.txt")
        #expect(try export(seeds: seeds, out: dir + "/a").status == 0)
        #expect(try Self.createdTime(dir + "/a/current/summary.xlsx") == "2000-01-01T00:00:00Z")
    }

    @Test("Without SOURCE_DATE_EPOCH, created is the latest article date, never the clock")
    func createdFromInputs() throws {
        let dir = try TempDir.make("created")
        defer { TempDir.remove(dir) }
        #expect(try export(out: dir + "/a").status == 0)
        // The English seed is dated 20/09/2020; the Vietnamese seed has no date.
        #expect(try Self.createdTime(dir + "/a/current/summary.xlsx") == "2020-09-20T00:00:00Z")
        // A later article moves it; the clock never does.
        let seeds = try Repo.copySeeds(into: dir)
        try "Today: 03/02/2024 08:00:00 (GMT+7)\n\nA title\n\nThe district hospital has 250 beds.\n"
            .write(toFile: seeds + "/zz.txt", atomically: true, encoding: .utf8)
        #expect(try export(seeds: seeds, out: dir + "/b").status == 0)
        #expect(try Self.createdTime(dir + "/b/current/summary.xlsx") == "2024-02-03T00:00:00Z")
    }
}
