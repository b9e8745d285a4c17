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
        // A paragraph's analysis is made when a pass reaches it and dropped
        // when the pass moves on (all of them at once were 19 bytes per
        // byte of a huge article): the first pass keeps only what the story
        // learns (provinces named, facility mentions), the figures' pass and
        // `RoleFinder` analyse again the paragraphs they read, in order.
        let analyses = Analyses(document)
        // Every article reads the page's `Source:` lines: their hosts are read once.
        // So does the site's name on the capture-date line.
        let sources = document.paragraphs.filter { $0.kind == .source }.map { ArticlePlaces.province(ofSourceLine: $0.text) }
            + document.paragraphs.filter { $0.kind == .captureDate }.map {
                ArticlePlaces.province(ofCaptureLine: Words.of(document.source.scalars, in: $0.range))
            }
        // A related-story teaser that names no facility or province of its
        // own is about the page's story.
        var page: StoryFacilities?
        var byArticle: [Int: [Int]] = [:]
        for i in facts.indices { byArticle[facts[i].provenance.article, default: []].append(i) }
        // Each facility once, shared by all its figures: a key and a name
        // are made for every figure, each with room for 64 bytes.
        var facilities = Set<Facility>()
        for article in document.articles {
            guard let mine = byArticle[article.index] else { continue }
            let lexicon = FacilityLexicon.forLanguage(article.language)
            var story = StoryFacilities(lexicon: lexicon)
            var places = ArticlePlaces.Scores(sources: sources, lexicon: lexicon)
            var mentions: [(index: Int, mentions: [FacilityMention], cues: StoryFacilities.HeadlineCues?)] = []
            // Bylines and headings name facilities too ("Kon Tum Oncology Hospital" alone on a line).
            var textSeen = false
            for index in article.paragraphs where document.paragraphs[index].kind.carriesFacts
                || document.paragraphs[index].kind == .byline {
                let p = analyses.analyse(index, with: article.language)
                places.add(document.paragraphs[index].kind, p.words, mentions: p.mentions)
                // What `learn` reads of a title, lead or heading above the
                // text is kept, never the analysis itself.
                let kind = document.paragraphs[index].kind
                let headline = StoryFacilities.weight(kind) > 1 || kind == .heading && !textSeen
                if [.body, .lede, .teaserLede].contains(kind) { textSeen = true }
                mentions.append((index, p.mentions, headline ? StoryFacilities.HeadlineCues(p, lexicon: lexicon) : nil))
            }
            story.province = places.province ?? page?.province
            story.inherited = page?.main
            for (index, found, cues) in mentions { story.learn(found, index: index, kind: document.paragraphs[index].kind, cues: cues) }
            story.rank()
            for (index, found, _) in mentions { story.place(found, index: index, caption: document.paragraphs[index].kind == .caption) }
            mentions = []
            if article.index == 0 { page = story }
            for i in mine {
                guard let p = analyses[facts[i].provenance.paragraph] else { continue }
                let start = canonicalOffset(document.source, facts[i].provenance.span.lowerBound)
                let end = canonicalOffset(document.source, facts[i].provenance.span.upperBound)
                let owner = FacilityAttribution(paragraph: p, index: facts[i].provenance.paragraph,
                                        caption: document.paragraphs[facts[i].provenance.paragraph].kind == .caption,
                                        lexicon: lexicon, story: story,
                                        span: start..<end, ratio: isRatio(facts[i].unit),
                                        money: facts[i].category == "investment", trainees: facts[i].category == CategoryRegistry.training
                                            || facts[i].category == CategoryRegistry.transfer)
                facts[i].facility = owner.facility.map { facilities.insert($0).memberAfterInsert }
                facts[i].province = owner.province
                facts[i].provinceWritten = owner.provinceWritten
                facts[i].scope = owner.facility != nil ? .facility : (owner.province != nil ? .province : .national)
            }
        }
        RoleFinder.assign(&facts, in: document, analysed: analyses)
    }

    /// Paragraph analyses on demand: which paragraphs have one (those the
    /// first pass read, with their article's language), and the last one
    /// asked for, kept while the passes read its figures. The analyses of
    /// the first `keptScalars` scalars of paragraph text are kept too, so
    /// an article of ordinary length is analysed once (analysing it again
    /// for each pass cost a tenth of extraction); only a huge one is
    /// analysed again, and holds no more than that.
    final class Analyses {
        static let keptScalars = 1 << 20
        let document: Document
        private var language: [Language?]
        private var last: (index: Int, analysis: AnalysedParagraph)?
        private var kept: [Int: AnalysedParagraph] = [:]
        private var keptSize = 0

        init(_ document: Document) {
            self.document = document
            language = Array(repeating: nil, count: document.paragraphs.count)
        }

        /// Analyses paragraph `index`, which from now on has an analysis.
        func analyse(_ index: Int, with language: Language) -> AnalysedParagraph {
            self.language[index] = language
            if let p = kept[index] { return p }
            let p = AnalysedParagraph(document.paragraphs[index], source: document.source,
                                      lexicon: FacilityLexicon.forLanguage(language))
            last = (index, p)
            let size = document.paragraphs[index].range.count
            if keptSize + size <= Self.keptScalars {
                kept[index] = p
                keptSize += size
            }
            return p
        }

        /// The analysis of paragraph `index`, or nil when the first pass did not read it.
        subscript(index: Int) -> AnalysedParagraph? {
            guard language.indices.contains(index), let language = language[index] else { return nil }
            if let last, last.index == index { return last.analysis }
            if let p = kept[index] { return p }
            return analyse(index, with: language)
        }
    }

    /// "beds per 10,000 people". Units are ASCII, so the bytes are searched,
    /// not a Foundation `contains` per figure.
    static func isRatio(_ unit: String) -> Bool {
        var text = unit
        let found = text.withUTF8 { bytes -> Bool? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            let part: StaticString = " per "
            let n = part.utf8CodeUnitCount
            guard bytes.count >= n else { return false }
            return part.withUTF8Buffer { p in
                (0...(bytes.count - n)).contains { start in (0..<n).allSatisfy { bytes[start + $0] == p[$0] } }
            }
        }
        return found ?? unit.contains(" per ")
    }

    /// The canonical scalar offset of an original one (spans are in the file as read).
    static func canonicalOffset(_ source: SourceText, _ original: Int) -> Int {
        source.canonicalOffset(ofOriginal: original)
    }
}

/// A paragraph's words and the facilities named in it, with where each
/// sentence starts and ends, so every question a figure asks is answered in
/// time that does not grow with the paragraph (a page may be one paragraph
/// of a megabyte without a full stop).
final class AnalysedParagraph {
    let words: [Word]
    /// Sorted by position.
    let mentions: [FacilityMention]
    private let sentenceStarts: [Int]
    private let sentenceEnds: [Int]

    /// Rules look this many words around a figure at most: a clause never
    /// runs longer, and a page without full stops stays linear.
    static let reach = 120

    init(_ paragraph: Paragraph, source: SourceText, lexicon: FacilityLexicon) {
        words = Words.of(source.scalars, in: paragraph.range)
        mentions = FacilityParser(lexicon: lexicon, words: words, scalars: source.scalars).mentions()
        var starts = Array(repeating: 0, count: words.count)
        for i in words.indices.dropFirst() { starts[i] = words[i].gap.contains(.stop) ? i : starts[i - 1] }
        var ends = Array(repeating: words.count, count: words.count)
        for i in words.indices.reversed() where i + 1 < words.count {
            ends[i] = words[i + 1].gap.contains(.stop) ? i + 1 : ends[i + 1]
        }
        sentenceStarts = starts
        sentenceEnds = ends
    }

    /// Word indices `[lower, upper)` of the sentence holding word `w`, at most `reach` words either side.
    func sentence(around w: Int) -> Range<Int> {
        guard !words.isEmpty else { return 0..<0 }
        let w = min(w, words.count - 1)
        return max(sentenceStarts[w], w - Self.reach)..<min(sentenceEnds[w], w + Self.reach)
    }

    /// The facilities named inside a range of words.
    func mentions(in range: Range<Int>) -> ArraySlice<FacilityMention> {
        var lo = 0, hi = mentions.count
        while lo < hi { let mid = (lo + hi) / 2; if mentions[mid].first < range.lowerBound { lo = mid + 1 } else { hi = mid } }
        var end = lo
        while end < mentions.count, mentions[end].last < range.upperBound { end += 1 }
        return mentions[lo..<end]
    }

    /// Words overlapping a canonical range.
    func words(in span: Range<Int>) -> ClosedRange<Int>? {
        var lo = 0, hi = words.count
        while lo < hi { let mid = (lo + hi) / 2; if words[mid].end <= span.lowerBound { lo = mid + 1 } else { hi = mid } }
        guard lo < words.count, words[lo].start < span.upperBound else { return nil }
        let a = lo
        var b = a
        while b + 1 < words.count, words[b + 1].start < span.upperBound { b += 1 }
        return a...b
    }
}
