import Foundation
import TallyCore

/// Why an export could not run. Each case maps to one exit code, in the
/// CLI's `ExitCodes` alone.
public enum ExportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A folder or file the run needs is not there (exit 66).
    case missingInput(path: String, what: String)
    /// An article is not valid UTF-8: where the first bad byte is (exit 65).
    case badInput(path: String, line: Int, column: Int, message: String)
    /// An input file's name is not UTF-8; `path` shows it escaped (exit 65).
    case badFileName(path: String)
    /// Another export holds the lock on this output folder (exit 75).
    case locked(path: String)
    /// `--wait --wait-timeout`: the other export still held the lock when
    /// the time ran out (exit 75).
    case lockTimedOut(path: String, seconds: Double)
    /// The output folder or a file in it cannot be created (exit 73).
    case cannotCreate(path: String, message: String)

    public var description: String {
        switch self {
        case let .missingInput(path, what): return "\(path): error: \(what)"
        case let .badInput(path, line, column, message): return "\(path):\(line):\(column): error: \(message)"
        case let .badFileName(path): return "\(path): error: the file name is not UTF-8 (rename the file)"
        case let .locked(path): return "\(path): error: another export is running on this folder (use --wait to queue behind it)"
        case let .lockTimedOut(path, seconds):
            return "\(path): error: another export still holds this folder after \(NumberText.plain(Decimal(seconds))) s of waiting (raise --wait-timeout, or see if it hangs)"
        case let .cannotCreate(path, message): return "\(path): error: cannot create output: \(message)"
        }
    }
}
