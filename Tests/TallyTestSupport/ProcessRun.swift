import Foundation

/// The outcome of running a program: its exit status and everything it wrote.
public struct ProcessResult: Sendable {
    public var status: Int32
    /// True when the process ended on a signal (`status` is then the signal).
    public var signalled: Bool
    public var stdout: Data
    public var stderr: Data
    public var out: String { String(decoding: stdout, as: UTF8.self) }
    public var err: String { String(decoding: stderr, as: UTF8.self) }
}

/// Runs programs for tests. Output goes to temp files rather than pipes, so a
/// chatty child can never block on a full pipe while the test waits for it.
public enum ProcessRun {
    /// Starts `executable` and returns the running process with the files its
    /// output goes to; call `finish` to wait and collect.
    public static func start(_ executable: String, _ arguments: [String], environment: [String: String]? = nil,
                             removing removed: [String] = [], directory: String? = nil) throws -> Running {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: executable)
        p.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment ?? [:] { env[k] = v }
        for k in removed { env[k] = nil }
        p.environment = env
        if let directory { p.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let dir = try TempDir.make("run")
        let outPath = dir + "/stdout", errPath = dir + "/stderr"
        _ = FileManager.default.createFile(atPath: outPath, contents: nil)
        _ = FileManager.default.createFile(atPath: errPath, contents: nil)
        p.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
        p.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        p.standardInput = FileHandle.nullDevice
        try p.run()
        return Running(process: p, dir: dir)
    }

    /// Runs to the end.
    public static func run(_ executable: String, _ arguments: [String], environment: [String: String]? = nil,
                           removing removed: [String] = [], directory: String? = nil) throws -> ProcessResult {
        try start(executable, arguments, environment: environment, removing: removed, directory: directory).finish()
    }

    public final class Running: @unchecked Sendable {
        public let process: Process
        let dir: String
        init(process: Process, dir: String) { self.process = process; self.dir = dir }
        public var pid: Int32 { process.processIdentifier }

        public func finish() -> ProcessResult {
            process.waitUntilExit()
            let out = FileManager.default.contents(atPath: dir + "/stdout") ?? Data()
            let err = FileManager.default.contents(atPath: dir + "/stderr") ?? Data()
            try? FileManager.default.removeItem(atPath: dir)
            return ProcessResult(status: process.terminationStatus,
                                 signalled: process.terminationReason == .uncaughtSignal, stdout: out, stderr: err)
        }
    }
}
