import Foundation

/// Marks how money figures stand to each other in one article, so a sum
/// never adds a part to its total or a conversion to its money:
///
/// - a figure in another currency right after a figure, in brackets or
///   after "equivalent to" / "tương đương", is a `conversion` of it (and
///   belongs to the same facility);
/// - a smaller figure after a larger one, in the same or one of the next
///   few sentences, is a `part` of it when it is said to be a component
///   ("of which", "vốn đối ứng", "chi phí xây lắp") or when the larger one
///   is shared by several facilities and the smaller names one of them, as
///   long as the parts do not add up to more than the total; the larger one
///   is then the `total`. An increase or money paid out so far is neither.
enum RoleFinder {
    static func assign(_ facts: inout [Fact], in document: Document, analysed: [Int: AnalysedParagraph]) {
        struct Money { let index: Int; let paragraph: Int; let words: ClosedRange<Int>; let sentence: Range<Int> }
        var byArticle: [Int: [Money]] = [:]
        for i in facts.indices where facts[i].category == "investment" && facts[i].value != nil {
            let p = facts[i].provenance
            guard let a = analysed[p.paragraph] else { continue }
            let span = FacilityResolver.canonicalOffset(document.source, p.span.lowerBound)..<FacilityResolver.canonicalOffset(document.source, p.span.upperBound)
            guard let w = a.words(in: span) else { continue }
            byArticle[p.article, default: []].append(Money(index: i, paragraph: p.paragraph, words: w, sentence: a.sentence(around: w.lowerBound)))
        }
        for article in document.articles {
            guard let money = byArticle[article.index] else { continue }
            let roles = FacilityLexicon.forLanguage(article.language).roles
            // Conversions.
            var converted = Set<Int>()
            for (n, m) in money.enumerated() where n > 0 {
                let g = money[n - 1]
                guard g.paragraph == m.paragraph, g.sentence == m.sentence, facts[g.index].unit != facts[m.index].unit,
                      let words = analysed[m.paragraph]?.words else { continue }
                let between = (g.words.upperBound + 1)..<m.words.lowerBound
                let bracket = words[m.words.lowerBound].gap.contains(.open) || between.contains { words[$0].gap.contains(.open) }
                let linked = between.isEmpty ? false : roles.conversions.match(words, at: between.lowerBound).map { $0.length >= between.count } ?? false
                if between.count <= 3, bracket || linked || (between.isEmpty && words[m.words.lowerBound].gap.contains(.comma)) {
                    facts[m.index].role = .conversion
                    facts[m.index].facility = facts[g.index].facility
                    facts[m.index].province = facts[g.index].province
                    facts[m.index].scope = facts[g.index].scope
                    converted.insert(m.index)
                }
            }
            // Totals and parts.
            let candidates = money.filter { !converted.contains($0.index) && facts[$0.index].repeatOf == nil }
            var parts: [Int: [Int]] = [:]  // total -> parts
            var isPart = Set<Int>()
            for (n, m) in candidates.enumerated() {
                guard let words = analysed[m.paragraph]?.words else { continue }
                func near(_ t: PhraseTable<Bool>, before: Int, after: Int) -> Bool {
                    let lo = max(m.sentence.lowerBound, m.words.lowerBound - before)
                    let hi = min(m.sentence.upperBound, m.words.upperBound + 1 + after)
                    return (lo..<hi).contains { !m.words.contains($0) && t.contains(words, at: $0) }
                }
                if near(roles.totals, before: 6, after: 0) || near(roles.neither, before: 6, after: 4) { continue }
                let cued = near(roles.parts, before: 6, after: 6)
                let f = facts[m.index]
                // The nearest larger figure before it, a few sentences back at most.
                for t in candidates[..<n].reversed() {
                    guard t.paragraph >= m.paragraph - 2, !isPart.contains(t.index) else { continue }
                    let total = facts[t.index]
                    guard total.unit == f.unit, let tv = total.value, let v = f.value, tv > v else { continue }
                    let shared = total.facility == nil && f.facility != nil
                    guard cued || shared, total.facility == nil || total.facility == f.facility else { break }
                    let sum = (parts[t.index] ?? []).reduce(v) { $0 + (facts[$1].value ?? 0) }
                    guard sum <= tv * Decimal(string: "1.02")! else { break }
                    parts[t.index, default: []].append(m.index)
                    isPart.insert(m.index)
                    break
                }
            }
            for (total, list) in parts {
                facts[total].role = .total
                for p in list { facts[p].role = .part }
            }
        }
        // A restatement stands as its original does; so does a conversion of it.
        for i in facts.indices {
            if let o = facts[i].repeatOf, facts[i].role != .conversion { facts[i].role = facts[o].role }
        }
    }
}
