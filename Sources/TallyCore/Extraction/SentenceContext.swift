import Foundation

/// One sentence being read: it finds each figure (`QuantityReader`), gives it
/// a meaning (`CategoryRules`) and builds its fact (`Attribution`); and it
/// joins what spans figures: a conversion after a sum, new values of the
/// figures before a target phrase.
struct SentenceContext {
    let read: QuantityReader
    let categories: CategoryRules
    let attribution: Attribution
    var tokens: [Token] { read.tokens }
    var lex: Lexicon { read.lex }
    var index: SentenceIndex { read.index }
    var document: Document { attribution.document }

    func facts() -> [Fact] {
        var out: [Fact] = []
        var lastMoney: (end: Int, fact: Fact)?
        var i = 0
        while i < tokens.count {
            if let n = lex.match(.target, tokens, at: i),
               let targets = targets(after: i + n, restating: out) {
                out.append(contentsOf: targets.facts)
                i = targets.end
                continue
            }
            guard var q = read.quantity(at: i) else { i += 1; continue }
            defer { i = max(q.end, i + 1) }
            if let next = q.changeTo {
                // The old value of a change counts what the new one counts
                // and is what exists now, so it is not planned.
                guard var newer = read.quantity(at: next), let sense = categories.meaning(of: &newer) else { continue }
                var fact = attribution.fact(q, sense, previousOwner: out.last?.subject)
                fact.qualifiers.removeAll { $0 == .planned }
                out.append(fact)
                continue
            }
            guard let sense = categories.meaning(of: &q) else { continue }
            // A count without a numeral is a figure only as training
            // ("vài chục y bác sĩ được tập huấn"); elsewhere it is prose.
            if q.vague, sense.category != "training" { continue }
            var fact = attribution.fact(q, sense, previousOwner: out.last?.subject)
            // "3.3 trillion VND (about 142.66 million USD)", "(tương đương
            // khoảng 50 triệu USD)": a conversion in parentheses is the same money, filed and owned the same way,
            // and hedged the same way unless it has its own hedge.
            let lead = read.hedge(before: q.start)?.start ?? q.start
            // Without parentheses a conversion needs its word: "VND 2
            // trillion, equivalent to US$80 million", "…, tương đương 80
            // triệu USD"; a bare comma may start another sum.
            if q.currency != nil, let last = lastMoney, last.end < tokens.count,
               let opener: Int? = tokens[last.end].isMark("(") ? 0 : tokens[last.end].isMark(",") ? 1 : nil,
               lead == last.end + 1 + (lex.match(.conversion, tokens, at: last.end + 1) ?? (opener == 0 ? 0 : -1000)) {
                fact.category = last.fact.category
                fact.subject = last.fact.subject
                if lead == q.start {
                    fact.qualifiers = (last.fact.qualifiers.filter { $0 != .planned }
                        + fact.qualifiers.filter { $0 == .planned }).sorted()
                }
            }
            if q.currency != nil { lastMoney = (q.end, fact) }
            out.append(fact)
        }
        return out
    }

    /// "The district counts 9 doctors and 21 beds per 10,000 residents and
    /// wants to lift these figures to 12 and 28 by 2030": bare numbers after a
    /// target phrase are new values of the sentence's previous figures, in
    /// order, with their units and owners, dated and planned in their clause.
    func targets(after start: Int, restating previous: [Fact]) -> (facts: [Fact], end: Int)? {
        var values: [(value: Decimal, at: Int)] = []
        var k = start
        while let (value, next) = read.number(at: k) {
            values.append((value, k))
            k = next
            guard next < tokens.count, lex.has(tokens[next], .coordinator) else { break }
            while k < tokens.count, lex.has(tokens[k], .coordinator) { k += 1 }
        }
        guard !values.isEmpty, values.count <= previous.count else { return nil }
        let facts = zip(previous.suffix(values.count), values).map { original, target -> Fact in
            var f = original
            let clause = index.clause(around: target.at)
            f.value = target.value; f.min = nil; f.max = nil
            f.qualifiers = attribution.plans(in: clause) ? [.planned] : []
            f.period = PeriodFinder.period(in: index, near: target.at, within: clause, source: document.source)
            let mention = tokens[target.at].range
            f.provenance.span = document.source.originalSpan(mention)
            f.provenance.text = document.source.originalText(mention)
            return f
        }
        return (facts, k)
    }
}
