import Foundation

/// Fresh folders under the system temp folder, one per test, so tests that
/// run in parallel never share an output.
public enum TempDir {
    public static func make(_ label: String) throws -> String {
        let base = (NSTemporaryDirectory() as NSString).appendingPathComponent("tally-tests")
        try FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
        var template = Array((base + "/\(label)-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else { throw CocoaError(.fileWriteUnknown) }
        return String(cString: made)
    }

    public static func remove(_ path: String) { try? FileManager.default.removeItem(atPath: path) }
}
