import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The names in a folder as the file system holds them: bytes.
///
/// `FileManager` turns a name that is not UTF-8 into some other string, so
/// a file such as `caf\xE9.txt` (Latin-1, copied from an old share) was
/// then opened under that other name and reported, mangled, as "cannot
/// read". Reading the bytes with `readdir` keeps the real name, so it can
/// be refused under it, escaped for the terminal.
public enum DirectoryListing {
    struct Name {
        var bytes: [UInt8]
        /// The name, when it is UTF-8.
        var text: String? { String(validating: bytes, as: UTF8.self) }
        /// `caf\xE9.txt`: printable ASCII as it is, every other byte as `\xHH`.
        var escaped: String {
            bytes.map { b in
                (0x20..<0x7F).contains(b) && b != UInt8(ascii: "\\") ? String(UnicodeScalar(b))
                    : "\\x" + (b < 16 ? "0" : "") + String(b, radix: 16, uppercase: true)
            }.joined()
        }
        func hasSuffix(_ s: String) -> Bool { bytes.count >= s.utf8.count && bytes.suffix(s.utf8.count).elementsEqual(s.utf8) }
    }

    /// Command-line arguments that are not UTF-8, escaped. Swift repairs
    /// them into `CommandLine.arguments` (U+FFFD), so a file named on the
    /// command line would be looked for, and reported, under another name.
    public static func nonUTF8Arguments() -> [String] {
        (1..<Int(CommandLine.argc)).compactMap { i in
            guard let p = CommandLine.unsafeArgv[i] else { return nil }
            let name = Name(bytes: Array(UnsafeBufferPointer(start: p, count: strlen(p))).map { UInt8(bitPattern: $0) })
            return name.text == nil ? name.escaped : nil
        }
    }

    /// Every entry but `.` and `..`, or nil when `dir` cannot be listed.
    static func names(_ dir: String) -> [Name]? {
        guard let d = opendir(dir) else { return nil }
        defer { closedir(d) }
        var out: [Name] = []
        while let entry = readdir(d) {
            let bytes = withUnsafeBytes(of: &entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
            if bytes == [UInt8(ascii: ".")] || bytes == [UInt8(ascii: "."), UInt8(ascii: ".")] { continue }
            out.append(Name(bytes: bytes))
        }
        return out
    }
}
