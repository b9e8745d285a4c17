import Foundation

/// Builds the fact of a figure that has a meaning: its qualifiers (hedge and
/// plan), its period, its owner and where it was read.
struct Attribution {
    let read: QuantityReader
    let document: Document
    let paragraph: Paragraph
    let article: Article
    let range: Range<Int>
    /// Names in this sentence, and the story's specific names seen before it.
    let names: [SubjectFinder.Name]
    let story: Story
    /// What the previous sentence of the paragraph was about, for figures
    /// whose own sentence names no one ("Công trình có … 45 tỷ đồng").
    let carried: String?
    /// True when the story is about something not yet built.
    let plannedStory: Bool
    /// The sentence as written in the file, shared by all its facts.
    let sentenceText: String
    var tokens: [Token] { read.tokens }
    var lex: Lexicon { read.lex }
    var index: SentenceIndex { read.index }

    func fact(_ q: Quantity, _ sense: Sense, previousOwner: String?) -> Fact {
        var qualifiers: [Qualifier] = []
        if let found = read.hedge(before: q.start) { qualifiers.append(found.qualifier) }
        let clause = index.clause(around: q.numberStart)
        let plannedCategory = ["beds", "investment"].contains(sense.category)
        // In a story about something to be built, a figure of what exists
        // now ("the province currently has 10,200 beds") is not planned.
        let present = index.contains(CueSet(.now, .done), in: clause)
        let purpose = index.contains(.purpose, in: clause.lowerBound..<q.start)
        // "Bach Mai Hospital, which has 3,200 beds, will act as …": a figure
        // whose own part says it exists now is not planned by a plan word
        // outside that part.
        // Its period, too, is looked for in that part only ("Founded in 1975
        // with 100 beds, the hospital now has 1,200").
        let part = index.part(around: q.numberStart).clamped(to: clause)
        let nowPart = index.contains(.now, in: part)
        let plannedHere = (nowPart ? plans(in: part) : plans(in: clause)) || purpose
        if plannedHere || plannedStory && plannedCategory && !present {
            qualifiers.append(.planned)
        }
        let source = document.source
        let mention = tokens[q.start].range.lowerBound..<tokens[q.end - 1].range.upperBound
        let provenance = Provenance(
            file: document.path, article: article.index, articleTitle: article.title, articleDate: article.date,
            paragraph: paragraph.index, span: source.originalSpan(mention),
            text: source.originalText(mention), sentence: sentenceText)
        return Fact(category: sense.category, value: q.value, min: q.low, max: q.high, unit: sense.unit,
                    subject: subject(of: q, previousOwner: previousOwner), qualifiers: qualifiers.sorted(),
                    period: PeriodFinder.period(in: index, near: q.numberStart, within: nowPart ? part : clause,
                                                source: source),
                    language: article.language, provenance: provenance)
    }

    /// True when a plan word stands in `range` outside a counted noun (see
    /// `SentenceIndex.plans`).
    func plans(in range: Range<Int>) -> Bool { index.plans(in: range) }

    /// The owner the sentence gives the figure (see `SubjectFinder.owner`),
    /// else what the previous sentence was about. A generic name ("the
    /// hospital") stands for the last specific name with the same head in
    /// its paragraph, else the first in the story (the one the story is
    /// about, not a partner named in passing); a territory ("the province")
    /// stays as written.
    func subject(of q: Quantity, previousOwner: String?) -> String? {
        SubjectFinder.owner(of: q.start..<q.end, adjectival: q.adjectival, names: names, sentence: index,
                            source: document.source, previousOwner: previousOwner, resolve: resolve) ?? carried
    }

    func resolve(_ name: SubjectFinder.Name) -> String? {
        guard name.generic else { return name.text }
        if !lex.has(name.head, .placeHead), let text = story.stands(for: name.head, in: paragraph.index) {
            return text
        }
        return name.keepable ? name.text : nil
    }
}
