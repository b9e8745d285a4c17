import Foundation

/// Compares two exports (folders) or two files, for review and for cron
/// mail. CSV rows are matched by key, the first column (the spec's first
/// column: a subject, a category, or a fact's source id), with repeated keys
/// told apart by their order; so a diff lists rows added, removed and changed,
/// not lines. Other files (workbooks) are compared byte for byte.
public enum ExportDiff {
    public struct Report: Equatable {
        public var lines: [String] = []
        public var isSame: Bool { lines.isEmpty }
    }

    public static func compare(old: String, new: String) throws -> Report {
        var report = Report()
        let oldIsDir = isDirectory(old), newIsDir = isDirectory(new)
        for path in [old, new] where !FileManager.default.fileExists(atPath: path) {
            throw ExportError.missingInput(path: path, what: "no such file or folder")
        }
        if oldIsDir != newIsDir {
            throw ExportError.missingInput(path: new, what: "compare a folder with a folder, or a file with a file")
        }
        if !oldIsDir {
            try compareFiles(old, new, name: (new as NSString).lastPathComponent, into: &report)
            return report
        }
        let a = files(under: old), b = files(under: new)
        for name in a.subtracting(b).sorted(by: bytewise) { report.lines.append("- file \(name)") }
        for name in b.subtracting(a).sorted(by: bytewise) { report.lines.append("+ file \(name)") }
        for name in a.intersection(b).sorted(by: bytewise) {
            try compareFiles(old + "/" + name, new + "/" + name, name: name, into: &report)
        }
        return report
    }

    static func bytewise(_ x: String, _ y: String) -> Bool { x.utf8.lexicographicallyPrecedes(y.utf8) }

    static func isDirectory(_ path: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && isDir.boolValue
    }

    /// Relative paths of the files of an export, through its links, leaving
    /// out Tally's own state and the `current` alias of the top-level links.
    static func files(under root: String) -> Set<String> {
        var out = Set<String>()
        func walk(_ rel: String) {
            let path = rel.isEmpty ? root : root + "/" + rel
            for name in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] {
                if rel.isEmpty, name.hasPrefix(".") || name == "current" || name == "README.md" { continue }
                let child = rel.isEmpty ? name : rel + "/" + name
                if isDirectory(root + "/" + child) { walk(child) } else { out.insert(child) }
            }
        }
        walk("")
        return out
    }

    static func compareFiles(_ old: String, _ new: String, name: String, into report: inout Report) throws {
        guard let a = FileManager.default.contents(atPath: old) else { throw ExportError.missingInput(path: old, what: "cannot read") }
        guard let b = FileManager.default.contents(atPath: new) else { throw ExportError.missingInput(path: new, what: "cannot read") }
        try compareContents(a, b, oldPath: old, newPath: new, name: name, into: &report)
    }

    /// The comparison of two files' bytes, apart from the file system (the
    /// `diff` fuzz target drives it directly).
    static func compareContents(_ a: Data, _ b: Data, oldPath old: String, newPath new: String, name: String,
                                into report: inout Report) throws {
        if a == b { return }
        guard name.hasSuffix(".csv") else { report.lines.append("~ file \(name) (contents differ)"); return }
        let oldRows = try parse(a, path: old), newRows = try parse(b, path: new)
        var lines: [String] = []
        let oldHeader = oldRows.first ?? [], newHeader = newRows.first ?? []
        if oldHeader != newHeader {
            lines.append("  columns: \(oldHeader.joined(separator: ",")) → \(newHeader.joined(separator: ","))")
        }
        let oldBody = Array(oldRows.dropFirst()), newBody = Array(newRows.dropFirst())
        let width = keyWidth(oldBody, newBody, columns: Swift.min(oldHeader.count, newHeader.count))
        let before = keyed(oldBody, width: width), after = keyed(newBody, width: width)
        let afterKeys = Set(after.map(\.key)), beforeKeys = Set(before.map(\.key))
        for (key, row) in before where !afterKeys.contains(key) {
            lines.append("- \(key): " + describe(row, header: oldHeader, skipping: width))
        }
        let beforeByKey = Dictionary(before.map { ($0.key, $0.row) }, uniquingKeysWith: { a, _ in a })
        for (key, row) in after {
            guard beforeKeys.contains(key), let was = beforeByKey[key] else {
                lines.append("+ \(key): " + describe(row, header: newHeader, skipping: width)); continue
            }
            var changes: [String] = []
            for (i, column) in newHeader.enumerated() where i >= width {
                let oldValue = oldHeader.firstIndex(of: column).flatMap { $0 < was.count ? was[$0] : nil } ?? ""
                let newValue = i < row.count ? row[i] : ""
                if oldValue != newValue { changes.append("\(column) \(oldValue.isEmpty ? "∅" : oldValue) → \(newValue.isEmpty ? "∅" : newValue)") }
            }
            if !changes.isEmpty { lines.append("~ \(key): " + changes.joined(separator: "; ")) }
        }
        if !lines.isEmpty { report.lines.append("--- \(name)"); report.lines.append(contentsOf: lines) }
    }

    static func parse(_ data: Data, path: String) throws -> [[String]] {
        guard let text = String(data: data, encoding: .utf8) else {
            throw ExportError.badInput(path: path, line: 1, column: 1, message: "the CSV file is not UTF-8")
        }
        do { return try CSVReader.rows(text) } catch let e as CSVReader.Malformed {
            throw ExportError.badInput(path: path, line: e.line, column: e.column, message: "malformed CSV: \(e.message)")
        }
    }

    /// How many leading columns key a row: the first, then as many more text
    /// columns as it takes to tell the rows of each file apart. A grouped
    /// sheet (category, unit, total …) is keyed by its whole group, so a
    /// removed group is not reported as another group changing into it; a
    /// detail sheet stays keyed by its source id. Numbers never join a key,
    /// so a changed figure is reported as a change.
    static func keyWidth(_ a: [[String]], _ b: [[String]], columns: Int) -> Int {
        func unique(_ rows: [[String]], _ k: Int) -> Bool {
            var seen = Set<[String]>()
            return rows.allSatisfy { seen.insert(Array($0.prefix(k))).inserted }
        }
        func isNumber(_ s: String) -> Bool {
            s.contains(where: \.isNumber) && s.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-") }
        }
        func isText(_ c: Int) -> Bool { (a + b).allSatisfy { c >= $0.count || !isNumber($0[c]) } }
        var k = 1
        while k < columns, !(unique(a, k) && unique(b, k)), isText(k) { k += 1 }
        return k
    }

    /// Rows keyed by their first `width` columns (`training / courses`); the
    /// second row with the same key is `key#2`, and so on.
    static func keyed(_ rows: [[String]], width: Int = 1) -> [(key: String, row: [String])] {
        var seen: [String: Int] = [:]
        return rows.map { row in
            let base = row.prefix(width).joined(separator: " / ")
            seen[base, default: 0] += 1
            let n = seen[base]!
            return (n == 1 ? base : "\(base)#\(n)", row)
        }
    }

    static func describe(_ row: [String], header: [String], skipping width: Int = 1) -> String {
        row.enumerated().dropFirst(width).map { i, v in "\(i < header.count ? header[i] : "col\(i + 1)")=\(v)" }.joined(separator: ", ")
    }
}
