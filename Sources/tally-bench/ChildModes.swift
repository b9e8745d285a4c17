import Foundation
import TallyCore
import TallyWriters
#if canImport(Glibc)
import Glibc
#endif

/// What a child phase reports on its stdout, as one line of JSON: the time
/// of the measured work alone (setup excluded), and what it made.
struct PhaseReport: Codable {
    var seconds: Double
    /// User and system CPU time of the same work: on a machine shared with
    /// other jobs it varies far less than the wall time.
    var cpuSeconds: Double = 0
    /// Bytes written (writers) or read (extraction).
    var bytes: Int
    /// FNV-1a of the written file, so the bench can show Tally and the
    /// baseline wrote the same bytes.
    var hash: String = ""
    /// Facts found, or words looked up by the floor.
    var items: Int = 0
}

/// The phases the bench runs in child processes (`tally-bench --child
/// PHASE ARG`), one process per measurement, so each has its own peak RSS.
enum ChildPhase: String, CaseIterable {
    case xlsxTally = "xlsx-tally", xlsxC = "xlsx-c", csvTally = "csv-tally", csvC = "csv-c"
    case extract, floor

    func run(_ argument: String) -> PhaseReport {
        switch self {
        case .xlsxTally, .xlsxC, .csvTally, .csvC: return writeRows(Int(argument)!)
        case .extract, .floor: return read(corpus: argument)
        }
    }

    private func writeRows(_ count: Int) -> PhaseReport {
        let rows = BenchRows(count: count)
        let dir = NSTemporaryDirectory() + "tally-bench-\(getpid())"
        try! FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + (self == .xlsxTally || self == .xlsxC ? "/rows.xlsx" : "/rows.csv")
        let start = now(), startCPU = cpuTime()
        switch self {
        case .xlsxTally: try! XLSXWriter().write(BenchRows.workbook(), rows: [rows.rows], to: path, tempDirectory: dir)
        case .xlsxC: XLSXBaseline.write(rows, to: path, tmpdir: dir)
        case .csvTally:
            // What an export does with a sheet: rows streamed to a new file.
            try! CSVWriter.write(Table(name: "Rows", columns: BenchRows.columns, rows: []), rows: rows.rows, to: path)
        case .csvC: CSVBaseline.write(rows, to: path)
        default: fatalError()
        }
        let seconds = now() - start, cpu = cpuTime() - startCPU
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        return PhaseReport(seconds: seconds, cpuSeconds: cpu, bytes: size, hash: fileHash(path))
    }

    /// Extraction or the floor over every `*.txt` of a folder, pinned to
    /// one core, files read inside the timing on both sides.
    private func read(corpus: String) -> PhaseReport {
        pinToOneCore()
        let names = (try! FileManager.default.contentsOfDirectory(atPath: corpus)).filter { $0.hasSuffix(".txt") }.sorted()
        let paths = names.map { corpus + "/" + $0 }
        let floor = WordFloor()
        let start = now(), startCPU = cpuTime()
        var bytes = 0, items = 0
        if self == .extract {
            items = try! ArticleBatch.extract(paths: paths).facts.count
        } else {
            for p in paths {
                let data = FileManager.default.contents(atPath: p)!
                bytes += data.count
                items += data.withUnsafeBytes { floor.scan($0).words }
            }
        }
        let seconds = now() - start, cpu = cpuTime() - startCPU
        if self == .extract {
            for p in paths { bytes += fileBytes(p) }
        }
        return PhaseReport(seconds: seconds, cpuSeconds: cpu, bytes: bytes, items: items)
    }
}
