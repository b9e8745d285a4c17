/// Finds the facilities named in a paragraph's words, by a language's
/// `FacilityLexicon`: a kind word ("bệnh viện", "hospital", "TTYT") and
/// the specialty, level, place, compass part and campus around it. A name
/// is read whole or not at all, so it is never cut inside itself.
struct FacilityParser {
    let lexicon: FacilityLexicon
    let words: [Word]
    /// The paragraph's text, to show places as written.
    let scalars: [Unicode.Scalar]

    /// A headline in title case capitalises every word, so capitals there say nothing of names.
    let titleCase: Bool

    init(lexicon: FacilityLexicon, words: [Word], scalars: [Unicode.Scalar]) {
        self.lexicon = lexicon
        self.words = words
        self.scalars = scalars
        var count = 0, capitalized = 0
        for w in words where !w.isNumber {
            count += 1
            if w.capitalized { capitalized += 1 }
        }
        titleCase = count >= 4 && capitalized * 10 >= count * 7
    }

    /// The most words a name takes before its kind word ("Northern Quang
    /// Binh Regional General"); a page in capitals stays linear.
    static let longestName = 12

    func mentions() -> [FacilityMention] {
        var found: [FacilityMention] = []
        var i = 0
        // "Facility 2 of Ha Tinh General Hospital": a campus before a name
        // whose kind word comes last; it belongs to the name that starts at `at`.
        var pending: (number: String, start: Int, at: Int)?
        while i < words.count {
            // "the city centre" holds a kind word but names no facility.
            // ("Can Tho City Centre for Disease Control" is one, by a longer kind phrase).
            if let skip = lexicon.notKinds.match(words, at: i),
               (lexicon.kinds.match(words, at: i + skip.length - 1)?.length ?? 1) <= 1 { i += skip.length; continue }
            // "cơ sở 2 (của) Bệnh viện …": the campus before the facility.
            var campus: (number: String, start: Int)?
            if let b = branch(at: i) {
                var k = i + b.length
                if k < words.count, lexicon.links.contains(words, at: k) { k += 1 }
                if lexicon.kinds.match(words, at: k) != nil { campus = (b.number, i); i = k }
                else if lexicon.order == .headLast, k > i + b.length { pending = (b.number, i, k); i = k; continue }
            }
            if let kind = lexicon.kinds.match(words, at: i) ?? specialisedCentre(at: i) {
                var m = lexicon.order == .headFirst ? readHeadFirst(at: i, kind: kind) : readHeadLast(at: i, kind: kind)
                // "the second facility of the … Hospital", "a new campus for its … hospital".
                if campus == nil, let p = pending,
                   m.first == p.at || (m.first == p.at + 1 && lexicon.nameBreaks.contains(words, at: p.at)) {
                    campus = (p.number, p.start)
                }
                pending = nil
                // "2,850 public hospital beds": a kind word before a size noun
                // says what the beds are, and names no facility.
                if campus == nil, m.generic, m.last + 1 < words.count, !words[m.last + 1].gap.breaksName,
                   lexicon.sizeNouns.contains(words, at: m.last + 1) {
                    i = m.last + 1
                    continue
                }
                if let campus {
                    if m.branch == nil { m.setCampus(campus.number) }
                    m.first = min(m.first, campus.start)
                    // "cơ sở 2 Bệnh viện …": the number is the campus's, not a count of hospitals.
                    m.counted = false
                }
                provinceInBrackets(&m)
                // "Bệnh viện Thống Nhất Đồng Nai", "Cho Ray Hospital Kien Giang
                // branch": a province after the name makes it that province's.
                if !(m.last + 1 < words.count && !words[m.last + 1].gap.breaksName
                     && Gazetteer.match(words, at: m.last + 1) != nil) {
                    Gazetteer.placeKnownHospital(&m)
                }
                markStanding(&m)
                // "opened a neonatal centre with 120 beds": a new unit, no facility.
                if !(m.generic && m.branch == nil && introduced(m.first)) { found.append(m) }
                i = max(m.last + 1, i + 1)
            } else if let bare = lexicon.bareKinds.match(words, at: i), standsAlone(i + bare.length) {
                // "đào tạo 20 bác sĩ cho trung tâm": the centre named before.
                var m = FacilityMention(first: i, last: i + bare.length - 1, kind: bare.value)
                m.counted = countedBefore(i)
                markStanding(&m)
                found.append(m)
                i += bare.length
            } else if let p = lexicon.plurals.match(words, at: i) {
                var m = FacilityMention(first: i, last: i + p.length - 1, kind: p.value)
                m.counted = true
                // "to take pressure off the hospitals in Nha Trang": no number, named in passing.
                m.bare = i > 0 && !words[i].gap.breaksName && !words[i - 1].capitalized && !countedBefore(i)
                found.append(m)
                i += p.length
            } else if let p = lexicon.projects.match(words, at: i) {
                var m = FacilityMention(first: i, last: i + p.length - 1, kind: "project")
                m.project = true
                m.counted = countedBefore(i)
                found.append(m)
                i += p.length
            } else {
                i += 1
            }
        }
        mergeHosted(&found)
        markPartnerLists(&found)
        // "3 dự án xây mới bệnh viện đa khoa": what a count names is counted
        // too, in its sentence ("… to clinics. The hospital has …" is one).
        for k in found.indices.dropFirst() where found[k - 1].counted && (found[k].generic || found[k].partial)
            && found[k].first - found[k - 1].last <= 4
            && !((found[k - 1].last + 1)...found[k].first).contains(where: { words[$0].gap.contains(.stop) }) {
            found[k].counted = true
        }
        return found
    }

    /// "Trung tâm Ung bướu tỉnh Sơn La": a bare centre word with a specialty
    /// right after it is a centre of that specialty, read as a name (as
    /// English reads "Son La Oncology Centre"); with none it is the centre
    /// named before (`bareKinds`).
    private func specialisedCentre(at i: Int) -> (value: (kind: String, specialty: String?), length: Int)? {
        guard lexicon.order == .headFirst, let bare = lexicon.bareKinds.match(words, at: i),
              i + bare.length < words.count, !words[i + bare.length].gap.breaksName,
              lexicon.specialties.match(words, at: i + bare.length) != nil else { return nil }
        return ((bare.value, nil), bare.length)
    }

    /// "the Oncology Centre at Gia Lai Provincial General Hospital", "Trung
    /// tâm Ung bướu - Bệnh viện Đa khoa tỉnh", "Trung tâm Ung bướu 200 giường
    /// tại Bệnh viện …": a specialised centre named with the hospital it is
    /// part of is one facility, the centre, in the hospital's place and at
    /// its level, so it gets the key "Gia Lai's oncology centre" gets. A
    /// department ("khoa Ung bướu của bệnh viện") is no kind word: its
    /// figures stay the hospital's. A centre of a hospital known by its own
    /// name or number ("Bệnh viện Bạch Mai", "Hospital 108") stays apart.
    private func mergeHosted(_ found: inout [FacilityMention]) {
        var k = 0
        while k + 1 < found.count {
            let c = found[k], h = found[k + 1]
            guard c.kind == "medical-centre", let s = c.specialty, s != "general", c.place.isEmpty, c.province == nil,
                  c.number == nil, c.level == nil, !c.counted, c.branch == nil,
                  h.kind == "hospital", !h.generic, !h.counted, !h.known, h.number == nil, !h.project,
                  hosts(from: c.last + 1, to: h.first) else { k += 1; continue }
            var m = c
            m.level = h.level
            m.place = h.place
            m.placeText = h.placeText
            m.province = h.province
            m.direction = h.direction
            m.provinceWritten = h.provinceWritten
            m.last = h.last
            found[k] = m
            found.remove(at: k + 1)
            k += 1
        }
    }

    /// Whether the words from `j` up to `next` join a centre to its host:
    /// none (a dash at most), or a host link and fillers, after the
    /// centre's size at most ("200 giường tại").
    private func hosts(from j: Int, to next: Int) -> Bool {
        guard next >= j, next - j <= 5 else { return false }
        for k in j...next where words[k].gap.contains(.stop) || words[k].gap.contains(.comma)
            || words[k].gap.contains(.colon) || words[k].gap.contains(.open) { return false }
        if next == j { return true }
        var k = j
        if k + 1 < next, words[k].isNumber, lexicon.sizeNouns.contains(words, at: k + 1) { k += 2 }
        guard let link = lexicon.hostLinks.match(words, at: k) else { return false }
        k += link.length
        while k < next, lexicon.fillers.contains(words, at: k) { k += 1 }
        return k == next
    }

    /// "Bệnh viện đa khoa huyện Tuyên Hóa (Quảng Bình)".
    private func provinceInBrackets(_ m: inout FacilityMention) {
        let j = m.last + 1
        guard m.province == nil, j < words.count, words[j].gap.contains(.open), let g = Gazetteer.match(words, at: j),
              j + g.length >= words.count || words[j + g.length].gap.contains(.close) else { return }
        m.province = g.province
        m.last = j + g.length - 1
    }

    // MARK: Vietnamese order: kind, specialty, level, place, campus

    private func readHeadFirst(at i: Int, kind: (value: (kind: String, specialty: String?), length: Int)) -> FacilityMention {
        var m = FacilityMention(first: i, last: i + kind.length - 1, kind: kind.value.kind, specialty: kind.value.specialty)
        m.counted = countedBefore(i)
        var j = i + kind.length
        while j < words.count, !words[j].gap.breaksName || (words[j].gap == .open && lexicon.branches.contains(words, at: j)) {
            if let b = branch(at: j) { m.setCampus(b.number); j += b.length; m.last = j - 1; continue }
            if let s = lexicon.specialties.match(words, at: j), m.specialty == nil || m.specialty == "general",
               m.place.isEmpty, m.province == nil, Gazetteer.match(words, at: j) == nil {
                m.specialty = m.specialty == "general" && s.value != "general" ? s.value : (m.specialty ?? s.value)
                j += s.length; m.last = j - 1; continue
            }
            if m.place.isEmpty, m.province == nil, Gazetteer.match(words, at: j) == nil,
               let l = lexicon.levels.match(words, at: j), m.level == nil {
                m.level = l.value; j += l.length; m.last = j - 1; continue
            }
            if m.place.isEmpty, m.province == nil, m.number == nil,
               isNameNumber(j, afterSpecialty: m.specialty != nil && m.last == j - 1 && m.level == nil) {
                if m.level == .district || m.level == .commune { m.place = [words[j].folded]; m.placeText = words[j].folded }
                else { m.number = words[j].folded }
                j += 1; m.last = j - 1; continue
            }
            if m.place.isEmpty, m.province == nil, let link = lexicon.placeLinks.match(words, at: j),
               j + link.length < words.count, words[j + link.length].capitalized, !words[j + link.length].isNumber {
                // "… tỉnh tại Phường 7": a ward or commune after the link is an
                // address, too small a place to name a hospital of a higher level.
                if m.level != nil, m.level != .commune, lexicon.levels.match(words, at: j + link.length)?.value == .commune { break }
                j += link.length; continue
            }
            if m.place.isEmpty, m.province == nil, let d = lexicon.directions.match(words, at: j),
               Gazetteer.match(words, at: j + d.length) != nil {
                m.direction = d.value; j += d.length; continue
            }
            // "Trung tâm Ung bướu Bệnh viện Đa khoa tỉnh …": a kind word ends
            // the name; what follows is the facility it is part of.
            if m.place.isEmpty, m.province == nil, words[j].capitalized, !words[j].isNumber,
               !notName(j), lexicon.kinds.match(words, at: j) == nil {
                let run = placeRun(from: j)
                setPlace(&m, run)
                j = run.upperBound; m.last = j - 1; continue
            }
            // "Bệnh viện … cũ" is the old hospital; "Bệnh viện … hiện có 750
            // giường" only says what it has now: a number after the word
            // makes it a verb's, not the name's.
            if let e = lexicon.existing.match(words, at: j),
               !(j + e.length < words.count && words[j + e.length].isNumber) { m.existing = true }
            break
        }
        placedAfter(&m, at: j)
        return m
    }

    /// A name with a place of its own is in the province written right
    /// after it ("Hai Van Central Hospital in Da Nang", "Bệnh viện Chợ Rẫy
    /// tại TP HCM") or right before it ("Hanoi-based Thang Long Central
    /// Hospital"); the name itself stays as it was.
    private func placedAfter(_ m: inout FacilityMention, at j: Int) {
        guard m.province == nil, !m.place.isEmpty || m.number != nil else { return }
        if j < words.count, !words[j].gap.breaksName, let link = lexicon.placeLinks.match(words, at: j),
           j + link.length < words.count, !words[j + link.length].gap.breaksName,
           let g = Gazetteer.match(words, at: j + link.length) {
            // "in Quang Ninh district": a district with a province's name.
            let after = j + link.length + g.length
            if after < words.count, !words[after].gap.breaksName,
               let l = lexicon.levels.match(words, at: after), l.value == .district || l.value == .commune { return }
            m.province = g.province
            // Where the name is, or where its people went ("a team of Cho Ray
            // Hospital in Soc Trang"): not written as part of the name.
            m.provinceWritten = false
            return
        }
        let based = m.first - 1
        guard based >= 1, lexicon.basedWords.contains(words, at: based), words[based].gap.contains(.dash),
              !words[m.first].gap.breaksName else { return }
        for start in stride(from: based - 1, through: max(0, based - 5), by: -1) {
            if let g = Gazetteer.match(words, at: start), start + g.length == based { m.province = g.province; return }
        }
    }

    // MARK: English order: place, level, specialty, kind; campus or "of …" after

    private func readHeadLast(at i: Int, kind: (value: (kind: String, specialty: String?), length: Int)) -> FacilityMention {
        var m = FacilityMention(first: i, last: i + kind.length - 1, kind: kind.value.kind, specialty: kind.value.specialty)
        var k = i - 1
        var boundary = !words[i].gap.breaksName
        var placeEnd: Int?
        while k >= 0, k >= i - Self.longestName, boundary {
            // "BUON MA THUOT - Dak Lak … Hospital": capitals before a dash
            // are a dateline or an agency's tag, not the start of the name.
            if words[k + 1].gap.contains(.dash), words[k].allCaps, !words[k + 1].allCaps { break }
            // "Tuyen Quang – Tan Trao … Hospital": a province alone before a
            // dash at the paragraph's start is its dateline too.
            if words[k + 1].gap.contains(.dash), Gazetteer.match(words, at: 0)?.length == k + 1 { break }
            boundary = !words[k].gap.breaksName
            if let s = lexicon.specialties.match(words, endingAt: k), placeEnd == nil {
                if m.specialty == nil || m.specialty == "general" { m.specialty = s.value == "general" ? (m.specialty ?? "general") : s.value }
                m.first = k - s.length + 1; k -= s.length; boundary = !words[m.first].gap.breaksName; continue
            }
            if let l = lexicon.levels.match(words, endingAt: k), placeEnd == nil, m.level == nil {
                m.level = l.value; m.first = k - l.length + 1; k -= l.length; boundary = !words[m.first].gap.breaksName; continue
            }
            if lexicon.existing.match(words, endingAt: k) != nil, placeEnd == nil {
                m.existing = true; m.first = k; k -= 1; continue
            }
            // "the", "an" end a name, but not "An" inside one ("Nghe An", "Long An").
            // After a dash a clause starts: "VOV.VN - A 300-bed … hospital".
            let article = lexicon.nameBreaks.contains(words, at: k)
                && (!lexicon.indefinites.contains(words, at: k) || !words[k].capitalized || k == 0
                    || words[k].gap.contains(.stop) || words[k].gap.contains(.dash))
                && Gazetteer.match(words, at: k) == nil  // "An Giang (VNA) - An Giang … Hospital"
            if words[k].capitalized, !words[k].isNumber, !article, !notName(k) {
                if placeEnd == nil { placeEnd = k }
                m.first = k; k -= 1; continue
            }
            if lexicon.sizeBefore.contains(words, at: k), k >= 1, words[k - 1].isNumber, placeEnd == nil {
                m.first = k - 1; k -= 2; continue  // "a 1,500-bed General Hospital": a size, not a name
            }
            break
        }
        if let end = placeEnd {
            var start = m.first
            while start <= end, words[start].isNumber || lexicon.sizeBefore.contains(words, at: start) { start += 1 }
            if start <= end {
                // A compass word before a province: "Northern Quang Binh".
                if let d = lexicon.directions.match(words, at: start), Gazetteer.match(words, at: start + d.length) != nil {
                    m.direction = d.value; start += d.length
                }
                if start <= end { setPlace(&m, start..<(end + 1)) }
            }
        }
        if m.first > 0, countedBefore(m.first) { m.counted = true }
        // After the kind word: a number, a campus, "of Lungs", "in … province of X".
        var j = i + kind.length
        if j < words.count, !words[j].gap.breaksName, isNameNumber(j), m.number == nil {
            m.number = words[j].folded; m.last = j; j += 1
        }
        if let b = branch(at: j) { m.setCampus(b.number); m.last = j + b.length - 1; j += b.length }
        // "the General Hospital project in Binh Duong": the project word is no part of the name.
        if j < words.count, !words[j].gap.breaksName, let p = lexicon.projects.match(words, at: j) { j += p.length }
        if j < words.count, lexicon.kindOf.contains(words, at: j), !words[j].gap.breaksName {
            if let s = lexicon.specialties.match(words, at: j + 1) {
                if m.specialty == nil || m.specialty == "general" { m.specialty = s.value }
                m.last = j + s.length; j += 1 + s.length
            } else if m.place.isEmpty, m.province == nil, let g = Gazetteer.match(words, at: j + 1) {
                m.province = g.province; m.last = j + g.length; j += 1 + g.length
            }
        }
        placedAfter(&m, at: j)
        if m.place.isEmpty, m.province == nil, j < words.count, lexicon.placeLinks.contains(words, at: j) {
            // "a General Hospital in the southern province of Binh Duong"
            var k = j + 1
            while k < words.count, k <= j + 6, !words[k].gap.contains(.stop) {
                if let g = Gazetteer.match(words, at: k) { m.province = g.province; break }
                k += 1
            }
        }
        return m
    }

    // MARK: Parts

    /// What stands right before a name in its clause: a partner word, or
    /// any lower-case word (named in passing, not as the subject).
    private func markStanding(_ m: inout FacilityMention) {
        let inClause = m.first > 0 && !words[m.first].gap.breaksName
        m.partner = inClause && isPartner(before: m.first)
        m.oblique = inClause && !words[m.first - 1].capitalized
    }

    /// Whether a bare kind word ending before `j` stands alone: what
    /// follows is no level, specialty, place or capitalised word of a name.
    private func standsAlone(_ j: Int) -> Bool {
        guard j < words.count, !words[j].gap.breaksName else { return true }
        return !words[j].capitalized && !words[j].isNumber && lexicon.levels.match(words, at: j) == nil
            && lexicon.specialties.match(words, at: j) == nil && Gazetteer.match(words, at: j) == nil
    }

    /// An indefinite article ("a", "an") a few words before a kind word,
    /// in its clause: "a new neonatal centre" brings in a thing not named
    /// before, so it points back at no facility.
    private func introduced(_ first: Int) -> Bool {
        var k = first - 1
        while k >= 0, first - k <= 3, !words[k + 1].gap.breaksName {
            if lexicon.indefinites.contains(words, at: k) { return !words[k].capitalized || words[k].gap.contains(.stop) || k == 0 }
            if words[k].capitalized { return false }
            k -= 1
        }
        return false
    }

    /// A partner word right before a name, or before a filler or two
    /// before it (`fillers`: "trained at the National Lung Hospital").
    private func isPartner(before first: Int) -> Bool {
        var k = first - 1
        while k >= 0 {
            if lexicon.partners.match(words, endingAt: k) != nil { return true }
            guard first - k <= 2, k > 0, lexicon.fillers.contains(words, at: k), !words[k].gap.breaksName else { return false }
            k -= 1
        }
        return false
    }

    /// "3 bệnh viện", "các bệnh viện", "two hospitals".
    private func countedBefore(_ i: Int) -> Bool {
        guard i > 0, !words[i].gap.breaksName else { return false }
        let w = words[i - 1]
        // "năm 2024 bệnh viện": a year, not 2,024 hospitals.
        if w.isNumber, i >= 2, lexicon.yearWords.contains(words, at: i - 2), PeriodFinder.year(digits: w.folded) != nil { return false }
        return w.isNumber || lexicon.counters.contains(words, at: i - 1)
    }

    /// "Bệnh viện 108", "Military Hospital 15": a short whole number that
    /// ends the name. "bệnh viện 700 giường", "bệnh viện 5 sao" and "dự án
    /// bệnh viện 300 tỷ" count or price the hospital instead.
    /// - Parameter afterSpecialty: whether the number follows the name's
    ///   specialty: "Bệnh viện Quân y 103 có …" ends there as "Hospital 108
    ///   has …" does, where a number right after the kind word is a size
    ///   ("bệnh viện 300 giường") or a count unless a capital goes on.
    private func isNameNumber(_ j: Int, afterSpecialty: Bool = false) -> Bool {
        guard j < words.count, words[j].isNumber, Self.isShortWholeNumber(words[j].folded) else { return false }
        let next = j + 1
        if next >= words.count || words[next].gap.breaksName { return true }
        // English names end at the number ("Hospital 108 has …"); Vietnamese
        // ones go on only with a capital ("Bệnh viện 108 Hà Nội").
        if lexicon.order == .headLast || afterSpecialty { return !isSize(after: j) && !words[next].isNumber }
        return words[next].capitalized && !words[next].isNumber
    }

    /// At most four characters, all numbers: the test reads bytes when the
    /// word is ASCII, as a number's word nearly always is.
    private static func isShortWholeNumber(_ text: String) -> Bool {
        var ascii = true
        var digits = true
        for b in text.utf8 {
            if b >= 0x80 { ascii = false; break }
            if b < 0x30 || b > 0x39 { digits = false }
        }
        if ascii { return digits && text.utf8.count <= 4 }
        return text.count <= 4 && text.allSatisfy(\.isNumber)
    }

    /// "700 giường" after a kind word is a size, not the facility's number.
    private func isSize(after j: Int) -> Bool {
        j + 1 < words.count && lexicon.sizeNouns.contains(words, at: j + 1)
    }

    /// "cơ sở 2", "(facility 2)", "Facility 2".
    private func branch(at j: Int) -> (number: String, length: Int)? {
        guard j < words.count, words[j].gap.isEmpty || words[j].gap == .open else { return nil }
        // "second facility", "new campus": the number's word first, where a
        // language puts its modifiers before the head.
        if lexicon.order == .headLast, let n = lexicon.campusNumbers.match(words, at: j), j + n.length < words.count,
           !words[j + n.length].gap.breaksName, let b = lexicon.branches.match(words, at: j + n.length) {
            return (n.value, n.length + b.length)
        }
        guard let b = lexicon.branches.match(words, at: j) else { return nil }
        let k = j + b.length
        guard k < words.count, !words[k].gap.breaksName else { return nil }
        if words[k].isNumber { return (words[k].folded, b.length + 1) }
        // "cơ sở mới", "cơ sở thứ hai": after it, where modifiers follow the head.
        if lexicon.order == .headFirst, let n = lexicon.campusNumbers.match(words, at: k) { return (n.value, b.length + n.length) }
        return nil
    }

    /// "tại Bệnh viện Bạch Mai, Bệnh viện K và Bệnh viện …": every name of
    /// a list a partner word opens is a partner. Names joined by commas are
    /// a list only when a list word joins its last name ("With support from
    /// Cho Ray Hospital, Bac Lieu General Hospital has …" is no list).
    /// So is every name of a list named in passing ("từng công tác tại
    /// Bệnh viện A, Bệnh viện B và Viện C"): each is oblique.
    private func markPartnerLists(_ found: inout [FacilityMention]) {
        var k = 0
        while k < found.count {
            guard found[k].partner || found[k].oblique else { k += 1; continue }
            var end = k
            var closed = false
            while end + 1 < found.count, let join = joins(after: found[end].last, to: found[end + 1].first) {
                end += 1
                if join == .word { closed = true; break }
            }
            // A list may end in a name the tables do not know ("…, Bệnh
            // viện B và Viện Y học Hải quân"): a list word and a capital.
            let after = found[end].last + 1
            if !closed, end > k, after + 1 < words.count, !words[after].gap.contains(.stop),
               lexicon.listWords.contains(words, at: after), words[after + 1].capitalized {
                closed = true
            }
            if closed {
                for n in (k + 1)...end {
                    if found[k].partner { found[n].partner = true }
                    if found[k].oblique { found[n].oblique = true }
                }
            }
            k = max(end, k) + 1
        }
    }

    enum Join { case comma, word }

    /// How the name starting at `next` follows the name ending at `last` in
    /// a list: after a comma or a list word, a few words on in the same
    /// clause (a name may end in words the parser leaves out: "Bệnh viện
    /// Nhân dân 115 và …").
    private func joins(after last: Int, to next: Int) -> Join? { Self.joins(after: last, to: next, words, lexicon) }

    /// `joins` for any paragraph's words (`FacilityAttribution` asks it of venues).
    static func joins(after last: Int, to next: Int, _ words: [Word], _ lexicon: FacilityLexicon) -> Join? {
        guard next > last, next - last <= 4 else { return nil }
        for k in (last + 1)...next where words[k].gap.contains(.stop) || words[k].gap.contains(.colon) { return nil }
        // "… Hospital and the National …": a filler may stand after the list word.
        var j = next - 1
        while j > last + 1, next - j <= 2, lexicon.fillers.contains(words, at: j), !words[j].gap.breaksName { j -= 1 }
        if !words[next].gap.breaksName, lexicon.listWords.match(words, endingAt: j) != nil { return .word }
        return words[next].gap.contains(.comma) ? .comma : nil
    }

    /// Capitalised words from `j` that make one place name.
    private func placeRun(from j: Int) -> Range<Int> {
        if let g = Gazetteer.match(words, at: j) { return j..<(j + g.length) }
        var end = j + 1
        while end < words.count, end - j < 6,
              words[end].capitalized || lexicon.nameCompounds.match(words, at: end - 1)?.length == 2,
              !words[end].isNumber, !words[end].gap.breaksName,
              !notName(end),
              Gazetteer.match(words, at: end) == nil, lexicon.kinds.match(words, at: end) == nil { end += 1 }
        return j..<end
    }

    private func setPlace(_ m: inout FacilityMention, _ run: Range<Int>) {
        var run = run
        // "Phu Yen's Tuy An District Health Centre": a province in the
        // possessive owns the place named after it, at every level.
        if let (province, end) = possessiveProvince(in: run) {
            m.province = province
            run = end..<run.upperBound
        } else if m.level != .district, m.level != .commune {
            // A province named in the run wins over the words around it
            // ("PM Urges Work On Can Tho Oncology Hospital" in a title-case headline).
            for start in run {
                if let g = Gazetteer.match(words, at: start), start + g.length <= run.upperBound {
                    m.province = g.province
                    // "Vạn Phúc Saigon General Hospital": a name before the city
                    // (not in a title-case headline, where every word is capitalised).
                    guard start > run.lowerBound, !titleCase else { return }
                    run = max(run.lowerBound, start - 3)..<start
                    break
                }
            }
        }
        // "huyện Quảng Ninh" is a district with a province's name. Otherwise
        // a name is at most three words before the kind word.
        if lexicon.order == .headLast, run.count > 3 { run = (run.upperBound - 3)..<run.upperBound }
        let slice = words[run]
        m.place = slice.map(\.folded)
        m.placeText = FacilityMention.display(Array(slice))
    }

    /// A word that is never part of a place name ("VND", "Dong" the
    /// currency), unless a province starts with it ("Dong Thap").
    private func notName(_ j: Int) -> Bool {
        lexicon.notNames.contains(words, at: j) && Gazetteer.match(words, at: j) == nil
    }

    /// The first province of a run written in the possessive with more of
    /// the name after it, and where the rest starts.
    private func possessiveProvince(in run: Range<Int>) -> (province: Int, end: Int)? {
        for start in run {
            if let g = Gazetteer.match(words, at: start), start + g.length < run.upperBound,
               words[start + g.length - 1].folded.hasSuffix("'s") { return (g.province, start + g.length) }
        }
        return nil
    }
}
