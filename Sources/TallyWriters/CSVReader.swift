/// Reads the CSV that `CSVWriter` writes (RFC 4180 quoting, LF or CRLF), for
/// `tally diff`. A malformed file is reported with its line and column.
public enum CSVReader {
    public struct Malformed: Error, Equatable { public var line: Int; public var column: Int; public var message: String }

    /// A row and the line it starts on (a quoted field may span lines).
    public struct Record: Equatable, Sendable { public var line: Int; public var fields: [String] }

    public static func rows(_ text: String) throws -> [[String]] { try records(text).map(\.fields) }

    public static func records(_ text: String) throws -> [Record] {
        var rows: [Record] = []
        var rowLine = 1
        var row: [String] = []
        var field = ""
        var quoted = false, afterQuote = false
        var line = 1, column = 0
        // Where the open quoted field began: an unclosed quote is reported
        // there, not at the end of the file (column 0 after a line break).
        var quoteLine = 1, quoteColumn = 1
        var chars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        func next() -> Unicode.Scalar? {
            if let p = pending { pending = nil; return p }
            return chars.next()
        }
        var atStart = true
        while let c = next() {
            column += 1
            if quoted {
                if c == "\"" {
                    if let n = chars.next() {
                        if n == "\"" { field.unicodeScalars.append("\""); column += 1 } else { quoted = false; afterQuote = true; pending = n }
                    } else { quoted = false; afterQuote = true }
                } else {
                    if c == "\n" { line += 1; column = 0 }
                    field.unicodeScalars.append(c)
                }
                continue
            }
            switch c {
            case "\"":
                guard field.isEmpty, !afterQuote else { throw Malformed(line: line, column: column, message: "a quote inside an unquoted field") }
                quoted = true
                quoteLine = line; quoteColumn = column
            case ",":
                row.append(field); field = ""; afterQuote = false
            case "\r":
                continue
            case "\n":
                row.append(field); rows.append(Record(line: rowLine, fields: row)); row = []; field = ""; afterQuote = false
                line += 1; column = 0; rowLine = line
            default:
                guard !afterQuote else { throw Malformed(line: line, column: column, message: "text after a closing quote") }
                field.unicodeScalars.append(c)
            }
            atStart = false
        }
        if quoted { throw Malformed(line: quoteLine, column: quoteColumn, message: "a quoted field is not closed") }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(Record(line: rowLine, fields: row)) }
        _ = atStart
        return rows
    }
}
