import Foundation
import Testing
import TallyCore
@testable import TallyWriters

private let columns = [
    Table.Column(key: "subject", header: "Hospital or body"),
    Table.Column(key: "value", header: "Beds", format: "#,##0", isNumeric: true),
    Table.Column(key: "sentence", header: "Sentence"),
]

@Suite("CSV writer")
struct CSVWriterTests {
    @Test("The header row holds the column keys, not the display headers")
    func headerIsKeys() {
        let csv = CSVWriter.csv(Table(name: "Beds", columns: columns, rows: []))
        #expect(csv == "subject,value,sentence\n")
    }

    @Test("Fields with commas, quotes or line breaks are quoted, quotes doubled; others are not")
    func rfc4180Quoting() {
        let t = Table(name: "Beds", columns: columns, rows: [
            .init(cells: [.text("Bac Giang, General Hospital"), .number(485), .text("He said \"485 beds\".")], sources: [0]),
            .init(cells: [.text("Line one\nline two"), .number(12), .text("cr\rhere")], sources: [1]),
            .init(cells: [.text("plain"), .empty, .text("")], sources: [2]),
        ])
        #expect(CSVWriter.csv(t) == """
        subject,value,sentence
        "Bac Giang, General Hospital",485,"He said ""485 beds""."
        "Line one
        line two",12,"cr\rhere"
        plain,,

        """)
    }

    @Test("Quoting works on bytes without splitting characters: quotes beside Vietnamese letters and emoji")
    func quotingNonASCII() {
        let t = Table(name: "V", columns: [Table.Column(key: "s", header: "S")], rows: [
            .init(cells: [.text("Bệnh viện \"Đa khoa\", 500 giường")], sources: []),
            .init(cells: [.text("\"đ\"👩‍⚕️\"")], sources: []),
            .init(cells: [.text("e\u{301}, combining")], sources: []),
            .init(cells: [.text("Không dấu phẩy")], sources: []),
        ])
        #expect(CSVWriter.csv(t) == "s\n\"Bệnh viện \"\"Đa khoa\"\", 500 giường\"\n\"\"\"đ\"\"👩‍⚕️\"\"\"\n\"e\u{301}, combining\"\nKhông dấu phẩy\n")
    }

    @Test("Numbers are plain: no grouping, no exponent, '.' for decimals, whatever the locale")
    func plainNumbers() {
        let t = Table(name: "N", columns: [Table.Column(key: "v", header: "V", isNumeric: true)], rows: [
            .init(cells: [.number(700_000_000_000)], sources: []),
            .init(cells: [.number(Decimal(string: "32.1")!)], sources: []),
            .init(cells: [.number(Decimal(string: "-0.5")!)], sources: []),
            .init(cells: [.number(Decimal(string: "17000000000000")!)], sources: []),
        ])
        #expect(CSVWriter.csv(t) == "v\n700000000000\n32.1\n-0.5\n17000000000000\n")
    }

    @Test("UTF-8 without a byte-order mark, LF line ends only")
    func encoding() {
        let t = Table(name: "Đào tạo", columns: columns, rows: [
            .init(cells: [.text("Bệnh viện Đa khoa tỉnh Bắc Giang"), .number(23), .text("mở 23 lớp")], sources: []),
        ])
        let bytes = Array(CSVWriter.csv(t).utf8)
        #expect(Array(bytes.prefix(3)) != [0xEF, 0xBB, 0xBF])
        #expect(!bytes.contains(0x0D))
        #expect(bytes.filter { $0 == 0x0A }.count == 2)
        #expect(String(decoding: bytes, as: UTF8.self).contains("Bệnh viện Đa khoa tỉnh Bắc Giang,23,mở 23 lớp\n"))
    }

    @Test("Text a spreadsheet would run as a formula is prefixed with a quote", arguments: [
        ("=1+1", "'=1+1"),
        ("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""),
        ("+84 912", "'+84 912"),
        ("-5 beds", "'-5 beds"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("a = b", "a = b"),
    ])
    func formulaNeutralised(_ pair: (String, String)) {
        let t = Table(name: "F", columns: [Table.Column(key: "s", header: "S")], rows: [.init(cells: [.text(pair.0)], sources: [])])
        #expect(CSVWriter.csv(t) == "s\n" + pair.1 + "\n")
    }

    @Test("Rows keep the table's order and the totals row comes last")
    func rowOrder() {
        let t = Table(name: "Beds", columns: Array(columns.prefix(2)), rows: [
            .init(cells: [.text("b"), .number(2)], sources: []),
            .init(cells: [.text("a"), .number(1)], sources: []),
        ], totals: .init(cells: [.text("Total"), .number(3)], sources: []))
        #expect(CSVWriter.csv(t) == "subject,value\nb,2\na,1\nTotal,3\n")
    }

    /// A chunk smaller than one row flushes after every row; one larger
    /// than the file flushes once at the end.
    @Test("A file written in chunks holds the same bytes as the whole CSV, at any chunk size", arguments: [1, 7, 64, 1 << 16])
    func streamedFile(chunk: Int) throws {
        let t = Table(name: "Beds", columns: columns, rows: (0..<40).map { i in
            .init(cells: [.text("Bệnh viện \(i), \"Đa khoa\""), .number(Decimal(i * 10)), .text(i % 3 == 0 ? "=1+\(i)" : "")], sources: [i])
        }, totals: .init(cells: [.text("Total"), .number(7800), .empty], sources: []))
        let dir = NSTemporaryDirectory() + "tally-csv-\(getpid())-\(chunk)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try CSVWriter.write(t, to: dir + "/beds.csv", chunk: chunk)
        #expect(try Data(contentsOf: URL(fileURLWithPath: dir + "/beds.csv")) == Data(CSVWriter.bytes(t)))
    }

    @Test("Rows given as a source replace the table's own")
    func rowSource() throws {
        let t = Table(name: "Beds", columns: Array(columns.prefix(2)), rows: [.init(cells: [.text("ignored"), .number(1)], sources: [])])
        let rows = RowSource(count: 3) { i in .init(cells: [.text("h\(i)"), .number(Decimal(i))], sources: []) }
        let dir = NSTemporaryDirectory() + "tally-csv-rows-\(getpid())"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try CSVWriter.write(t, rows: rows, to: dir + "/beds.csv")
        #expect(try String(contentsOfFile: dir + "/beds.csv", encoding: .utf8) == "subject,value\nh0,0\nh1,1\nh2,2\n")
    }

    @Test("A file already there is never written over: the error names it and why")
    func existingFile() throws {
        let dir = NSTemporaryDirectory() + "tally-csv-exists-\(getpid())"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Data("old\n".utf8).write(to: URL(fileURLWithPath: dir + "/beds.csv"))
        let t = Table(name: "Beds", columns: columns, rows: [])
        #expect(throws: ExportError.cannotCreate(path: dir + "/beds.csv", message: "File exists")) {
            try CSVWriter.write(t, to: dir + "/beds.csv")
        }
        #expect(try String(contentsOfFile: dir + "/beds.csv", encoding: .utf8) == "old\n")
    }

    @Test("Sheet names become file names without diacritics or punctuation", arguments: [
        ("Beds by hospital", "beds-by-hospital"),
        ("Investment (VND)", "investment-vnd"),
        ("Đào tạo cán bộ", "dao-tao-can-bo"),
        ("***", "sheet"),
    ])
    func slug(_ pair: (String, String)) {
        #expect(CSVWriter.slug(pair.0) == pair.1)
    }
}

@Suite("CSV reader")
struct CSVReaderTests {
    @Test("What the writer writes reads back field for field")
    func roundTrip() throws {
        let cells: [[Cell]] = [[.text("a, b"), .number(1), .text("x\"y\nz")], [.text("đ"), .empty, .text("")]]
        let t = Table(name: "T", columns: columns, rows: cells.map { .init(cells: $0, sources: []) })
        #expect(try CSVReader.rows(CSVWriter.csv(t)) == [["subject", "value", "sentence"], ["a, b", "1", "x\"y\nz"], ["đ", "", ""]])
    }

    @Test("A quote inside an unquoted field is reported with its line and column")
    func malformed() {
        #expect(throws: CSVReader.Malformed(line: 2, column: 3, message: "a quote inside an unquoted field")) {
            try CSVReader.rows("a,b\nxy\"z,1\n")
        }
        #expect(throws: CSVReader.Malformed(line: 1, column: 5, message: "text after a closing quote")) {
            try CSVReader.rows("\"ab\"c\n")
        }
    }
}
