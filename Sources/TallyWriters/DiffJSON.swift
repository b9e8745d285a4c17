import Foundation

/// `tally diff --json`: the report as one JSON object, for a script or a
/// review tool. Per sheet it has csv-diff's shape (added, removed, changed
/// with each column's old and new value); keys are sorted and the text is
/// pretty-printed, so the same diff prints the same bytes.
public enum DiffJSON {
    public static func encode(_ r: ExportDiff.Report) -> String {
        func row(_ x: ExportDiff.Row) -> [String: Any] {
            ["key": x.key, "row": Dictionary(x.cells.map { ($0.column, $0.value) }, uniquingKeysWith: { a, _ in a })]
        }
        let sheets: [[String: Any]] = r.sheets.map { s in
            [
                "file": s.name, "key": s.key,
                "columns_added": s.newColumns.filter { !s.oldColumns.contains($0) },
                "columns_removed": s.oldColumns.filter { !s.newColumns.contains($0) },
                "added": s.added.map(row), "removed": s.removed.map(row),
                "changed": s.changed.map { c in
                    ["key": c.key,
                     "changes": Dictionary(c.changes.map { ($0.column, [$0.old, $0.new]) }, uniquingKeysWith: { a, _ in a })] as [String: Any]
                },
            ]
        }
        let object: [String: Any] = [
            "same": r.isSame,
            "files": ["added": r.filesAdded, "removed": r.filesRemoved, "differ": r.filesDiffering],
            "sheets": sheets,
            "summary": [
                "rows_changed": r.sheets.map(\.changed.count).reduce(0, +),
                "rows_added": r.sheets.map(\.added.count).reduce(0, +),
                "rows_removed": r.sheets.map(\.removed.count).reduce(0, +),
                "sheets": r.sheets.count,
            ],
        ]
        let data = try! JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
