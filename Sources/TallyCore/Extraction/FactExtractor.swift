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
        var stories: [Int: Story] = [:]
        for paragraph in document.paragraphs where paragraph.kind.carriesFacts {
            let article = document.articles[paragraph.article]
            let rules = LanguageRules.forLanguage(article.language)
            if stories[article.index] == nil { stories[article.index] = Story(document, article, rules) }
            let sentences = SentenceSplitter.sentences(document.source.scalars, in: paragraph.range, rules: rules)
                .map { (range: $0, tokens: Tokenizer.tokens(document.source.scalars, in: $0)) }
            let trainingParagraph = sentences.contains { Phrases.contains(rules.trainingCues, $0.tokens) }
            var previous: [Int] = []
            // The owner of the previous sentence's last figure, else its last
            // specific name: "Its first phase, worth 900 billion VND, …"
            // belongs to whatever the sentence before was about.
            var carried: String?
            for (sentence, tokens) in sentences {
                let names = SubjectFinder.names(in: tokens, rules: rules, source: document.source)
                // A temporary context, released before the story's names grow,
                // so appending to them never copies the list.
                let found = SentenceContext(
                    document: document, paragraph: paragraph, article: article, rules: rules, range: sentence,
                    tokens: tokens, names: names, known: stories[article.index]!.names, carried: carried,
                    trainingParagraph: trainingParagraph, plannedStory: stories[article.index]!.planned).facts()
                // A sentence with no figure of its own that opens with "They
                // …" and is planned or dated ("They are expected to be put
                // into use in 2022.") passes that on to the sentence before.
                // One that counts something else ("The hospital will host 12
                // experts") is about that, and passes nothing on.
                let countsOther = tokens.indices.contains { tokens[$0].kind == .number && PeriodFinder.year(tokens, $0) == nil }
                if found.isEmpty, !countsOther,
                   Phrases.firstMatch(rules.anaphora, tokens, in: 0..<min(tokens.count, 3)) == 0 {
                    let planned = Phrases.contains(rules.plannedCues, tokens)
                    let period = PeriodFinder.period(in: tokens, near: 0, within: tokens.indices, rules: rules,
                                                     source: document.source)
                    for k in previous {
                        if planned, !facts[k].qualifiers.contains(.planned) {
                            facts[k].qualifiers = (facts[k].qualifiers + [.planned]).sorted()
                        }
                        if facts[k].period == nil { facts[k].period = period }
                    }
                }
                previous = Array(facts.count..<(facts.count + found.count))
                facts.append(contentsOf: found)
                let specific = names.filter { !$0.generic }
                stories[article.index]!.names.append(contentsOf: specific.map { (paragraph.index, $0) })
                if let last = found.last?.subject ?? specific.last?.text { carried = last }
            }
        }
        RepeatLinker.link(&facts, in: document)
        FacilityResolver.resolve(&facts, in: document)
        return facts
    }
}
