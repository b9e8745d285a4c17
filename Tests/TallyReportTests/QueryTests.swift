import Foundation
import Testing
@testable import TallyCore

/// A fact as the extractor would produce it; only what a test names differs.
func fact(_ category: String, _ value: Decimal?, _ unit: String, subject: String? = nil, qualifiers: [Qualifier] = [],
          file: String = "seeds/a.txt", paragraph: Int = 0, start: Int = 0, min: Decimal? = nil, max: Decimal? = nil,
          sentence: String = "A sentence.", period: String? = nil, repeatOf: Int? = nil) -> Fact {
    let mention = value.map { "\(NumberText.plain($0)) \(unit)" } ?? "\(unit)"
    return Fact(category: category, value: value, min: min, max: max, unit: unit, subject: subject,
                qualifiers: qualifiers, period: period, language: .en,
                provenance: Provenance(file: file, article: 0, articleTitle: "Title of \(file)",
                                       articleDate: Article.Day(year: 2020, month: 9, day: 20), paragraph: paragraph,
                                       span: start..<(start + mention.unicodeScalars.count), text: mention,
                                       sentence: sentence),
                repeatOf: repeatOf)
}

/// Runs one sheet (written as the YAML under `sheets:`) over `facts`.
func run(_ sheetYAML: String, _ facts: [Fact]) throws -> Workbook {
    let yaml = "workbook:\n  file: t\n  title: T\nsheets:\n" + sheetYAML
    return Query.workbook(try SpecLoader.parse(yaml, path: "t.yaml"), facts: facts, created: 0)
}

/// The first column of each row (and of the totals row, last).
func firstColumn(_ t: Table) -> [Cell] { (t.rows + (t.totals.map { [$0] } ?? [])).map { $0.cells[0] } }
func column(_ t: Table, _ key: String) -> [Cell] {
    let c = t.columns.firstIndex { $0.key == key }!
    return (t.rows + (t.totals.map { [$0] } ?? [])).map { $0.cells[c] }
}

/// Twelve facts across two files, with the shapes the filters tell apart.
let sample: [Fact] = [
    fact("beds", 485, "beds", subject: "General Hospital", qualifiers: [.planned], file: "s/a.txt", paragraph: 1, start: 10,
         sentence: "The General Hospital will have 485 beds."),
    fact("investment", 700_000_000_000, "VND", subject: "General Hospital", qualifiers: [.planned], file: "s/a.txt", paragraph: 1, start: 90),
    fact("training", nil, "doctors", subject: "the province", file: "s/a.txt", paragraph: 3, start: 300, min: 30, max: 50,
         period: "Each year"),
    fact("beds", 120, "beds", subject: "Luc Ngan Medical Center", qualifiers: [.approx], file: "s/a.txt", paragraph: 4, start: 400),
    fact("beds", 485, "beds", subject: "General Hospital", file: "s/a.txt", paragraph: 9, start: 900, repeatOf: 0),
    fact("training", 23, "courses", subject: "Bệnh viện Đa khoa tỉnh Bắc Giang", file: "s/b.txt", paragraph: 1, start: 20),
    fact("training", 180, "trainees", subject: "Bệnh viện Đa khoa tỉnh Bắc Giang", qualifiers: [.moreThan], file: "s/b.txt", paragraph: 1, start: 60),
    fact("beds", 500, "beds", subject: nil, qualifiers: [.moreThan, .planned], file: "s/b.txt", paragraph: 2, start: 10),
    fact("investment", 2_000_000, "USD", subject: "ADB", file: "s/b.txt", paragraph: 3, start: 5),
    fact("beds", 120, "beds", subject: "Hiep Hoa Hospital", file: "s/b.txt", paragraph: 4, start: 7),
    fact("staff", 60, "staff", subject: "General Hospital", qualifiers: [.moreThan], file: "s/b.txt", paragraph: 5, start: 7),
    fact("investment", 1_000_000_000, "VND", subject: "ADB", file: "s/b.txt", paragraph: 6, start: 7),
]

/// Rows of a detail sheet as the positions (in `sample`) of their facts.
func picked(_ sheetYAML: String) throws -> [Int] {
    let w = try run(sheetYAML, sample)
    return w.tables[0].rows.map { row in sample.firstIndex(of: w.sources[row.sources[0]])! }
}

private func detail(_ whereYAML: String) -> String {
    "  - name: S\n    where: \(whereYAML)\n    columns:\n      - {field: source}\n"
}

@Suite("Query: where")
struct QueryFilterTests {
    @Test("Equality keeps only facts whose field has that text")
    func equality() throws {
        #expect(try picked(detail("{category: beds}")) == [0, 3, 7, 9])
    }

    @Test("A list keeps facts whose field is any of its values")
    func list() throws {
        #expect(try picked(detail("{unit: [USD, courses]}")) == [5, 8])
    }

    @Test("Comparisons on a numeric field combine as and")
    func comparisons() throws {
        #expect(try picked(detail("{value: {gt: 100, le: 485}}")) == [0, 3, 6, 9])
        #expect(try picked(detail("{value: {ge: 1000000000}}")) == [1, 11])
        #expect(try picked(detail("{value: {ne: 120}, category: beds}")) == [0, 7])
    }

    @Test("A plain value or list on a numeric field compares numbers, not their text")
    func numericEquality() throws {
        #expect(try picked(detail("{value: 485.0}")) == [0])
        #expect(try picked(detail("{value: [120, 5e2]}")) == [3, 7, 9])
        #expect(try picked(detail("{paragraph: 1}")) == [0, 1, 5, 6])
        #expect(try picked(detail("{value: {in: [485.0]}}")) == [0])
        #expect(try !picked(detail("{value: {not_in: [485.0]}}")).contains(0))
    }

    @Test("A numeric comparison never matches a fact without a value (a range)")
    func comparisonSkipsRanges() throws {
        #expect(try !picked(detail("{value: {lt: 100}}")).contains(2))
        #expect(try picked(detail("{min: {eq: 30}}")) == [2])
    }

    @Test("contains matches text without regard to case")
    func contains() throws {
        #expect(try picked(detail("{sentence: {contains: GENERAL hospital}}")) == [0])
        #expect(try picked(detail("{subject: {contains: đa khoa}}")) == [5, 6])
    }

    @Test("A qualifier as a plain value means the fact includes it")
    func qualifierIncludes() throws {
        #expect(try picked(detail("{qualifiers: planned}")) == [0, 1, 7])
        #expect(try picked(detail("{qualifiers: {includes: more_than}}")) == [6, 7, 10])
    }

    @Test("A list of qualifiers keeps facts that include any of them, whatever else they carry")
    func qualifierList() throws {
        #expect(try picked(detail("{qualifiers: [planned, approx]}")) == [0, 1, 3, 7])
        #expect(try picked(detail("{qualifiers: [planned]}")) == [0, 1, 7])
    }

    @Test("excludes drops facts with the qualifier and keeps unqualified ones")
    func qualifierExcludes() throws {
        #expect(try picked(detail("{category: beds, qualifiers: {excludes: planned}}")) == [3, 9])
    }

    @Test("any keeps facts matching one branch; not inverts")
    func anyAndNot() throws {
        #expect(try picked(detail("{any: [{unit: USD}, {value: {gt: 490, lt: 1000}}]}")) == [7, 8])
        #expect(try picked(detail("{category: beds, not: {subject: General Hospital}}")) == [3, 7, 9])
    }

    @Test("null selects facts without the field, null: false those with it")
    func nullTests() throws {
        #expect(try picked(detail("{subject: null}")) == [7])
        #expect(try picked(detail("{category: beds, subject: {null: false}}")) == [0, 3, 9])
    }

    @Test("Restatements (repeatOf set) are left out unless include_repeats is true")
    func repeats() throws {
        #expect(try !picked(detail("{category: beds}")).contains(4))
        let yaml = "  - name: S\n    where: {category: beds}\n    include_repeats: true\n    columns:\n      - {field: source}\n"
        #expect(try picked(yaml) == [0, 3, 4, 7, 9])
    }
}

@Suite("Query: sort")
struct QuerySortTests {
    @Test("Descending then ascending keys; ties keep provenance order")
    func multiKey() throws {
        let yaml = "  - name: S\n    where: {category: beds}\n    sort: [{by: value, order: desc}, -paragraph]\n    columns:\n      - {field: source}\n      - {field: value}\n"
        // 485, 500, 120 (p4, a.txt), 120 (p4, b.txt): value desc, then paragraph desc ties -> provenance.
        #expect(try picked(yaml) == [7, 0, 3, 9])
    }

    @Test("Rows with equal keys stay in provenance order (file, then position)")
    func tiesByProvenance() throws {
        let yaml = "  - name: S\n    where: {category: beds}\n    sort: [unit]\n    columns:\n      - {field: source}\n"
        #expect(try picked(yaml) == [0, 3, 7, 9])
    }

    @Test("Text sorts by Unicode scalars, and empty cells go last")
    func textAndEmpty() throws {
        let yaml = "  - name: S\n    where: {category: beds}\n    sort: [subject]\n    columns:\n      - {field: subject}\n"
        let w = try run(yaml, sample)
        #expect(firstColumn(w.tables[0]) == [.text("General Hospital"), .text("Hiep Hoa Hospital"),
                                             .text("Luc Ngan Medical Center"), .empty])
    }
}

@Suite("Query: group_by")
struct QueryGroupTests {
    static let grouped = """
      - name: G
        where: {category: [beds, investment]}
        group_by: [category, unit]
        sort: [category, unit]
        columns:
          - {key: category, field: category}
          - {key: unit, field: unit}
          - {key: total, aggregate: sum, field: value}
          - {key: n, aggregate: count}
          - {key: low, aggregate: min, field: value}
          - {key: high, aggregate: max, field: value}
          - {key: mean, aggregate: average, field: value}
        totals: All

    """

    @Test("Each group sums, counts, and takes min, max and average of its facts")
    func aggregates() throws {
        let t = try run(Self.grouped, sample).tables[0]
        #expect(t.rows.map { $0.cells } == [
            [.text("beds"), .text("beds"), .number(1225), .number(4), .number(120), .number(500), .number(306.25)],
            [.text("investment"), .text("USD"), .number(2_000_000), .number(1), .number(2_000_000), .number(2_000_000), .number(2_000_000)],
            [.text("investment"), .text("VND"), .number(701_000_000_000), .number(2), .number(1_000_000_000),
             .number(700_000_000_000), .number(350_500_000_000)],
        ])
    }

    @Test("The totals row counts every selected figure and carries the label; amounts of mixed units get no total")
    func totals() throws {
        let t = try run(Self.grouped, sample).tables[0]
        let total = try #require(t.totals)
        // Beds, VND and USD are not one quantity: no sum, min, max or average.
        #expect(total.cells == [.text("All"), .empty, .empty, .number(7), .empty, .empty, .empty])
    }

    @Test("A totals row over one unit aggregates every selected fact")
    func totalsOneUnit() throws {
        let t = try run(Self.grouped.replacingOccurrences(of: "[beds, investment]", with: "beds"), sample).tables[0]
        let total = try #require(t.totals)
        #expect(total.cells == [.text("All"), .empty, .number(1225), .number(4), .number(120), .number(500), .number(306.25)])
    }

    @Test("A count of a field counts facts with a value, in rows and in the totals row")
    func countOfField() throws {
        let yaml = """
          - name: G
            where: {category: training}
            group_by: [subject]
            columns:
              - {key: subject, field: subject}
              - {key: n, aggregate: count, field: value}
            totals: true

        """
        let t = try run(yaml, sample).tables[0]
        // "the province" has one fact, a range (no value): its count of values is 0.
        #expect(column(t, "n") == [.number(0), .number(2), .number(2)])
        #expect(t.totals?.cells[0] == .text("Total"))
    }

    @Test("Each row links to all its facts; the Sources list holds used facts once, in provenance order")
    func sources() throws {
        let w = try run(Self.grouped, sample)
        #expect(w.sources == [sample[0], sample[1], sample[3], sample[7], sample[8], sample[9], sample[11]])
        let beds = w.tables[0].rows[0]
        #expect(beds.sources.map { w.sources[$0] } == [sample[0], sample[3], sample[7], sample[9]])
    }

    @Test("Groups are keyed by text, so a fact without a subject forms its own group")
    func emptyKeyGroup() throws {
        let yaml = "  - name: G\n    where: {category: beds}\n    group_by: subject\n    columns:\n      - {key: s, field: subject}\n      - {key: n, aggregate: count}\n"
        let t = try run(yaml, sample).tables[0]
        #expect(t.rows.map { $0.cells } == [[.text("General Hospital"), .number(1)], [.text("Luc Ngan Medical Center"), .number(1)],
                                            [.empty, .number(1)], [.text("Hiep Hoa Hospital"), .number(1)]])
    }
}

@Suite("Sources table")
struct SourcesTableTests {
    @Test("A range is two numbers in the Sources sheet (From, To), a single value one number in Value")
    func rangeValue() throws {
        let w = try run("  - name: S\n    columns:\n      - {field: source}\n", sample)
        let sources = w.sourcesTable
        let columns = ["value", "min", "max"].compactMap { k in sources.columns.firstIndex { $0.key == k } }
        #expect(columns.map { sources.columns[$0].isNumeric } == [true, true, true])
        let range = try #require(w.sources.firstIndex { $0.min == 30 && $0.max == 50 })
        #expect(columns.map { sources.rows[range].cells[$0] } == [.empty, .number(30), .number(50)])
        let beds = try #require(w.sources.firstIndex { $0.value == 485 })
        #expect(columns.map { sources.rows[beds].cells[$0] } == [.number(485), .empty, .empty])
    }
}
