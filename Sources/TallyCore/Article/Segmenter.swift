/// Splits a file into paragraphs, names each paragraph's kind, and groups them
/// into articles: the main story first, then each related-article teaser.
public enum Segmenter {
    public struct Result: Sendable {
        public var paragraphs: [Paragraph]
        public var articles: [Article]
    }

    public static func segment(_ source: SourceText) -> Result {
        var paragraphs = split(source)
        let plain = paragraphs.allSatisfy { Line.isPlain(source.scalars[$0.range]) }
        classify(&paragraphs, plain: plain) { Line(text: $0.text, scalars: Array(source.scalars[$0.range])) }
        let articles = group(&paragraphs, source: source)
        return Result(paragraphs: paragraphs, articles: articles)
    }

    /// Lines, trimmed, with hard-wrapped prose joined back: a line that does not
    /// end a sentence, followed by one that starts in lower case, continues it.
    /// Every other non-empty line is a paragraph of its own, as pages stored
    /// with single newlines need.
    static func split(_ source: SourceText) -> [Paragraph] {
        let s = source.scalars
        var lines: [Range<Int>] = []
        var start = 0
        for i in 0...s.count where i == s.count || s[i] == "\n" {
            var lo = start, hi = i
            while lo < hi, isSpace(s[lo]) { lo += 1 }
            while hi > lo, isSpace(s[hi - 1]) { hi -= 1 }
            lines.append(lo..<hi)
            start = i + 1
        }
        var ranges: [(range: Range<Int>, startsBlock: Bool)] = []
        var previousBlank = true
        for line in lines {
            if line.isEmpty { previousBlank = true; continue }
            if !previousBlank, let last = ranges.last?.range,
               let first = s[line].first, first.properties.isLowercase,
               !NoiseRules.endsSentence(Line(text: source.canonical(last), scalars: Array(s[last]))) {
                ranges[ranges.count - 1].range = last.lowerBound..<line.upperBound
            } else {
                ranges.append((line, previousBlank))
            }
            previousBlank = false
        }
        return ranges.enumerated().map { i, r in
            Paragraph(index: i, kind: .body, range: r.range, span: source.originalSpan(r.range),
                      text: source.canonical(r.range), startsBlock: r.startsBlock)
        }
    }

    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\t" || s == "\u{00A0}" || s == "\u{200B}" || s == "\u{FEFF}"
    }

    /// Names each paragraph's kind from its text and its neighbours.
    /// - The first lede is the main story's; later ones open teasers, and
    ///   the short line before a teaser's lede is its title. A title line with
    ///   its lede right under it (no blank line) below the story is a teaser
    ///   block even when the main story had no lede.
    /// - The title is the first short line that is not a sentence, before the
    ///   lede and after at most one stray paragraph (a stored page may open
    ///   with its description); under four words it is page debris.
    /// - A lead paragraph printed twice stays in the main story, as body text
    ///   that restates it.
    /// `line(p)` is paragraph `p`'s text as the rules read it, made when
    /// the rules reach it and dropped once its neighbours are read (the
    /// lines of a whole file at once were 8 bytes a scalar); `plain` is true
    /// when every line is plain.
    static func classify(_ ps: inout [Paragraph], plain: Bool, line make: (Paragraph) -> Line) {
        var seen = RepeatedText(plain: plain)
        var titleFound = false
        var ledeSeen = false
        var bodyCount = 0
        var relatedList = false
        /// A lede opens a teaser after the main story's lede, or when it sits
        /// right under its title line ("Title\n(BGO) - …") below the story.
        func opensTeaser(_ lede: Paragraph) -> Bool { ledeSeen || bodyCount > 0 && !lede.startsBlock }
        var previousLine: Line?
        var nextLine: Line?
        for i in ps.indices {
            let text = ps[i].text
            let line = nextLine ?? make(ps[i])
            nextLine = nil
            defer { previousLine = line }
            func following() -> Line {
                if nextLine == nil { nextLine = make(ps[i + 1]) }
                return nextLine!
            }
            ps[i].duplicateOf = seen.first(text, at: i)
            let next = i + 1 < ps.count ? ps[i + 1] : nil
            let previous = i > 0 ? ps[i - 1].kind : nil
            let afterImage = i > 0 && ps[i - 1].kind == .widget && isImage(previousLine!)
            let words = NoiseRules.wordCount(line.scalars, upTo: 41)
            let kind: Paragraph.Kind
            if let first = ps[i].duplicateOf, [.lede, .teaserLede].contains(ps[first].kind) { kind = .body }
            else if NoiseRules.isSourceLine(line) { kind = .source }
            else if NoiseRules.captureDate(line) != nil { kind = .captureDate }
            else if NoiseRules.isWidget(line) { kind = .widget }
            else if NoiseRules.isReadMoreTeaser(line) { kind = .readMoreTeaser }
            else if NoiseRules.isKeywordLine(line) { kind = .keywords }
            else if NoiseRules.isLede(line), !opensTeaser(ps[i]) { kind = .lede }
            // A teaser's lede sits under its title; without one, "Bà Lan - giám
            // đốc bệnh viện - cho biết …" is a sentence, not a new story. Under
            // a title that is a lede itself ("(ĐTO) - …" in a list of related
            // stories) it is the next story, a line of its own.
            else if NoiseRules.isLede(line), previous == .teaserTitle {
                kind = NoiseRules.isLede(previousLine!) ? .teaserTitle : .teaserLede
            }
            else if bodyCount > 0, NoiseRules.isRelatedHeader(line) { kind = .widget; relatedList = true }
            else if relatedList, !NoiseRules.endsSentence(line), words <= 30 { kind = .teaserTitle }
            // Under a related header ("Tin khác", "Related news") a lede of a
            // whole sentence, with no title of its own, is the next related
            // story, not the main story's body.
            else if relatedList, NoiseRules.isLede(line) { kind = .teaserLede }
            else if !NoiseRules.endsSentence(line), words <= 40 {
                if let next, NoiseRules.isLede(following()), opensTeaser(next) || !titleFound {
                    kind = opensTeaser(next) ? .teaserTitle : .title
                } else if NoiseRules.isByline(text) {
                    kind = .byline
                } else if NoiseRules.hasPhotoCredit(line) || afterImage {
                    kind = .caption
                } else if !titleFound, !ledeSeen, bodyCount <= 1, words >= 4 {
                    kind = .title
                } else if previous == .keywords || previous == .widget, bodyCount == 0 || next == nil {
                    kind = .caption
                } else if previous == .keywords {
                    kind = .caption
                } else {
                    kind = .heading
                }
            } else if NoiseRules.hasPhotoCredit(line) || previous == .keywords || afterImage {
                kind = .caption
            } else {
                kind = .body
            }
            ps[i].kind = kind
            if kind == .body || kind == .keywords || kind == .byline { relatedList = false }
            if kind == .title { titleFound = true }
            if kind == .lede { ledeSeen = true }
            if kind == .body { bodyCount += 1 }
        }
    }

    /// `6xzJ6dAl.jpgPhóng to`: an image line, whose next line is its caption.
    static func isImage(_ line: Line) -> Bool {
        guard line.plain else { return CharacterRules.isImage(line.text) }
        return imageSearch.occurs(in: line.lower)
    }
    static let imageExtensions = [".jpg", ".jpeg", ".png", ".gif", ".webp"]
    static let imageSearch = CueSearch(imageExtensions)

    /// Paragraphs from a teaser title (or a teaser lede without one) up to the
    /// next teaser form one related article; page chrome after the teasers
    /// (byline, keywords, widgets) belongs to the main story.
    static func group(_ ps: inout [Paragraph], source: SourceText) -> [Article] {
        var owner = Array(repeating: 0, count: ps.count)
        var current = 0
        var count = 1
        for i in ps.indices {
            switch ps[i].kind {
            case .teaserTitle:
                current = count; count += 1
            case .teaserLede where i == 0 || ps[i - 1].kind != .teaserTitle:
                current = count; count += 1
            default: break
            }
            let chrome = ps[i].kind == .keywords || ps[i].kind == .byline || ps[i].kind == .widget
            owner[i] = chrome ? 0 : current
            ps[i].article = owner[i]
        }
        var byOwner = Array(repeating: [Int](), count: count)
        for i in ps.indices { byOwner[owner[i]].append(i) }
        var articles: [Article] = []
        for a in 0..<count {
            let mine = byOwner[a]
            let told = mine.filter { ps[$0].kind.carriesFacts }.map { ps[$0].range }
            var article = Article(index: a, language: Language.detect(source.scalars, ranges: told))
            article.paragraphs = mine
            for i in mine {
                let p = ps[i]
                switch p.kind {
                case .title, .teaserTitle: if article.title == nil { article.title = p.text }
                case .lede, .teaserLede: if article.lede == nil { article.lede = p.text }
                case .captureDate: if article.date == nil { article.date = NoiseRules.captureDate(p.text) }
                case .byline: if article.byline == nil { article.byline = p.text }
                case .source: if article.url == nil { article.url = NoiseRules.sourceAddress(p.text) }
                case .caption: article.captions.append(p.text)
                default: break
                }
                if p.kind == .heading {
                    article.sections.append(.init(heading: p.text, paragraphs: []))
                } else if p.kind.carriesFacts, p.kind != .title, p.kind != .teaserTitle {
                    if article.sections.isEmpty { article.sections.append(.init(heading: nil, paragraphs: [])) }
                    article.sections[article.sections.count - 1].paragraphs.append(i)
                }
            }
            if article.date == nil, a == 0, let lede = article.lede {
                article.date = NoiseRules.firstNumericDate(in: String(lede.prefix(40)))
            }
            articles.append(article)
        }
        return articles
    }
}

/// The first paragraph with each text, so that a repeat points back at it.
/// Texts are `String`s, equal when canonically equivalent; when every text
/// is plain (NFC, see `Line`) that is when their bytes are equal, and hashing
/// bytes skips the normalising hash of `String` (a third of the time of
/// classifying Vietnamese pages).
struct RepeatedText {
    private struct Bytes: Hashable {
        let text: String
        static func == (a: Bytes, b: Bytes) -> Bool { a.text.utf8.elementsEqual(b.text.utf8) }
        func hash(into hasher: inout Hasher) {
            var text = text
            text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }
    }
    private let plain: Bool
    private var byBytes: [Bytes: Int] = [:]
    private var byText: [String: Int] = [:]

    init(plain: Bool) { self.plain = plain }

    /// The index of the first paragraph with `text`, or nil (and `index` is that paragraph now).
    mutating func first(_ text: String, at index: Int) -> Int? {
        if plain {
            // One hash for a new text; a repeat (rare) puts its first back.
            let key = Bytes(text: text)
            guard let first = byBytes.updateValue(index, forKey: key) else { return nil }
            byBytes[key] = first
            return first
        } else {
            if let first = byText[text] { return first }
            byText[text] = index
        }
        return nil
    }
}
