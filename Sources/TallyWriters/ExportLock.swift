import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An advisory lock on an output folder, so two exports (two cron jobs, or
/// cron and a person) never write the same folder at once. `flock` is
/// released by the kernel when the process dies, so a killed run never
/// leaves a stale lock behind.
public final class ExportLock {
    private let fd: Int32
    public let path: String

    /// - Parameters:
    ///   - wait: queue behind a running export instead of failing.
    ///   - timeout: with `wait`, give up after this many seconds, so a cron
    ///     job stuck behind a hung run ends and mails instead of piling up.
    public init(path: String, wait: Bool, timeout: Double? = nil) throws {
        self.path = path
        fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw ExportError.cannotCreate(path: path, message: String(cString: strerror(errno))) }
        // A bounded wait polls: flock has no timeout of its own. The clock
        // only bounds the wait; it never reaches the output.
        let deadline = timeout.map { Date().addingTimeInterval($0) }
        while flock(fd, wait && deadline == nil ? LOCK_EX : LOCK_EX | LOCK_NB) != 0 {
            if errno == EINTR { continue }
            if wait, let deadline, errno == EWOULDBLOCK {
                if Date() < deadline { usleep(50_000); continue }
                close(fd)
                throw ExportError.lockTimedOut(path: path, seconds: timeout!)
            }
            let busy = errno == EWOULDBLOCK
            let message = String(cString: strerror(errno))
            close(fd)
            throw busy ? ExportError.locked(path: path) : ExportError.cannotCreate(path: path, message: message)
        }
    }

    deinit {
        flock(fd, LOCK_UN)
        close(fd)
    }
}
