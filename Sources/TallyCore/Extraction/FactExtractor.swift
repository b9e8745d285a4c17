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
        var buffer: [UInt8] = []   // the tokenizer's, for every sentence
        for paragraph in document.paragraphs where paragraph.kind.carriesFacts {
            let article = document.articles[paragraph.article]
            let lexicon = Lexicon.forLanguage(article.language)
            if stories[article.index] == nil { stories[article.index] = Story(document, article, lexicon) }
            let story = stories[article.index]!
            let sentences = SentenceSplitter.sentences(document.source.scalars, in: paragraph.range, lexicon: lexicon)
                .map { (range: $0, index: SentenceIndex(Tokenizer.tokens(document.source.scalars, in: $0, lexicon: lexicon, buffer: &buffer), lexicon)) }
            let trainingParagraph = sentences.contains { $0.index.contains(.training) }
            var previous: [Int] = []
            // The owner of the previous sentence's last figure, else its last
            // specific name: "Its first phase, worth 900 billion VND, …"
            // belongs to whatever the sentence before was about.
            var carried: String?
            for (sentence, index) in sentences {
                let tokens = index.tokens
                let names = SubjectFinder.names(in: tokens, lexicon: lexicon, source: document.source)
                var found: [Fact] = []
                // The prefilter: only a sentence where a figure may start is read for figures.
                if tokens.contains(where: lexicon.mayStartFigure) {
                    let read = QuantityReader(tokens: tokens, lex: lexicon, index: index)
                    found = SentenceContext(
                        read: read, categories: CategoryRules(read: read, trainingParagraph: trainingParagraph),
                        attribution: Attribution(
                            read: read, document: document, paragraph: paragraph, article: article, range: sentence,
                            names: names, story: story, carried: carried, plannedStory: story.planned,
                            sentenceText: document.source.originalText(sentence))).facts()
                }
                // A sentence with no figure of its own that opens with "They
                // …" and is planned or dated ("They are expected to be put
                // into use in 2022.") passes that on to the sentence before.
                // One that counts something else ("The hospital will host 12
                // experts") is about that, and passes nothing on.
                let countsOther = tokens.indices.contains { tokens[$0].kind == .number && PeriodFinder.year(tokens, $0) == nil }
                if found.isEmpty, !countsOther,
                   lexicon.firstMatch(CueSet(.anaphora), tokens, in: 0..<min(tokens.count, 3)) == 0 {
                    let planned = index.contains(.planned)
                    let period = PeriodFinder.period(in: index, near: 0, within: tokens.indices, source: document.source)
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
                story.add(specific, paragraph: paragraph.index)
                if let last = found.last?.subject ?? specific.last?.text { carried = last }
            }
        }
        RepeatLinker.link(&facts, in: document)
        FacilityResolver.resolve(&facts, in: document)
        return facts
    }
}
