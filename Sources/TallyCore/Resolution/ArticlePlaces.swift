/// The province an article is about, from its own words: a provincial
/// paper's site tag ("(BGO) -"), the `Source:` line's host, and the
/// provinces its title, lead and body name (a name in the title or lead
/// counts more). A place inside a school's name, a news desk's dateline
/// ("HÀ NỘI —"), or a district that shares a province's name ("huyện Quảng
/// Ninh") does not count, and neither does a single passing mention.
struct ArticlePlaces {
    let province: Int?

    init(paragraphs: [(kind: Paragraph.Kind, words: [Word], text: String)], lexicon: FacilityLexicon) {
        var score: [Int: Int] = [:]
        var first: [Int: Int] = [:]
        var order = 0
        func add(_ p: Int, _ weight: Int) {
            score[p, default: 0] += weight
            if first[p] == nil { first[p] = order }
            order += 1
        }
        var bodySeen = 0
        for (kind, words, text) in paragraphs {
            if kind == .source {
                if let host = Self.host(text), let p = Gazetteer.province(inHost: host) { add(p, 3) }
                continue
            }
            let weight: Int
            switch kind {
            case .title, .teaserTitle: weight = 3
            case .lede, .teaserLede: weight = 2
            case .caption: weight = 1  // a photo may be of a place the story is not about
            default: bodySeen += 1; weight = bodySeen <= 2 ? 2 : 1
            }
            if let tag = Self.siteTag(words), let p = Gazetteer.provinces.firstIndex(where: { $0.name == tag }) { add(p, 5) }
            for (p, _) in Self.provinces(in: words, lexicon: lexicon) { add(p, weight) }
        }
        // One passing mention (a caption, a late aside) does not make a story provincial.
        province = score.keys.filter { score[$0]! >= 2 }.max { a, b in
            score[a]! != score[b]! ? score[a]! < score[b]! : first[a]! > first[b]!
        }
    }

    /// Provinces named in `words`, with the word index where each starts.
    static func provinces(in words: [Word], lexicon: FacilityLexicon) -> [(Int, Int)] {
        var found: [(Int, Int)] = []
        var i = 0
        while i < words.count {
            guard let g = Gazetteer.match(words, at: i) else { i += 1; continue }
            // "HÀ NỘI — …", "HCM CITY (VNS)-": a news desk's dateline, not the story's place.
            let after = g.length < words.count ? words[g.length].gap : []
            let dateline = i == 0 && words[0].allCaps && !after.isEmpty && after.isSubset(of: [.dash, .open])
            if words[i].capitalized, !dateline, !isDistrict(words, i, g.length, lexicon), !inSchool(words, i, g.length, lexicon) {
                found.append((g.province, i))
            }
            i += g.length
        }
        return found
    }

    private static func isDistrict(_ words: [Word], _ i: Int, _ n: Int, _ lexicon: FacilityLexicon) -> Bool {
        if i > 0, let l = lexicon.levels.match(words, endingAt: i - 1), l.value == .district || l.value == .commune,
           !words[i].gap.breaksName { return true }
        if i + n < words.count, let l = lexicon.levels.match(words, at: i + n), l.value == .district,
           !words[i + n].gap.breaksName { return true }
        return false
    }

    private static func inSchool(_ words: [Word], _ i: Int, _ n: Int, _ lexicon: FacilityLexicon) -> Bool {
        for k in max(0, i - 3)..<min(words.count, i + n + 3) where k < i || k >= i + n {
            if lexicon.organisations.contains(words, at: k) { return true }
        }
        return false
    }

    /// "(BGO) - …": a tag in brackets that opens the paragraph.
    private static func siteTag(_ words: [Word]) -> String? {
        guard let w = words.first, w.gap.contains(.open), words.count > 1, words[1].gap.contains(.close) else { return nil }
        return Gazetteer.siteTags[w.folded]
    }

    private static func host(_ line: String) -> String? {
        guard let r = line.range(of: "://") else { return nil }
        return String(line[r.upperBound...].prefix { $0 != "/" && $0 != " " })
    }
}
