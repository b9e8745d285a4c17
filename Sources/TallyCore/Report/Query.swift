import Foundation

/// Runs a spec over facts and produces the workbook to write. Pure: the same
/// facts in the same order give the same workbook, row for row.
public enum Query {
    /// - Parameters:
    ///   - facts: every fact of every input, in provenance order (file path,
    ///     then position); `repeatOf` indexes into this list.
    ///   - created: the workbook's creation time (see `Workbook.created`).
    public static func workbook(_ spec: ReportSpec, facts: [Fact], created: Int) -> Workbook {
        var built: [(table: Table, used: [Int])] = []
        let sources = FigureSources(facts)
        for sheet in spec.sheets { built.append(table(sheet, facts: facts, sources: sources)) }
        // The Sources sheet lists every fact a sheet shows, in provenance order.
        let used = Set(built.flatMap(\.used)).sorted()
        var position: [Int: Int] = [:]
        for (n, i) in used.enumerated() { position[i] = n }
        let tables = built.map { entry -> Table in
            var t = entry.table
            func renumber(_ r: Table.Row) -> Table.Row {
                Table.Row(cells: r.cells, sources: r.sources.compactMap { position[$0] },
                          links: r.links.map { $0.flatMap { position[$0] } })
            }
            t.rows = t.rows.map(renumber)
            t.totals = t.totals.map(renumber)
            return t
        }
        let w = spec.workbook
        return Workbook(name: w.file,
                        properties: w.properties, created: created,
                        tables: tables, sources: used.map { facts[$0] }, includeSources: w.sources)
    }

    /// One sheet; row `sources` index into `facts` (the caller renumbers).
    static func table(_ sheet: ReportSpec.SheetSpec, facts: [Fact]) -> (table: Table, used: [Int]) {
        table(sheet, facts: facts, sources: FigureSources(facts))
    }

    static func table(_ sheet: ReportSpec.SheetSpec, facts all: [Fact], sources: FigureSources) -> (table: Table, used: [Int]) {
        // Facts are read through a buffer pointer: reading `all[i]` whole
        // copied the fact (a retain of each of its strings) for every
        // filter, cell and comparison, a twentieth of an export (perf).
        all.withUnsafeBufferPointer { table(sheet, all: all, facts: $0, sources: sources) }
    }

    private static func table(_ sheet: ReportSpec.SheetSpec, all: [Fact], facts: UnsafeBufferPointer<Fact>,
                              sources: FigureSources) -> (table: Table, used: [Int]) {
        let selected = facts.indices.filter { i in
            (sheet.includeRepeats || facts[i].repeatOf == nil) && (sheet.filter?.matches(facts[i], sources) ?? true)
        }
        let columns = sheet.columns.map {
            Table.Column(key: $0.key, header: $0.header, format: $0.format, width: $0.width, isNumeric: $0.isNumeric,
                         isDate: $0.content == .field(.date))
        }
        let figures = Figures(facts: all, sources: sources)
        var rows: [Table.Row]
        var groups: [[Int]] = []
        if sheet.groupBy.isEmpty, sheet.perFigure {
            // One row per figure: its representative first among its sources.
            var mentions: [Int32: [Int]] = [:]
            for i in selected { mentions[figures.key(i), default: []].append(i) }
            let precise = Dictionary(uniqueKeysWithValues: [FactField.value, .min, .max].map { ($0, figures.amounts($0, in: selected)) })
            rows = figures.representatives(selected).map { r in
                Table.Row(cells: sheet.columns.map { column in
                    guard case .field(let f) = column.content else { return .empty }
                    if f.isMeasure { return figures.amount(r, f, precise[f]!).map(Cell.number) ?? .empty }
                    return f.cell(facts[r], sources)
                }, sources: [r] + mentions[figures.key(r)]!.filter { $0 != r })
            }
        } else if sheet.groupBy.isEmpty {
            rows = selected.map { i in
                Table.Row(cells: sheet.columns.map { column in
                    guard case .field(let f) = column.content else { return .empty }
                    return f.cell(facts[i], sources)
                }, sources: [i])
            }
        } else {
            var order: [[String]] = []
            var members: [[String]: [Int]] = [:]
            for i in selected {
                let key = sheet.groupBy.map { $0.text(facts[i], sources) ?? "" }
                if members[key] == nil { order.append(key) }
                members[key, default: []].append(i)
            }
            groups = order.map { members[$0]! }
            rows = groups.map { group in
                return Table.Row(cells: sheet.columns.map { column in
                    switch column.content {
                    case .field(let f): return f.cell(facts[group[0]], sources)
                    case .aggregate(let a, let f): return figures.aggregate(a, f, over: figures.narrowed(group, column.filter))
                    }
                }, sources: group, links: sheet.columns.map { column in
                    guard case .aggregate(let a, let f) = column.content else { return nil }
                    return witness(a, f, over: group, facts: facts)
                })
            }
        }
        sort(&rows, by: sheet, facts: facts, sources: sources)
        var totals: Table.Row?
        if let label = sheet.totals {
            var cells = sheet.columns.map { column -> Cell in
                guard let total = column.total else { return .empty }
                let over = figures.narrowed(selected, column.filter)
                switch column.content {
                case .field(let f): return figures.aggregate(total, f, over: over)
                case .aggregate(.mostReported, let f?) where !sheet.groupBy.isEmpty && column.total == .mostReported:
                    return figures.totalOfMostReported(f, rows: groups.map { figures.narrowed($0, column.filter) })
                case .aggregate(let a, let f):
                    // A count's total counts what its rows count: with a
                    // field, only the facts that have it (a range has no
                    // value); so do the article and date aggregates.
                    return figures.aggregate([.count, .articles].contains(a) || f == .date ? a : total, f, over: over)
                }
            }
            if let first = cells.indices.first, cells[first] == .empty || !sheet.columns[first].isNumeric {
                cells[first] = .text(label)
            }
            totals = Table.Row(cells: cells, sources: selected)
        }
        let chart = sheet.chart.map { c in
            Table.Chart(kind: c.kind, category: sheet.columns.firstIndex { $0.key == c.category }!,
                        values: c.values.map { v in sheet.columns.firstIndex { $0.key == v }! },
                        title: c.title, row: c.row, column: c.column, below: c.below)
        }
        return (Table(name: sheet.name, columns: columns, rows: rows, totals: totals, title: sheet.title, chart: chart,
                      isList: sheet.groupBy.isEmpty), selected)
    }

    /// The fact an aggregate cell links to: the one holding the largest or
    /// smallest figure for max and min, otherwise the first fact that has
    /// the field (a sum of values skips a range, which has none).
    static func witness(_ a: ReportSpec.Aggregate, _ field: FactField?, over group: [Int],
                        facts: UnsafeBufferPointer<Fact>) -> Int? {
        guard let field else { return group.first }
        let having = group.filter { field.number(facts[$0]) != nil }
        switch a {
        case .max: return having.max { field.number(facts[$0])! < field.number(facts[$1])! }
        case .min: return having.min { field.number(facts[$0])! < field.number(facts[$1])! }
        default: return having.first
        }
    }

    static func aggregate(_ a: ReportSpec.Aggregate, _ field: FactField?, over group: [Int], facts: [Fact]) -> Cell {
        Figures(facts: facts, sources: FigureSources(facts)).aggregate(a, field, over: group)
    }

    /// Sorts by the spec's keys; ties keep provenance order (the first fact
    /// behind each row), so rows never move between runs.
    static func sort(_ rows: inout [Table.Row], by sheet: ReportSpec.SheetSpec, facts: UnsafeBufferPointer<Fact>,
                     sources: FigureSources? = nil) {
        // Nothing to order (most sheets of a short article): no key cells.
        guard rows.count > 1 else { return }
        let keys = sheet.sort.map { key -> (column: Int?, field: FactField?, descending: Bool) in
            if let c = sheet.columns.firstIndex(where: { $0.key == key.by }) { return (c, nil, key.descending) }
            return (nil, FactField(rawValue: key.by), key.descending)
        }
        func cell(_ row: Table.Row, _ key: (column: Int?, field: FactField?, descending: Bool)) -> Cell {
            if let c = key.column { return row.cells[c] }
            return key.field!.cell(facts[row.sources[0]], sources)
        }
        // Each row's key cells, made once rather than at every comparison.
        let keyed = rows.enumerated().map { entry in
            (offset: entry.offset, row: entry.element, cells: keys.map { cell(entry.element, $0) })
        }
        rows = keyed.sorted { a, b in
            for (k, key) in keys.enumerated() {
                let x = a.cells[k], y = b.cells[k]
                // Empty cells go last whichever way the key runs.
                if (x == .empty) != (y == .empty) { return y == .empty }
                let order = compare(x, y)
                if order != 0 { return key.descending ? order > 0 : order < 0 }
            }
            let fa = a.row.sources.first ?? Int.max, fb = b.row.sources.first ?? Int.max
            return fa != fb ? fa < fb : a.offset < b.offset
        }.map(\.row)
    }

    /// Numbers by value, text by Unicode scalars (never the locale), empty
    /// cells last in either direction of the key.
    static func compare(_ a: Cell, _ b: Cell) -> Int {
        switch (a, b) {
        case (.number(let x), .number(let y)): return x < y ? -1 : (x > y ? 1 : 0)
        case (.text(let x), .text(let y)):
            return x.unicodeScalars.lexicographicallyPrecedes(y.unicodeScalars) ? -1 : (x == y ? 0 : 1)
        case (.empty, .empty): return 0
        case (.empty, _): return 1
        case (_, .empty): return -1
        case (.number, .text): return -1
        case (.text, .number): return 1
        }
    }
}
