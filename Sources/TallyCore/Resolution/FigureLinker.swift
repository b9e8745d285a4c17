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
        struct Group { var owner: String; var values: [Decimal]; var members: [Int] }
        var groups: [String: [Group]] = [:]  // owner|category|unit -> figures
        // Most precise first, so a rounded value finds the figure it rounds.
        let order = facts.indices.filter { facts[$0].repeatOf == nil }.sorted { a, b in
            let pa = precision(facts[a]), pb = precision(facts[b])
            return pa != pb ? pa < pb : a < b
        }
        for i in order {
            let f = facts[i]
            let owner = ownerKey(f)
            let bucket = "\(owner)|\(f.category)|\(f.unit)"
            var list = groups[bucket] ?? []
            if let v = f.value, f.role != .conversion || true {
                let fits = list.indices.filter { g in list[g].values.allSatisfy { agrees($0, v) } }
                if let best = fits.min(by: { abs(list[$0].values[0] - v) < abs(list[$1].values[0] - v) }) {
                    list[best].values.append(v); list[best].members.append(i)
                } else {
                    list.append(Group(owner: owner, values: [v], members: [i]))
                }
            } else {
                list.append(Group(owner: owner, values: [], members: [i]))
            }
            groups[bucket] = list
        }
        for (bucket, list) in groups {
            let prefix = bucket.split(separator: "|", omittingEmptySubsequences: false)
            for g in list {
                let first = facts[g.members.min()!]
                let amount = g.values.first.map(NumberText.plain)
                    ?? "\(first.min.map(NumberText.plain) ?? "")-\(first.max.map(NumberText.plain) ?? "")"
                // A figure without an owner is told apart by where it was read.
                let owner = first.facility == nil && first.province == nil && first.scope != .national
                    ? "\(first.provenance.file):\(first.provenance.span.lowerBound)" : String(prefix[0])
                let key = "\(owner)/\(prefix[1])/\(prefix[2])/\(amount)"
                for m in g.members { facts[m].figure = key }
            }
        }
        for i in facts.indices { if let o = facts[i].repeatOf { facts[i].figure = facts[o].figure } }
    }

    private static func ownerKey(_ f: Fact) -> String {
        if let facility = f.facility { return facility.key }
        if let province = f.province { return "province:" + Fold.string(province).replacingOccurrences(of: " ", with: "-") }
        if f.scope == .national { return "national" }
        return "\(f.provenance.file):\(f.provenance.span.lowerBound)"
    }

    /// The place of the last significant digit: 1700 → 100, 1727 → 1, 32.1 → 0.1.
    static func step(_ v: Decimal) -> Decimal {
        var s: Decimal = 1
        if v == 0 { return 1 }
        var x = abs(v)
        // Fractions: scale up until whole.
        var scale: Decimal = 1
        while x != x.rounded(0) && scale > Decimal(string: "0.000001")! { x *= 10; scale /= 10 }
        while (x / (s * 10)).rounded(0) * (s * 10) == x { s *= 10 }
        return s * scale
    }

    /// One value is the other rounded or cut to its precision ("hơn 1.395
    /// tỷ" and "around VND1.39 trillion"), and they differ by 5 % at most,
    /// so 1,000 and 1,200 beds stay two figures.
    static func agrees(_ a: Decimal, _ b: Decimal) -> Bool {
        let (precise, coarse) = step(a) <= step(b) ? (a, b) : (b, a)
        let s = step(coarse)
        guard abs(precise - coarse) * 20 <= Swift.max(abs(precise), abs(coarse)) else { return false }
        return abs(precise - coarse) * 2 < s || (coarse <= precise && precise < coarse + s)
    }

    private static func precision(_ f: Fact) -> Decimal { f.value.map(step) ?? 0 }
}

private extension Decimal {
    func rounded(_ scale: Int) -> Decimal {
        var input = self, result = Decimal()
        NSDecimalRound(&result, &input, scale, .plain)
        return result
    }
}
