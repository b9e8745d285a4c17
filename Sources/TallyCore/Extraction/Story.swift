/// What the extractor remembers of one article while it reads it.
final class Story {
    /// True when the headline or the lead says the story is about something
    /// not yet built ("Groundbreaking of …", "khởi công", "dự kiến").
    let planned: Bool

    /// Specific names seen so far, by the id of their head word, to resolve
    /// "the hospital" to the hospital the story is about.
    private var byHead: [Int32: Names] = [:]
    /// For a head and the short name it resolves to: how many of the head's
    /// distinct names were looked at, and the longest fuller one among them.
    private var fuller: [Int32: [String: (scanned: Int, best: String?)]] = [:]

    private struct Names {
        var first: String
        var last: (paragraph: Int, text: String)
        /// Each text once, in the order first seen, with its length in characters.
        var distinct: [(text: String, count: Int)] = []
        var seen: Set<String> = []
    }

    init(_ document: Document, _ article: Article, _ lexicon: Lexicon) {
        var frame: [Token] = []
        if let title = article.paragraphs.first(where: { [.title, .teaserTitle].contains(document.paragraphs[$0].kind) }) {
            frame += Tokenizer.tokens(document.source.scalars, in: document.paragraphs[title].range, lexicon: lexicon)
        }
        // The lead: the first sentence of the first paragraph, and of the
        // next one too when the first is only a headline again behind an
        // agency tag ("Vietstock - TP HCM chi …", with no full stop).
        let leads = article.paragraphs.filter { [.lede, .teaserLede, .body].contains(document.paragraphs[$0].kind) }
        for lead in leads.prefix(2) {
            let paragraph = document.paragraphs[lead]
            if let first = SentenceSplitter.sentences(document.source.scalars, in: paragraph.range, lexicon: lexicon).first {
                frame += Tokenizer.tokens(document.source.scalars, in: first, lexicon: lexicon)
            }
            if NoiseRules.endsSentence(paragraph.text) { break }
        }
        planned = lexicon.contains(.storyPlanned, frame)
    }

    func add(_ names: [SubjectFinder.Name], paragraph: Int) {
        for name in names {
            if byHead[name.head] == nil {
                byHead[name.head] = Names(first: name.text, last: (paragraph, name.text))
            }
            byHead[name.head]!.last = (paragraph, name.text)
            if byHead[name.head]!.seen.insert(name.text).inserted {
                byHead[name.head]!.distinct.append((name.text, name.text.count))
            }
        }
    }

    /// What a generic name with this head stands for: the last specific name
    /// with the same head in its paragraph, else the first in the story; and
    /// of that, the longest fuller form the story gives ("Bệnh viện Ung bướu"
    /// in a headline for "Bệnh viện Ung bướu Nghệ An" later on).
    func stands(for head: Int32, in paragraph: Int) -> String? {
        guard let names = byHead[head] else { return nil }
        let specific = names.last.paragraph == paragraph ? names.last.text : names.first
        let count = specific.count
        let lower = specific.lowercased()
        var (scanned, best) = fuller[head]?[specific] ?? (0, nil)
        var bestCount = best?.count ?? 0
        // `max` keeps the first of the longest: only a longer one replaces it.
        while scanned < names.distinct.count {
            let candidate = names.distinct[scanned]
            scanned += 1
            if candidate.count > count, candidate.text.lowercased().hasPrefix(lower),
               best == nil || candidate.count > bestCount {
                best = candidate.text; bestCount = candidate.count
            }
        }
        fuller[head, default: [:]][specific] = (scanned, best)
        return best ?? specific
    }
}
