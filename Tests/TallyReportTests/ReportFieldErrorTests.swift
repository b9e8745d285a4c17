import Testing
import Foundation
import TallyCore

private let head = """
workbook:
  file: beds
sheets:
  - name: Beds

"""

private let categories = "beds, buildings, departments, equipment, facilities, finance, investment, patients, people, projects, staff, techniques, training, transfer"

/// The spec mistakes of the report fields and checked `where` values, each
/// with its whole message.
let reportFieldErrorCases: [SpecCase] = [
    SpecCase(id: "a misspelt category suggests the right one",
             yaml: head + "    where: {category: invesment}\n    columns: [{field: value}]\n",
             expected: """
             specs/x.yaml:5:23: error: unknown category 'invesment' (did you mean 'investment'?) (known: \(categories))
                 where: {category: invesment}
                                   ^
             """),
    SpecCase(id: "a misspelt category inside a list is pointed at",
             yaml: head + "    where: {category: [beds, trainig]}\n    columns: [{field: value}]\n",
             expected: """
             specs/x.yaml:5:30: error: unknown category 'trainig' (did you mean 'training'?) (known: \(categories))
                 where: {category: [beds, trainig]}
                                          ^
             """),
    SpecCase(id: "a category under not_in is checked too",
             yaml: head + "    where: {category: {not_in: [staf]}}\n    columns: [{field: value}]\n",
             expected: """
             specs/x.yaml:5:33: error: unknown category 'staf' (did you mean 'staff'?) (known: \(categories))
                 where: {category: {not_in: [staf]}}
                                             ^
             """),
    SpecCase(id: "an unknown language lists en and vi",
             yaml: head + "    where: {language: vn}\n    columns: [{field: value}]\n",
             expected: """
             specs/x.yaml:5:23: error: unknown language 'vn' (did you mean 'en'?) (known: en, vi)
                 where: {language: vn}
                                   ^
             """),
    SpecCase(id: "an unknown role suggests 'part'",
             yaml: head + "    where: {role: {ne: parts}}\n    columns: [{field: value}]\n",
             expected: """
             specs/x.yaml:5:24: error: unknown role 'parts' (did you mean 'part'?) (known: total, part, conversion)
                 where: {role: {ne: parts}}
                                    ^
             """),
    SpecCase(id: "an unknown scope suggests 'national'",
             yaml: head + "    where: {scope: nationl}\n    columns: [{field: value}]\n",
             expected: """
             specs/x.yaml:5:20: error: unknown scope 'nationl' (did you mean 'national'?) (known: facility, province, national)
                 where: {scope: nationl}
                                ^
             """),
    SpecCase(id: "a ratio unit needs a known unit before 'per'",
             yaml: head + "    where: {unit: \"bed per 10,000 people\"}\n    columns: [{field: value}]\n",
             expected: """
             specs/x.yaml:5:19: error: unknown unit 'bed per 10,000 people' (known: EUR, JPY, USD, VND, ambulances, beds, buildings, cases, centers, clinics, courses, departments, doctorates, doctors, facilities, health centers, hospitals, machines, masters, midwives, nurses, patients, people, pharmacists, projects, staff, stations, surgeries, technicians, technique packages, techniques, trainees, transfer rounds; a ratio is a unit followed by 'per …')
                 where: {unit: "bed per 10,000 people"}
                               ^
             """),
    SpecCase(id: "a date that is not YYYY-MM-DD",
             yaml: head + "    where: {date: {\">=\": 2024-1-1}}\n    columns: [{field: value}]\n",
             expected: """
             specs/x.yaml:5:26: error: '2024-1-1' is not a date (write it YYYY-MM-DD, as in 2024-01-31)
                 where: {date: {">=": 2024-1-1}}
                                      ^
             """),
    SpecCase(id: "an order comparison on a text field names what it compares",
             yaml: head + "    where: {province: {gt: Bac Giang}}\n    columns: [{field: value}]\n",
             expected: """
             specs/x.yaml:5:28: error: 'gt' compares numbers and dates, and 'province' is text (use eq, ne, in, contains)
                 where: {province: {gt: Bac Giang}}
                                        ^
             """),
    SpecCase(id: "articles takes no field",
             yaml: head + "    group_by: [province]\n    columns:\n      - {field: province}\n      - {key: n, aggregate: articles, field: value}\n",
             expected: """
             specs/x.yaml:8:9: error: aggregate 'articles' counts article files and takes no 'field' (remove 'field: value')
                   - {key: n, aggregate: articles, field: value}
                     ^
             """),
    SpecCase(id: "max of a text field other than date",
             yaml: head + "    group_by: [province]\n    columns:\n      - {field: province}\n      - {key: n, aggregate: max, field: period}\n",
             expected: """
             specs/x.yaml:8:9: error: aggregate 'max' needs a numeric field, and 'period' is text
                   - {key: n, aggregate: max, field: period}
                     ^
             """),
    SpecCase(id: "a date column totals by min or max only",
             yaml: head + "    group_by: [province]\n    columns:\n      - {field: province}\n      - {key: latest, aggregate: max, field: date, total: sum}\n",
             expected: """
             specs/x.yaml:8:9: error: 'total' of a date column is min or max
                   - {key: latest, aggregate: max, field: date, total: sum}
                     ^
             """),
    SpecCase(id: "a column's where needs an aggregate",
             yaml: head + "    columns:\n      - {field: value, where: {qualifiers: planned}}\n",
             expected: """
             specs/x.yaml:6:31: error: 'where' on a column narrows an aggregate, and column 'value' shows a field
                   - {field: value, where: {qualifiers: planned}}
                                           ^
             """),
    SpecCase(id: "a column's where is checked like a sheet's",
             yaml: head + "    group_by: [province]\n    columns:\n      - {field: province}\n      - {key: n, aggregate: count, where: {role: totl}}\n",
             expected: """
             specs/x.yaml:8:50: error: unknown role 'totl' (did you mean 'total'?) (known: total, part, conversion)
                   - {key: n, aggregate: count, where: {role: totl}}
                                                              ^
             """),
    SpecCase(id: "per is mention or figure",
             yaml: head + "    per: figures\n    columns: [{field: value}]\n",
             expected: """
             specs/x.yaml:5:10: error: 'per' is mention (a row per mention, the default) or figure (a row per real figure)
                 per: figures
                      ^
             """),
    SpecCase(id: "per: figure on a grouped sheet",
             yaml: head + "    per: figure\n    group_by: [unit]\n    columns: [{field: unit}]\n",
             expected: """
             specs/x.yaml:5:10: error: 'per: figure' is for a sheet without 'group_by' (a grouped sheet counts each figure once already)
                 per: figure
                      ^
             """),
]

@Suite("Spec errors: report fields and checked values")
struct ReportFieldErrorTests {
    @Test("Each mistake gives its whole message", arguments: reportFieldErrorCases)
    func reportsFullMessage(_ c: SpecCase) { expectSpecError(c) }

    @Test("Known values load: a ratio of a known unit, both languages, every role and scope, dates as symbols")
    func knownValuesLoad() throws {
        let yaml = head + """
            where:
              unit: ["beds per 10,000 people", VND, trainees]
              language: [en, vi]
              role: {in: [total, part, conversion]}
              scope: {not_in: [facility, province, national]}
              date: {">=": 2024-01-01, "<": 2025-01-01}
            columns: [{field: value}]

        """
        _ = try SpecLoader.parse(yaml, path: "specs/x.yaml")
    }
}
