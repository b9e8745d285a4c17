/// Something in a spec that is allowed but probably not meant, such as a
/// sheet that selects no facts: printed on stderr during an export, never
/// an error (a province may simply have no training news this month).
public struct SpecWarning: Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var line: Int
    public var column: Int
    public var message: String

    public init(path: String, line: Int, column: Int, message: String) {
        self.path = path; self.line = line; self.column = column; self.message = message
    }

    /// `ReportSpecs/beds.yaml:8:5: warning: sheet 'Beds' selects no facts`
    public var description: String { "\(path):\(line):\(column): warning: \(message)" }
}

extension Query {
    /// One warning per sheet of `workbook` (built from `spec`) without rows.
    public static func warnings(_ spec: ReportSpec, _ workbook: Workbook) -> [SpecWarning] {
        zip(spec.sheets, workbook.tables).compactMap { sheet, table in
            guard table.rows.isEmpty else { return nil }
            return SpecWarning(path: spec.path, line: sheet.line, column: sheet.column,
                               message: "sheet '\(sheet.name)' selects no facts (check its 'where')")
        }
    }
}
