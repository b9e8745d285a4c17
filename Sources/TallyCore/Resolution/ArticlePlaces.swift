/// The province an article is about, from its own words: a provincial
/// paper's site tag ("(BGO) -"), the `Source:` line's host, and the
/// provinces its title, lead and body name (a name in the title or lead
/// counts more). A place inside a school's name, a news desk's dateline
/// ("HÀ NỘI —"), or a district that shares a province's name ("huyện Quảng
/// Ninh") does not count, and neither does a single passing mention.
struct ArticlePlaces {
    let province: Int?

    /// - Parameter sources: the province each `Source:` line's host names, if any (see `province(ofSourceLine:)`).
    init(sources: [Int?], paragraphs: [(kind: Paragraph.Kind, words: [Word])], lexicon: FacilityLexicon) {
        var scores = Scores(sources: sources, lexicon: lexicon)
        for (kind, words) in paragraphs { scores.add(kind, words) }
        province = scores.province
    }

    /// The provinces an article names, counted a paragraph at a time, so no
    /// paragraph's words need be kept once they are read.
    struct Scores {
        let lexicon: FacilityLexicon
        private var score: [Int: Int] = [:]
        private var first: [Int: Int] = [:]
        private var order = 0
        private var bodySeen = 0
        /// The title or lead opens by saying the story is national ("Cả nước có …",
        /// "Nationwide, …").
        private var nationalTitle = false

        init(sources: [Int?], lexicon: FacilityLexicon) {
            self.lexicon = lexicon
            for case let p? in sources { add(p, 3) }
        }

        private mutating func add(_ p: Int, _ weight: Int) {
            score[p, default: 0] += weight
            if first[p] == nil { first[p] = order }
            order += 1
        }

        /// The next paragraph of the article, in file order. A province in
        /// the name of a central hospital among its `mentions` ("Bệnh viện
        /// Trung ương Huế" on a Kon Tum page) is that hospital's, not the
        /// story's, unless a title names it (a story about that hospital).
        mutating func add(_ kind: Paragraph.Kind, _ words: [Word], mentions: [FacilityMention] = []) {
            // Only a headline or lead above the body that opens with the
            // cue: "đứng đầu cả nước" (first in the country) is said of a province.
            if [.title, .heading, .lede].contains(kind), bodySeen == 0, !words.isEmpty, lexicon.nationalOpeners.contains(words, at: 0) {
                nationalTitle = true
            }
            let weight: Int
            switch kind {
            case .title, .teaserTitle: weight = 3
            case .lede, .teaserLede: weight = 2
            case .caption: weight = 1  // a photo may be of a place the story is not about
            default: bodySeen += 1; weight = bodySeen <= 2 ? 2 : 1
            }
            if let tag = ArticlePlaces.siteTag(words), let p = Gazetteer.provinces.firstIndex(where: { $0.name == tag }) { add(p, 5) }
            for (p, at) in ArticlePlaces.provinces(in: words, 0..<words.count, lexicon: lexicon)
            where weight == 3 || !mentions.contains(where: { $0.level == .central && $0.first <= at && at <= $0.last }) {
                add(p, weight)
            }
        }

        /// One passing mention (a caption, a late aside) does not make a story
        /// provincial, and a national story has no province of its own: a
        /// city it names is where it was said ("tổng kết … ở Hà Nội"), and a
        /// figure in it is a province's only when its sentence names one.
        var province: Int? {
            if nationalTitle { return nil }
            return score.keys.filter { score[$0]! >= 2 }.max { a, b in
                score[a]! != score[b]! ? score[a]! < score[b]! : first[a]! > first[b]!
            }
        }
    }

    /// Provinces named in `words[range]` (read as if nothing lay outside
    /// it), with the word index where each starts.
    static func provinces(in words: [Word], _ range: Range<Int>, lexicon: FacilityLexicon) -> [(Int, Int)] {
        var found: [(Int, Int)] = []
        var i = range.lowerBound
        while i < range.upperBound {
            guard let g = Gazetteer.match(words, at: i, limit: range.upperBound) else { i += 1; continue }
            // "HÀ NỘI — …", "HCM CITY (VNS)-": a news desk's dateline, not the story's place.
            let first = i == range.lowerBound
            let after = first && i + g.length < range.upperBound ? words[i + g.length].gap : []
            let dateline = first && words[i].allCaps && !after.isEmpty && after.isSubset(of: [.dash, .rule, .open])
            if words[i].capitalized, !dateline, !isDistrict(words, range, i, g.length, lexicon),
               !inSchool(words, range, i, g.length, lexicon), !isWhereSaid(words, range, i, g.length, lexicon) {
                found.append((g.province, i))
            }
            i += g.length
        }
        return found
    }

    /// "In Hanoi, the Health Ministry said …", "Tại Hà Nội, ông A cho biết …":
    /// a province that opens a sentence of saying, before a comma, is where
    /// it was said, not what the sentence is about.
    private static func isWhereSaid(_ words: [Word], _ range: Range<Int>, _ i: Int, _ length: Int,
                                    _ lexicon: FacilityLexicon) -> Bool {
        var start = i
        if i > range.lowerBound, !words[i].gap.contains(.stop),
           let link = lexicon.placeLinks.match(words, endingAt: i - 1, from: range.lowerBound) {
            start = i - link.length
        }
        let after = i + length
        guard start == range.lowerBound || words[start].gap.contains(.stop),
              after < range.upperBound, words[after].gap.contains(.comma) else { return false }
        var j = after
        while j < range.upperBound, j == after || !words[j].gap.contains(.stop) {
            if lexicon.reporting.contains(words, at: j) { return true }
            j += 1
        }
        return false
    }

    /// The one district (or commune) a stretch of words names outside any
    /// facility's name ("Tại huyện Mèo Vạc, …", "In Meo Vac district, …"),
    /// as the level and its place's words; nil when it names none or several.
    static func district(in words: [Word], _ range: Range<Int>, outside mentions: ArraySlice<FacilityMention>,
                         lexicon: FacilityLexicon) -> (level: Level, place: Range<Int>)? {
        var found: (level: Level, place: Range<Int>)?
        func inName(_ k: Int) -> Bool { mentions.contains { $0.first <= k && k <= $0.last } }
        func run(from k: Int, step: Int) -> Range<Int>? {
            var a = k, b = k
            while b + step >= range.lowerBound, b + step < range.upperBound, abs(b + step - k) < 3,
                  words[b + step].capitalized, !words[b + step].isNumber, !inName(b + step),
                  !lexicon.placeLinks.contains(words, at: b + step), !lexicon.notNames.contains(words, at: b + step),
                  step > 0 ? !words[b + step].gap.breaksName : !words[b].gap.breaksName { b += step }
            guard words[k].capitalized, !words[k].isNumber, !inName(k) else { return nil }
            if step < 0 { swap(&a, &b) }
            return a..<(b + 1)
        }
        var i = range.lowerBound
        while i < range.upperBound {
            guard !inName(i), let l = lexicon.levels.match(words, at: i, limit: range.upperBound),
                  l.value == .district || l.value == .commune else { i += 1; continue }
            var place: Range<Int>?
            let after = i + l.length
            if lexicon.order == .headFirst, after < range.upperBound, !words[after].gap.breaksName {
                // "huyện miền núi Sơn Động": up to two plain words may describe the district first.
                var start = after
                while start < after + 2, start + 1 < range.upperBound, !words[start].capitalized, !words[start].isNumber,
                      !words[start + 1].gap.breaksName { start += 1 }
                place = run(from: start, step: 1)
            } else if lexicon.order == .headLast, i > range.lowerBound, !words[i].gap.breaksName {
                place = run(from: i - 1, step: -1)
            }
            if let place {
                if let f = found, words[f.place].map(\.folded) != words[place].map(\.folded) { return nil }
                found = (l.value, place)
            }
            i = after
        }
        return found
    }

    private static func isDistrict(_ words: [Word], _ range: Range<Int>, _ i: Int, _ n: Int, _ lexicon: FacilityLexicon) -> Bool {
        if i > range.lowerBound, let l = lexicon.levels.match(words, endingAt: i - 1, from: range.lowerBound),
           l.value == .district || l.value == .commune, !words[i].gap.breaksName { return true }
        if i + n < range.upperBound, let l = lexicon.levels.match(words, at: i + n, limit: range.upperBound), l.value == .district,
           !words[i + n].gap.breaksName { return true }
        return false
    }

    private static func inSchool(_ words: [Word], _ range: Range<Int>, _ i: Int, _ n: Int, _ lexicon: FacilityLexicon) -> Bool {
        // A school's name runs up to five words before its place ("Trường
        // Đại học Y Dược Huế"), up to three after ("Hanoi Medical University").
        for k in max(range.lowerBound, i - 5)..<min(range.upperBound, i + n + 3) where k < i || k >= i + n {
            if lexicon.organisations.contains(words, at: k, limit: range.upperBound) { return true }
        }
        return false
    }

    /// The province a `Source:` line's host names ("baobacgiang.vn").
    static func province(ofSourceLine line: String) -> Int? {
        host(line).flatMap(Gazetteer.province(inHost:))
    }

    /// The province a site's name on the capture-date line names, as a
    /// provincial paper or station is named after its province (" date
    /// 2024-07-06 SƠN LA TV - Đài Phát thanh và Truyền hình Sơn La"): one
    /// province, named once or more, and no other.
    static func province(ofCaptureLine words: [Word]) -> Int? {
        var found: Int?
        var i = 0
        while i < words.count {
            guard let g = Gazetteer.match(words, at: i) else { i += 1; continue }
            if let f = found, f != g.province { return nil }
            found = g.province
            i += g.length
        }
        return found
    }

    /// "(BGO) - …": a tag in brackets that opens the paragraph.
    fileprivate static func siteTag(_ words: [Word]) -> String? {
        guard let w = words.first, w.gap.contains(.open), words.count > 1, words[1].gap.contains(.close) else { return nil }
        return Gazetteer.siteTags[w.folded]
    }

    /// The host after the line's first "://". An ASCII line (every URL
    /// line) is read as bytes, the same answer without Foundation's search.
    private static func host(_ line: String) -> String? {
        let bytes = Array(line.utf8)
        guard bytes.allSatisfy({ $0 < 0x80 }) else {
            guard let r = line.range(of: "://") else { return nil }
            return String(line[r.upperBound...].prefix { $0 != "/" && $0 != " " })
        }
        let colon = UInt8(ascii: ":"), slash = UInt8(ascii: "/"), space = UInt8(ascii: " ")
        guard bytes.count >= 3,
              let at = (0...(bytes.count - 3)).first(where: { bytes[$0] == colon && bytes[$0 + 1] == slash && bytes[$0 + 2] == slash })
        else { return nil }
        let rest = bytes[(at + 3)...]
        return String(decoding: rest.prefix { $0 != slash && $0 != space }, as: UTF8.self)
    }
}
