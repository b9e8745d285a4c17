import Foundation

/// Reads article files strictly: bytes that are not UTF-8 stop the run with
/// the line and column of the first bad byte, rather than being replaced
/// silently and changing a figure.
public enum ArticleReader {
    public static func read(path: String) throws -> String {
        try decode(try FileBytes.read(path), path: path)
    }

    public static func decode(_ data: Data, path: String) throws -> String {
        if let text = String(validatingUTF8CString: data) { return text }
        // Find the first invalid sequence or NUL, counting lines and columns
        // (in Unicode scalars, from 1) up to it.
        var line = 1, column = 1
        var iterator = data.makeIterator()
        var decoder = UTF8()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let s):
                if s == "\0" {
                    throw ExportError.badInput(path: path, line: line, column: column, message: "the article contains a NUL byte")
                }
                if s == "\n" { line += 1; column = 1 } else { column += 1 }
            case .emptyInput: break loop
            case .error:
                throw ExportError.badInput(path: path, line: line, column: column,
                                             message: "the article is not valid UTF-8 text")
            }
        }
        throw ExportError.badInput(path: path, line: line, column: column, message: "the article is not valid UTF-8 text")
    }
}

private extension String {
    /// Strict UTF-8 decoding that refuses NUL bytes, which no article holds.
    /// Foundation's decoder validates but drops a leading BOM, which would
    /// shift every span by one against the file as read; the standard
    /// library's keeps it, so it decodes once the bytes are known valid.
    /// One pass over the bytes where there were three (a byte-by-byte
    /// search through `Data`'s iterator, Foundation's check, the decoding).
    init?(validatingUTF8CString data: Data) {
        let text = data.withUnsafeBytes { raw -> String? in
            let bytes = raw.bindMemory(to: UInt8.self)
            guard !bytes.isEmpty else { return "" }
            if memchr(bytes.baseAddress!, 0, bytes.count) != nil { return nil }
            return String(validating: bytes, as: UTF8.self)
        }
        guard let text else { return nil }
        self = text
    }
}
