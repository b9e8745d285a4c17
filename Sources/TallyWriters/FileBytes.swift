import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads a whole file with the system's reason when it cannot.
///
/// `FileManager.contents(atPath:)` answers nil for every failure, so a file
/// that exists but cannot be read was reported only as "cannot read";
/// an operator needs to know whether it is permissions, a folder, or an
/// I/O error. `open` and `read` say it in `errno`.
enum FileBytes {
    static func read(_ path: String) throws -> Data {
        // O_NONBLOCK: opening a FIFO would otherwise wait for a writer
        // forever; only regular files are articles.
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { throw failure(path, errno) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw failure(path, errno) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw failure(path, EISDIR)
        default: throw ExportError.missingInput(path: path, what: "cannot read the article file: not a regular file")
        }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw failure(path, errno)
            }
            if n == 0 { return data }
            data.append(contentsOf: buffer[0..<n])
        }
    }

    /// A missing file is missing input (66), as is one that exists but
    /// cannot be read: sysexits(3) gives EX_NOINPUT for both.
    private static func failure(_ path: String, _ code: Int32) -> ExportError {
        .missingInput(path: path, what: "cannot read the article file: \(String(cString: strerror(code)))")
    }
}
