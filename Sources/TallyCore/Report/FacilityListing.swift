import Foundation

/// What `tally facilities` shows: each facility found in some articles,
/// with how often it is mentioned and the ways articles wrote it, so an
/// official can write `facilities.yaml` from it.
public struct FacilityListing: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        public var key: String
        public var name: String
        /// The province its mentions name most often (ties: the first met); nil for none.
        public var province: String?
        /// Every mention, restatements included.
        public var mentions: Int
        /// Distinct figures (`figure` keys) among the mentions.
        public var figures: Int
        /// The subjects written beside its figures, in order of first
        /// appearance: the candidates for `aliases`.
        public var written: [String]
    }

    public var rows: [Row]

    /// Rows sorted by province (none last), then name, then key, by
    /// Unicode scalars, so the listing never depends on the machine.
    public init(_ facts: [Fact]) {
        var order: [String] = []
        var byKey: [String: [Fact]] = [:]
        for f in facts {
            guard let key = f.facility?.key else { continue }
            if byKey[key] == nil { order.append(key) }
            byKey[key, default: []].append(f)
        }
        rows = order.map { key in
            let mentions = byKey[key]!
            var counts: [String: Int] = [:]
            var provinces: [String] = []
            var written: [String] = []
            for f in mentions {
                if let p = f.province { if counts[p] == nil { provinces.append(p) }; counts[p, default: 0] += 1 }
                if let s = f.subject, !written.contains(s) { written.append(s) }
            }
            let province = provinces.max { counts[$0]! < counts[$1]! || (counts[$0]! == counts[$1]! && provinces.firstIndex(of: $0)! > provinces.firstIndex(of: $1)!) }
            let figures = Set(mentions.enumerated().map { n, f in f.figure.isEmpty ? "#\(key)#\(n)" : f.figure }).count
            return Row(key: key, name: mentions[0].facility!.name, province: province, mentions: mentions.count,
                       figures: figures, written: written)
        }
        func before(_ a: String, _ b: String) -> Bool { a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars) }
        rows.sort { a, b in
            if a.province != b.province {
                guard let x = a.province else { return false }
                guard let y = b.province else { return true }
                return before(x, y)
            }
            if a.name != b.name { return before(a.name, b.name) }
            return before(a.key, b.key)
        }
    }

    /// `[{"key", "name", "province", "mentions", "figures", "written"}]`, keys in that order.
    public var json: String {
        let s = FactJSON.string
        if rows.isEmpty { return "[]\n" }
        return "[\n" + rows.map { r in
            "  {\"key\": \(s(r.key)), \"name\": \(s(r.name)), \"province\": \(r.province.map(s) ?? "null"), "
                + "\"mentions\": \(r.mentions), \"figures\": \(r.figures), \"written\": [\(r.written.map(s).joined(separator: ", "))]}"
        }.joined(separator: ",\n") + "\n]\n"
    }

    /// Columns padded to their widest cell (in characters), two spaces apart.
    public var table: String {
        let header = ["key", "name", "province", "mentions", "figures", "written"]
        let cells = [header] + rows.map { r in
            [r.key, r.name, r.province ?? "-", String(r.mentions), String(r.figures), r.written.joined(separator: " | ")]
        }
        let widths = header.indices.map { c in cells.map { $0[c].count }.max()! }
        return cells.map { row in
            row.indices.map { c in c == row.count - 1 ? row[c] : row[c] + String(repeating: " ", count: widths[c] - row[c].count) }
                .joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }.joined(separator: "\n") + "\n"
    }
}
