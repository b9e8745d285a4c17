import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The fsync and rename steps that make a write survive a crash: data is
/// flushed before the rename that publishes it, and the folder is flushed
/// after, so the new name itself is on disk.
enum Durable {
    static func syncFile(_ path: String) throws {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw ExportError.cannotCreate(path: path, message: String(cString: strerror(errno))) }
        defer { close(fd) }
        guard fsync(fd) == 0 else { throw ExportError.cannotCreate(path: path, message: String(cString: strerror(errno))) }
    }

    static func syncDirectory(_ path: String) throws { try syncFile(path) }

    /// fsyncs every file and folder under `dir`, deepest first.
    static func syncTree(_ dir: String) throws {
        let fm = FileManager.default
        for name in try fm.contentsOfDirectory(atPath: dir).sorted() {
            let path = dir + "/" + name
            var isDir: ObjCBool = false
            if fm.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue { try syncTree(path) } else { try syncFile(path) }
        }
        try syncDirectory(dir)
    }

    static func rename(_ from: String, _ to: String) throws {
        guard Glibc.rename(from, to) == 0 else {
            throw ExportError.cannotCreate(path: to, message: String(cString: strerror(errno)))
        }
    }

    /// A file made for this run (`O_EXCL`: never one already there), written
    /// in pieces, so a long file need not be held whole before it is
    /// written. It is not fsynced here: `Publisher.publish` fsyncs the whole
    /// run (workbooks too, which the C library writes) before the rename
    /// that makes it current.
    final class NewFile {
        let path: String
        private let fd: Int32

        init(_ path: String) throws {
            self.path = path
            fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            guard fd >= 0 else { throw ExportError.cannotCreate(path: path, message: String(cString: strerror(errno))) }
        }

        func write(_ bytes: [UInt8]) throws {
            try bytes.withUnsafeBytes { try write($0) }
        }

        /// All of `buffer`, retrying short and interrupted writes.
        func write(_ buffer: UnsafeRawBufferPointer) throws {
            var offset = 0
            while offset < buffer.count {
                let n = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0, errno == EINTR { continue }
                guard n > 0 else { throw ExportError.cannotCreate(path: path, message: String(cString: strerror(errno))) }
                offset += n
            }
        }

        func close() { _ = Glibc.close(fd) }
    }
}
