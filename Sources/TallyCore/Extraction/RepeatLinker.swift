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
enum RepeatLinker {
    /// "gần 2.000 tỷ" in a headline for "1.987 tỷ đồng" in the body: a
    /// hedged headline figure within 5% of a body figure rounds it.
    static func roundedRestatement(_ headline: Fact, of body: Fact) -> Bool {
        let hedges: Set<Qualifier> = [.approx, .moreThan, .lessThan, .upTo, .atLeast]
        guard headline.qualifiers.contains(where: hedges.contains), let a = headline.value, let b = body.value,
              a > 0, b > 0 else { return false }
        let gap = a > b ? a - b : b - a
        return gap * 20 <= (a > b ? a : b)
    }

    static func link(_ facts: inout [Fact], in document: Document) {
        func key(_ f: Fact) -> String {
            "\(f.unit)|\(f.value.map { "\($0)" } ?? "")|\(f.min.map { "\($0)" } ?? "")|\(f.max.map { "\($0)" } ?? "")"
        }
        var byParagraph: [Int: [Int]] = [:]
        for (i, f) in facts.enumerated() { byParagraph[f.provenance.paragraph, default: []].append(i) }
        for (i, f) in facts.enumerated() {
            let p = document.paragraphs[f.provenance.paragraph]
            guard let original = p.duplicateOf, let originals = byParagraph[original],
                  let mine = byParagraph[p.index], let k = mine.firstIndex(of: i), k < originals.count,
                  key(facts[originals[k]]) == key(f) else { continue }
            facts[i].repeatOf = originals[k]
        }
        func restates(_ f: Fact) -> Bool { document.paragraphs[f.provenance.paragraph].restatesStory }
        for (i, f) in facts.enumerated() where facts[i].repeatOf == nil {
            guard restates(f) else { continue }
            let k = key(f)
            let candidates = facts.indices.filter { j in
                j != i && facts[j].repeatOf == nil && facts[j].unit == f.unit
                    && !restates(facts[j])
                    && facts[j].provenance.article == f.provenance.article
            }
            let body = candidates.first { key(facts[$0]) == k }
                ?? candidates.first { roundedRestatement(f, of: facts[$0]) }
            if let body { facts[i].repeatOf = body; continue }
            let earlier = facts[..<i].indices.first { j in
                facts[j].repeatOf == nil && key(facts[j]) == k
                    && restates(facts[j])
                    && facts[j].provenance.sentence == f.provenance.sentence
            }
            facts[i].repeatOf = earlier
        }
        // Point every repeat at an original, never at another repeat.
        for i in facts.indices {
            var seen = 0
            while let r = facts[i].repeatOf, let next = facts[r].repeatOf, seen < facts.count { facts[i].repeatOf = next; seen += 1 }
            if let r = facts[i].repeatOf { facts[i].category = facts[r].category }
        }
    }
}
