import Foundation

/// Marks mentions that restate a figure told elsewhere in the same file, so
/// no total is ever doubled.
///
/// - A paragraph that repeats an earlier one word for word (a lead printed
///   twice) restates it: its k-th figure points at the k-th of the first copy.
/// - A headline, caption or teaser restates the body of its article: its
///   figure points at the body mention of the same value and unit, even when
///   the body comes later on the page. Without a body mention, the first restating one
///   is the original and later identical ones point at it.
/// - A hedged headline figure also restates a body figure it rounds ("gần
///   2.000 tỷ" for "1.987 tỷ đồng").
/// - A restatement is matched on value and unit only: a headline is terse
///   ("spends 2,000 billion VND") and may lack the cue that files the body
///   mention under investment, so it takes the original's category.
///
/// Every step is a look-up (by paragraph, by value and unit, by sentence), so
/// a page of thousands of headlines links in time linear in its facts.
enum RepeatLinker {
    static let hedges: Set<Qualifier> = [.approx, .moreThan, .lessThan, .upTo, .atLeast]

    /// "gần 2.000 tỷ" in a headline for "1.987 tỷ đồng" in the body: a
    /// hedged headline figure within 5% of a body figure rounds it.
    static func roundedRestatement(_ headline: Fact, of body: Fact) -> Bool {
        guard headline.qualifiers.contains(where: hedges.contains), let a = headline.value, let b = body.value,
              a > 0, b > 0 else { return false }
        let gap = a > b ? a - b : b - a
        return gap * 20 <= (a > b ? a : b)
    }

    /// What two mentions of one figure share: unit and amounts, compared
    /// as numbers (1.50 is 1.5), the way their printed forms compare.
    struct Key: Hashable {
        let unit: String
        let value: Decimal?, min: Decimal?, max: Decimal?
        init(_ f: Fact) { unit = f.unit; value = f.value; min = f.min; max = f.max }
    }
    /// A key within one article, or within one sentence.
    struct Scoped<K: Hashable>: Hashable { let scope: Int; let key: K }

    /// Each fact's key as a number, one per distinct key: the look-ups
    /// below hold numbers, not a unit and three amounts per fact (they
    /// were a sixth of a huge article's memory while it linked).
    static func keyNumbers(_ facts: [Fact]) -> [Int32] {
        var numbers: [Key: Int32] = [:]
        return facts.map { f in
            let key = Key(f)
            if let n = numbers[key] { return n }
            let n = Int32(numbers.count)
            numbers[key] = n
            return n
        }
    }

    static func link(_ facts: inout [Fact], in document: Document) {
        let keys = keyNumbers(facts)
        let restating = document.paragraphs.map(\.restatesStory)
        func restates(_ i: Int) -> Bool { restating[facts[i].provenance.paragraph] }
        var byParagraph: [Int: [Int]] = [:]
        var position = Array(repeating: 0, count: facts.count)
        for (i, f) in facts.enumerated() {
            position[i] = byParagraph[f.provenance.paragraph]?.count ?? 0
            byParagraph[f.provenance.paragraph, default: []].append(i)
        }
        for i in facts.indices {
            let p = document.paragraphs[facts[i].provenance.paragraph]
            let k = position[i]
            guard let original = p.duplicateOf, let originals = byParagraph[original], k < originals.count,
                  keys[originals[k]] == keys[i] else { continue }
            facts[i].repeatOf = originals[k]
        }
        // Body mentions a restating one may point at: not restating, not a
        // repeat, by article and key (the first of each), and by article and
        // unit for the rounded match.
        var firstBody: [Scoped<Int32>: Int] = [:]
        var bodies: [Scoped<String>: [Int]] = [:]
        for j in facts.indices where facts[j].repeatOf == nil && !restates(j) {
            let article = facts[j].provenance.article
            if firstBody[Scoped(scope: article, key: keys[j])] == nil { firstBody[Scoped(scope: article, key: keys[j])] = j }
            bodies[Scoped(scope: article, key: facts[j].unit), default: []].append(j)
        }
        var rounding: [Scoped<String>: RoundedIndex] = [:]
        // The first restating mention of each sentence (by text) and key that
        // is an original, for later identical ones to point at.
        var sentenceIDs: [String: Int] = [:]
        var sentenceID = Array(repeating: 0, count: facts.count)
        for i in facts.indices {
            // Facts of one sentence share its text; look a text up only when it changes.
            if i > 0, facts[i].provenance.sentence == facts[i - 1].provenance.sentence {
                sentenceID[i] = sentenceID[i - 1]
            } else {
                let text = facts[i].provenance.sentence
                if let id = sentenceIDs[text] { sentenceID[i] = id } else {
                    sentenceID[i] = sentenceIDs.count; sentenceIDs[text] = sentenceIDs.count
                }
            }
        }
        var firstRestating: [Scoped<Int32>: Int] = [:]
        for i in facts.indices where facts[i].repeatOf == nil {
            guard restates(i) else { continue }
            let f = facts[i]
            let article = f.provenance.article
            var body = firstBody[Scoped(scope: article, key: keys[i])]
            if body == nil, f.qualifiers.contains(where: hedges.contains), let a = f.value, a > 0 {
                let group = Scoped(scope: article, key: f.unit)
                if rounding[group] == nil { rounding[group] = RoundedIndex(bodies[group] ?? [], facts) }
                body = rounding[group]!.first(roundingTo: a)
            }
            if let body { facts[i].repeatOf = body; continue }
            let sentenceKey = Scoped(scope: sentenceID[i], key: keys[i])
            if let earlier = firstRestating[sentenceKey] {
                facts[i].repeatOf = earlier
            } else {
                firstRestating[sentenceKey] = i
            }
        }
        // Point every repeat at an original, never at another repeat.
        for i in facts.indices {
            var seen = 0
            while let r = facts[i].repeatOf, let next = facts[r].repeatOf, seen < facts.count { facts[i].repeatOf = next; seen += 1 }
            if let r = facts[i].repeatOf { facts[i].category = facts[r].category }
        }
    }

    /// Body mentions of one article and unit sorted by value, with the least
    /// index of any run of them: "the first body mention that a hedged
    /// figure rounds" is two binary searches and one range minimum.
    struct RoundedIndex {
        var values: [Decimal] = []
        /// `least[p][k]`: the least index among positions `k ..< k + 2^p`.
        var least: [[Int]] = []

        init(_ candidates: [Int], _ facts: [Fact]) {
            var pairs: [(value: Decimal, index: Int)] = []
            for j in candidates { if let v = facts[j].value, v > 0 { pairs.append((v, j)) } }
            pairs.sort { a, b in a.value < b.value || a.value == b.value && a.index < b.index }
            values = pairs.map { $0.value }
            var level: [Int] = pairs.map { $0.index }
            least = [level]
            // Level p covers runs of 2^p: it has count - 2^p + 1 entries.
            var width = 1
            while width * 2 <= pairs.count {
                let below = level
                level = []
                for k in 0..<(below.count - width) { level.append(Swift.min(below[k], below[k + width])) }
                least.append(level)
                width *= 2
            }
        }

        /// The least index whose value `b` is within 5% of `a` as
        /// `roundedRestatement` measures it: `b` in `[0.95 a, a / 0.95]`.
        func first(roundingTo a: Decimal) -> Int? {
            // First value not too small: b >= a, or (a - b) * 20 <= a.
            var lo = 0, hi = values.count
            while lo < hi {
                let mid = (lo + hi) / 2, b = values[mid]
                if b >= a || (a - b) * 20 <= a { hi = mid } else { lo = mid + 1 }
            }
            let start = lo
            // First value too large: b > a and (b - a) * 20 > b.
            hi = values.count
            while lo < hi {
                let mid = (lo + hi) / 2, b = values[mid]
                if b > a && (b - a) * 20 > b { hi = mid } else { lo = mid + 1 }
            }
            let end = lo
            guard start < end else { return nil }
            var p = 0
            while 1 << (p + 1) <= end - start { p += 1 }
            return Swift.min(least[p][start], least[p][end - (1 << p)])
        }
    }
}
