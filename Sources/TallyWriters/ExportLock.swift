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

    /// - Parameter wait: queue behind a running export instead of failing.
    public init(path: String, wait: Bool) throws {
        self.path = path
        fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw ExportError.cannotCreate(path: path, message: String(cString: strerror(errno))) }
        while flock(fd, wait ? LOCK_EX : LOCK_EX | LOCK_NB) != 0 {
            if errno == EINTR { continue }
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
