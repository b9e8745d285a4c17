import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The CSV baseline: C stdio on C strings and doubles, with CSVWriter's
/// rules — a field with `,`, `"`, CR or LF quoted and its quotes doubled,
/// text starting with `=`, `+`, `-`, `@`, tab or CR prefixed with `'`,
/// numbers in plain notation (`%.15g` prints the bench's values as
/// `NumberText.plain` does), LF line ends — so both write the same bytes
/// (the bench checks).
enum CSVBaseline {
    static func write(_ rows: BenchRows, to path: String) {
        let f = fopen(path, "w")!
        let columns = BenchRows.columns
        for (c, column) in columns.enumerated() {
            if c > 0 { fputc(0x2C, f) }
            column.key.withCString { field($0, strlen($0), f) }
        }
        fputc(0x0A, f)
        for i in 0..<rows.count {
            for c in 0..<columns.count {
                if c > 0 { fputc(0x2C, f) }
                switch rows.cCell(i, c) {
                case .empty: break
                case .number(let v): fputs(number(v), f)
                case .text(let p, let n): field(p, n, f)
                }
            }
            fputc(0x0A, f)
        }
        fclose(f)
    }

    /// `%.15g` into a static buffer, as a C writer would print a double.
    /// glibc's `strfromd` is printf's formatting without the variadic call
    /// Swift cannot make; it is looked up once, since the Glibc module
    /// leaves it out.
    @inline(__always) static func number(_ v: Double) -> UnsafeMutablePointer<CChar> {
        _ = strfromd(buffer, 32, "%.15g", v)
        return buffer
    }
    nonisolated(unsafe) static let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: 32)
    typealias StrFromD = @convention(c) (UnsafeMutablePointer<CChar>?, Int, UnsafePointer<CChar>?, Double) -> Int32
    nonisolated(unsafe) static let strfromd = unsafeBitCast(dlsym(dlopen(nil, RTLD_NOW), "strfromd")!, to: StrFromD.self)

    static func field(_ p: UnsafePointer<CChar>, _ n: Int, _ f: UnsafeMutablePointer<FILE>) {
        let first = UInt8(bitPattern: p[0])
        let formula = n > 0 && (first == 0x3D || first == 0x2B || first == 0x2D || first == 0x40 || first == 0x09 || first == 0x0D)
        guard strpbrk(p, ",\"\n\r") != nil else {
            if formula { fputc(0x27, f) }
            fwrite(p, 1, n, f)
            return
        }
        fputc(0x22, f)
        if formula { fputc(0x27, f) }
        // Spans between quotes go out whole; each quote is written twice.
        var start = p
        while let found = strchr(start, 0x22) {
            let q = UnsafePointer(found)
            fwrite(start, 1, q - start + 1, f)
            fputc(0x22, f)
            start = q + 1
        }
        fputs(start, f)
        fputc(0x22, f)
    }
}
