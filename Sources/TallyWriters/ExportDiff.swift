import Foundation

/// Compares two exports (folders) or two files, for review and for cron
/// mail. CSV rows are matched by key, so a diff lists rows added, removed
/// and changed, not lines; other files (workbooks) are compared byte for
/// byte.
///
/// The default key is the first column (the spec's first column: a
/// subject, a category, or a fact's source id, which holds no character
/// offset, so text inserted earlier in an article moves no key), widened to
/// the leading text columns a grouped sheet needs; `--key` names the
/// columns instead, as csv-diff does. Rows with the same key are told apart
/// by their order (`A#2`).
public enum ExportDiff {
    /// One row added or removed: its key and its other cells, by column.
    public struct Row: Equatable, Sendable {
        public var key: String
        public var cells: [(column: String, value: String)]
        public static func == (a: Row, b: Row) -> Bool {
            a.key == b.key && a.cells.map(\.column) == b.cells.map(\.column) && a.cells.map(\.value) == b.cells.map(\.value)
        }
    }

    /// One row present in both with other cells: each change, old to new.
    public struct Change: Equatable, Sendable {
        public var key: String
        public var changes: [(column: String, old: String, new: String)]
        public static func == (a: Change, b: Change) -> Bool {
            a.key == b.key && a.changes.map(\.column) == b.changes.map(\.column)
                && a.changes.map(\.old) == b.changes.map(\.old) && a.changes.map(\.new) == b.changes.map(\.new)
        }
    }

    /// The row differences of one CSV file (one sheet).
    public struct Sheet: Equatable, Sendable {
        public var name: String
        public var key: [String]
        public var oldColumns: [String], newColumns: [String]
        public var removed: [Row] = []
        public var added: [Row] = []
        public var changed: [Change] = []
        var isEmpty: Bool { removed.isEmpty && added.isEmpty && changed.isEmpty && oldColumns == newColumns }
    }

    public struct Report: Equatable, Sendable {
        public var filesRemoved: [String] = []
        public var filesAdded: [String] = []
        /// Files other than CSV (workbooks) whose bytes differ.
        public var filesDiffering: [String] = []
        /// CSV files with row differences, in name order.
        public var sheets: [Sheet] = []
        /// Every file compared, in name order, so lines follow the folder.
        var order: [String] = []

        public var isSame: Bool { filesRemoved.isEmpty && filesAdded.isEmpty && filesDiffering.isEmpty && sheets.isEmpty }

        /// The report as text: files removed and added, then each file that
        /// differs, its rows by key (`-`, `+`, `~`).
        public var lines: [String] {
            var out = filesRemoved.map { "- file \($0)" } + filesAdded.map { "+ file \($0)" }
            for name in order {
                if filesDiffering.contains(name) { out.append("~ file \(name) (contents differ)"); continue }
                guard let s = sheets.first(where: { $0.name == name }) else { continue }
                out.append("--- \(s.name)")
                if s.oldColumns != s.newColumns {
                    out.append("  columns: \(s.oldColumns.joined(separator: ",")) → \(s.newColumns.joined(separator: ","))")
                }
                for r in s.removed { out.append("- \(r.key): " + r.cells.map { "\($0.column)=\($0.value)" }.joined(separator: ", ")) }
                for r in s.added { out.append("+ \(r.key): " + r.cells.map { "\($0.column)=\($0.value)" }.joined(separator: ", ")) }
                for c in s.changed {
                    out.append("~ \(c.key): " + c.changes.map { "\($0.column) \(shown($0.old)) → \(shown($0.new))" }.joined(separator: "; "))
                }
            }
            return out
        }

        /// `2 rows changed, 1 added, 0 removed in 1 sheet`, then the files.
        public var summary: String {
            let changed = sheets.map(\.changed.count).reduce(0, +)
            let added = sheets.map(\.added.count).reduce(0, +), removed = sheets.map(\.removed.count).reduce(0, +)
            var parts = ["\(Plural.count(changed, "row")) changed, \(added) added, \(removed) removed in \(Plural.count(sheets.count, "sheet"))"]
            if !filesDiffering.isEmpty { parts.append("\(Plural.count(filesDiffering.count, "other file")) differ\(filesDiffering.count == 1 ? "s" : "")") }
            if !filesAdded.isEmpty { parts.append("\(Plural.count(filesAdded.count, "file")) added") }
            if !filesRemoved.isEmpty { parts.append("\(Plural.count(filesRemoved.count, "file")) removed") }
            return parts.joined(separator: "; ")
        }

        func shown(_ v: String) -> String { v.isEmpty ? "∅" : v }
    }

    /// `--key` names a column a CSV file does not have (exit 64).
    public struct UnknownKey: Error, Equatable, CustomStringConvertible {
        public var path: String, column: String, columns: [String]
        public var description: String {
            "\(path): error: --key column '\(column)' is not in the header (columns: \(columns.joined(separator: ", ")))"
        }
    }

    /// - Parameter key: column names that key the rows of every CSV file,
    ///   or nil for the default key.
    public static func compare(old: String, new: String, key: [String]? = nil) throws -> Report {
        var report = Report()
        let oldIsDir = isDirectory(old), newIsDir = isDirectory(new)
        for path in [old, new] where !FileManager.default.fileExists(atPath: path) {
            throw ExportError.missingInput(path: path, what: "no such file or folder")
        }
        if oldIsDir != newIsDir {
            throw ExportError.missingInput(path: new, what: "compare a folder with a folder, or a file with a file")
        }
        if !oldIsDir {
            try compareFiles(old, new, name: (new as NSString).lastPathComponent, key: key, into: &report)
            return report
        }
        let a = files(under: old), b = files(under: new)
        report.filesRemoved = a.subtracting(b).sorted(by: bytewise)
        report.filesAdded = b.subtracting(a).sorted(by: bytewise)
        for name in a.intersection(b).sorted(by: bytewise) {
            try compareFiles(old + "/" + name, new + "/" + name, name: name, key: key, into: &report)
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

    static func compareFiles(_ old: String, _ new: String, name: String, key: [String]?, into report: inout Report) throws {
        guard let a = FileManager.default.contents(atPath: old) else { throw ExportError.missingInput(path: old, what: "cannot read") }
        guard let b = FileManager.default.contents(atPath: new) else { throw ExportError.missingInput(path: new, what: "cannot read") }
        try compareContents(a, b, oldPath: old, newPath: new, name: name, key: key, into: &report)
    }

    /// The comparison of two files' bytes, apart from the file system (the
    /// `diff` fuzz target drives it directly).
    static func compareContents(_ a: Data, _ b: Data, oldPath old: String, newPath new: String, name: String,
                                key: [String]? = nil, into report: inout Report) throws {
        if a == b { return }
        report.order.append(name)
        guard name.hasSuffix(".csv") else { report.filesDiffering.append(name); return }
        let oldRows = try parse(a, path: old), newRows = try parse(b, path: new)
        let oldHeader = oldRows.first ?? [], newHeader = newRows.first ?? []
        let oldBody = Array(oldRows.dropFirst()), newBody = Array(newRows.dropFirst())
        let oldKey: [Int], newKey: [Int]
        if let key {
            oldKey = try indices(of: key, in: oldHeader, path: old)
            newKey = try indices(of: key, in: newHeader, path: new)
        } else {
            let width = keyWidth(oldBody, newBody, columns: Swift.min(oldHeader.count, newHeader.count))
            oldKey = Array(0..<width); newKey = oldKey
        }
        var sheet = Sheet(name: name, key: newKey.map { $0 < newHeader.count ? newHeader[$0] : "col\($0 + 1)" },
                          oldColumns: oldHeader, newColumns: newHeader)
        let before = keyed(oldBody, key: oldKey), after = keyed(newBody, key: newKey)
        let afterKeys = Set(after.map(\.key)), beforeKeys = Set(before.map(\.key))
        func cells(_ row: [String], _ header: [String], skipping k: [Int]) -> [(column: String, value: String)] {
            row.enumerated().filter { !k.contains($0.offset) }.map { (i, v) in (i < header.count ? header[i] : "col\(i + 1)", v) }
        }
        for (k, row) in before where !afterKeys.contains(k) {
            sheet.removed.append(Row(key: k, cells: cells(row, oldHeader, skipping: oldKey)))
        }
        let beforeByKey = Dictionary(before.map { ($0.key, $0.row) }, uniquingKeysWith: { a, _ in a })
        for (k, row) in after {
            guard beforeKeys.contains(k), let was = beforeByKey[k] else {
                sheet.added.append(Row(key: k, cells: cells(row, newHeader, skipping: newKey))); continue
            }
            var changes: [(column: String, old: String, new: String)] = []
            for (i, column) in newHeader.enumerated() where !newKey.contains(i) {
                let oldValue = oldHeader.firstIndex(of: column).flatMap { $0 < was.count ? was[$0] : nil } ?? ""
                let newValue = i < row.count ? row[i] : ""
                if oldValue != newValue { changes.append((column, oldValue, newValue)) }
            }
            if !changes.isEmpty { sheet.changed.append(Change(key: k, changes: changes)) }
        }
        if !sheet.isEmpty { report.sheets.append(sheet) }
    }

    static func indices(of key: [String], in header: [String], path: String) throws -> [Int] {
        try key.map { column in
            guard let i = header.firstIndex(of: column) else { throw UnknownKey(path: path, column: column, columns: header) }
            return i
        }
    }

    /// Rows of a CSV file, every one as wide as the header: a ragged row is
    /// malformed input (exit 65), as an unclosed quote is, not a row with
    /// cells silently shifted or dropped.
    static func parse(_ data: Data, path: String) throws -> [[String]] {
        guard let text = String(data: data, encoding: .utf8) else {
            throw ExportError.badInput(path: path, line: 1, column: 1, message: "the CSV file is not UTF-8")
        }
        let records: [CSVReader.Record]
        do { records = try CSVReader.records(text) } catch let e as CSVReader.Malformed {
            throw ExportError.badInput(path: path, line: e.line, column: e.column, message: "malformed CSV: \(e.message)")
        }
        if let width = records.first?.fields.count, let ragged = records.first(where: { $0.fields.count != width }) {
            throw ExportError.badInput(path: path, line: ragged.line, column: 1,
                                       message: "malformed CSV: \(Plural.count(ragged.fields.count, "field")) in a row, \(width) in the header")
        }
        return records.map(\.fields)
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

    /// Rows keyed by their `key` columns (`training / courses`); the second
    /// row with the same key is `key#2`, and so on.
    static func keyed(_ rows: [[String]], key: [Int]) -> [(key: String, row: [String])] {
        var seen: [String: Int] = [:]
        return rows.map { row in
            let base = key.map { $0 < row.count ? row[$0] : "" }.joined(separator: " / ")
            seen[base, default: 0] += 1
            let n = seen[base]!
            return (n == 1 ? base : "\(base)#\(n)", row)
        }
    }
}
