import Foundation
internal import Yams

/// Reads and validates `facilities.yaml` as `SpecLoader` reads specs: from
/// the YAML node tree, so each mistake is a `SpecError` at its line and
/// column, with the line and a caret.
public enum FacilityCorrectionsLoader {
    /// The keys of one facility entry.
    static let entryKeys = ["key", "name", "aliases", "merge", "not_a_facility"]

    public static func load(path: String) throws -> FacilityCorrections {
        try parse(SpecLoader.text(of: path, what: "the corrections"), path: path)
    }

    /// An empty file (or one of comments only) corrects nothing.
    public static func parse(_ yaml: String, path: String) throws -> FacilityCorrections {
        let reader = Reader(path: path, lines: yaml.components(separatedBy: "\n"))
        guard let root = try SpecLoader.document(yaml, reader, what: "the corrections") else { return FacilityCorrections(path: path, entries: []) }
        var entries: [FacilityCorrections.Entry] = []
        for (_, _, value) in try reader.mapping(root, "the corrections file", known: ["facilities"]) {
            if case .scalar(let s) = value, s.string.isEmpty || s.string == "null" || s.string == "~" { continue }
            entries = try reader.sequence(value, "'facilities'").map { try entry($0, reader) }
        }
        try check(entries, reader)
        return FacilityCorrections(path: path, entries: entries)
    }

    static func entry(_ node: Node, _ reader: Reader) throws -> FacilityCorrections.Entry {
        var e = FacilityCorrections.Entry(key: "", line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
        var keySeen = false
        var others: [String] = []
        func text(_ value: Node, _ what: String) throws -> String {
            let s = try reader.string(value, what).trimmingCharacters(in: .whitespaces)
            guard !s.isEmpty else { throw reader.fail(value, "\(what) must not be empty") }
            return s
        }
        func list(_ value: Node, _ what: String) throws -> [String] {
            if case .scalar = value { return [try text(value, what)] }
            return try reader.sequence(value, what).map { try text($0, "a value in \(what)") }
        }
        for (key, _, value) in try reader.mapping(node, "a facility", known: entryKeys) {
            switch key {
            case "key": e.key = try text(value, "'key'"); keySeen = true
            case "name": e.name = try text(value, "'name'"); others.append(key)
            case "aliases": e.aliases = try list(value, "'aliases'"); others.append(key)
            case "merge": e.merge = try list(value, "'merge'"); others.append(key)
            default: e.notAFacility = try reader.bool(value, "'not_a_facility'")
            }
        }
        guard keySeen else { throw reader.fail(node, "missing key 'key' in a facility (the key as 'tally facilities' lists it)") }
        if e.notAFacility, let other = others.first {
            throw reader.fail(node, "facility '\(e.key)' is marked not_a_facility and cannot also have '\(other)'")
        }
        return e
    }

    /// Across entries: each key listed once, merged into one facility at
    /// most, never into itself, and each alias given to one facility.
    static func check(_ entries: [FacilityCorrections.Entry], _ reader: Reader) throws {
        func at(_ e: FacilityCorrections.Entry, _ message: String) -> SpecError {
            let text = e.line - 1 < reader.lines.count ? reader.lines[e.line - 1] : nil
            return SpecError(path: reader.path, line: e.line, column: e.column, message: message, lineText: text)
        }
        var listed: [String: FacilityCorrections.Entry] = [:]
        for e in entries {
            if let first = listed[e.key] { throw at(e, "facility '\(e.key)' is listed twice (first on line \(first.line))") }
            listed[e.key] = e
        }
        var mergedInto: [String: FacilityCorrections.Entry] = [:]
        var aliasOf: [String: FacilityCorrections.Entry] = [:]
        for e in entries {
            for k in e.merge {
                if k == e.key { throw at(e, "facility '\(e.key)' cannot merge into itself") }
                if let other = listed[k] {
                    throw at(e, "key '\(k)' is merged into '\(e.key)' but is listed as a facility of its own on line \(other.line)")
                }
                if let other = mergedInto[k] {
                    throw at(e, "key '\(k)' is merged into both '\(other.key)' (line \(other.line)) and '\(e.key)'")
                }
                mergedInto[k] = e
            }
            for a in e.aliases {
                let folded = FacilityCorrections.fold(a)
                if let other = aliasOf[folded], other.key != e.key {
                    throw at(e, "alias '\(a)' is given to both '\(other.key)' (line \(other.line)) and '\(e.key)'")
                }
                aliasOf[folded] = e
            }
        }
    }
}
