/// Which facility one figure belongs to, and in which province (see
/// `FacilityResolver` for the rules, in order).
struct FacilityAttribution {
    var facility: Facility?
    var province: String?
    var provinceWritten = true

    /// - Parameters:
    ///   - money: money is never a "total number" of people.
    ///   - trainees: the figure counts people trained, so a facility or
    ///     province after a venue word is where they were trained, not theirs.
    ///     Like any figure its sentence ties to no facility, they are the
    ///     story's facility's (two blind labellers read them so).
    ///   - caption: the paragraph is a photo's caption.
    init(paragraph p: AnalysedParagraph, index: Int, caption: Bool, lexicon: FacilityLexicon, story: StoryFacilities,
         span: Range<Int>, ratio: Bool, money: Bool, trainees: Bool) {
        guard let figure = p.words(in: span) else {
            if ratio { self.init(owner: nil, story: story) } else { self.init(main: story) }
            return
        }
        let sentence = p.sentence(around: figure.lowerBound)
        let words = p.words
        // A partner ("phối hợp với Bệnh viện Bạch Mai") owns none of the figures.
        let all = p.mentions(in: sentence)
        // Trainees' count before a venue word and a facility ("cử 24 bác sĩ
        // đi đào tạo tại Bệnh viện K") names where they were trained: a partner.
        // So is one a count before it went to ("65 nurses finished a course
        // at Cho Ray Hospital, and eight doctors were trained in Singapore").
        var venues = !trainees ? [] : all.filter { m in
            Self.follows(lexicon.venueLinks, at: m.first, words, sentence)
                && (m.first > figure.upperBound || (sentence.lowerBound..<m.first).contains { words[$0].isNumber })
        }.map(\.first)
        // And the names a list word joins to one ("to Cho Ray Hospital and
        // the University Medical Center").
        if !venues.isEmpty {
            let named = Array(all)
            for n in named.indices.dropFirst() where venues.contains(named[n - 1].first) && !venues.contains(named[n].first)
                && FacilityParser.joins(after: named[n - 1].last, to: named[n].first, words, lexicon) == .word {
                venues.append(named[n].first)
            }
        }
        let inSentence = ArraySlice(all.filter { !$0.partner && !venues.contains($0.first) })
        var aggregates = Self.cues(lexicon.aggregates, words, sentence, outside: inSentence, unless: lexicon.notKinds, counting: true)
        // "a total of 500 doctors" counts across facilities, unless a facility
        // named before it in the sentence is what the total is of ("Bệnh viện
        // Phổi … nâng tổng số lên 350 giường").
        if !money, !inSentence.contains(where: { $0.last < figure.lowerBound && !$0.generic && !$0.counted && !$0.project }) {
            aggregates = (aggregates + Self.cues(lexicon.countTotals, words, sentence, outside: []).filter { $0 < figure.lowerBound && $0 >= figure.lowerBound - 3 }).sorted()
        }
        // A name that says what but not where, in a sentence that names one
        // province, is in that province ("Lạng Sơn to build a lung hospital").
        let provinces = ArticlePlaces.provinces(in: words, sentence, lexicon: lexicon)
        // A province written inside a name ("Bệnh viện … Lục Yên (Yên Bái)")
        // or right after it ("Red River Central Hospital in Hanoi … trained
        // 52 doctors for the district hospital") is that name's, not the sentence's.
        // So is one of a partner's or a venue's name ("đi đào tạo tại Bệnh
        // viện Nhân dân 115 (TP Hồ Chí Minh)").
        let free = provinces.filter { p in
            !all.contains { m in
                (m.first <= p.1 && p.1 <= m.last) || (m.province == p.0 && p.1 > m.last + 1
                    && lexicon.placeLinks.match(words, endingAt: p.1 - 1, from: m.last + 1).map { p.1 - $0.length == m.last + 1 } == true)
            }
        }
        // "In Thai Binh, the provincial general hospital sent 210 staff to
        // courses in Hanoi": a province that opens the sentence sets it there.
        let opening = free.first.flatMap { first -> Int? in
            guard Self.opens(first.1, words, sentence, lexicon),
                  free.dropFirst().allSatisfy({ $0.0 == first.0 || Self.follows(lexicon.placeLinks, at: $0.1, words, sentence) })
            else { return nil }
            return first.0
        }
        // Where trainees go to learn ("cử 20 bác sĩ ra Huế học") places no name of theirs.
        let venueProvinces = trainees ? Self.venues(free, words, sentence, lexicon) : []
        let placing = trainees ? free.filter { !venueProvinces.contains($0.1) } : free
        let here = opening ?? placing.first.flatMap { first in placing.allSatisfy { $0.0 == first.0 } ? first.0 : nil }
        // A national figure says so just before it ("nationwide, 500 doctors").
        let national = Self.cues(lexicon.national, words, sentence, outside: inSentence)
            .contains { $0 < figure.lowerBound && $0 >= figure.lowerBound - 4 }
        var owner: Owner = .none
        if ratio {
            owner = .aggregate
        } else if let m = inSentence.first(where: { $0.first <= figure.upperBound && $0.last >= figure.lowerBound }) {
            owner = .mention(m)
        } else if let m = Self.linked(after: figure.upperBound, words, inSentence, lexicon) {
            owner = Self.owner(m, words, sentence, inSentence, lexicon, afterFigure: true)
        } else if let m = inSentence.first(where: { $0.first == figure.upperBound + 1 }), !words[m.first].gap.breaksName {
            // "a new 500-bed Hoa Binh Obstetrics and Paediatrics Hospital": a
            // size right before a name is the name's, whatever the clause says.
            owner = .mention(m)
        } else if let run = Self.placeBefore(figure.lowerBound, words, sentence, inSentence, lexicon),
                  let model = inSentence.last(where: { $0.last < run.lowerBound && !$0.generic && !$0.project && !$0.counted }),
                  let resolved = story.resolve(model, at: (index, model.first, caption), in: here) {
            owner = .resolved(resolved.elsewhere(words[run]))
        } else if figure.lowerBound > sentence.lowerBound, lexicon.possessives.contains(words, at: figure.lowerBound - 1) {
            // "… it sent all of its 120 nurses on courses": the hospital "it" is.
            owner = inSentence.last(where: { $0.last < figure.lowerBound }).map(Owner.mention) ?? .story
        } else {
            // The nearest before the figure in its clause, unless an aggregate stands between.
            let before = inSentence.last { $0.last < figure.lowerBound }
            let cueBefore = aggregates.filter { $0 < figure.lowerBound }.last
            let clause = Self.clauseStart(words, figure.lowerBound, sentence)
            if let m = before, m.last >= clause, cueBefore.map({ $0 < m.first }) ?? true {
                // "X đã đào tạo cho bệnh viện 126 bác sĩ": as after a figure.
                owner = Self.owner(m, words, sentence, inSentence, lexicon, afterFigure: false)
            } else if let c = cueBefore, c >= clause {
                owner = .aggregate
            } else if let m = inSentence.first(where: { $0.first > figure.upperBound }) {
                owner = aggregates.contains(where: { $0 > figure.upperBound && $0 < m.first }) ? .aggregate : .mention(m)
            } else if aggregates.contains(where: { $0 < figure.lowerBound || $0 <= figure.upperBound + 6 }) {
                owner = .aggregate
            } else if let m = before {
                owner = .mention(m)
            }
        }
        switch owner {
        case .aggregate:
            self.init(owner: nil, story: story)
        case .story:
            self.init(main: story)
        case .mention(var m):
            // "Tại huyện Mèo Vạc, Trung tâm Y tế huyện …": a district's
            // facility named by its level alone is the district's its sentence names.
            if m.partial, m.level == .district || m.level == .commune,
               let d = ArticlePlaces.district(in: words, sentence, outside: inSentence, lexicon: lexicon), d.level == m.level {
                m.place = words[d.place].map(\.folded)
                m.placeText = FacilityMention.display(Array(words[d.place]))
            }
            let resolved = story.resolve(m, at: (index, m.first, caption), in: here)
            // A central hospital of elsewhere that trains for a story about
            // another facility ("Bệnh viện Nhi Trung ương đã tổ chức 5 khóa
            // đào tạo" on a provincial hospital's page) trains its people.
            if trainees, let r = resolved, story.supports(r) {
                self.init(main: story)
            } else {
                self.init(owner: resolved, story: story)
            }
        case .resolved(let m):
            self.init(owner: m, story: story)
        case .linkedGeneric(let m):
            // "Hai Van Hospital will train 30 doctors for the hospital": the
            // hospital a link word names is not one its sentence named before
            // it, but the one named before the sentence, else the story's.
            let named = inSentence.filter { $0.last < m.first && !$0.generic && !$0.project && !$0.counted }
                .compactMap { story.resolve($0, at: (index, $0.first, caption), in: here)?.key }
            var resolved = story.resolve(m, at: (index, sentence.lowerBound, caption), in: here)
            if let r = resolved, named.contains(r.key),
               let main = story.main, !named.contains(main.key), main.kind == m.kind {
                resolved = main
            }
            self.init(owner: resolved, story: story)
        case .none:
            // A figure placed in another province than the story's facility's
            // ("The block in Nam Dinh city adds 120 beds" on a Vung Tau page)
            // is not that facility's but the province's; a province named
            // any other way ("travel to Hanoi for radiotherapy") takes nothing.
            let elsewhere = here.map { place in
                story.main?.province.map { $0 != place } == true && provinces.contains { p in
                    p.1 < figure.lowerBound && Self.follows(lexicon.placeLinks, at: p.1, words, sentence)
                }
            } ?? false
            // "Tuyen Quang currently has 2,850 beds": a sentence about a
            // province, naming no facility, counts the province's.
            // "Ha Tinh patients …, as the wing adds 300 beds" is not: a comma or colon between.
            let aboutProvince = inSentence.isEmpty && provinces.first.map { p in
                p.1 == sentence.lowerBound && p.1 < figure.lowerBound
                    && !((p.1 + 1)...figure.lowerBound).contains { words[$0].gap.contains(.comma) || words[$0].gap.contains(.colon) }
            } == true
            // Trainees with a province after them but where they were trained
            // ("45 doctors from Lao Cai") are that province's.
            let theirs = trainees && placing.contains { $0.1 > figure.upperBound }
            if national || elsewhere || aboutProvince || theirs { self.init(owner: nil, story: story) } else { self.init(main: story) }
        }
        if facility == nil {
            // An aggregate is in the province its sentence names, else the
            // article's. After a count of trainees, a province after a place
            // word is where they were trained ("38 doctors were trained in
            // Ho Chi Minh City"), not theirs ("45 doctors from Lao Cai").
            // A province inside a facility's name is that facility's ("Da
            // Nang Hospital will train 30 doctors for the district centres").
            let own = !trainees ? free : free.filter { p in p.1 < figure.lowerBound || !venueProvinces.contains(p.1) }
            // In a list of provinces' figures ("Cao Bằng 420 tỷ đồng, Lạng
            // Sơn 380 tỷ đồng"), each is the province its stretch of the
            // sentence names; a figure after a list of provinces ("Cao Bằng,
            // Bắc Kạn và Hà Giang được giao 1.400 tỷ") is all of theirs: none.
            let stretch = (sentence.lowerBound..<figure.lowerBound).last {
                words[$0].gap.contains(.comma) || words[$0].gap.contains(.colon)
            } ?? sentence.lowerBound
            if let near = own.last(where: { $0.1 >= stretch && $0.1 < figure.lowerBound }) {
                let listed = own.contains { p in
                    p.0 != near.0 && p.1 < near.1 && Self.listed(near.1, after: p.1, words, sentence, lexicon)
                }
                province = national || listed ? nil : Gazetteer.provinces[near.0].name
            } else {
                province = national ? nil : (own.first?.0 ?? story.province).map { Gazetteer.provinces[$0].name }
            }
        }
    }

    /// The story's own facility, made once per article.
    private init(main story: StoryFacilities) {
        facility = story.mainFacility
        provinceWritten = story.main?.provinceWritten ?? true
        province = (story.main?.province ?? story.province).map { Gazetteer.provinces[$0].name }
    }

    private init(owner: FacilityMention?, story: StoryFacilities) {
        facility = owner.map { Facility(key: $0.key, name: $0.name) }
        provinceWritten = owner?.provinceWritten ?? true
        // A central hospital's figures are in no province the article assumes.
        province = (owner?.national == true ? nil : owner?.province ?? story.province).map { Gazetteer.provinces[$0].name }
    }

    private enum Owner { case none, aggregate, story, mention(FacilityMention), resolved(FacilityMention), linkedGeneric(FacilityMention) }

    /// One to three capitalised words right before the figure that open a
    /// clause of a list ("…; Hóc Môn 1.895 tỷ"), outside any facility name.
    private static func placeBefore(_ w: Int, _ words: [Word], _ sentence: Range<Int>, _ mentions: ArraySlice<FacilityMention>,
                                    _ lexicon: FacilityLexicon) -> Range<Int>? {
        guard !words[w].gap.breaksName else { return nil }
        var start = w
        while start > sentence.lowerBound, w - start < 3, words[start - 1].capitalized, !words[start - 1].isNumber,
              !lexicon.notNames.contains(words, at: start - 1),
              !mentions.contains(where: { $0.first <= start - 1 && $0.last >= start - 1 }) {
            start -= 1
            if words[start].gap.breaksName { break }
        }
        guard start < w, start > sentence.lowerBound, words[start].gap.contains(.comma) || words[start].gap.contains(.colon)
        else { return nil }
        return start..<w
    }

    /// "… 120 tỷ đồng cho Bệnh viện …", "VND3 billion for the Lung hospital":
    /// a link word right after the figure (two words at most), then a
    /// facility; "500 giường thay thế cho bệnh viện cũ" links nothing. The
    /// figures of a list joined to this one come first, each with a noun of
    /// up to two words: "60 doctors and 150 nurses for the new hospital",
    /// "150 bác sĩ và 220 điều dưỡng cho BVĐK …" link both.
    private static func linked(after end: Int, _ words: [Word], _ mentions: ArraySlice<FacilityMention>,
                               _ lexicon: FacilityLexicon) -> FacilityMention? {
        var j = end + 1
        var reach = end + 2
        while j < words.count, j <= reach, !words[j].gap.contains(.stop), !words[j].gap.contains(.colon) {
            // A comma ends the list: "employs 900 nurses, and 40 doctors for …" joins nothing.
            if words[j].gap.contains(.comma) { return nil }
            if words[j].isNumber, reach < end + 12, j > end + 1, lexicon.listWords.contains(words, at: j - 1) {
                reach = j + 3
                j += 1
                continue
            }
            if let link = lexicon.links.match(words, at: j) {
                var k = j + link.length
                while k < words.count, k <= j + link.length + 2, lexicon.fillers.contains(words, at: k) { k += 1 }
                if let m = mentions.first(where: { $0.first == k }) { return m }
                // "for the Ky Anh and Huong Son centres": places, then a kind in the plural.
                var n = k
                while n < words.count, n - k < 8, words[n].capitalized || lexicon.listWords.contains(words, at: n),
                      !words[n].gap.contains(.stop) { n += 1 }
                if n > k, let m = mentions.first(where: { $0.first == n && $0.counted }) { return m }
                return nil
            }
            j += 1
        }
        return nil
    }
    /// A figure's owner when mention `m` names it: `.linkedGeneric` for a
    /// generic name ("the hospital", "bệnh viện") right after a recipient's
    /// link word ("for", "cho"; fillers such as "the", "dự án" between), or
    /// after the figure an owner's ("42 bác sĩ của bệnh viện"), in a
    /// sentence that names a facility before it. Not after any link: "quy mô
    /// của bệnh viện" and "at the hospital" may well be the one just named.
    private static func owner(_ m: FacilityMention, _ words: [Word], _ sentence: Range<Int>,
                              _ inSentence: ArraySlice<FacilityMention>, _ lexicon: FacilityLexicon, afterFigure: Bool) -> Owner {
        let w = m.first
        guard m.generic, w > sentence.lowerBound,
              inSentence.contains(where: { $0.last < w && !$0.generic && !$0.project && !$0.counted }) else { return .mention(m) }
        var k = w - 1
        while k > sentence.lowerBound, w - k <= 3, lexicon.fillers.contains(words, at: k), !words[k + 1].gap.breaksName { k -= 1 }
        guard !words[k + 1].gap.breaksName,
              lexicon.recipients.match(words, endingAt: k, from: sentence.lowerBound) != nil
                || afterFigure && lexicon.ownerLinks.match(words, endingAt: k, from: sentence.lowerBound) != nil
        else { return .mention(m) }
        return .linkedGeneric(m)
    }

    /// Where the figure's clause starts: after the last ";", ":" or ", and".
    private static func clauseStart(_ words: [Word], _ w: Int, _ sentence: Range<Int>) -> Int {
        var k = w
        while k > sentence.lowerBound {
            if words[k].gap.contains(.colon) { return k }
            k -= 1
        }
        return sentence.lowerBound
    }

    /// Whether the province at word `k` opens its sentence, alone or after a
    /// place word, before a comma: "In Thai Binh, …", "Tại Hà Nội, …".
    private static func opens(_ k: Int, _ words: [Word], _ sentence: Range<Int>, _ lexicon: FacilityLexicon) -> Bool {
        let start = k == sentence.lowerBound
            || (k > sentence.lowerBound && lexicon.placeLinks.match(words, endingAt: k - 1, from: sentence.lowerBound)
                .map { k - $0.length == sentence.lowerBound } == true)
        guard start, let g = Gazetteer.match(words, at: k), k + g.length < sentence.upperBound else { return false }
        return words[k + g.length].gap.contains(.comma)
    }

    /// Where the provinces that say where trainees went to learn start: one
    /// after a venue word ("sent to courses in Hanoi"), and one listed
    /// after it ("in Hanoi and Ho Chi Minh City").
    private static func venues(_ provinces: [(Int, Int)], _ words: [Word], _ sentence: Range<Int>,
                               _ lexicon: FacilityLexicon) -> Set<Int> {
        var found = Set<Int>()
        var previous: Int?
        for (_, w) in provinces {
            if follows(lexicon.venueLinks, at: w, words, sentence)
                || previous.map({ listed(w, after: $0, words, sentence, lexicon) }) == true {
                found.insert(w)
                previous = w
            } else {
                previous = nil
            }
        }
        return found
    }

    /// Whether the province at word `later` is listed after the one at
    /// `earlier` ("Hanoi and Ho Chi Minh City", "Cao Bằng, Bắc Kạn"): a few
    /// words on, no figure between, after a list word or a comma.
    private static func listed(_ later: Int, after earlier: Int, _ words: [Word], _ sentence: Range<Int>,
                               _ lexicon: FacilityLexicon) -> Bool {
        later - earlier <= 6 && !(earlier..<later).contains { words[$0].isNumber }
            && (follows(lexicon.listWords, at: later, words, sentence) || words[later].gap.contains(.comma))
    }

    /// Whether a phrase of `table` ends right before word `w`, in its sentence
    /// and with no punctuation between ("in Nam Dinh city", "tại Cần Thơ").
    private static func follows(_ table: PhraseTable<Bool>, at w: Int, _ words: [Word], _ sentence: Range<Int>) -> Bool {
        w > sentence.lowerBound && !words[w].gap.breaksName && table.match(words, endingAt: w - 1, from: sentence.lowerBound) != nil
    }

    /// Word indices where cue phrases start in the sentence, outside facility names.
    /// - Parameter overlapping: phrases a cue is no cue inside ("the city" of "the city centre").
    /// - Parameter counting: a count of facilities ("72 health clinics") is a cue too (for aggregates).
    private static func cues(_ table: PhraseTable<Bool>, _ words: [Word], _ sentence: Range<Int>,
                             outside mentions: ArraySlice<FacilityMention>, unless overlapping: PhraseTable<Bool>? = nil,
                             counting: Bool = false) -> [Int] {
        var found: [Int] = []
        for i in sentence {
            guard let cue = table.match(words, at: i) else { continue }
            if mentions.contains(where: { $0.first <= i && $0.last >= i }) { continue }
            if let overlapping, (i..<(i + cue.length)).contains(where: { overlapping.contains(words, at: $0) }) { continue }
            found.append(i)
        }
        return counting ? (found + mentions.filter(\.counted).map(\.first)).sorted() : found
    }
}
