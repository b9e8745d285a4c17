// tally-bench: how fast Tally writes and reads, as ratios against baselines
// measured in the same process, so the figures hold from machine to machine.
//
//   swift run -c release --scratch-path .build-tests tally-bench [--facts N] [--reps R]
//
// Phases (median of R repetitions each):
//   query        Query.workbook over N synthetic facts (a detail sheet, a
//                grouped sheet with totals, and the Sources sheet)
//   xlsx tally   XLSXWriter.write of that workbook
//   xlsx C       the same cells, formats, links, freeze and filter written by a
//                hand loop of libxlsxwriter calls (constant_memory): the baseline
//   csv tally    CSVWriter.csv of every table
//   csv naive    the same cells joined with commas, no quoting: the baseline
//   extract      FactExtractor over the seeds repeated, in articles/s
//   tokenise     reading the same text into scalars and tokens: the baseline
//
// XLSX phases run in child processes (this program with --child), one per
// repetition, so each reports its own peak RSS (getrusage ru_maxrss); the
// RSS before writing is reported too, so the writer's own share is visible.
// Nothing here is asserted: speed is measured, never tested.
import CXlsxWriter
import Foundation
import TallyCore
import TallyWriters
#if canImport(Glibc)
import Glibc
#endif

// MARK: Measuring

func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

func time(_ body: () throws -> Void) rethrows -> Double {
    let start = now()
    try body()
    return now() - start
}

func median(_ xs: [Double]) -> Double {
    let s = xs.sorted()
    return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
}

/// Peak resident set size of this process so far, in MB (ru_maxrss is KB on Linux).
func peakRSS() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

/// Current resident set size in MB, from /proc/self/statm.
func currentRSS() -> Double {
    guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8),
          let pages = text.split(separator: " ").dropFirst().first.flatMap({ Double($0) }) else { return 0 }
    return pages * Double(sysconf(Int32(_SC_PAGESIZE))) / 1_048_576
}

/// Resets the kernel's peak-RSS mark (VmHWM), so the next reading covers
/// only what follows: writing "5" to clear_refs (Linux 4.0+).
func resetPeak() {
    if let h = FileHandle(forWritingAtPath: "/proc/self/clear_refs") { h.write(Data("5".utf8)); h.closeFile() }
}

/// VmHWM from /proc/self/status, in MB: the peak RSS since the last reset.
func peakSinceReset() -> Double {
    guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = text.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
          let kb = line.split(separator: " ").dropFirst().first.flatMap({ Double($0) }) else { return 0 }
    return kb / 1024
}

func fileSize(_ path: String) -> Double {
    let attrs = try? FileManager.default.attributesOfItem(atPath: path)
    return Double((attrs?[.size] as? NSNumber)?.intValue ?? 0) / 1_048_576
}

// MARK: Inputs

let repoRoot: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }   // Sources/tally-bench/main.swift
    return url.path
}()

func seedTexts() -> [(path: String, text: String)] {
    let dir = repoRoot + "/seeds"
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
    return names.compactMap { name in (try? ArticleReader.read(path: dir + "/" + name)).map { ("seeds/" + name, $0) } }
}

/// `count` facts made from the seeds' real facts, with varied files,
/// positions, values and subjects, so grouping and sorting have work to do.
func syntheticFacts(_ count: Int) -> [Fact] {
    let templates = seedTexts().flatMap { FactExtractor().extract(Document(path: $0.path, text: $0.text)) }
        .map { f -> Fact in var f = f; f.repeatOf = nil; return f }
    precondition(!templates.isEmpty, "no facts in seeds/")
    let categories = ["beds", "investment", "training"]
    let units = ["beds": "beds", "investment": "VND", "training": "trainees"]
    var facts: [Fact] = []
    facts.reserveCapacity(count)
    for i in 0..<count {
        var f = templates[i % templates.count]
        f.category = categories[i % 3]
        f.unit = units[f.category]!
        f.value = Decimal(1 + (i * 7919) % 100_000) * (f.category == "investment" ? 1_000_000 : 1)
        f.min = nil; f.max = nil
        f.subject = "Hospital \((i * 31) % 997)"
        f.provenance.file = "bench/\(String(format: "%05d", i / 40)).txt"
        f.provenance.paragraph = (i % 40) / 4
        f.provenance.span = (i % 4) * 100..<((i % 4) * 100 + f.provenance.text.unicodeScalars.count)
        facts.append(f)
    }
    return facts
}

let benchSpec = """
workbook:
  file: bench
  title: Benchmark
  subject: Synthetic facts
  author: tally-bench
sheets:
  - name: Facts
    sort: [category, {by: value, order: desc}]
    columns:
      - {key: source, header: Source, field: source}
      - {key: category, header: Category, field: category}
      - {key: subject, header: Hospital or body, field: subject}
      - {key: value, header: Value, field: value, format: integer}
      - {key: unit, header: Unit, field: unit}
      - {key: qualifiers, header: Qualifiers, field: qualifiers}
      - {key: sentence, header: Sentence, field: sentence, width: 80}
  - name: By hospital
    group_by: [subject, unit]
    sort: [subject, unit]
    columns:
      - {key: subject, header: Hospital or body, field: subject}
      - {key: unit, header: Unit, field: unit}
      - {key: total, header: Total, aggregate: sum, field: value, format: billions}
      - {key: n, header: Facts, aggregate: count}
    totals: Total

"""

func buildWorkbook(_ facts: [Fact]) -> Workbook {
    let spec = try! SpecLoader.parse(benchSpec, path: "bench.yaml")
    return Query.workbook(spec, facts: facts, created: 1_600_560_000)
}

// MARK: Baseline: libxlsxwriter driven directly

/// The same cells as XLSXWriter writes: bold header, frozen, filtered, the
/// column formats, a link on every number of a data sheet, a bold totals
/// row, and the Sources sheet. Widths are fixed (no fitting pass).
func writeBaseline(_ workbook: Workbook, to path: String, tmpdir: String) {
    var options = lxw_workbook_options()
    options.constant_memory = 1
    let tmp = strdup(tmpdir)
    defer { free(tmp) }
    options.tmpdir = tmp
    let wb = workbook_new_opt(path, &options)!
    var props = lxw_doc_properties()
    props.created = time_t(workbook.created)
    workbook_set_properties(wb, &props)
    let header = workbook_add_format(wb)!
    format_set_bold(header)
    let totalFormat = workbook_add_format(wb)!
    format_set_bold(totalFormat)
    var formats: [String: UnsafeMutablePointer<lxw_format>] = [:]
    func format(_ code: String?) -> UnsafeMutablePointer<lxw_format>? {
        guard let code else { return nil }
        if let f = formats[code] { return f }
        let f = workbook_add_format(wb)!
        format_set_num_format(f, code)
        formats[code] = f
        return f
    }
    let tables = workbook.tables + [workbook.sourcesTable]
    for (t, table) in tables.enumerated() {
        let ws = workbook_add_worksheet(wb, table.name)!
        for c in table.columns.indices { worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), 20, nil) }
        worksheet_freeze_panes(ws, 1, 0)
        worksheet_autofilter(ws, 0, 0, lxw_row_t(table.rows.count), lxw_col_t(table.columns.count - 1))
        for (c, column) in table.columns.enumerated() { worksheet_write_string(ws, 0, lxw_col_t(c), column.header, header) }
        let isSources = t == tables.count - 1
        var links = 0
        var r: lxw_row_t = 1
        for row in table.rows + (table.totals.map { [$0] } ?? []) {
            let isTotal = r == lxw_row_t(table.rows.count + 1)
            for (c, cell) in row.cells.enumerated() {
                switch cell {
                case .empty: break
                case .text(let s): worksheet_write_string(ws, r, lxw_col_t(c), s, isTotal ? totalFormat : nil)
                case .number(let d):
                    let f = format(table.columns[c].format)
                    if !isSources, !isTotal, let first = row.sources.first, links < Int(LXW_MAX_NUMBER_URLS) {
                        links += 1
                        worksheet_write_url(ws, r, lxw_col_t(c), "internal:'Sources'!A\(first + 2)", f)
                    }
                    worksheet_write_number(ws, r, lxw_col_t(c), NSDecimalNumber(decimal: d).doubleValue, isTotal ? totalFormat : f)
                }
            }
            r += 1
        }
    }
    let status = workbook_close(wb)
    precondition(status == LXW_NO_ERROR, String(cString: lxw_strerror(status)))
}

// MARK: Naive CSV baseline

func naiveCSV(_ table: Table) -> String {
    var out = table.columns.map(\.key).joined(separator: ",") + "\n"
    for row in table.rows + (table.totals.map { [$0] } ?? []) {
        out += row.cells.map { cell -> String in
            switch cell {
            case .empty: return ""
            case .text(let s): return s
            case .number(let d): return d.description
            }
        }.joined(separator: ",") + "\n"
    }
    return out
}

// MARK: Child: one XLSX phase, reported as one line of JSON

struct ChildReport: Codable {
    var seconds: Double
    var rssBeforeMB: Double
    /// Peak RSS while writing only (VmHWM after a reset).
    var writePeakMB: Double
    /// ru_maxrss: the child's peak over its whole life, setup included.
    var peakMB: Double
    var fileMB: Double
    var rows: Int
}

func runChild(phase: String, facts count: Int) {
    let workbook = buildWorkbook(syntheticFacts(count))
    let rows = workbook.tables.reduce(workbook.sources.count) { $0 + $1.rows.count }
    let dir = NSTemporaryDirectory() + "tally-bench-\(getpid())"
    try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let path = dir + "/bench.xlsx"
    let before = currentRSS()
    resetPeak()
    let seconds = time {
        if phase == "tally" { try! XLSXWriter().write(workbook, to: path, tempDirectory: dir) }
        else { writeBaseline(workbook, to: path, tmpdir: dir) }
    }
    let report = ChildReport(seconds: seconds, rssBeforeMB: before, writePeakMB: peakSinceReset(), peakMB: peakRSS(),
                             fileMB: fileSize(path), rows: rows)
    print(String(decoding: try! JSONEncoder().encode(report), as: UTF8.self))
}

func child(_ phase: String, facts: Int) -> ChildReport {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
    p.arguments = ["--child", phase, "--facts", String(facts)]
    let pipe = Pipe()
    p.standardOutput = pipe
    try! p.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    precondition(p.terminationStatus == 0, "child \(phase) failed")
    return try! JSONDecoder().decode(ChildReport.self, from: data)
}

// MARK: Main

func option(_ name: String, _ fallback: Int) -> Int {
    let args = CommandLine.arguments
    guard let i = args.firstIndex(of: name), i + 1 < args.count, let v = Int(args[i + 1]) else { return fallback }
    return v
}

let factCount = option("--facts", 100_000)
let reps = max(1, option("--reps", 5))

if let i = CommandLine.arguments.firstIndex(of: "--child"), i + 1 < CommandLine.arguments.count {
    runChild(phase: CommandLine.arguments[i + 1], facts: factCount)
    exit(0)
}

func pad(_ s: String, _ w: Int) -> String { s.count >= w ? s : s + String(repeating: " ", count: w - s.count) }
func lpad(_ s: String, _ w: Int) -> String { s.count >= w ? s : String(repeating: " ", count: w - s.count) + s }
func fmt(_ x: Double, _ digits: Int = 2) -> String { String(format: "%.\(digits)f", x) }

print("tally-bench: \(factCount) facts, median of \(reps) repetitions")
var lines: [[String]] = [["phase", "median s", "throughput", "vs baseline", "RSS MB before → peak writing"]]

// Query and CSV in this process.
let facts = syntheticFacts(factCount)
var workbook = buildWorkbook(facts)
let queryTimes = (0..<reps).map { _ in time { workbook = buildWorkbook(facts) } }
let rows = workbook.tables.reduce(workbook.sources.count) { $0 + $1.rows.count }
lines.append(["query", fmt(median(queryTimes), 3), "\(Int(Double(factCount) / median(queryTimes))) facts/s", "", ""])

// XLSX in children, alternating so drift hits both alike.
var tallyRuns: [ChildReport] = [], baseRuns: [ChildReport] = []
for _ in 0..<reps {
    tallyRuns.append(child("tally", facts: factCount))
    baseRuns.append(child("baseline", facts: factCount))
}
let tX = median(tallyRuns.map(\.seconds)), bX = median(baseRuns.map(\.seconds))
let tMB = median(tallyRuns.map(\.fileMB)), bMB = median(baseRuns.map(\.fileMB))
lines.append(["xlsx tally (XLSXWriter)", fmt(tX, 3), "\(Int(Double(rows) / tX)) rows/s, \(fmt(tMB / tX)) MB/s",
              "\(fmt(tX / bX))x", "\(fmt(median(tallyRuns.map(\.rssBeforeMB)), 1)) → \(fmt(median(tallyRuns.map(\.writePeakMB)), 1))"])
lines.append(["xlsx C loop (baseline)", fmt(bX, 3), "\(Int(Double(rows) / bX)) rows/s, \(fmt(bMB / bX)) MB/s",
              "1.00x", "\(fmt(median(baseRuns.map(\.rssBeforeMB)), 1)) → \(fmt(median(baseRuns.map(\.writePeakMB)), 1))"])

let tables = workbook.tables + [workbook.sourcesTable]
var csvBytes = 0
let csvTimes = (0..<reps).map { _ in time { csvBytes = tables.reduce(0) { $0 + CSVWriter.csv($1).utf8.count } } }
var naiveBytes = 0
let naiveTimes = (0..<reps).map { _ in time { naiveBytes = tables.reduce(0) { $0 + naiveCSV($1).utf8.count } } }
let cT = median(csvTimes), nT = median(naiveTimes)
lines.append(["csv tally (CSVWriter)", fmt(cT, 3), "\(Int(Double(rows) / cT)) rows/s, \(fmt(Double(csvBytes) / 1_048_576 / cT)) MB/s",
              "\(fmt(cT / nT))x", ""])
lines.append(["csv naive join (baseline)", fmt(nT, 3), "\(Int(Double(rows) / nT)) rows/s, \(fmt(Double(naiveBytes) / 1_048_576 / nT)) MB/s",
              "1.00x", ""])

// Extraction over the seeds repeated, against reading and tokenising the same text.
let seeds = seedTexts()
let copies = 50
var articles = 0
let extractTimes = (0..<reps).map { _ in time {
    articles = 0
    for n in 0..<copies {
        for s in seeds {
            let d = Document(path: "\(n)/" + s.path, text: s.text)
            articles += d.articles.count
            _ = FactExtractor().extract(d)
        }
    }
} }
var tokens = 0
let tokeniseTimes = (0..<reps).map { _ in time {
    tokens = 0
    for n in 0..<copies {
        for s in seeds {
            let source = SourceText(path: "\(n)/" + s.path, text: s.text)
            tokens += Tokenizer.tokens(source.scalars, in: 0..<source.scalars.count).count
        }
    }
} }
let eT = median(extractTimes), kT = median(tokeniseTimes)
let textMB = Double(seeds.reduce(0) { $0 + $1.text.utf8.count } * copies) / 1_048_576
lines.append(["extract (FactExtractor)", fmt(eT, 3), "\(Int(Double(articles) / eT)) articles/s, \(fmt(textMB / eT)) MB/s",
              "\(fmt(eT / kT))x", ""])
lines.append(["tokenise (baseline)", fmt(kT, 3), "\(Int(Double(articles) / kT)) articles/s, \(fmt(textMB / kT)) MB/s",
              "1.00x", ""])

let widths = (0..<lines[0].count).map { c in lines.map { $0[c].count }.max()! }
for (i, line) in lines.enumerated() {
    print(line.enumerated().map { c, cell in c == 0 ? pad(cell, widths[c]) : lpad(cell, widths[c]) }.joined(separator: "  "))
    if i == 0 { print(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")) }
}
print("""

rows: \(rows) written per workbook (\(workbook.tables.map { "\($0.name) \($0.rows.count)" }.joined(separator: ", ")), \
Sources \(workbook.sources.count)); xlsx \(fmt(tMB)) MB (tally) vs \(fmt(bMB)) MB (baseline)
extraction: \(copies) copies of \(seeds.count) seeds, \(articles) articles, \(tokens) tokens per repetition
RSS: each XLSX repetition runs in its own child; "before" is its RSS once the workbook is built, "peak writing" its
VmHWM while writing (reset just before); whole-child peaks (ru_maxrss, setup included): tally \(fmt(median(tallyRuns.map(\.peakMB)), 1)) MB, \
baseline \(fmt(median(baseRuns.map(\.peakMB)), 1)) MB
""")
