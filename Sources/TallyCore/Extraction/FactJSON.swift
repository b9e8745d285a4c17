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
    /// article is ten times its size and need never be held whole. Each
    /// value is appended where it goes, not made as a string of its own
    /// first (that was a sixth of `tally facts` on a huge article).
    public static func write(_ facts: [Fact], to emit: (String) -> Void) {
        let chunk = 1 << 16
        var out = "[\n"
        out.reserveCapacity(chunk + chunk / 2)
        facts.withUnsafeBufferPointer { facts in
            for n in facts.indices {
                if out.utf8.count >= chunk {
                    emit(out)
                    out = ""
                    out.reserveCapacity(chunk + chunk / 2)
                }
                let f = facts[n]
                out += "  {\n    \"file\": "
                quote(f.provenance.file, into: &out)
                out += ",\n    \"language\": "
                quote(f.language.rawValue, into: &out)
                out += ",\n    \"article\": "
                out += String(f.provenance.article)
                out += ",\n    \"article_title\": "
                quote(f.provenance.articleTitle, into: &out)
                out += ",\n    \"paragraph\": "
                out += String(f.provenance.paragraph)
                out += ",\n    \"span\": ["
                out += String(f.provenance.span.lowerBound)
                out += ", "
                out += String(f.provenance.span.upperBound)
                out += "],\n    \"text\": "
                quote(f.provenance.text, into: &out)
                out += ",\n    \"sentence\": "
                quote(f.provenance.sentence, into: &out)
                out += ",\n    \"category\": "
                quote(f.category, into: &out)
                out += ",\n    \"value\": "
                out += f.value.map(NumberText.plain) ?? "null"
                out += ",\n    \"min\": "
                out += f.min.map(NumberText.plain) ?? "null"
                out += ",\n    \"max\": "
                out += f.max.map(NumberText.plain) ?? "null"
                out += ",\n    \"unit\": "
                quote(f.unit, into: &out)
                out += ",\n    \"subject\": "
                quote(f.subject, into: &out)
                out += ",\n    \"qualifiers\": ["
                for (k, q) in f.qualifiers.enumerated() {
                    if k > 0 { out += ", " }
                    quote(q.rawValue, into: &out)
                }
                out += "],\n    \"period\": "
                quote(f.period, into: &out)
                out += ",\n    \"repeat_of\": "
                if let r = f.repeatOf { out += String(r) } else { out += "null" }
                out += ",\n    \"facility\": "
                if let facility = f.facility {
                    out += "{\"key\": "
                    quote(facility.key, into: &out)
                    out += ", \"name\": "
                    quote(facility.name, into: &out)
                    out += "}"
                } else {
                    out += "null"
                }
                out += ",\n    \"scope\": "
                quote(f.scope?.rawValue, into: &out)
                out += ",\n    \"province\": "
                quote(f.province, into: &out)
                out += ",\n    \"role\": "
                quote(f.role?.rawValue, into: &out)
                out += ",\n    \"figure\": "
                quote(f.figure, into: &out)
                out += n + 1 < facts.count ? "\n  },\n" : "\n  }\n"
            }
        }
        out += "]\n"
        emit(out)
    }

    /// `string(s)`, or `null` for nil, appended to `out`.
    static func quote(_ s: String?, into out: inout String) {
        guard let s else { out += "null"; return }
        quote(s, into: &out)
    }

    /// `string(s)` appended to `out`.
    static func quote(_ s: String, into out: inout String) {
        // Most text needs no escape: copy it whole.
        if !s.utf8.contains(where: { $0 == 0x22 || $0 == 0x5C || $0 < 0x20 }) {
            out += "\""
            out += s
            out += "\""
        } else {
            out += string(s)
        }
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
