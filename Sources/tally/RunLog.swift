import Foundation

/// `--log FILE`: every step, warning and error of an unattended run,
/// appended with a UTC timestamp (`2026-03-04T06:00:01Z tally: …`), so a
/// cron export leaves a record whatever its stderr is. The clock is read
/// here only; it never reaches an export.
final class RunLog {
    private let handle: FileHandle?

    init(path: String?) throws {
        guard let path else { handle = nil; return }
        if !FileManager.default.fileExists(atPath: path) {
            guard FileManager.default.createFile(atPath: path, contents: nil) else {
                throw UsageError(description: "\(path): error: cannot create the log file (--log)")
            }
        }
        guard let h = FileHandle(forWritingAtPath: path) else {
            throw UsageError(description: "\(path): error: cannot write the log file (--log)")
        }
        h.seekToEndOfFile()
        handle = h
    }

    func write(_ line: String) {
        guard let handle else { return }
        handle.write(Data((Self.stamp(Date()) + " tally: " + line + "\n").utf8))
    }

    /// ISO 8601 in UTC, to the second.
    static func stamp(_ date: Date) -> String {
        let f = ISO8601DateFormatter()
        f.timeZone = TimeZone(identifier: "UTC")
        f.formatOptions = [.withInternetDateTime]
        return f.string(from: date)
    }
}
