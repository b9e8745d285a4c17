import Foundation
import Testing
import TallyCore
@testable import TallyWriters
import TallyTestSupport

/// One string and what `XMLText.safe` must make of it.
struct XMLTextCase: CustomTestStringConvertible, Sendable {
    var id: String
    var input: String
    var limit: Int?
    var expected: String
    var testDescription: String { id }
}

/// Text from code points that Swift string literals refuse to spell.
func scalars(_ values: UInt32...) -> String {
    String(String.UnicodeScalarView(values.map { Unicode.Scalar($0)! }))
}

let xmlTextCases: [XMLTextCase] = [
    .init(id: "plain text is unchanged", input: "485 beds, \"new\" & <old>", limit: nil, expected: "485 beds, \"new\" & <old>"),
    .init(id: "tab, line feed and carriage return are kept", input: "a\tb\nc\rd", limit: nil, expected: "a\tb\nc\rd"),
    .init(id: "C0 controls are escaped as Excel escapes them", input: "\u{01}x\u{1F}\u{0B}\u{00}",
          limit: nil, expected: "_x0001_x_x001F__x000B__x0000_"),
    .init(id: "U+FFFE and U+FFFF are dropped", input: "a\u{FFFE}b\u{FFFF}c", limit: nil, expected: "abc"),
    .init(id: "a literal _xHHHH_ is escaped so a reader shows it as written", input: "_x0041_ and _X00e9_",
          limit: nil, expected: "_x005F_x0041_ and _x005F_X00e9_"),
    .init(id: "an underscore and x that are not an escape stay", input: "max_x and _x12_ and _xZZZZ_",
          limit: nil, expected: "max_x and _x12_ and _xZZZZ_"),
    .init(id: "other noncharacters and DEL are valid XML and stay", input: scalars(0x7F, 0xFDD0, 0x1FFFE), limit: nil,
          expected: scalars(0x7F, 0xFDD0, 0x1FFFE)),
    .init(id: "text at the limit is kept whole", input: "abcde", limit: 5, expected: "abcde"),
    .init(id: "text past the limit is cut to it, ending in an ellipsis", input: "abcdef", limit: 5, expected: "abcd…"),
    .init(id: "the limit counts UTF-16 units: a pair is never split", input: "ab😀😀", limit: 4, expected: "ab…"),
    .init(id: "one grapheme of many combining marks is cut by units, not by characters",
          input: "e" + String(repeating: "\u{301}", count: 10), limit: 5, expected: "e\u{301}\u{301}\u{301}…"),
    .init(id: "an escape is never cut in half", input: "ab\u{01}cd", limit: 6, expected: "ab…"),
    .init(id: "letters of several bytes around a control are kept whole", input: "Bệnh\u{01}viện\u{FFFF}",
          limit: nil, expected: "Bệnh_x0001_viện"),
    .init(id: "a cut counts a letter of several bytes as one unit", input: "Đà Nẵng", limit: 5, expected: "Đà N…"),
    .init(id: "an underscore and x at the very end stay", input: "a_x", limit: nil, expected: "a_x"),
    .init(id: "text past the limit in UTF-8 bytes but not in units is kept whole", input: "ạạạạạ", limit: 5, expected: "ạạạạạ"),
    .init(id: "fullwidth forms (lead byte 0xEF, as U+FFFE's) stay", input: "１２０ giường！", limit: nil, expected: "１２０ giường！"),
    .init(id: "a control, an escape or a noncharacter anywhere in an eight-byte word is found",
          input: "0123456\u{01}89abcdef\u{02}ABCDEFGHIJKLMNO_x0041_ \u{FFFF}z",
          limit: nil, expected: "0123456_x0001_89abcdef_x0002_ABCDEFGHIJKLMNO_x005F_x0041_ z"),
    .init(id: "a long Vietnamese sentence with nothing to change is unchanged",
          input: String(repeating: "Bệnh viện Đa khoa tỉnh tiếp nhận 1.200 lượt khám mỗi ngày. ", count: 40), limit: 32_767,
          expected: String(repeating: "Bệnh viện Đa khoa tỉnh tiếp nhận 1.200 lượt khám mỗi ngày. ", count: 40)),
]

@Suite("XML-safe text")
struct XMLTextTests {
    @Test(arguments: xmlTextCases)
    func safe(_ c: XMLTextCase) {
        #expect(XMLText.safe(c.input, limit: c.limit) == c.expected)
    }

    /// The writer's path for cell text: the string's own bytes when nothing
    /// changes, `safe`'s otherwise; C must see exactly `safe`'s result.
    @Test("withSafeCString hands C the bytes of safe", arguments: xmlTextCases)
    func withSafeCString(_ c: XMLTextCase) {
        #expect(XMLText.withSafeCString(c.input, limit: c.limit) { String(cString: $0) } == c.expected)
    }
}

/// Hostile strings as each reader must show them. The XML holds `_xHHHH_`
/// for a control, as Excel writes it: LibreOffice (like Excel) decodes it
/// back to the character, openpyxl shows the escape as it is.
struct HostileCell: CustomTestStringConvertible, Sendable {
    var id: String
    var text: String
    var openpyxl: String
    var libreOffice: String
    var testDescription: String { id }
}

let hostileCells: [HostileCell] = [
    .init(id: "noncharacters U+FFFE and U+FFFF", text: "12\u{FFFE} beds\u{FFFF}", openpyxl: "12 beds", libreOffice: "12 beds"),
    .init(id: "a bell and a vertical tab", text: "ring\u{07}the\u{0B}bell", openpyxl: "ring_x0007_the_x000B_bell",
          libreOffice: "ring\u{07}the\u{0B}bell"),
    .init(id: "a NUL inside text", text: "nul\u{00}here", openpyxl: "nul_x0000_here", libreOffice: "nul\u{00}here"),
    .init(id: "a literal escape sequence", text: "_x0041_", openpyxl: "_x005F_x0041_", libreOffice: "_x0041_"),
    .init(id: "markup characters", text: "<b>&amp;</b>\"'", openpyxl: "<b>&amp;</b>\"'", libreOffice: "<b>&amp;</b>\"'"),
]

/// A workbook whose every field holds hostile text: sheet name, header,
/// cells, totals label and document properties.
func hostileWorkbook(cells: [HostileCell]) -> Workbook {
    let columns = [Table.Column(key: "text", header: "Text\u{01}\u{FFFE}"),
                   Table.Column(key: "n", header: "N\u{FFFF}", format: "0", isNumeric: true)]
    let rows = cells.enumerated().map { i, c in Table.Row(cells: [.text(c.text), .number(Decimal(i))], sources: []) }
    let table = Table(name: "Hostile\u{FFFE}", columns: columns, rows: rows,
                      totals: Table.Row(cells: [.text("Total\u{02}"), .number(0)], sources: []))
    let properties = DocumentProperties(title: "Title\u{03}\u{FFFF}", subject: "\u{FFFE}", author: "A\u{04}",
                                        company: nil, keywords: nil, comments: nil)
    return Workbook(name: "hostile", properties: properties, created: 0, tables: [table], sources: [], includeSources: false)
}

@Suite("Workbooks of hostile text open in both readers")
struct HostileWorkbookTests {
    @Test("openpyxl reads every field back", arguments: hostileCells)
    func openpyxl(_ c: HostileCell) throws {
        let dir = try TempDir.make("hostile")
        defer { TempDir.remove(dir) }
        // Row by row (constant memory), as a large export writes: strings
        // inline in the sheet, where openpyxl shows the escapes as written.
        try XLSXWriter(inMemoryCellLimit: 0).write(hostileWorkbook(cells: [c]), to: dir + "/h.xlsx", tempDirectory: dir)
        let x = try XLSXDump.read(dir + "/h.xlsx")
        #expect(x.sheets.map(\.name) == ["Hostile"])
        let sheet = try #require(x.sheets.first)
        #expect(sheet.rows.map { $0.map(\.value) } == [
            [.text("Text_x0001_"), .text("N")], [.text(c.openpyxl), .number(0)], [.text("Total_x0002_"), .number(0)],
        ])
        #expect(x.properties.title == "Title_x0003_")
        #expect(x.properties.subject == nil)
        #expect(x.properties.creator == "A_x0004_")
    }

    @Test("Text past Excel's cell limit is cut by UTF-16 units: one grapheme of 40,000 combining marks")
    func longGrapheme() throws {
        let dir = try TempDir.make("hostile")
        defer { TempDir.remove(dir) }
        let long = HostileCell(id: "long", text: "a" + String(repeating: "\u{301}", count: 40_000), openpyxl: "", libreOffice: "")
        try XLSXWriter().write(hostileWorkbook(cells: [long]), to: dir + "/h.xlsx", tempDirectory: dir)
        let cell = try #require(try XLSXDump.read(dir + "/h.xlsx").sheets.first?.row(2).first?.value.text)
        #expect(cell == "a" + String(repeating: "\u{301}", count: 32_765) + "…")
        #expect(cell.utf16.count == XMLText.maxCellUnits)
    }

    @Test("LibreOffice loads the workbook and shows every hostile cell")
    func libreOffice() throws {
        let dir = try TempDir.make("hostile-lo")
        defer { TempDir.remove(dir) }
        let path = dir + "/hostile.xlsx"
        try XLSXWriter().write(hostileWorkbook(cells: hostileCells), to: path, tempDirectory: dir)
        let rows = try CSVReader.rows(try LibreOffice.firstSheetCSV(path, in: dir))
        #expect(rows == [["Text\u{01}", "N"]] + hostileCells.enumerated().map { [$1.libreOffice, "\($0)"] } + [["Total\u{02}", "0"]])
    }
}
