/// What the extractor remembers of one article while it reads it.
struct Story {
    /// Specific names seen so far, with their paragraphs, to resolve "the
    /// hospital" to the hospital the story is about.
    var names: [(paragraph: Int, name: SubjectFinder.Name)] = []
    /// True when the headline or the lead says the story is about something
    /// not yet built ("Groundbreaking of …", "khởi công", "dự kiến").
    let planned: Bool

    init(_ document: Document, _ article: Article, _ rules: LanguageRules) {
        var frame: [Token] = []
        if let title = article.paragraphs.first(where: { [.title, .teaserTitle].contains(document.paragraphs[$0].kind) }) {
            frame += Tokenizer.tokens(document.source.scalars, in: document.paragraphs[title].range)
        }
        // The lead: the first sentence of the first paragraph, and of the
        // next one too when the first is only a headline again behind an
        // agency tag ("Vietstock - TP HCM chi …", with no full stop).
        let leads = article.paragraphs.filter { [.lede, .teaserLede, .body].contains(document.paragraphs[$0].kind) }
        for lead in leads.prefix(2) {
            let paragraph = document.paragraphs[lead]
            if let first = SentenceSplitter.sentences(document.source.scalars, in: paragraph.range, rules: rules).first {
                frame += Tokenizer.tokens(document.source.scalars, in: first)
            }
            if NoiseRules.endsSentence(paragraph.text) { break }
        }
        planned = Phrases.contains(rules.storyPlannedCues, frame)
    }
}
