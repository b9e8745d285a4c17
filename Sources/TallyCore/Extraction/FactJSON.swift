import Foundation

/// The JSON form of facts, as `shared/facts-json.md` specifies: one array,
/// keys in the contract's order, numbers written in full without exponent,
/// so the output is byte-stable and reads the same in every locale.
public enum FactJSON {
    public static func encode(_ facts: [Fact]) -> String {
        var out = ""
        write(facts) { out += $0 }
        return out
    }

    /// The same text handed to `emit` a piece at a time (a few facts'
    /// worth), so a caller can write it out as it goes: the JSON of a huge
    /// article is ten times its size and need never be held whole.
    public static func write(_ facts: [Fact], to emit: (String) -> Void) {
        var out = "[\n"
        for (n, f) in facts.enumerated() {
            if out.utf8.count >= 1 << 16 { emit(out); out = "" }
            let p = f.provenance
            let fields: [(String, String)] = [
                ("file", string(p.file)),
                ("language", string(f.language.rawValue)),
                ("article", String(p.article)),
                ("article_title", p.articleTitle.map(string) ?? "null"),
                ("paragraph", String(p.paragraph)),
                ("span", "[\(p.span.lowerBound), \(p.span.upperBound)]"),
                ("text", string(p.text)),
                ("sentence", string(p.sentence)),
                ("category", string(f.category)),
                ("value", f.value.map(NumberText.plain) ?? "null"),
                ("min", f.min.map(NumberText.plain) ?? "null"),
                ("max", f.max.map(NumberText.plain) ?? "null"),
                ("unit", string(f.unit)),
                ("subject", f.subject.map(string) ?? "null"),
                ("qualifiers", "[" + f.qualifiers.map { string($0.rawValue) }.joined(separator: ", ") + "]"),
                ("period", f.period.map(string) ?? "null"),
                ("repeat_of", f.repeatOf.map(String.init) ?? "null"),
                ("facility", f.facility.map { "{\"key\": \(string($0.key)), \"name\": \(string($0.name))}" } ?? "null"),
                ("scope", f.scope.map { string($0.rawValue) } ?? "null"),
                ("province", f.province.map(string) ?? "null"),
                ("role", f.role.map { string($0.rawValue) } ?? "null"),
                ("figure", string(f.figure)),
            ]
            out += "  {\n"
            for (k, (key, value)) in fields.enumerated() {
                out += k == 0 ? "    \"" : ",\n    \""
                out += key
                out += "\": "
                out += value
            }
            out += "\n  }"
            out += n + 1 < facts.count ? ",\n" : "\n"
        }
        emit(out + "]\n")
    }

    public static func string(_ s: String) -> String {
        // Most text needs no escape: copy it whole.
        if !s.utf8.contains(where: { $0 == 0x22 || $0 == 0x5C || $0 < 0x20 }) { return "\"" + s + "\"" }
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
