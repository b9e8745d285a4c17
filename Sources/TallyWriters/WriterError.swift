/// A failure while writing an export, with the file it concerns.
public enum WriterError: Error, Sendable, Equatable, CustomStringConvertible {
    /// libxlsxwriter returned `code`; `message` is its `lxw_strerror` text.
    case xlsx(code: Int, message: String, path: String)
    /// The file system refused (`errno` text in `message`).
    case io(message: String, path: String)

    public var description: String {
        switch self {
        case let .xlsx(code, message, path): return "\(path): error: cannot write workbook: \(message) (libxlsxwriter error \(code))"
        case let .io(message, path): return "\(path): error: \(message)"
        }
    }
}
