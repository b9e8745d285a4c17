/// A problem in a report spec, located as Yams locates YAML problems: the
/// file, the line and the column (both from 1, columns in Unicode scalars),
/// with the offending line and a caret under the place.
public struct SpecError: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var line: Int
    public var column: Int
    public var message: String
    /// The text of the offending line, for the snippet.
    public var lineText: String?

    public init(path: String, line: Int, column: Int, message: String, lineText: String? = nil) {
        self.path = path; self.line = line; self.column = column; self.message = message; self.lineText = lineText
    }

    /// `ReportSpecs/beds.yaml:12:7: error: unknown field 'valu' (did you mean 'value'?)`
    /// then the line and a caret.
    public var description: String {
        var out = "\(path):\(line):\(column): error: \(message)"
        if let lineText {
            out += "\n" + lineText + "\n" + String(repeating: " ", count: max(0, column - 1)) + "^"
        }
        return out
    }
}
