import Foundation

/// Gives every mention of one real figure the same `figure` key, so a
/// report counts it once and can say how many articles report it.
///
/// Mentions are one figure when they are of one owner (a facility, or the
/// aggregate of one province or of the country), category and unit, and
/// their values agree once the more precise is rounded to the precision of
/// the other: "hơn 1.727 tỷ đồng" and "VND1.7 trillion" are one figure,
/// 332 and 334 billion are two. A value that fits several figures joins the
/// nearest, and the most precise value of a figure names it. A restatement
/// (`repeatOf`) is always its original's figure.
public enum FigureLinker {
    public static func link(_ facts: inout [Fact]) {
        /// One real figure: its distinct values (one to a few) and its mentions.
        struct Group { var values: [Decimal]; var members: [Int] }
        var groups: [Group] = []
        // owner|category|unit -> value band -> groups whose first value is in it.
        var index: [String: [Int: [Int]]] = [:]
        // Most precise first, so a rounded value finds the figure it rounds.
        let steps = facts.map { $0.value.map(exponent) ?? Int.min }
        let order = facts.indices.filter { facts[$0].repeatOf == nil }.sorted { a, b in
            steps[a] != steps[b] ? steps[a] < steps[b] : a < b
        }
        var nameOf: [Int: String] = [:]
        for i in order {
            let f = facts[i]
            let bucket = "\(ownerKey(f))|\(f.category)|\(f.unit)"
            guard let v = f.value else {
                groups.append(Group(values: [], members: [i]))
                nameOf[groups.count - 1] = bucket
                continue
            }
            // Values that agree are within 5 %, so in the same or a neighbouring band.
            let band = Self.band(v)
            var best: Int?
            for b in (band - 1)...(band + 1) {
                for g in index[bucket]?[b] ?? [] where groups[g].values.allSatisfy({ agrees($0, v) }) {
                    if best.map({ abs(groups[g].values[0] - v) < abs(groups[$0].values[0] - v) }) ?? true { best = g }
                }
            }
            if let g = best {
                if !groups[g].values.contains(v) { groups[g].values.append(v) }
                groups[g].members.append(i)
            } else {
                groups.append(Group(values: [v], members: [i]))
                let g = groups.count - 1
                index[bucket, default: [:]][band, default: []].append(g)
                nameOf[g] = bucket
            }
        }
        for (g, group) in groups.enumerated() {
            let prefix = nameOf[g]!.split(separator: "|", omittingEmptySubsequences: false)
            let first = facts[group.members.min()!]
            let amount = group.values.first.map(NumberText.plain)
                ?? "\(first.min.map(NumberText.plain) ?? "")-\(first.max.map(NumberText.plain) ?? "")"
            let key = "\(prefix[0])/\(prefix[1])/\(prefix[2])/\(amount)"
            for m in group.members { facts[m].figure = key }
        }
        for i in facts.indices { if let o = facts[i].repeatOf { facts[i].figure = facts[o].figure } }
    }

    /// Bands 5 % wide on a log scale: two values within 5 % of each other
    /// fall in the same band or in neighbouring ones.
    private static func band(_ v: Decimal) -> Int {
        let d = abs(NSDecimalNumber(decimal: v).doubleValue)
        return d < 1 ? 0 : Int((log(d) / log(1.05)).rounded(.down))
    }

    private static func ownerKey(_ f: Fact) -> String {
        if let facility = f.facility { return facility.key }
        if let province = f.province { return "province:" + province.lowercased().replacingOccurrences(of: " ", with: "-") }
        if f.scope == .national { return "national" }
        return "\(f.provenance.file):\(f.provenance.span.lowerBound)"
    }

    /// The place of the last significant digit: 1700 → 100, 1727 → 1, 32.1 → 0.1.
    static func step(_ v: Decimal) -> Decimal { Decimal(sign: .plus, exponent: exponent(v), significand: 1) }

    /// One value is the other rounded or cut to its precision ("hơn 1.395
    /// tỷ" and "around VND1.39 trillion"), and they differ by 5 % at most,
    /// so 1,000 and 1,200 beds stay two figures.
    static func agrees(_ a: Decimal, _ b: Decimal) -> Bool {
        let (precise, coarse) = step(a) <= step(b) ? (a, b) : (b, a)
        let s = step(coarse)
        guard abs(precise - coarse) * 20 <= Swift.max(abs(precise), abs(coarse)) else { return false }
        return abs(precise - coarse) * 2 < s || (coarse <= precise && precise < coarse + s)
    }

    /// The power of ten of `step(v)`, read off the number as Tally writes
    /// it, so no division is done and figures sort by an integer.
    static func exponent(_ v: Decimal) -> Int {
        let text = NumberText.plain(v).utf8
        if let dot = text.firstIndex(of: UInt8(ascii: ".")) { return -text[text.index(after: dot)...].count }
        guard text.contains(where: { $0 != UInt8(ascii: "0") && $0 != UInt8(ascii: "-") }) else { return 0 }
        return text.reversed().prefix { $0 == UInt8(ascii: "0") }.count
    }
}
