import Foundation
import Testing
@testable import TallyCore

/// A fact as resolution leaves it: facility, province, scope, role and the
/// figure key shared by every mention of one real figure.
func resolved(_ category: String, _ value: Decimal?, _ unit: String, facility: String? = nil, province: String? = "Bac Giang",
              scope: Scope? = nil, role: Role? = nil, figure: String = "", qualifiers: [Qualifier] = [],
              file: String = "s/a.txt", paragraph: Int = 0, start: Int = 0, period: String? = nil,
              date: Article.Day? = Article.Day(year: 2020, month: 9, day: 20), repeatOf: Int? = nil) -> Fact {
    var f = fact(category, value, unit, qualifiers: qualifiers, file: file, paragraph: paragraph, start: start,
                 period: period, repeatOf: repeatOf)
    f.provenance.articleDate = date
    f.facility = facility.map { Facility(key: $0.lowercased().replacingOccurrences(of: " ", with: "-"), name: $0) }
    f.scope = scope ?? (facility == nil ? nil : .facility)
    f.province = province
    f.role = role
    f.figure = figure
    return f
}

private func rows(_ sheetYAML: String, _ facts: [Fact]) throws -> [[Cell]] {
    let t = try run(sheetYAML, facts).tables[0]
    return (t.rows + (t.totals.map { [$0] } ?? [])).map(\.cells)
}

@Suite("Report fields")
struct ReportFieldTests {
    static let facts: [Fact] = [
        resolved("beds", 500, "beds", facility: "Can Tho Oncology Hospital", province: "Can Tho", figure: "F1",
                 file: "s/a.txt", period: "2021-2025"),
        resolved("beds", 500, "beds", facility: "Can Tho Oncology Hospital", province: "Can Tho", figure: "F1",
                 file: "s/b.txt", period: "quý II/2026"),
        resolved("investment", 900, "VND", province: "Bac Giang", scope: .province, role: .total, figure: "F2",
                 file: "s/b.txt", start: 50, period: "Each year"),
        resolved("training", 40, "courses", province: nil, scope: .national, figure: "F3", file: "s/c.txt",
                 date: Article.Day(year: 2024, month: 3, day: 1)),
        resolved("training", 12, "trainees", province: nil, file: "s/c.txt", start: 9, date: nil),
    ]

    @Test("Each new field reads as the official sees it, a blank where the fact has none")
    func everyField() throws {
        let yaml = """
          - name: S
            columns:
              - {field: facility}
              - {field: facility_key}
              - {field: facility_label}
              - {field: province}
              - {field: scope}
              - {field: role}
              - {field: figure_key}
              - {field: sources}
              - {field: year}

        """
        #expect(try rows(yaml, Self.facts) == [
            [.text("Can Tho Oncology Hospital"), .text("can-tho-oncology-hospital"), .text("Can Tho Oncology Hospital"),
             .text("Can Tho"), .text("facility"), .empty, .text("F1"), .number(2), .number(2025)],
            [.text("Can Tho Oncology Hospital"), .text("can-tho-oncology-hospital"), .text("Can Tho Oncology Hospital"),
             .text("Can Tho"), .text("facility"), .empty, .text("F1"), .number(2), .number(2026)],
            [.empty, .empty, .text("Province aggregates (Bac Giang)"), .text("Bac Giang"), .text("province"), .text("total"),
             .text("F2"), .number(1), .number(2020)],
            [.empty, .empty, .text("National figures"), .empty, .text("national"), .empty, .text("F3"), .number(1), .number(2024)],
            [.empty, .empty, .text("Not attributed"), .empty, .empty, .empty, .empty, .number(1), .empty],
        ])
    }

    @Test("Dates compare as dates, with words or symbols", arguments: [
        ("{date: {\">=\": 2024-01-01}}", [3]),
        ("{date: {lt: 2024-03-01}}", [0, 1, 2]),
        ("{date: {gt: 2020-09-19, le: 2020-09-20}}", [0, 1, 2]),
        ("{date: 2024-03-01}", [3]),
        ("{date: {\"!=\": 2024-03-01}}", [0, 1, 2]),
    ])
    func dates(_ whereYAML: String, _ expected: [Int]) throws {
        let w = try run("  - name: S\n    where: \(whereYAML)\n    columns:\n      - {field: source}\n", Self.facts)
        #expect(w.tables[0].rows.map { Self.facts.firstIndex(of: w.sources[$0.sources[0]])! } == expected)
    }

    @Test("year, sources, province, scope and facility_key filter like any field", arguments: [
        ("{year: {ge: 2025}}", [0, 1]),
        ("{sources: {gt: 1}}", [0, 1]),
        ("{province: Can Tho}", [0, 1]),
        ("{scope: [province, national]}", [2, 3]),
        ("{facility_key: {null: true}}", [2, 3, 4]),
        ("{role: {ne: total}}", [0, 1, 3, 4]),
    ])
    func filters(_ whereYAML: String, _ expected: [Int]) throws {
        let w = try run("  - name: S\n    where: \(whereYAML)\n    columns:\n      - {field: source}\n", Self.facts)
        #expect(w.tables[0].rows.map { Self.facts.firstIndex(of: w.sources[$0.sources[0]])! } == expected)
    }
}

@Suite("Query: each figure counted once")
struct FigureCountingTests {
    static let sheet = """
      - name: G
        include_repeats: true
        group_by: [facility_key]
        columns:
          - {field: facility_key}
          - {key: sum, aggregate: sum, field: value}
          - {key: n, aggregate: count}
          - {key: articles, aggregate: articles}
        totals: Total

    """

    @Test("Three articles stating one figure add it once and count three articles")
    func oneFigureThreeArticles() throws {
        let facts = ["s/a.txt", "s/b.txt", "s/c.txt"].map {
            resolved("beds", 1500, "beds", facility: "H", figure: "F", file: $0)
        }
        #expect(try rows(Self.sheet, facts) == [
            [.text("h"), .number(1500), .number(1), .number(3)],
            [.text("Total"), .number(1500), .number(1), .number(3)],
        ])
    }

    @Test("The figure's value is its first original mention, even when a rounded headline comes first")
    func firstOriginal() throws {
        let facts = [
            resolved("investment", 4000, "VND", facility: "H", figure: "F", file: "s/a.txt", start: 0, repeatOf: 1),
            resolved("investment", 4080, "VND", facility: "H", figure: "F", file: "s/a.txt", start: 90),
            resolved("investment", 4100, "VND", facility: "H", figure: "F", file: "s/b.txt", start: 5),
        ]
        #expect(try rows(Self.sheet, facts) == [
            [.text("h"), .number(4080), .number(1), .number(2)],
            [.text("Total"), .number(4080), .number(1), .number(2)],
        ])
    }

    @Test("A figure's amount is its most precise original mention: 1,727 billion, not an earlier 1.7 trillion")
    func mostPrecise() throws {
        let facts = [
            resolved("investment", 1_700_000_000_000, "VND", facility: "H", figure: "F", file: "s/a.txt"),
            resolved("investment", 1_727_000_000_000, "VND", facility: "H", figure: "F", file: "s/b.txt"),
            resolved("investment", 1_727_400_000_000, "VND", facility: "H", figure: "F", file: "s/b.txt", start: 50, repeatOf: 1),
        ]
        let yaml = Self.sheet.replacingOccurrences(of: "include_repeats: true", with: "include_repeats: false")
        #expect(try rows(yaml, facts) == [
            [.text("h"), .number(1_727_000_000_000), .number(1), .number(2)],
            [.text("Total"), .number(1_727_000_000_000), .number(1), .number(2)],
        ])
    }

    @Test("A column's where judges a figure by its first original mention: planned in one article, it is not also beds now")
    func statusOfAFigure() throws {
        let facts = [
            resolved("beds", 500, "beds", facility: "H", figure: "F", qualifiers: [.planned], file: "s/a.txt"),
            resolved("beds", 500, "beds", facility: "H", figure: "F", file: "s/b.txt"),
        ]
        let yaml = """
          - name: G
            group_by: [facility_key]
            columns:
              - {field: facility_key}
              - {key: now, aggregate: most_reported, field: value, where: {qualifiers: {excludes: planned}}}
              - {key: planned, aggregate: most_reported, field: value, where: {qualifiers: planned}}
              - {key: articles, aggregate: articles, where: {qualifiers: planned}}

        """
        #expect(try rows(yaml, facts) == [[.text("h"), .empty, .number(500), .number(2)]])
    }

    @Test("per: figure lists each figure once, at its first original mention, with its most precise amount and every mention as its sources")
    func perFigure() throws {
        let facts = [
            resolved("investment", 1_700_000_000_000, "VND", facility: "H", figure: "F", file: "s/a.txt"),
            resolved("investment", 253_000_000_000, "VND", facility: "H", figure: "G", file: "s/a.txt", start: 40),
            resolved("investment", 1_727_000_000_000, "VND", facility: "H", role: .total, figure: "F", file: "s/b.txt"),
        ]
        let yaml = """
          - name: F
            per: figure
            columns:
              - {field: source}
              - {field: value}
              - {field: sources}

        """
        let w = try run(yaml, facts)
        #expect(w.tables[0].rows.map(\.cells) == [
            [.text("s/a.txt:0:1700000000000 VND"), .number(1_727_000_000_000), .number(2)],
            [.text("s/a.txt:0:253000000000 VND"), .number(253_000_000_000), .number(1)],
        ])
        #expect(w.tables[0].rows[0].sources.map { w.sources[$0] } == [facts[0], facts[2]])
    }

    @Test("Parts beside their total and conversions are never added; parts whose total is not selected are")
    func roles() throws {
        let facts = [
            resolved("investment", 45, "VND", facility: "Tan Phu", role: .total, figure: "T", file: "s/a.txt", start: 1),
            resolved("investment", 19.8, "VND", facility: "Tan Phu", role: .part, figure: "P", file: "s/a.txt", start: 2),
            resolved("investment", 2, "USD", facility: "Tan Phu", role: .conversion, figure: "C", file: "s/a.txt", start: 3),
            resolved("investment", 30, "VND", facility: "Le Thuy", role: .part, figure: "Q", file: "s/b.txt", start: 1),
        ]
        let yaml = """
          - name: G
            where: {unit: VND}
            group_by: [facility_key]
            columns:
              - {field: facility_key}
              - {key: sum, aggregate: sum, field: value}
              - {key: n, aggregate: count}
            totals: Total

        """
        #expect(try rows(yaml, facts) == [
            [.text("tan-phu"), .number(45), .number(2)],
            [.text("le-thuy"), .number(30), .number(1)],
            [.text("Total"), .number(75), .number(3)],
        ])
        let usd = yaml.replacingOccurrences(of: "unit: VND", with: "unit: USD")
        #expect(try rows(usd, facts) == [[.text("tan-phu"), .empty, .number(1)], [.text("Total"), .empty, .number(1)]])
    }

    @Test("Ratios are never summed; one ratio figure shows as itself")
    func ratios() throws {
        let facts = [
            resolved("beds", 32.1, "beds per 10,000 people", province: "Vinh Phuc", scope: .province, figure: "R1", file: "s/a.txt"),
            resolved("beds", 28, "beds per 10,000 people", province: "Bac Giang", scope: .province, figure: "R2", file: "s/b.txt"),
        ]
        let yaml = """
          - name: G
            group_by: [province]
            columns:
              - {field: province}
              - {key: sum, aggregate: sum, field: value}
              - {key: top, aggregate: max, field: value}
            totals: Total

        """
        #expect(try rows(yaml, facts) == [
            [.text("Vinh Phuc"), .number(32.1), .number(32.1)],
            [.text("Bac Giang"), .number(28), .number(28)],
            [.text("Total"), .empty, .number(32.1)],
        ])
    }

    @Test("A row or total over mixed units shows no amount but still counts figures")
    func mixedUnits() throws {
        let facts = [
            resolved("training", 23, "courses", facility: "H", figure: "A"),
            resolved("training", 180, "trainees", facility: "H", figure: "B", start: 5),
        ]
        #expect(try rows(Self.sheet, facts) == [
            [.text("h"), .empty, .number(2), .number(1)],
            [.text("Total"), .empty, .number(2), .number(1)],
        ])
    }

    @Test("most_reported takes the figure most articles give, ties to the larger; its total adds each facility row's figure")
    func mostReported() throws {
        let facts = [
            resolved("investment", 4080, "VND", facility: "Quang Ninh", figure: "A", file: "s/a.txt"),
            resolved("investment", 4080, "VND", facility: "Quang Ninh", figure: "A", file: "s/b.txt"),
            resolved("investment", 4200, "VND", facility: "Quang Ninh", figure: "B", file: "s/c.txt"),
            resolved("investment", 120, "VND", facility: "Le Thuy", figure: "C", file: "s/d.txt"),
            resolved("investment", 50, "VND", facility: "Le Thuy", figure: "D", file: "s/d.txt", start: 9),
            resolved("investment", 6, "USD", facility: "Le Thuy", role: .conversion, figure: "E", file: "s/d.txt", start: 20),
            resolved("investment", 9000, "VND", province: "Quang Binh", scope: .province, figure: "G", file: "s/e.txt"),
        ]
        let yaml = """
          - name: G
            group_by: [facility_key]
            columns:
              - {field: facility_key}
              - {key: stated, aggregate: most_reported, field: value, where: {unit: VND}}
              - {key: figures, aggregate: count, where: {unit: VND}}
              - {key: articles, aggregate: articles}
            totals: Total

        """
        #expect(try rows(yaml, facts) == [
            [.text("quang-ninh"), .number(4080), .number(2), .number(3)],
            [.text("le-thuy"), .number(120), .number(2), .number(1)],
            [.empty, .number(9000), .number(1), .number(1)],
            // The province's own figure may hold its facilities': not added.
            [.text("Total"), .number(4200), .number(5), .number(5)],
        ])
    }

    @Test("A column's where puts beds now and planned side by side; max of date is the latest date")
    func columnWhereAndLatest() throws {
        let facts = [
            resolved("beds", 485, "beds", facility: "H", figure: "A", file: "s/a.txt", date: Article.Day(year: 2020, month: 9, day: 20)),
            resolved("beds", 1000, "beds", facility: "H", figure: "B", qualifiers: [.planned], file: "s/b.txt",
                     date: Article.Day(year: 2023, month: 1, day: 5)),
        ]
        let yaml = """
          - name: G
            group_by: [facility_key]
            columns:
              - {field: facility_key}
              - {key: now, aggregate: most_reported, field: value, where: {qualifiers: {excludes: planned}}}
              - {key: planned, aggregate: most_reported, field: value, where: {qualifiers: planned}}
              - {key: latest, aggregate: max, field: date}
            totals: Total

        """
        #expect(try rows(yaml, facts) == [
            [.text("h"), .number(485), .number(1000), .text("2023-01-05")],
            [.text("Total"), .number(485), .number(1000), .text("2023-01-05")],
        ])
    }
}
