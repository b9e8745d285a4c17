import Foundation

/// Turns a parsed document into facts by the rules of each article's language.
///
/// A figure becomes a fact only when it is tied to a counted noun or a
/// currency: a bare number (a year, a date, a name like "Hospital 108") never
/// is. Distractor nouns (years, hectares, storeys, per cent) are recognised
/// and dropped explicitly, so a figure is not pinned on a noun further away.
public struct FactExtractor: Sendable {
    public init() {}

    public func extract(_ document: Document) -> [Fact] {
        var facts: [Fact] = []
        for paragraph in document.paragraphs where paragraph.kind.carriesFacts {
            let article = document.articles[paragraph.article]
            let rules = LanguageRules.forLanguage(article.language)
            let sentences = SentenceSplitter.sentences(document.source.scalars, in: paragraph.range, rules: rules)
            var previous: [Int] = []
            for sentence in sentences {
                let tokens = Tokenizer.tokens(document.source.scalars, in: sentence)
                let context = SentenceContext(document: document, paragraph: paragraph, article: article,
                                              rules: rules, range: sentence, tokens: tokens)
                // A sentence that opens with "They …" and is planned or dated
                // passes that on to the figures of the sentence before it.
                if Phrases.firstMatch(rules.anaphora, tokens, in: 0..<1) != nil {
                    let planned = Phrases.contains(rules.plannedCues, tokens)
                    let period = PeriodFinder.period(in: tokens, near: 0, rules: rules, source: document.source)
                    for k in previous {
                        if planned, !facts[k].qualifiers.contains(.planned) { facts[k].qualifiers.append(.planned) }
                        if facts[k].period == nil { facts[k].period = period }
                    }
                }
                let found = context.facts()
                previous = Array(facts.count..<(facts.count + found.count))
                facts.append(contentsOf: found)
            }
        }
        RepeatLinker.link(&facts, in: document)
        return facts
    }
}

/// One sentence being read: its tokens and the rules of its language.
struct SentenceContext {
    let document: Document
    let paragraph: Paragraph
    let article: Article
    let rules: LanguageRules
    let range: Range<Int>
    let tokens: [Token]

    /// A figure as read from the tokens, before it is given meaning.
    struct Quantity {
        var start: Int          // first token of the mention
        var end: Int            // one past the last token of the mention
        var numberStart: Int    // first token of the number itself
        var value: Decimal?
        var low: Decimal?
        var high: Decimal?
        var currency: String?
        var scaled = false
    }

    func facts() -> [Fact] {
        var out: [Fact] = []
        var i = 0
        while i < tokens.count {
            guard var q = quantity(at: i) else { i += 1; continue }
            defer { i = max(q.end, i + 1) }
            guard let sense = meaning(of: &q) else { continue }
            out.append(fact(q, sense))
        }
        return out
    }

    // MARK: Reading the number

    func quantity(at i: Int) -> Quantity? {
        var j = i
        var currency: String?
        if let (code, n) = Phrases.longest(rules.currencies, tokens, at: i), j + n < tokens.count,
           tokens[j + n].kind == .number {
            currency = code; j += n
        }
        guard let (first, afterFirst) = number(at: j) else { return nil }
        if currency == nil, isInsideName(numberAt: j) { return nil }
        var q = Quantity(start: i, end: afterFirst, numberStart: j, value: first, currency: currency)
        // Ranges: 30-50, 30 – 50, from 30 to 50, between 30 and 50, từ 30 đến 50.
        if afterFirst + 1 < tokens.count, rules.rangeWords.contains(tokens[afterFirst].text),
           let (second, afterSecond) = number(at: afterFirst + 1), second > first {
            let word = tokens[afterFirst].text
            let opened = j > 0 && rules.rangeOpeners.contains(tokens[j - 1].text)
            if word != "and" || opened {
                q.low = first; q.high = second; q.value = nil; q.end = afterSecond
                if opened, q.start == j { q.start = j - 1 }
            }
        }
        // Scale words compose: "17 nghìn tỷ", "1.6 trillion".
        var k = q.end
        var factor: Decimal = 1
        while k < tokens.count, tokens[k].kind == .word, let m = rules.multipliers[tokens[k].text] {
            factor *= m; k += 1; q.scaled = true
        }
        if q.scaled {
            q.value = q.value.map { $0 * factor }; q.low = q.low.map { $0 * factor }; q.high = q.high.map { $0 * factor }
            q.end = k
        }
        if q.currency == nil, let (code, n) = Phrases.longest(rules.currencies, tokens, at: q.end) {
            q.currency = code; q.end += n
        }
        if q.currency == nil, q.scaled, let implied = rules.impliedCurrency, !nextIsNoun(q.end) {
            q.currency = implied
        }
        return q
    }

    /// A number token or a spelled-out number ("nine", "twenty-four").
    func number(at j: Int) -> (Decimal, Int)? {
        guard j < tokens.count else { return nil }
        let t = tokens[j]
        if t.kind == .number {
            // A time (17:51), a date (20/09/2020) or a code (05-CT/TU) is not a figure.
            if j + 2 < tokens.count, [":", "/"].contains(tokens[j + 1].text), !tokens[j + 1].spaceBefore,
               tokens[j + 2].kind == .number { return nil }
            if j >= 2, [":", "/"].contains(tokens[j - 1].text), !t.spaceBefore, tokens[j - 2].kind == .number { return nil }
            guard let v = NumberReader.read(t.text, rules: rules) else { return nil }
            return (v, j + 1)
        }
        guard t.kind == .word, let v = rules.numberWords[t.text] else { return nil }
        if j + 2 < tokens.count, tokens[j + 1].text == "-", let ones = rules.numberWords[tokens[j + 2].text], ones < 10, v >= 20 {
            return (Decimal(v + ones), j + 3)
        }
        return (Decimal(v), j + 1)
    }

    /// `Hospital 108`, `Directive No 05`, `Covid-19`, `lớp 11`, `1Providing`:
    /// a number glued to letters or right after a naming word is part of a name.
    func isInsideName(numberAt j: Int) -> Bool {
        let t = tokens[j]
        guard t.kind == .number else { return false }
        if j > 0 {
            let p = tokens[j - 1]
            if !t.spaceBefore, p.kind == .word, rules.currencies[[p.text]] == nil { return true }
            if !t.spaceBefore, p.text == "-", j > 1, tokens[j - 2].kind == .word, !p.spaceBefore { return true }
            if p.kind == .word, rules.nameBefore.contains(p.text) { return true }
            if p.text == ".", j > 1, rules.nameBefore.contains(tokens[j - 2].text) { return true }
            if p.text == "#" { return true }
        }
        if j + 1 < tokens.count {
            let n = tokens[j + 1]
            if !n.spaceBefore, n.kind == .word, rules.multipliers[n.text] == nil, rules.units[[n.text]] == nil,
               rules.currencies[[n.text]] == nil { return true }
            // Ordinals: 81st, 2nd, 3rd, 4th.
            if !n.spaceBefore, ["st", "nd", "rd", "th"].contains(n.text) { return true }
        }
        return false
    }

    func nextIsNoun(_ k: Int) -> Bool {
        guard k < tokens.count else { return false }
        return Phrases.longest(rules.units, tokens, at: k) != nil
    }

    // MARK: Giving it meaning

    struct Sense { var category: String; var unit: String }

    func meaning(of q: inout Quantity) -> Sense? {
        if let currency = q.currency {
            return Sense(category: moneyCategory(q), unit: currency)
        }
        var k = q.end
        // Adjectival: "a 700-bed hospital", "15-storey".
        if k + 1 < tokens.count, tokens[k].text == "-", !tokens[k].spaceBefore,
           let (sense, n) = Phrases.longest(rules.units, tokens, at: k + 1) {
            q.end = k + 1 + n
            return sense.category.map { Sense(category: $0, unit: sense.unit) }
        }
        // A counted noun, perhaps behind a few fillers ("20 higher-level techniques").
        var skipped = 0
        while k < tokens.count, skipped <= 3 {
            if let (sense, n) = Phrases.longest(rules.units, tokens, at: k) {
                guard let category = sense.category else { return nil }
                q.end = k + n
                var unit = sense.unit
                if unit == "beds", q.end + 1 < tokens.count, tokens[q.end].text == "per",
                   let per = number(at: q.end + 1), per.1 < tokens.count, tokens[per.1].kind == .word {
                    // A ratio, not a count: "32.1 hospital beds per 10,000 people".
                    unit = "beds per " + document.source.canonical(tokens[q.end + 1].range) + " " + tokens[per.1].text
                }
                if sense.trainingWhenCued, Phrases.contains(rules.trainingCues, tokens) {
                    return Sense(category: "training", unit: unit)
                }
                return Sense(category: category, unit: unit)
            }
            guard tokens[k].kind == .word || tokens[k].text == "-", rules.fillers.contains(tokens[k].text) else { return nil }
            k += 1; skipped += 1
        }
        return nil
    }

    func moneyCategory(_ q: Quantity) -> String {
        let before = max(0, q.start - 6)..<q.start
        for i in before {
            for cue in rules.nonInvestmentCues where Phrases.matches(cue, tokens, at: i) { return "finance" }
        }
        return Phrases.contains(rules.investmentCues, tokens) ? "investment" : "finance"
    }

    // MARK: Building the fact

    func fact(_ q: Quantity, _ sense: Sense) -> Fact {
        var qualifiers: [Qualifier] = []
        if let (hedge, _) = Phrases.endingBefore(rules.qualifiers, tokens, end: q.start) {
            qualifiers.append(hedge)
        } else if q.start >= 2, tokens[q.start - 1].text == "of", tokens[q.start - 2].text == "total",
                  let (hedge, _) = Phrases.endingBefore(rules.qualifiers, tokens, end: q.start - 3) {
            qualifiers.append(hedge)
        }
        if Phrases.contains(rules.plannedCues, tokens) { qualifiers.append(.planned) }
        let source = document.source
        let mention = tokens[q.start].range.lowerBound..<tokens[q.end - 1].range.upperBound
        let provenance = Provenance(
            file: document.path, article: article.index, articleTitle: article.title, articleDate: article.date,
            paragraph: paragraph.index, span: source.originalSpan(mention),
            text: source.originalText(mention), sentence: source.originalText(range))
        return Fact(category: sense.category, value: q.value, min: q.low, max: q.high, unit: sense.unit,
                    subject: SubjectFinder.subject(in: tokens, near: q.numberStart, rules: rules, source: source),
                    qualifiers: qualifiers.sorted(),
                    period: PeriodFinder.period(in: tokens, near: q.numberStart, rules: rules, source: source),
                    language: article.language, provenance: provenance)
    }
}
