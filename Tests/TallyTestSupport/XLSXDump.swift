import Foundation

/// A workbook as openpyxl reads it (see `Tests/Helpers/xlsx_dump.py`).
public struct XLSXDump: Decodable, Sendable {
    public enum Value: Decodable, Equatable, Sendable {
        case text(String), number(Double), bool(Bool), null
        public init(from decoder: Decoder) throws {
            let c = try decoder.singleValueContainer()
            if c.decodeNil() { self = .null }
            else if let b = try? c.decode(Bool.self) { self = .bool(b) }
            else if let d = try? c.decode(Double.self) { self = .number(d) }
            else { self = .text(try c.decode(String.self)) }
        }
    }
    public struct Cell: Decodable, Sendable {
        public var value: Value
        /// openpyxl's data type: `s` string, `n` number, `f` formula.
        public var type: String
        public var format: String
        public var bold: Bool
        /// An internal link's location, such as `'Sources'!A5`, or an
        /// external link's address.
        public var link: String?
    }
    public struct Sheet: Decodable, Sendable {
        public var name: String
        public var freeze: String?
        public var filter: String?
        public var widths: [String: Double]
        public var rows: [[Cell]]
        /// The page header and footer as left, center and right parts.
        public var header: [String?]
        public var footer: [String?]
        /// Rows repeated on every printed page (`$1:$2`).
        public var print_rows: String?
        public var conditional: [Conditional]
        public var tables: [ExcelTable]
        /// Row `r` (1-based, as in Excel).
        public func row(_ r: Int) -> [Cell] { rows[r - 1] }
        public func column(named header: String) -> Int? { rows.first?.firstIndex { $0.value == .text(header) } }
    }
    public struct Conditional: Decodable, Sendable, Equatable {
        public var range: String
        public var formulas: [String]
        public init(range: String, formulas: [String]) { self.range = range; self.formulas = formulas }
    }
    public struct ExcelTable: Decodable, Sendable, Equatable {
        public var ref: String
        public var style: String?
        public var banded: Bool
        public var columns: [String]
        public init(ref: String, style: String?, banded: Bool, columns: [String]) {
            self.ref = ref; self.style = style; self.banded = banded; self.columns = columns
        }
    }
    /// A chart part as the package holds it (openpyxl drops charts on read).
    public struct Chart: Decodable, Sendable, Equatable {
        public var part: String
        public var type: String
        public var title: String?
        public var ranges: [String]
        /// The 0-based row and column of the chart's top-left cell.
        public var anchor: [Int]?
        public init(part: String, type: String, title: String?, ranges: [String], anchor: [Int]?) {
            self.part = part; self.type = type; self.title = title; self.ranges = ranges; self.anchor = anchor
        }
    }
    public struct Properties: Decodable, Sendable {
        public var title: String?
        public var subject: String?
        public var creator: String?
        public var created: String?
    }
    public var properties: Properties
    public var sheets: [Sheet]
    public var charts: [Chart]
    public func sheet(_ name: String) -> Sheet? { sheets.first { $0.name == name } }

    /// Reads `path` through openpyxl.
    public static func read(_ path: String) throws -> XLSXDump {
        let r = try ProcessRun.run("/usr/bin/env", ["python3", Repo.helper("xlsx_dump.py"), path])
        guard r.status == 0 else { throw DumpFailed(message: r.err) }
        return try JSONDecoder().decode(XLSXDump.self, from: r.stdout)
    }
    public struct DumpFailed: Error, CustomStringConvertible { public var message: String; public var description: String { message } }
}

extension XLSXDump.Value {
    public var number: Double? { if case .number(let d) = self { return d }; return nil }
    public var text: String? { if case .text(let s) = self { return s }; return nil }
}
