import Testing
import Foundation
import TallyCore

/// One bad spec and the whole message it must produce: place, problem, the
/// offending line and a caret under the column (counted in Unicode scalars).
struct SpecCase: CustomTestStringConvertible, Sendable {
    var id: String
    var yaml: String
    var expected: String
    var testDescription: String { id }
}

/// A valid spec up to `sheets:`, for cases that only break a sheet.
private let head = """
workbook:
  file: beds
  title: Beds
sheets:

"""

private let fieldList = "source, file, article, article_title, date, year, language, paragraph, span_start, span_end, mention, sentence, category, value, min, max, figure, unit, subject, qualifiers, period, repeat, facility, facility_key, facility_label, province, scope, role, figure_key, sources"

let specErrorCases: [SpecCase] = [
    SpecCase(id: "bad YAML: a key indented less than its siblings",
             yaml: "workbook:\n  file: beds\n title: Beds\nsheets: []\n",
             expected: """
             specs/x.yaml:3:2: error: invalid YAML: did not find expected key
              title: Beds
              ^
             """),
    SpecCase(id: "unknown top-level key 'sheet' suggests 'sheets'",
             yaml: "workbook:\n  file: beds\nsheet:\n  - name: Beds\n",
             expected: """
             specs/x.yaml:3:1: error: unknown key 'sheet' in the spec (did you mean 'sheets'?) (known: workbook, sheets)
             sheet:
             ^
             """),
    SpecCase(id: "wrong type: include_repeats is not a boolean",
             yaml: head + "  - name: Beds\n    include_repeats: sometimes\n    columns:\n      - {field: value}\n",
             expected: """
             specs/x.yaml:6:22: error: 'include_repeats' must be true or false
                 include_repeats: sometimes
                                  ^
             """),
    SpecCase(id: "wrong type: columns is a word, not a list",
             yaml: head + "  - name: Beds\n    columns: value\n",
             expected: """
             specs/x.yaml:6:14: error: 'columns' must be a list
                 columns: value
                          ^
             """),
    SpecCase(id: "unknown field 'valu' suggests 'value'",
             yaml: head + "  - name: Beds\n    columns:\n      - {key: beds, field: valu}\n",
             expected: """
             specs/x.yaml:7:28: error: unknown field 'valu' (did you mean 'value'?) (known: \(fieldList))
                   - {key: beds, field: valu}
                                        ^
             """),
    SpecCase(id: "the caret counts Unicode scalars after Vietnamese text",
             yaml: head + "  - name: Giường bệnh\n    columns:\n      - {header: Số giường, field: valu}\n",
             expected: """
             specs/x.yaml:7:36: error: unknown field 'valu' (did you mean 'value'?) (known: \(fieldList))
                   - {header: Số giường, field: valu}
                                                ^
             """),
    SpecCase(id: "unknown field in where suggests 'value'",
             yaml: head + "  - name: Beds\n    where: {valu: 3}\n    columns:\n      - {field: value}\n",
             expected: """
             specs/x.yaml:6:13: error: unknown field 'valu' (did you mean 'value'?) (known: \(fieldList), any, all, not)
                 where: {valu: 3}
                         ^
             """),
    SpecCase(id: "a misspelt qualifier in a plain where value suggests the right one",
             yaml: head + "  - name: Beds\n    where: {qualifiers: plannd}\n    columns:\n      - {field: value}\n",
             expected: """
             specs/x.yaml:6:25: error: unknown qualifier 'plannd' (did you mean 'planned'?) (known: approx, more_than, less_than, at_least, up_to, planned)
                 where: {qualifiers: plannd}
                                     ^
             """),
    SpecCase(id: "a word where a numeric field needs a number",
             yaml: head + "  - name: Beds\n    where: {value: many}\n    columns:\n      - {field: value}\n",
             expected: """
             specs/x.yaml:6:20: error: a value of 'value' must be a number
                 where: {value: many}
                                ^
             """),
    SpecCase(id: "sum over a text field",
             yaml: head + "  - name: Beds\n    group_by: [unit]\n    columns:\n      - {key: unit, field: unit}\n      - {key: s, aggregate: sum, field: subject}\n",
             expected: """
             specs/x.yaml:9:9: error: aggregate 'sum' needs a numeric field, and 'subject' is text
                   - {key: s, aggregate: sum, field: subject}
                     ^
             """),
    SpecCase(id: "number format with an unclosed quote",
             yaml: head + "  - name: Beds\n    columns:\n      - {key: v, field: value, format: \"#,##0.0\\\" bn\"}\n",
             expected: """
             specs/x.yaml:7:40: error: number format '#,##0.0" bn' is not a valid Excel format code (use a code such as '#,##0' or a preset: billions, decimal, integer, millions, percent, text)
                   - {key: v, field: value, format: "#,##0.0\\" bn"}
                                                    ^
             """),
    SpecCase(id: "duplicate sheet name, compared without case",
             yaml: head + "  - name: Beds\n    columns:\n      - {field: value}\n  - name: beds\n    columns:\n      - {field: value}\n",
             expected: """
             specs/x.yaml:8:5: error: duplicate sheet name 'beds' (Excel compares names without case)
               - name: beds
                 ^
             """),
    SpecCase(id: "a field column in a grouped sheet",
             yaml: head + "  - name: Beds\n    group_by: [unit]\n    columns:\n      - {key: unit, field: unit}\n      - {key: subject, field: subject}\n",
             expected: """
             specs/x.yaml:9:9: error: column 'subject' shows field 'subject', which is neither in 'group_by' nor aggregated
                   - {key: subject, field: subject}
                     ^
             """),
    SpecCase(id: "sort by an unknown key suggests 'value'",
             yaml: head + "  - name: Beds\n    sort: [{by: vlaue, order: desc}]\n    columns:\n      - {field: value}\n",
             expected: """
             specs/x.yaml:6:17: error: cannot sort by 'vlaue' (did you mean 'value'?): not a column key or a field
                 sort: [{by: vlaue, order: desc}]
                             ^
             """),
    SpecCase(id: "sort by a field in a grouped sheet names only column keys",
             yaml: head + "  - name: Beds\n    group_by: [unit]\n    sort: [value]\n    columns:\n      - {key: unit, field: unit}\n      - {key: n, aggregate: count}\n",
             expected: """
             specs/x.yaml:7:12: error: cannot sort by 'value': not a column key
                 sort: [value]
                        ^
             """),
    SpecCase(id: "sheet name with a slash",
             yaml: head + "  - name: \"Beds/2020\"\n    columns:\n      - {field: value}\n",
             expected: """
             specs/x.yaml:5:11: error: sheet name 'Beds/2020' is not allowed by Excel (1 to 31 characters, none of [ ] : * ? / \\, no leading or trailing ')
               - name: "Beds/2020"
                       ^
             """),
    SpecCase(id: "sheet name longer than 31 characters",
             yaml: head + "  - name: Beds reported by every provincial hospital\n    columns:\n      - {field: value}\n",
             expected: """
             specs/x.yaml:5:11: error: sheet name 'Beds reported by every provincial hospital' is not allowed by Excel (1 to 31 characters, none of [ ] : * ? / \\, no leading or trailing ')
               - name: Beds reported by every provincial hospital
                       ^
             """),
    SpecCase(id: "chart: category names no column of the sheet",
             yaml: head + "  - name: Beds\n    group_by: subject\n    columns:\n      - {field: subject}\n      - {key: beds, aggregate: sum, field: value}\n    chart: {type: bar, category: subjct, values: [beds]}\n",
             expected: """
             specs/x.yaml:10:34: error: unknown column 'subjct' in 'chart' (did you mean 'subject'?) (known: subject, beds)
                 chart: {type: bar, category: subjct, values: [beds]}
                                              ^
             """),
    SpecCase(id: "chart: a value column must be numeric",
             yaml: head + "  - name: Beds\n    columns:\n      - {field: subject}\n      - {field: value}\n    chart: {type: column, category: subject, values: [subject]}\n",
             expected: """
             specs/x.yaml:9:55: error: chart value column 'subject' is text, and a chart plots numbers
                 chart: {type: column, category: subject, values: [subject]}
                                                                   ^
             """),
    SpecCase(id: "chart: unknown type suggests the known ones",
             yaml: head + "  - name: Beds\n    columns:\n      - {field: subject}\n      - {field: value}\n    chart: {type: bars, category: subject, values: [value]}\n",
             expected: """
             specs/x.yaml:9:19: error: unknown chart type 'bars' (did you mean 'bar'?) (known: bar, column, line, pie)
                 chart: {type: bars, category: subject, values: [value]}
                               ^
             """),
    SpecCase(id: "chart: a pie plots one value column",
             yaml: head + "  - name: Beds\n    columns:\n      - {field: subject}\n      - {field: value}\n      - {field: min}\n    chart: {type: pie, category: subject, values: [value, min]}\n",
             expected: """
             specs/x.yaml:10:51: error: a pie chart plots one value column, not 2
                 chart: {type: pie, category: subject, values: [value, min]}
                                                               ^
             """),
    SpecCase(id: "chart: position is a cell",
             yaml: head + "  - name: Beds\n    columns:\n      - {field: subject}\n      - {field: value}\n    chart: {type: line, category: subject, values: [value], position: 4E}\n",
             expected: """
             specs/x.yaml:9:71: error: 'position' must be right, below, or a cell such as E2 (column letters, then a row number)
                 chart: {type: line, category: subject, values: [value], position: 4E}
                                                                                   ^
             """),
    SpecCase(id: "chart: values are required",
             yaml: head + "  - name: Beds\n    columns:\n      - {field: subject}\n    chart: {type: bar, category: subject}\n",
             expected: """
             specs/x.yaml:8:12: error: missing key 'values' in 'chart' (the numeric columns to plot)
                 chart: {type: bar, category: subject}
                        ^
             """),
    SpecCase(id: "title: must be text",
             yaml: head + "  - name: Beds\n    title: [Beds]\n    columns:\n      - {field: subject}\n",
             expected: """
             specs/x.yaml:6:12: error: 'title' must be a text value
                 title: [Beds]
                        ^
             """),
]

/// Loads a case's spec and checks it fails with exactly the case's message.
func expectSpecError(_ c: SpecCase) {
    do {
        _ = try SpecLoader.parse(c.yaml, path: "specs/x.yaml")
        Issue.record("expected an error for: \(c.id)")
    } catch let error as SpecError {
        #expect(error.description == c.expected)
    } catch {
        Issue.record("expected a SpecError, got \(error)")
    }
}

@Suite("Spec errors")
struct SpecErrorTests {
    @Test("A bad spec is reported with its place, the line and a caret", arguments: specErrorCases)
    func reportsFullMessage(_ c: SpecCase) { expectSpecError(c) }

    @Test("An aggregate column in a sheet without group_by is refused")
    func aggregateWithoutGroupBy() {
        #expect(throws: SpecError(path: "s.yaml", line: 7, column: 9,
                                  message: "column 'n' aggregates, which needs 'group_by' on the sheet",
                                  lineText: "      - {key: n, aggregate: count}")) {
            _ = try SpecLoader.parse(head + "  - name: Beds\n    columns:\n      - {key: n, aggregate: count}\n", path: "s.yaml")
        }
    }

    @Test("The repo's own specs load")
    func repoSpecsLoad() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("ReportSpecs")
        let names = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.hasSuffix(".yaml") }.sorted()
        #expect(names == ["beds.yaml", "facilities.yaml", "investment.yaml", "summary.yaml", "training.yaml"])
        #expect(try FacilityCorrectionsLoader.load(path: root.appendingPathComponent("facilities.yaml").path).entries == [])
        for name in names where !FacilityCorrections.fileNames.contains(name) {
            let spec = try SpecLoader.load(path: root.appendingPathComponent(name).path)
            #expect(spec.workbook.file + ".yaml" == name)
        }
    }
}
