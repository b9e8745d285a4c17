import Foundation

/// The bench's output: one line per measurement, printed as an aligned
/// text table and, with `--record`, as the Markdown table of BENCHMARKS.md.
struct ResultTable {
    struct Line {
        var phase: String
        var seconds: String = ""
        var throughput: String = ""
        var peakMB: String = ""
        /// Against the baseline of the same run (or the doubling factor).
        var ratio: String = ""
        var target: String = ""
        /// "ok", "missed" (a target of issue 8 not met) or "FLAG" (growth).
        var verdict: String = ""
    }
    static let header = Line(phase: "phase", seconds: "seconds", throughput: "throughput", peakMB: "peak MB",
                             ratio: "ratio", target: "target", verdict: "")
    var lines: [Line] = []
    var notes: [String] = []
    /// A growth measurement more than tripled its time when its input doubled.
    var flagged = false

    mutating func add(_ line: Line) {
        lines.append(line)
        if line.verdict == "FLAG" { flagged = true }
        // Printed as it comes, so a long run shows progress on stderr.
        FileHandle.standardError.write(Data("  \(line.phase): \(line.seconds) s, \(line.throughput), \(line.peakMB) MB, \(line.ratio) \(line.verdict)\n".utf8))
    }

    private func cells(_ l: Line) -> [String] { [l.phase, l.seconds, l.throughput, l.peakMB, l.ratio, l.target, l.verdict] }

    var text: String {
        let all = [Self.header] + lines
        let widths = (0..<7).map { c in all.map { cells($0)[c].count }.max()! }
        var out = ""
        for (i, l) in all.enumerated() {
            out += cells(l).enumerated().map { c, s in
                c == 0 || c == 5 || c == 6 ? s.padding(toLength: widths[c], withPad: " ", startingAt: 0)
                    : String(repeating: " ", count: widths[c] - s.count) + s
            }.joined(separator: "  ").trimmingCharacters(in: .whitespaces) + "\n"
            if i == 0 { out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n" }
        }
        return out + (notes.isEmpty ? "" : "\n" + notes.joined(separator: "\n") + "\n")
    }

    var markdown: String {
        var out = "| " + cells(Self.header).joined(separator: " | ") + " |\n"
        out += "|" + String(repeating: " --- |", count: 7) + "\n"
        for l in lines { out += "| " + cells(l).map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |\n" }
        return out + (notes.isEmpty ? "" : "\n" + notes.map { "- " + $0 }.joined(separator: "\n") + "\n")
    }
}

func fmt(_ x: Double, _ digits: Int = 2) -> String { String(format: "%.\(digits)f", x) }
