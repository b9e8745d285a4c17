import Foundation
import TallyCore
import TallyWriters

/// The rows both XLSX and CSV writers are timed on: 8 columns shaped like a
/// detail sheet (ids, categories, Vietnamese and English names, integers,
/// decimals, an optional period, and a sentence that wraps and often needs
/// CSV quoting).
///
/// Row `i` is `pool[i % pool.count]`: a pool of distinct rows made once,
/// so a million rows cost no more memory than the pool and generating them
/// costs nothing next to writing them, for Tally and the C baselines alike.
struct BenchRows {
    static let columns: [Table.Column] = [
        .init(key: "source", header: "Source"),
        .init(key: "category", header: "Category"),
        .init(key: "subject", header: "Hospital or body"),
        .init(key: "value", header: "Value", format: "#,##0", width: 16, isNumeric: true),
        .init(key: "unit", header: "Unit"),
        .init(key: "share", header: "Share", format: "0.0", width: 10, isNumeric: true),
        .init(key: "period", header: "Period"),
        .init(key: "sentence", header: "Sentence", width: 80),
    ]
    /// A cell as the C baselines take it: text as a NUL-terminated UTF-8
    /// buffer, a number as the double Excel stores and the CSV prints.
    enum CCell {
        case text(UnsafeMutablePointer<CChar>, length: Int)
        case number(Double)
        case empty
    }

    let pool: [Table.Row]
    /// The pool's cells for the C baselines, row after row in one flat
    /// buffer: no Swift array is touched per cell on their side.
    let cPool: UnsafeMutableBufferPointer<CCell>
    let count: Int

    init(count: Int, poolSize: Int = 4096) {
        self.count = count
        var rng = SplitMix(seed: 8)
        let categories = ["beds", "investment", "training", "staff", "patients"]
        let units = ["beds", "VND", "trainees", "doctors", "patients"]
        let bodies = ["Bệnh viện Đa khoa tỉnh", "Provincial General Hospital", "Trung tâm Y tế huyện", "District Health Centre",
                      "Bệnh viện Sản Nhi", "Sở Y tế", "Children's Hospital", "Trạm Y tế xã"]
        let periods = ["2026", "quý II/2026", "2025-2030", "first half of 2026", ""]
        let openings = ["The hospital said", "Theo kế hoạch,", "According to the department, the", "Năm nay, bệnh viện",
                        "Officials said the \"new\" wing", "Sau khi hoàn thành, trung tâm"]
        let middles = ["will add", "đã đầu tư", "plans to train", "tiếp nhận", "expects to treat", "bổ sung"]
        let tails = ["beds for patients from the district, including intensive care",
                     "tỷ đồng để nâng cấp khoa cấp cứu, phòng mổ và hệ thống oxy",
                     "nurses and doctors in emergency medicine, midwifery and nutrition",
                     "lượt khám mỗi ngày, tăng so với cùng kỳ năm trước",
                     "patients a year once the wing opens; some 40% come from nearby communes",
                     "cán bộ y tế, trong đó có bác sĩ chuyên khoa"]
        var pool: [Table.Row] = []
        var cPool: [CCell] = []
        for i in 0..<poolSize {
            let value = Int64(rng.next() % 2_000_000) * (i % 5 == 1 ? 1_000_000 : 1)
            let share = Decimal(Int(rng.next() % 1000)) / 10
            let category = i % categories.count
            let subject = "\(bodies[Int(rng.next() % UInt64(bodies.count))]) \(1 + rng.next() % 60)"
            let sentence = "\(openings[Int(rng.next() % 6)]) \(middles[Int(rng.next() % 6)]) \(value) \(tails[Int(rng.next() % 6)])"
                + (i % 3 == 0 ? ", the plan says, adding that more will follow when funds allow in \(2026 + i % 5)." : ".")
            let period = periods[Int(rng.next() % UInt64(periods.count))]
            let cells: [Cell] = [
                .text("bench/\(String(format: "%05d", i / 40)).txt#\(i % 40)"), .text(categories[category]), .text(subject),
                .number(Decimal(value)), .text(units[category]), .number(share),
                period.isEmpty ? .empty : .text(period), .text(sentence),
            ]
            pool.append(Table.Row(cells: cells, sources: []))
            cPool += cells.map(Self.cCell)
        }
        self.pool = pool
        self.cPool = .allocate(capacity: cPool.count)
        _ = self.cPool.initialize(from: cPool)
    }

    static func cCell(_ cell: Cell) -> CCell {
        switch cell {
        case .text(let s): return .text(strdup(s)!, length: s.utf8.count)
        case .number(let d): return .number(NSDecimalNumber(decimal: d).doubleValue)
        case .empty: return .empty
        }
    }

    /// Tally's rows, made on demand.
    var rows: RowSource {
        let pool = self.pool
        return RowSource(count: count) { pool[$0 % pool.count] }
    }

    /// The C baselines' cell of row `i`, column `c`: the same cells.
    @inline(__always) func cCell(_ i: Int, _ c: Int) -> CCell {
        cPool[(i % pool.count) * BenchRows.columns.count + c]
    }

    static let created = 1_767_225_600   // 2026-01-01, fixed: identical files from run to run

    static func workbook() -> Workbook {
        Workbook(name: "bench", properties: DocumentProperties(title: "Benchmark", subject: "Synthetic rows", author: "tally-bench"),
                 created: created, tables: [Table(name: "Rows", columns: columns, rows: [])], sources: [], includeSources: false)
    }
}

/// A small deterministic generator (SplitMix64), so every run writes the
/// same rows and the same corpus shapes.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
