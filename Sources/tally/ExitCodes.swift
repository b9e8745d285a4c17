import ArgumentParser
import Foundation
import TallyCore
import TallyWriters

/// The one place where an error becomes a message and an exit code, as in
/// sysexits(3). The README lists the same table for operators.
enum ExitCodes {
    static let ok: Int32 = 0
    /// `tally diff`: the two exports differ.
    static let different: Int32 = 1
    static let usage: Int32 = 64        // EX_USAGE
    static let dataError: Int32 = 65    // EX_DATAERR: a bad spec, article or CSV
    static let noInput: Int32 = 66      // EX_NOINPUT: a missing folder or file
    static let cantCreate: Int32 = 73   // EX_CANTCREAT: the output cannot be written
    static let tempFailure: Int32 = 75  // EX_TEMPFAIL: another export holds the lock
    /// `export --keep-going`: published, but some articles were skipped
    /// (not a sysexits code: the export did happen, and cron should mail).
    static let skipped: Int32 = 3

    static func code(for error: Error) -> Int32 {
        switch error {
        case is SpecError: return dataError
        case let e as ExportError:
            switch e {
            case .missingInput: return noInput
            case .badInput, .badFileName: return dataError
            case .locked, .lockTimedOut: return tempFailure
            case .cannotCreate: return cantCreate
            }
        case is WriterError: return cantCreate
        case is UsageError, is ExportDiff.UnknownKey: return usage
        default: return dataError
        }
    }

    /// Prints the error on stderr and exits with its code.
    static func fail(_ error: Error) -> ExitCode {
        FileHandle.standardError.write(Data((String(describing: error) + "\n").utf8))
        return ExitCode(code(for: error))
    }
}

/// A wrong argument or environment value found after parsing.
struct UsageError: Error, CustomStringConvertible {
    var description: String
}
