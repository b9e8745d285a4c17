/// Ties each fact of one document to the facility it is about, its
/// province and scope, then hands the money to `RoleFinder`.
///
/// A figure belongs to the facility its sentence names for it: one that
/// contains the figure ("the 1,500-bed General Hospital"), one the figure
/// is linked to ("120 tỷ đồng cho Bệnh viện …"), else the nearest before it
/// in its clause, else after it. "The hospital", "dự án", "công trình" and
/// a sentence that names none mean the facility the story is about. An
/// aggregate ("the province", "72 health clinics", a ratio per 10,000
/// people, "đều") belongs to no facility.
public enum FacilityResolver {
    public static func resolve(_ facts: inout [Fact], in document: Document) {
        guard !facts.isEmpty else { return }
        var analysed: [Int: AnalysedParagraph] = [:]
        let sources = document.paragraphs.filter { $0.kind == .source }
        // A related-story teaser that names no facility or province of its
        // own is about the page's story.
        var page: StoryFacilities?
        for article in document.articles {
            let mine = facts.indices.filter { facts[$0].provenance.article == article.index }
            guard !mine.isEmpty else { continue }
            let lexicon = FacilityLexicon.forLanguage(article.language)
            var story = StoryFacilities(lexicon: lexicon)
            // Bylines and headings name facilities too ("Kon Tum Oncology Hospital" alone on a line).
            for index in article.paragraphs where document.paragraphs[index].kind.carriesFacts
                || document.paragraphs[index].kind == .byline {
                let p = AnalysedParagraph(document.paragraphs[index], source: document.source, lexicon: lexicon)
                analysed[index] = p
            }
            let places = ArticlePlaces(
                paragraphs: sources.map { ($0.kind, [], $0.text) } +
                    article.paragraphs.compactMap { i in analysed[i].map { (document.paragraphs[i].kind, $0.words, "") } },
                lexicon: lexicon)
            story.province = places.province ?? page?.province
            story.inherited = page?.main
            for index in article.paragraphs {
                if let p = analysed[index] { story.learn(p, index: index, kind: document.paragraphs[index].kind) }
            }
            for index in article.paragraphs { if let p = analysed[index] { story.place(p, index: index) } }
            if article.index == 0 { page = story }
            for i in mine {
                guard let p = analysed[facts[i].provenance.paragraph] else { continue }
                let start = canonicalOffset(document.source, facts[i].provenance.span.lowerBound)
                let end = canonicalOffset(document.source, facts[i].provenance.span.upperBound)
                let owner = FacilityAttribution(paragraph: p, index: facts[i].provenance.paragraph, lexicon: lexicon, story: story,
                                        span: start..<end, ratio: facts[i].unit.contains(" per "),
                                        money: facts[i].category == "investment", named: facts[i].category != "training")
                facts[i].facility = owner.facility
                facts[i].province = owner.province
                facts[i].scope = owner.facility != nil ? .facility : (owner.province != nil ? .province : .national)
            }
        }
        RoleFinder.assign(&facts, in: document, analysed: analysed)
    }

    /// The canonical scalar offset of an original one (spans are in the file as read).
    static func canonicalOffset(_ source: SourceText, _ original: Int) -> Int {
        var lo = 0, hi = source.originalOffset.count - 1
        while lo < hi {
            let mid = (lo + hi) / 2
            if source.originalOffset[mid] < original { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}

/// A paragraph's words and the facilities named in it.
struct AnalysedParagraph {
    let words: [Word]
    let mentions: [FacilityMention]

    init(_ paragraph: Paragraph, source: SourceText, lexicon: FacilityLexicon) {
        words = Words.of(source.scalars, in: paragraph.range)
        mentions = FacilityParser(lexicon: lexicon, words: words, scalars: source.scalars).mentions()
    }

    /// Word indices `[lower, upper)` of the sentence holding word `w`.
    func sentence(around w: Int) -> Range<Int> {
        var lower = min(w, words.count - 1)
        while lower > 0, !words[lower].gap.contains(.stop) { lower -= 1 }
        var upper = w + 1
        while upper < words.count, !words[upper].gap.contains(.stop) { upper += 1 }
        return lower..<upper
    }

    /// Words overlapping a canonical range.
    func words(in span: Range<Int>) -> ClosedRange<Int>? {
        guard let a = words.firstIndex(where: { $0.end > span.lowerBound }), words[a].start < span.upperBound else { return nil }
        var b = a
        while b + 1 < words.count, words[b + 1].start < span.upperBound { b += 1 }
        return a...b
    }
}
