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
        struct Group { var values: [Figure]; var members: [Int] }
        var groups: [Group] = []
        // owner|category|unit, by bucket number, then value band -> groups whose first value is in it.
        var buckets: [BucketName: Int] = [:]
        var index: [[Int: [Int]]] = []
        /// "owner/category/unit" of each bucket, the start of its figures' keys.
        var bucketPrefixes: [String] = []
        // Most precise first, so a rounded value finds the figure it rounds.
        let figures = facts.map { $0.value.map(Figure.init) }
        let order = facts.indices.filter { facts[$0].repeatOf == nil }.sorted { a, b in
            let sa = figures[a]?.exponent ?? Int.min, sb = figures[b]?.exponent ?? Int.min
            return sa != sb ? sa < sb : a < b
        }
        var bucketOf: [Int] = []  // by group
        var owners = OwnerKeys()
        for i in order {
            let owner: String
            if let facility = facts[i].facility { owner = facility.key }
            else if let province = facts[i].province { owner = owners.key(province: province) }
            else if facts[i].scope == .national { owner = "national" }
            else { owner = "\(facts[i].provenance.file):\(facts[i].provenance.span.lowerBound)" }
            let name = BucketName(owner, facts[i].category, facts[i].unit)
            let bucket: Int
            if let b = buckets[name] { bucket = b } else {
                bucket = index.count
                buckets[name] = bucket
                index.append([:])
                if name.joined {
                    // A "|" in a path or a unit: the key is cut where the bucket's name splits.
                    let parts = name.owner.split(separator: "|", omittingEmptySubsequences: false)
                    bucketPrefixes.append("\(parts[0])/\(parts[1])/\(parts[2])")
                } else {
                    bucketPrefixes.append("\(owner)/\(facts[i].category)/\(facts[i].unit)")
                }
            }
            guard let v = figures[i] else {
                groups.append(Group(values: [], members: [i]))
                bucketOf.append(bucket)
                continue
            }
            // Values that agree are within 5 %, so in the same or a neighbouring band.
            let band = Self.band(v.value)
            var best: Int?
            for b in (band - 1)...(band + 1) {
                for g in index[bucket][b] ?? [] where groups[g].values.allSatisfy({ agrees($0, v) }) {
                    if best.map({ nearer(groups[g].values[0], than: groups[$0].values[0], to: v) }) ?? true { best = g }
                }
            }
            if let g = best {
                if !groups[g].values.contains(where: { $0.value == v.value }) { groups[g].values.append(v) }
                groups[g].members.append(i)
            } else {
                groups.append(Group(values: [v], members: [i]))
                let g = groups.count - 1
                index[bucket][band, default: []].append(g)
                bucketOf.append(bucket)
            }
        }
        for (g, group) in groups.enumerated() {
            let amount: String
            if let v = group.values.first {
                amount = v.fields?.plainText ?? NumberText.plain(v.value)
            } else {
                let first = group.members.min()!
                amount = "\(facts[first].min.map(NumberText.plain) ?? "")-\(facts[first].max.map(NumberText.plain) ?? "")"
            }
            let key = bucketPrefixes[bucketOf[g]] + "/" + amount
            for m in group.members { facts[m].figure = key }
        }
        for i in facts.indices { if let o = facts[i].repeatOf { facts[i].figure = facts[o].figure } }
    }

    /// A figure's value with its precision and, when it fits, its integer
    /// fields, read once per fact.
    struct Figure {
        let value: Decimal
        let fields: DecimalFields?
        /// The power of ten of `step(value)`.
        let exponent: Int

        init(_ value: Decimal) {
            self.value = value
            fields = DecimalFields.read(value)
            exponent = FigureLinker.exponent(value, fields)
        }
    }

    /// Bands 5 % wide on a log scale: two values within 5 % of each other
    /// fall in the same band or in neighbouring ones.
    private static func band(_ v: Decimal) -> Int {
        let d = abs(DecimalFields.double(v))
        return d < 1 ? 0 : Int((log(d) / log(1.05)).rounded(.down))
    }

    /// "owner|category|unit", the bucket of figures that may be one: held
    /// as its three parts, so no string is joined per figure. Parts with a
    /// "|" are held joined, as the one string they make, so two buckets are
    /// one exactly when their joined names are.
    private struct BucketName: Hashable {
        let owner: String
        let category: String
        let unit: String
        /// `owner` holds the whole joined name.
        let joined: Bool

        private static func hasBar(_ text: String) -> Bool {
            let bar = UInt8(ascii: "|")
            return text.utf8.withContiguousStorageIfAvailable { $0.contains(bar) } ?? text.utf8.contains(bar)
        }

        init(_ owner: String, _ category: String, _ unit: String) {
            if Self.hasBar(owner) || Self.hasBar(category) || Self.hasBar(unit) {
                self.owner = "\(owner)|\(category)|\(unit)"; self.category = ""; self.unit = ""; joined = true
            } else {
                self.owner = owner; self.category = category; self.unit = unit; joined = false
            }
        }
    }

    /// Owner keys of province aggregates, made once per province.
    private struct OwnerKeys {
        private var provinces: [String: String] = [:]

        mutating func key(province: String) -> String {
            if let key = provinces[province] { return key }
            let key = "province:" + province.lowercased().replacingOccurrences(of: " ", with: "-")
            provinces[province] = key
            return key
        }
    }

    /// The place of the last significant digit: 1700 → 100, 1727 → 1, 32.1 → 0.1.
    static func step(_ v: Decimal) -> Decimal { Decimal(sign: .plus, exponent: exponent(v), significand: 1) }

    /// One value is the other rounded or cut to its precision ("hơn 1.395
    /// tỷ" and "around VND1.39 trillion"), and they differ by 5 % at most,
    /// so 1,000 and 1,200 beds stay two figures.
    static func agrees(_ a: Decimal, _ b: Decimal) -> Bool { agrees(Figure(a), Figure(b)) }

    private static func agrees(_ a: Figure, _ b: Figure) -> Bool {
        let (precise, coarse) = a.exponent <= b.exponent ? (a, b) : (b, a)
        if let exact = ExactFigures.agree(precise, coarse) { return exact }
        let s = Decimal(sign: .plus, exponent: coarse.exponent, significand: 1)
        let (p, c) = (precise.value, coarse.value)
        guard abs(p - c) * 20 <= Swift.max(abs(p), abs(c)) else { return false }
        return abs(p - c) * 2 < s || (c <= p && p < c + s)
    }

    /// `|a - v| < |b - v|`.
    private static func nearer(_ a: Figure, than b: Figure, to v: Figure) -> Bool {
        if let exact = ExactFigures.nearer(a, than: b, to: v) { return exact }
        return abs(a.value - v.value) < abs(b.value - v.value)
    }

    /// The power of ten of `step(v)`, read off the number as Tally writes
    /// it, so no division is done and figures sort by an integer.
    static func exponent(_ v: Decimal) -> Int { exponent(v, DecimalFields.read(v)) }

    /// The mantissa's last non-zero digit gives it directly, unless the
    /// number has more than ten decimals, which `NumberText` rounds away.
    private static func exponent(_ v: Decimal, _ fields: DecimalFields?) -> Int {
        if let e = fields?.lastDigit, e >= -10 { return e }
        let text = NumberText.plain(v).utf8
        if let dot = text.firstIndex(of: UInt8(ascii: ".")) { return -text[text.index(after: dot)...].count }
        guard text.contains(where: { $0 != UInt8(ascii: "0") && $0 != UInt8(ascii: "-") }) else { return 0 }
        return text.reversed().prefix { $0 == UInt8(ascii: "0") }.count
    }

    /// `agrees` and `nearer` on figures' integer fields, scaled to one
    /// power of ten in 128 bits; nil when a value has no such fields or a
    /// product would overflow, and `Decimal` decides. Where they answer,
    /// `Decimal` (exact to 38 digits) would answer the same.
    private enum ExactFigures {
        static func agree(_ precise: Figure, _ coarse: Figure) -> Bool? {
            guard let pf = precise.fields, let cf = coarse.fields else { return nil }
            let low = Swift.min(pf.exponent, cf.exponent, coarse.exponent)
            guard let p = scaled(pf, low), let c = scaled(cf, low), let s = power(coarse.exponent - low),
                  case let (d, o1) = p.subtractingReportingOverflow(c), !o1, d != .min else { return nil }
            let diff = d.magnitude
            let (twenty, o2) = diff.multipliedReportingOverflow(by: 20)
            guard !o2 else { return nil }
            guard twenty <= Swift.max(p.magnitude, c.magnitude) else { return false }
            let (upper, o3) = c.addingReportingOverflow(s)
            guard !o3 else { return nil }
            return diff * 2 < s.magnitude || (c <= p && p < upper)
        }

        static func nearer(_ a: Figure, than b: Figure, to v: Figure) -> Bool? {
            guard let af = a.fields, let bf = b.fields, let vf = v.fields else { return nil }
            let low = Swift.min(af.exponent, bf.exponent, vf.exponent)
            guard let x = scaled(af, low), let y = scaled(bf, low), let z = scaled(vf, low),
                  case let (dx, o1) = x.subtractingReportingOverflow(z), !o1,
                  case let (dy, o2) = y.subtractingReportingOverflow(z), !o2 else { return nil }
            return dx.magnitude < dy.magnitude
        }

        /// `f` as an integer count of `10^exponent` (at most its own exponent).
        private static func scaled(_ f: DecimalFields, _ exponent: Int) -> Int128? {
            guard let p = power(f.exponent - exponent) else { return nil }
            let (m, overflow) = Int128(f.mantissa).multipliedReportingOverflow(by: p)
            guard !overflow else { return nil }
            return f.negative ? -m : m
        }

        private static func power(_ n: Int) -> Int128? { n >= 0 && n < powers.count ? powers[n] : nil }

        /// 10^0 … 10^38, every power of ten an `Int128` holds.
        private static let powers: [Int128] = {
            var out: [Int128] = [1]
            while out.count < 39 { out.append(out[out.count - 1] * 10) }
            return out
        }()
    }
}
