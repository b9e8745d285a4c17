/// The facilities one article names, and the one it is about: the
/// facility named most, a name in the title or lead counting more. "The
/// hospital", "dự án" and "công trình" mean the facility last named before
/// them, else that one; "the provincial General Hospital" means the
/// article's own provincial general hospital. A story whose title or lead
/// counts facilities ("3 bệnh viện") is about all of them: a figure it does
/// not tie to one named facility belongs to none.
struct StoryFacilities {
    let lexicon: FacilityLexicon
    var province: Int?
    private var known: [(mention: FacilityMention, score: Int, order: Int)] = []
    /// Every specific mention, completed, with where it stands.
    private var seen: [(paragraph: Int, word: Int, mention: FacilityMention)] = []
    private var many = false
    /// The page's facility, for a teaser that names none of its own.
    var inherited: FacilityMention?

    init(lexicon: FacilityLexicon) { self.lexicon = lexicon }

    mutating func learn(_ p: AnalysedParagraph, index: Int, kind: Paragraph.Kind) {
        let weight: Int
        switch kind {
        case .title, .teaserTitle: weight = 3
        case .lede, .teaserLede: weight = 2
        default: weight = 1
        }
        if weight > 1, p.mentions.contains(where: \.counted) { many = true }
        for m in p.mentions where !m.generic && !m.counted && !m.project && !m.partial {
            let c = complete(m)
            if let k = known.firstIndex(where: { $0.mention.key == c.key }) { known[k].score += weight }
            else { known.append((c, weight, known.count)) }
        }
    }

    /// After `learn`: remembers where each specific or partial mention stands.
    mutating func place(_ p: AnalysedParagraph, index: Int) {
        for m in p.mentions where !m.generic && !m.counted && !m.project {
            if let r = resolve(m, at: nil) { seen.append((index, m.first, r)) }
        }
    }

    /// The facility the story is about, if it is about one.
    var main: FacilityMention? {
        if many { return nil }
        return known.max { a, b in a.score != b.score ? a.score < b.score : a.order > b.order }?.mention ?? inherited
    }

    /// The facility a mention names, or nil when it names none (a count of
    /// facilities, or "the hospital" in a story about none).
    /// - Parameter sentence: the one province the mention's sentence names, if any.
    func resolve(_ m: FacilityMention, at position: (paragraph: Int, word: Int)?, in sentence: Int? = nil) -> FacilityMention? {
        if m.counted { return nil }
        if m.generic || m.project {
            if let position, let last = seen.last(where: { ($0.paragraph, $0.word) < (position.paragraph, position.word)
                                                              && (m.project || $0.mention.kind == m.kind) }) {
                return last.mention
            }
            // "The centre" in a story about a hospital is some other centre.
            return m.project || main?.kind == m.kind ? main : nil
        }
        if m.partial {
            let fits = known.filter { compatible(m, $0.mention, in: sentence ?? province) }
            if let best = fits.max(by: { a, b in a.score != b.score ? a.score < b.score : a.order > b.order }) {
                return best.mention
            }
        }
        return complete(m, in: sentence)
    }

    /// A name that says what but not where is in its sentence's province, else the article's.
    func complete(_ m: FacilityMention, in sentence: Int? = nil) -> FacilityMention {
        var c = m
        if c.province == nil { c.province = sentence ?? province }
        return c
    }

    private func compatible(_ partial: FacilityMention, _ known: FacilityMention, in province: Int?) -> Bool {
        partial.kind == known.kind
            && (partial.specialty == nil || partial.effectiveSpecialty == known.effectiveSpecialty)
            && (partial.level == nil || partial.level == known.effectiveLevel)
            && (partial.direction == nil || partial.direction == known.direction)
            && partial.existing == known.existing
            && (partial.branch == nil || partial.branch == known.branch)
            && known.province == province
    }
}
