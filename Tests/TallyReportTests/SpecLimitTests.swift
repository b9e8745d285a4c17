import Foundation
import Testing
import TallyCore

/// A valid spec up to `sheets:`.
private let head = "workbook:\n  file: beds\n  title: Beds\nsheets:\n"
private let oneColumn = "    columns:\n      - {field: value}\n"

/// `where: {not: {not: … {category: beds} …}}`, `depth` levels deep.
private func deepWhere(_ depth: Int) -> String {
    String(repeating: "{not: ", count: depth) + "{category: beds}" + String(repeating: "}", count: depth)
}

private let deepFlowLine = "    where: " + deepWhere(3_000)
private let deepListLine = "  junk: " + String(repeating: "[", count: 5_000) + String(repeating: "]", count: 5_000)
private let deepDashLine = String(repeating: "- ", count: 4_000) + "x"
/// `a:'b` is a plain word to YAML (a quote opens a scalar only where one
/// starts), so the brackets on the next line are real nesting.
private let quoteLikeLine = "  note: a:'b"
private let longHeader = String(repeating: "😀", count: 16_384)   // 16,384 characters, 32,768 UTF-16 units
private let decomposed = String(repeating: "e\u{301}", count: 16)  // 16 characters, 32 UTF-16 units

/// `a` is ten values, `b` ten uses of `a`, … `i` is 10⁹ values.
private let aliasBomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + zip("bcdefghi", "abcdefgh").map { name, previous in
    "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]\n"
}.joined()

/// What Excel and the XML of a workbook cannot hold, and what the export
/// layout keeps for itself: each refused in the spec, at its place.
let specLimitCases: [SpecCase] = [
    SpecCase(id: "a where 3,000 levels deep is refused before parsing (it overflowed the stack)",
             yaml: head + "  - name: Beds\n" + deepFlowLine + "\n" + oneColumn,
             expected: """
             specs/x.yaml:6:594: error: the spec is nested more than 100 levels deep
             \(deepFlowLine)
             \(String(repeating: " ", count: 593))^
             """),
    SpecCase(id: "5,000 nested lists under an unknown key are refused before parsing",
             yaml: "workbook:\n  file: beds\n" + deepListLine + "\n",
             expected: """
             specs/x.yaml:3:107: error: the spec is nested more than 100 levels deep
             \(deepListLine)
             \(String(repeating: " ", count: 106))^
             """),
    SpecCase(id: "4,000 nested block lists on one line are refused before parsing",
             yaml: deepDashLine + "\n",
             expected: """
             specs/x.yaml:1:201: error: the spec is nested more than 100 levels deep
             \(deepDashLine)
             \(String(repeating: " ", count: 200))^
             """),
    SpecCase(id: "a quote inside a plain word does not hide the brackets after it from the depth check",
             yaml: "workbook:\n  file: beds\n" + quoteLikeLine + "\n" + deepListLine + "\n",
             expected: """
             specs/x.yaml:4:107: error: the spec is nested more than 100 levels deep
             \(deepListLine)
             \(String(repeating: " ", count: 106))^
             """),
    SpecCase(id: "a control character in a header (YAML \\x01) is refused",
             yaml: head + "  - name: Beds\n    columns:\n      - {field: value, header: \"Beds\\x01\"}\n",
             expected: """
             specs/x.yaml:7:32: error: the text holds the control character U+0001, which a workbook cannot hold
                   - {field: value, header: "Beds\\x01"}
                                            ^
             """),
    SpecCase(id: "U+FFFE in a sheet name is refused",
             yaml: head + "  - name: \"Beds\\uFFFE\"\n" + oneColumn,
             expected: """
             specs/x.yaml:5:11: error: the text holds U+FFFE, which is not a character and a workbook cannot hold
               - name: "Beds\\uFFFE"
                       ^
             """),
    SpecCase(id: "U+FFFF in the workbook title is refused",
             yaml: "workbook:\n  file: beds\n  title: \"\\uFFFF\"\nsheets:\n  - name: Beds\n" + oneColumn,
             expected: """
             specs/x.yaml:3:10: error: the text holds U+FFFF, which is not a character and a workbook cannot hold
               title: "\\uFFFF"
                      ^
             """),
    SpecCase(id: "an escape character in a totals label is refused",
             yaml: head + "  - name: Beds\n    group_by: category\n    columns:\n      - {field: category}\n      - {aggregate: count}\n    totals: \"All\\e\"\n",
             expected: """
             specs/x.yaml:10:13: error: the text holds the control character U+001B, which a workbook cannot hold
                 totals: "All\\e"
                         ^
             """),
    SpecCase(id: "a control character in a key is refused before the key is looked up",
             yaml: "workbook:\n  file: beds\n  \"ti\\x02tle\": Beds\n",
             expected: """
             specs/x.yaml:3:3: error: the text holds the control character U+0002, which a workbook cannot hold
               "ti\\x02tle": Beds
               ^
             """),
    SpecCase(id: "a line break in a sheet name is refused",
             yaml: head + "  - name: \"Beds\\nnow\"\n" + oneColumn,
             expected: """
             specs/x.yaml:5:11: error: sheet name "Beds\\nnow" holds a tab or a line break, which Excel does not allow in a sheet name
               - name: "Beds\\nnow"
                       ^
             """),
    SpecCase(id: "a header past 32,767 UTF-16 units is refused (16,384 emoji are 32,768 units)",
             yaml: head + "  - name: Beds\n    columns:\n      - {field: value, header: \(longHeader)}\n",
             expected: """
             specs/x.yaml:7:32: error: the text is 32768 UTF-16 code units long, and Excel holds at most 32767 in a cell
                   - {field: value, header: \(longHeader)}
                                            ^
             """),
    SpecCase(id: "a sheet name of 16 decomposed letters plus 16 more characters is 48 UTF-16 units, past Excel's 31",
             yaml: head + "  - name: \(decomposed)abcdefghijklmnop\n" + oneColumn,
             expected: """
             specs/x.yaml:5:11: error: sheet name '\(decomposed)abcdefghijklmnop' is not allowed by Excel (1 to 31 characters, none of [ ] : * ? / \\, no leading or trailing ')
               - name: \(decomposed)abcdefghijklmnop
                       ^
             """),
    // The place is the value where the count ran out: an alias points at its anchor's node.
    SpecCase(id: "aliases that multiply (a billion values from nine lines) are refused, not walked",
             yaml: aliasBomb,
             expected: """
             specs/x.yaml:1:20: error: the spec has more than 100000 values (counting each use of an alias)
             a: &a [x, x, x, x, x, x, x, x, x, x]
                                ^
             """),
    SpecCase(id: "the sheet name History is Excel's own",
             yaml: head + "  - name: history\n" + oneColumn,
             expected: """
             specs/x.yaml:5:11: error: sheet name 'history' is reserved by Excel
               - name: history
                       ^
             """),
    SpecCase(id: "file: current is the export's own link",
             yaml: "workbook:\n  file: current\nsheets:\n  - name: Beds\n" + oneColumn,
             expected: """
             specs/x.yaml:2:9: error: 'file' cannot be 'current': the export uses that name for itself (reserved: current)
               file: current
                     ^
             """),
    SpecCase(id: "file: CURRENT is reserved too (case-insensitive file systems)",
             yaml: "workbook:\n  file: CURRENT\nsheets:\n  - name: Beds\n" + oneColumn,
             expected: """
             specs/x.yaml:2:9: error: 'file' cannot be 'CURRENT': the export uses that name for itself (reserved: current)
               file: CURRENT
                     ^
             """),
]

@Suite("Spec limits")
struct SpecLimitTests {
    @Test(arguments: specLimitCases)
    func refused(_ c: SpecCase) { expectSpecError(c) }

    /// What is allowed at the edges, so the limits do not refuse real specs.
    @Test("Allowed at the limits: 100 levels, 31 UTF-16 units, tabs and line breaks in text, a literal | scalar of brackets",
          arguments: [
              head + "  - name: Beds\n    where: " + deepWhere(90) + "\n" + oneColumn,
              head + "  - name: \(String(repeating: "e\u{301}", count: 15))a\n" + oneColumn,
              head + "  - name: Beds\n    columns:\n      - {field: value, header: \"Beds\\tnow\\nand then\"}\n",
              "workbook:\n  file: beds\n  comments: |\n    " + String(repeating: "[", count: 500) + "\nsheets:\n  - name: Beds\n" + oneColumn,
          ])
    func allowed(_ yaml: String) throws {
        _ = try SpecLoader.parse(yaml, path: "specs/x.yaml")
    }
}
