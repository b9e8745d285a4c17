import Foundation

/// The JSON form of facts, as `shared/facts-json.md` specifies: one array,
/// keys in the contract's order, numbers written in full without exponent,
/// so the output is byte-stable and reads the same in every locale.
public enum FactJSON {
    public static func encode(_ facts: [Fact]) -> String {
        var out: [UInt8] = []
        write(facts) { out.append(contentsOf: $0) }
        return String(decoding: out, as: UTF8.self)
    }

    /// The same text as UTF-8, handed to `emit` a piece at a time (a few
    /// facts' worth), so a caller can write it out as it goes: the JSON of
    /// a huge article is ten times its size and need never be held whole.
    /// Each value's bytes are copied where they go: appending `String`s
    /// piece by piece was a tenth of `tally facts` (perf).
    public static func write(_ facts: [Fact], to emit: (UnsafeBufferPointer<UInt8>) -> Void) {
        let chunk = 1 << 16
        var out = JSONBytes()
        // Room for a chunk, or for the few facts of a short list (about
        // 1 KB each): a fresh 96 KB buffer per list was a cost of its own.
        out.bytes.reserveCapacity(min(chunk + chunk / 2, 64 + facts.count * 1024))
        out.add("[\n")
        for n in facts.indices {
            if out.bytes.count >= chunk {
                out.bytes.withUnsafeBufferPointer(emit)
                out.bytes.removeAll(keepingCapacity: true)
            }
            out.add(facts[n], last: n + 1 == facts.count)
        }
        out.add("]\n")
        out.bytes.withUnsafeBufferPointer(emit)
    }

    /// The JSON of facts as UTF-8 bytes, in the contract's key order.
    struct JSONBytes {
        var bytes: [UInt8] = []

        mutating func add(_ f: Fact, last: Bool) {
            add("  {\n    \"file\": "); quote(f.provenance.file)
            add(",\n    \"language\": "); quote(f.language.rawValue)
            add(",\n    \"article\": "); number(f.provenance.article)
            add(",\n    \"article_title\": "); quote(f.provenance.articleTitle)
            add(",\n    \"paragraph\": "); number(f.provenance.paragraph)
            add(",\n    \"span\": ["); number(f.provenance.span.lowerBound)
            add(", "); number(f.provenance.span.upperBound)
            add("],\n    \"text\": "); quote(f.provenance.text)
            add(",\n    \"sentence\": "); quote(f.provenance.sentence)
            add(",\n    \"category\": "); quote(f.category)
            add(",\n    \"value\": "); decimal(f.value)
            add(",\n    \"min\": "); decimal(f.min)
            add(",\n    \"max\": "); decimal(f.max)
            add(",\n    \"unit\": "); quote(f.unit)
            add(",\n    \"subject\": "); quote(f.subject)
            add(",\n    \"qualifiers\": [")
            for (k, q) in f.qualifiers.enumerated() {
                if k > 0 { add(", ") }
                quote(q.rawValue)
            }
            add("],\n    \"period\": "); quote(f.period)
            add(",\n    \"repeat_of\": ")
            if let r = f.repeatOf { number(r) } else { add("null") }
            add(",\n    \"facility\": ")
            if let facility = f.facility {
                add("{\"key\": "); quote(facility.key)
                add(", \"name\": "); quote(facility.name)
                add("}")
            } else {
                add("null")
            }
            add(",\n    \"scope\": "); quote(f.scope?.rawValue)
            add(",\n    \"province\": "); quote(f.province)
            add(",\n    \"role\": "); quote(f.role?.rawValue)
            add(",\n    \"figure\": "); quote(f.figure)
            add(last ? "\n  }\n" : "\n  },\n")
        }

        mutating func add(_ s: StaticString) {
            s.withUTF8Buffer { bytes.append(contentsOf: $0) }
        }

        mutating func number(_ n: Int) {
            if n < 0 { bytes.append(UInt8(ascii: "-")) }
            var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)   // room for 24 digits
            var v = n.magnitude, count = 0
            withUnsafeMutableBytes(of: &digits) { room in
                repeat { room[count] = UInt8(ascii: "0") + UInt8(v % 10); v /= 10; count += 1 } while v > 0
                for k in stride(from: count - 1, through: 0, by: -1) { bytes.append(room[k]) }
            }
        }

        mutating func decimal(_ d: Decimal?) {
            guard let d else { add("null"); return }
            NumberText.appendPlain(d, to: &bytes)
        }

        /// `s` quoted (see `string`), or `null` for nil.
        mutating func quote(_ s: String?) {
            guard var text = s else { add("null"); return }
            text.withUTF8 { quote($0) }
        }

        /// UTF-8 text quoted: only ASCII bytes are ever escaped, so
        /// the bytes of other scalars are copied as they are.
        mutating func quote(_ text: UnsafeBufferPointer<UInt8>) {
            bytes.append(UInt8(ascii: "\""))
            var from = 0
            for (k, b) in text.enumerated() where b == 0x22 || b == 0x5C || b < 0x20 {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[from..<k]))
                from = k + 1
                bytes.append(UInt8(ascii: "\\"))
                switch b {
                case 0x22, 0x5C: bytes.append(b)
                case 0x0A: bytes.append(UInt8(ascii: "n"))
                case 0x0D: bytes.append(UInt8(ascii: "r"))
                case 0x09: bytes.append(UInt8(ascii: "t"))
                default:
                    // `\u00XX` in lower-case hex; `b` is below 0x20, so XX is 0X or 1X.
                    let low = b & 15
                    bytes.append(UInt8(ascii: "u")); bytes.append(0x30); bytes.append(0x30)
                    bytes.append(0x30 + (b >> 4)); bytes.append(low < 10 ? 0x30 + low : 0x57 + low)
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[from...]))
            bytes.append(UInt8(ascii: "\""))
        }
    }

    /// `s` as a JSON string, quoted, with `"`, `\\` and controls escaped.
    public static func string(_ s: String) -> String {
        var out = JSONBytes()
        out.quote(s)
        return String(decoding: out.bytes, as: UTF8.self)
    }
}
