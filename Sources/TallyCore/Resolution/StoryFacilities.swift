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
    private var knownIndex: [String: Int] = [:]
    /// The best-scored known facilities, for resolving partial names (computed once all are learned).
    private var ranked: [FacilityMention] = []
    private var best: FacilityMention?
    /// `main` as a facility, once ranked.
    private(set) var mainFacility: Facility?
    /// Every specific mention, completed, with where it stands, and whether
    /// it stands in a caption.
    private var seen: [(paragraph: Int, word: Int, mention: FacilityMention, caption: Bool)] = []
    /// Partial names of the title and lead, with their weight (see `rank`).
    private var headlinePartials: [(mention: FacilityMention, weight: Int)] = []
    /// Headline names that stand for a fuller one (see `rank`), by key.
    private var aliases: [String: FacilityMention] = [:]
    private var many = false
    /// The page's facility, for a teaser that names none of its own.
    var inherited: FacilityMention?

    init(lexicon: FacilityLexicon) { self.lexicon = lexicon }

    /// What `learn` reads of a paragraph besides its mentions.
    struct HeadlineCues {
        /// Where the sentence of each mention starts.
        var sentenceStarts: [Int]
        /// The paragraph is about the province: it opens with its health
        /// sector or department ("Ngành y tế Thái Bình …", "Cao Bang health
        /// sector …"), or the province is its subject and it names no facility.
        var aboutProvince: Bool

        init(_ p: AnalysedParagraph, lexicon: FacilityLexicon) {
            sentenceStarts = p.mentions.map { p.sentence(around: $0.first).lowerBound }
            let after = Gazetteer.match(p.words, at: 0)?.length ?? 0
            // The province is the subject ("Vĩnh Long đặt mục tiêu 35 giường
            // bệnh/vạn dân …"); before a colon or dash it only labels the
            // story ("Tuyên Quang: 42 lượt cán bộ … được đào tạo").
            let subject = after > 0 && after < p.words.count && p.mentions.isEmpty
                && p.words[after].gap.isDisjoint(with: [.colon, .dash, .comma, .stop])
            aboutProvince = !p.words.isEmpty
                && (lexicon.sectorOpeners.contains(p.words, at: 0) || after > 0 && lexicon.sectorOpeners.contains(p.words, at: after)
                    || subject)
        }
    }

    /// How much a name counts towards what the story is about, by where it stands.
    /// A photo's caption counts for nothing: a page about four provinces'
    /// programme is not about the health station one photo shows.
    static func weight(_ kind: Paragraph.Kind) -> Int {
        switch kind {
        case .title, .teaserTitle: return 3
        case .lede, .teaserLede: return 2
        case .caption: return 0
        default: return 1
        }
    }

    /// - Parameters:
    ///   - mentions: a paragraph's (`AnalysedParagraph.mentions`).
    ///   - cues: what else the paragraph says of the story; read of a title,
    ///     a lead or a heading above the text only, nil for any other paragraph.
    mutating func learn(_ mentions: [FacilityMention], index: Int, kind: Paragraph.Kind, cues: HeadlineCues?) {
        let weight = Self.weight(kind)
        // A title or lead about several facilities counts them, or names them
        // as what it is about; "the hospitals" in passing does not make it so,
        // nor do facilities counted after a facility their sentence names,
        // which is what it is about ("Bệnh viện A mở 18 lớp cho 10 trung tâm y tế").
        if weight > 1, let cues, let c = mentions.firstIndex(where: { $0.counted && !$0.bare }),
           !mentions.indices.contains(where: { k in
               let m = mentions[k]
               return k < c && cues.sentenceStarts[k] == cues.sentenceStarts[c]
                   && !m.generic && !m.counted && !m.project && !m.partner && !m.partial
           }) {
            many = true
        }
        // A title about the province's health sector ("Ngành y tế Thái Bình
        // đạt 34,5 giường bệnh/vạn dân") is about all its facilities; so is
        // a heading above the story's text, where a site's masthead took the
        // title's place ("Sức khỏe Phú Yên - Chuyên trang …" over it).
        if weight == 3 || kind == .heading, cues?.aboutProvince == true { many = true }
        // Partial names, names of a province and a level below it with no
        // place ("Tuyen Quang regional hospital"), of a province and a bare
        // kind word ("Son La hospital"), and names of a place with no level
        // ("Dien Ban hospital"): see `rank`.
        for m in mentions where weight > 1 && !m.counted && !m.project && !m.partner && m.branch == nil
            && (m.partial || m.number == nil && m.level == nil && !m.place.isEmpty
                || m.place.isEmpty && m.number == nil && m.province != nil
                    && (m.level == .regional || m.level == .district || m.level == nil && m.specialty == nil)) {
            headlinePartials.append((m, weight))
        }
        // A title or lead that names a campus of a hospital it does not
        // place ("a second campus for its general hospital") is about that
        // campus of the story's province.
        for m in mentions where !m.generic && !m.counted && !m.project && !m.partner
            && (!m.partial || (weight > 1 && m.branch != nil && province != nil)) {
            let c = complete(m)
            if let k = knownIndex[c.key] { known[k].score += weight }
            else { knownIndex[c.key] = known.count; known.append((c, weight, known.count)) }
        }
    }

    /// Once every paragraph is learned: rank what is known.
    mutating func rank() {
        // "Tuyen Quang regional hospital trains staff" over a lead naming
        // "Tan Trao Regional General Hospital" and its central partner: a
        // partial name of the headline counts for the one named facility it fits.
        // A headline's "Dien Ban hospital" is the lead's "Dien Ban Regional
        // General Hospital" when that is the one fuller name of its place.
        for (m, weight) in headlinePartials {
            let fits = known.indices.filter { k in
                let n = known[k].mention
                // Only one the text names counts (a caption's counts for nothing).
                guard !n.place.isEmpty, known[k].score > 0 else { return false }
                if m.place.isEmpty { return compatible(m, n, in: m.province ?? province) }
                return n.place == m.place && n.level != nil && n.kind == m.kind && n.direction == m.direction
                    && n.existing == m.existing && n.branch == nil && n.number == nil
                    && (m.specialty == nil || m.effectiveSpecialty == n.effectiveSpecialty)
                    && complete(m).province == n.province
            }
            // A partial name of the title or lead that fits none the text
            // names in full ("Khởi công Trung tâm Ung bướu … tại Bệnh viện Đa
            // khoa tỉnh" on a page of one province) is that province's, when
            // it names a specialty: a partial general hospital or health
            // station of a title is a campus or programme the body names in full.
            if fits.isEmpty, m.partial, !m.national, province != nil, let s = m.specialty, s != "general" {
                let c = complete(m)
                if let k = knownIndex[c.key] { known[k].score += weight }
                else { knownIndex[c.key] = known.count; known.append((c, weight, known.count)) }
                continue
            }
            guard fits.count == 1 else { continue }
            if m.partial { known[fits[0]].score += weight; continue }
            // A name of its own: its score and its mentions go to the one it fits.
            let key = complete(m).key
            guard knownIndex[key] != fits[0] else { continue }
            // "Son La hospital" is the lead's one hospital in Son La only
            // when the article names it nowhere else: "Son La General
            // Hospital" in the body is the provincial one.
            if m.level == nil, m.place.isEmpty, let k = knownIndex[key], known[k].score > weight { continue }
            if let k = knownIndex[key] { known[fits[0]].score += known[k].score; known[k].score = 0 }
            aliases[key] = known[fits[0]].mention
        }
        let sorted = known.sorted { a, b in a.score != b.score ? a.score > b.score : a.order < b.order }
        // A central hospital of no place or of another province is what a
        // page is about only when the page names no facility of its own
        // province: there it is the partner that trains or supports ("vệ
        // tinh của Bệnh viện … Trung ương", "Hue Central Hospital" on a Kon Tum page).
        // A facility named only in captions (score 0) is what no story is about.
        let scored = sorted.filter { $0.score > 0 }
        best = scored.first?.mention
        if let top = best, top.level == .central, top.national || top.province != province {
            let own = scored.first { $0.mention.level != .central && (province == nil || $0.mention.province == province) }
            // With none, a page of one province about a central hospital of
            // another ("Bệnh viện Bạch Mai đào tạo 160 lượt cán bộ y tế cho
            // Lai Châu") is about the province it trains for: no facility.
            best = own?.mention ?? (province != nil && !top.national ? nil : top)
        }
        ranked = scored.prefix(64).map(\.mention)
        mainFacility = main.map { Facility(key: $0.key, name: $0.name) }
    }

    /// After `learn`: remembers where each specific or partial mention stands.
    mutating func place(_ mentions: [FacilityMention], index: Int, caption: Bool) {
        for m in mentions where !m.generic && !m.counted && !m.project && !m.partner {
            if let r = resolve(m, at: nil) { seen.append((index, m.first, r, caption)) }
        }
    }

    /// The facility the story is about, if it is about one.
    var main: FacilityMention? {
        if many { return nil }
        return best ?? inherited
    }

    /// The facility a mention names, or nil when it names none (a count of
    /// facilities, or "the hospital" in a story about none).
    /// - Parameter sentence: the one province the mention's sentence names, if any.
    /// - Parameter position: where the mention stands, and whether in a
    ///   caption: "the hospital" of the text does not point back to a name of
    ///   a photo's caption.
    func resolve(_ m: FacilityMention, at position: (paragraph: Int, word: Int, caption: Bool)?, in sentence: Int? = nil) -> FacilityMention? {
        if m.counted { return nil }
        if m.generic || m.project {
            if let position, let last = lastSeen(before: position, kind: m.project ? nil : m.kind, caption: position.caption) {
                // A hospital named in passing ("a team from Military Hospital
                // 211 helped", "to relieve the existing provincial hospital"),
                // less often or less prominently than the story's own, is not
                // what "the hospital" of a later paragraph means: that is the
                // story's own again.
                // Nor is a central hospital that supports a story about
                // another ("Bệnh viện Nhi Trung ương đã tổ chức 5 khóa …").
                if last.paragraph != position.paragraph, let main, main.kind == last.mention.kind,
                   last.mention.oblique && score(of: last.mention) < score(of: main) || supports(last.mention) { return main }
                return last.mention
            }
            // "The centre" in a story about a hospital is some other centre.
            return m.project || main?.kind == m.kind ? main : nil
        }
        if m.partial, let fit = ranked.first(where: { compatible(m, $0, in: sentence ?? province) }) {
            return fit
        }
        // "nâng cấp trạm y tế xã và trung tâm y tế huyện": a district's or
        // commune's facility named by its level alone, of no district the
        // text names, is all of them, not one.
        if lexicon.levelAloneIsEvery, m.partial, m.level == .district || m.level == .commune { return nil }
        let c = complete(m, in: sentence)
        return aliases.isEmpty ? c : aliases[c.key] ?? c
    }

    /// A central hospital of no place or of another province than the
    /// facility the story is about, which is not central: the one that
    /// trains or supports it, not the one the story is about.
    /// With no facility of its own, a page of one province is supported
    /// by a central hospital of no place or of another province: it trains
    /// for the province ("Bệnh viện Bạch Mai đào tạo … cho Lai Châu").
    func supports(_ m: FacilityMention) -> Bool {
        guard m.level == .central else { return false }
        guard let main else { return province != nil && (m.national || m.province != province) }
        return main.level != .central && (m.national || m.province != main.province)
    }

    /// How often, and how prominently, a facility is named (see `learn`).
    private func score(of m: FacilityMention) -> Int {
        knownIndex[m.key].map { known[$0].score } ?? 0
    }

    /// The facility named last before a position (of a kind), looking back a few dozen names at most.
    private func lastSeen(before position: (paragraph: Int, word: Int, caption: Bool), kind: String?,
                          caption: Bool) -> (paragraph: Int, mention: FacilityMention)? {
        var lo = 0, hi = seen.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if (seen[mid].paragraph, seen[mid].word) < (position.paragraph, position.word) { lo = mid + 1 } else { hi = mid }
        }
        var k = lo - 1
        while k >= 0, k >= lo - 64 {
            if (kind == nil || seen[k].mention.kind == kind) && (caption || !seen[k].caption) {
                return (seen[k].paragraph, seen[k].mention)
            }
            k -= 1
        }
        return nil
    }

    /// A name that says what but not where is in its sentence's province, else the article's.
    /// A central hospital that names no place stays in none (see `FacilityMention.national`).
    func complete(_ m: FacilityMention, in sentence: Int? = nil) -> FacilityMention {
        var c = m
        if c.province == nil, !c.national {
            c.province = sentence ?? province
            if !c.place.isEmpty || c.number != nil { c.provinceWritten = false }
        }
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
