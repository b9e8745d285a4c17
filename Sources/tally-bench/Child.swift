import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One process measured from outside: wall time, and its own peak RSS from
/// `wait4`'s rusage (ru_maxrss), so every side of a comparison is measured
/// alike and no side's memory leaks into another's figure.
struct ChildRun {
    var seconds: Double
    /// User plus system time of the child (all its threads).
    var cpuSeconds: Double
    var peakMB: Double
    /// What the child printed (a bench child prints one line of JSON).
    var output: String
    var exitStatus: Int32
    /// Killed after the time limit.
    var timedOut: Bool

    /// Runs `arguments[0]` (a path) with its output to a temp file, killing
    /// it after `limit` seconds.
    ///
    /// Linux starts a child's ru_maxrss at the RSS its parent had when it
    /// was spawned (exec records the old address space's peak), so this
    /// process must stay small: `capture: false` sends the output of
    /// `tally` runs (facts JSON can be hundreds of MB) to /dev/null instead
    /// of reading it in.
    static func run(_ arguments: [String], environment: [String: String] = [:], limit: Double = 600,
                    capture: Bool = true) -> ChildRun {
        let out = NSTemporaryDirectory() + "tally-bench-out-\(getpid())-\(counter)"
        counter += 1
        defer { unlink(out) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, capture ? out : "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = env.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { argv.forEach { free($0) }; envp.forEach { free($0) } }
        var pid: pid_t = 0
        let start = now()
        let rc = posix_spawn(&pid, arguments[0], &actions, nil, argv, envp)
        precondition(rc == 0, "cannot start \(arguments[0]): \(String(cString: strerror(rc)))")
        var status: Int32 = 0
        var usage = rusage()
        var timedOut = false
        // Poll so a runaway (a quadratic input) is stopped at the limit.
        while true {
            let r = wait4(pid, &status, WNOHANG, &usage)
            if r == pid { break }
            if now() - start > limit, !timedOut {
                kill(pid, SIGKILL)
                timedOut = true
            }
            usleep(2_000)
        }
        let seconds = now() - start
        let output = capture ? (try? String(contentsOfFile: out, encoding: .utf8)) ?? "" : ""
        let exit = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        let cpu = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
        return ChildRun(seconds: seconds, cpuSeconds: cpu, peakMB: Double(usage.ru_maxrss) / 1024, output: output, exitStatus: exit,
                        timedOut: timedOut)
    }
    nonisolated(unsafe) static var counter = 0
}

func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

func median(_ xs: [Double]) -> Double {
    let s = xs.sorted()
    return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
}

/// User plus system CPU seconds of this process so far.
func cpuTime() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
}

/// Pins this process to CPU 0, so "per core" means one core however many
/// threads a phase starts.
/// (The Glibc module leaves `sched_setaffinity` out: it is a GNU extension.)
func pinToOneCore() {
    typealias SetAffinity = @convention(c) (pid_t, Int, UnsafeRawPointer) -> Int32
    let setAffinity = unsafeBitCast(dlsym(dlopen(nil, RTLD_NOW), "sched_setaffinity")!, to: SetAffinity.self)
    var mask = [UInt64](repeating: 0, count: 16)   // a cpu_set_t: 1024 bits
    mask[0] = 1
    _ = mask.withUnsafeBytes { setAffinity(0, $0.count, $0.baseAddress!) }
}

/// The size of a file, through symbolic links (a corpus subset is links).
func fileBytes(_ path: String) -> Int {
    var st = stat()
    return stat(path, &st) == 0 ? Int(st.st_size) : 0
}

/// FNV-1a over a file's bytes: two writers agree when their hashes do.
/// Read a megabyte at a time: reading the whole file in (55 MB at a million
/// rows) was the largest part of a writer child's peak RSS, on both sides.
func fileHash(_ path: String) -> String {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { return "missing" }
    defer { close(fd) }
    let size = 1 << 20
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: size, alignment: 16)
    defer { buffer.deallocate() }
    var h: UInt64 = 0xCBF2_9CE4_8422_2325
    while true {
        let n = read(fd, buffer.baseAddress!, size)
        if n < 0, errno == EINTR { continue }
        guard n > 0 else { return n == 0 ? String(h, radix: 16) : "unreadable" }
        for b in UnsafeRawBufferPointer(rebasing: buffer[..<n]) { h = (h ^ UInt64(b)) &* 0x100_0000_01B3 }
    }
}
