import Foundation

/// Marks how money figures stand to each other in one article, so a sum
/// never adds a part to its total or a conversion to its money:
///
/// - a figure in another currency right after a figure, in brackets or
///   after "equivalent to" / "tương đương", is a `conversion` of it (and
///   belongs to the same facility);
/// - figures said to be components ("of which", "vốn đối ứng", "chi phí xây
///   lắp"), in one sentence or in sentences that follow each other, are the
///   `part`s of the figure nearby (before or after them) whose value their
///   sum comes closest to without exceeding it by more than 2 %; that
///   figure is the `total`;
/// - figures of named facilities right after a figure shared by several
///   facilities ("5.600 tỷ … 3 bệnh viện": "Thủ Đức 1.915 tỷ, Hóc Môn 1.895
///   tỷ") are its parts when there are two or more and they fit in it.
///
/// An increase or money paid out so far is neither, and a stated total
/// ("tổng mức đầu tư") is never a part.
enum RoleFinder {
    struct Money {
        let index: Int
        let paragraph: Int
        let words: ClosedRange<Int>
        let sentence: Range<Int>
    }

    /// One article's money figures, read: those that are not conversions
    /// nor restatements (`figures`), with their cues.
    private struct Read {
        var figures: [Money] = []
        var cues: [Cue] = []
    }

    static func assign(_ facts: inout [Fact], in document: Document, analysed: FacilityResolver.Analyses) {
        var articles: [Int: Article] = [:]
        for a in document.articles { articles[a.index] = a }
        var byArticle: [Int: Read] = [:]
        let eligible = facts.indices.filter {
            (facts[$0].category == "investment" || facts[$0].unit == "beds") && facts[$0].value != nil
        }
        // A paragraph at a time (a paragraph's facts follow each other):
        // every question asked of the words is about figures of one
        // paragraph, so each paragraph is analysed once, here.
        var k = 0
        while k < eligible.count {
            let paragraph = facts[eligible[k]].provenance.paragraph
            var end = k + 1
            while end < eligible.count, facts[eligible[end]].provenance.paragraph == paragraph { end += 1 }
            defer { k = end }
            guard let a = analysed[paragraph] else { continue }
            var group: [Money] = []
            for i in eligible[k..<end] {
                let p = facts[i].provenance
                let span = FacilityResolver.canonicalOffset(document.source, p.span.lowerBound)
                    ..< FacilityResolver.canonicalOffset(document.source, p.span.upperBound)
                guard let w = a.words(in: span) else { continue }
                group.append(Money(index: i, paragraph: p.paragraph, words: w, sentence: a.sentence(around: w.lowerBound)))
            }
            guard let article = group.first.map({ facts[$0.index].provenance.article }),
                  let language = articles[article]?.language else { continue }
            let lexicon = FacilityLexicon.forLanguage(language)
            let roles = lexicon.roles
            var read = byArticle[article] ?? Read()
            // Conversions pair figures of one paragraph (and sentence).
            let converted = markConversions(&facts, group.filter { facts[$0.index].category == "investment" }, a.words, roles)
            let figures = group.filter { !converted.contains($0.index) && facts[$0.index].repeatOf == nil }
            for (n, m) in figures.enumerated() {
                let previous = n > 0 ? figures[n - 1].words.upperBound : nil
                let next = n + 1 < figures.count ? figures[n + 1].words.lowerBound : nil
                var c = cue(m, a.words, roles, after: previous, before: next)
                // A phase or part word reaches across a figure of another
                // unit: "The first phase, with 150 beds, cost VND480 billion"
                // is the phase's money as much as its beds.
                let unit = facts[m.index].unit
                if c == .none, n > 0, facts[figures[n - 1].index].unit != unit {
                    let same = figures[..<n].last { facts[$0.index].unit == unit }?.words.upperBound
                    if cue(m, a.words, roles, after: same, before: next, partWordsOnly: true) == .part { c = .part }
                }
                // "trong đó tuyến tỉnh 1.150 giường và tuyến huyện 1.800 giường",
                // "gồm 250 giường sản phụ khoa và 150 giường nhi": a figure joined
                // to a part by "và" / "and" or a comma, a few words of its noun
                // between, is a part too.
                if c == .none, n > 0, read.cues.last == .part, let p = previous, figures[n - 1].sentence == m.sentence,
                   facts[figures[n - 1].index].unit == facts[m.index].unit, p + 1 < m.words.lowerBound,
                   let q = ((p + 1)..<min(m.words.lowerBound, p + 5)).first(where: {
                       lexicon.listWords.contains(a.words, at: $0) || a.words[$0].gap.contains(.comma)
                   }),
                   !((p + 1)...q).contains(where: { a.words[$0].isNumber || a.words[$0].gap.contains(.stop) }) {
                    c = .part
                }
                read.cues.append(c)
            }
            read.figures += figures
            byArticle[article] = read
        }
        for article in document.articles {
            guard let read = byArticle[article.index] else { continue }
            markParts(&facts, read.figures, read.cues)
        }
        // A restatement stands as its original does.
        for i in facts.indices {
            if let o = facts[i].repeatOf, facts[i].role != .conversion { facts[i].role = facts[o].role }
        }
    }

    /// - Parameter money: figures of one paragraph, whose words are `words`.
    private static func markConversions(_ facts: inout [Fact], _ money: [Money], _ words: [Word],
                                        _ roles: RoleWords.Compiled) -> Set<Int> {
        var converted = Set<Int>()
        for (n, m) in money.enumerated() where n > 0 {
            let g = money[n - 1]
            // A conversion follows its money: figures whose words overlap
            // or run backwards (a page's glued digits and signs, "444$4445trict",
            // read as two figures in one word) are no pair.
            guard g.paragraph == m.paragraph, g.sentence == m.sentence, facts[g.index].unit != facts[m.index].unit,
                  !converted.contains(g.index), g.words.upperBound < m.words.lowerBound else { continue }
            let between = (g.words.upperBound + 1)..<m.words.lowerBound
            let bracket = words[m.words.lowerBound].gap.contains(.open) || between.contains { words[$0].gap.contains(.open) }
            let linked = !between.isEmpty && (roles.conversions.match(words, at: between.lowerBound).map { $0.length >= between.count } ?? false)
            guard between.count <= 3, bracket || linked else { continue }
            facts[m.index].role = .conversion
            facts[m.index].facility = facts[g.index].facility
            facts[m.index].provinceWritten = facts[g.index].provinceWritten
            facts[m.index].province = facts[g.index].province
            facts[m.index].scope = facts[g.index].scope
            converted.insert(m.index)
        }
        return converted
    }

    private enum Cue { case part, total, neither, none }

    /// What the words of the figure's own clause (up to a ";" or ":") say
    /// of it, between the figures before and after it ("a total of VND980
    /// billion, of which VND690 billion …": "of which" is the second's).
    /// - Parameter partWordsOnly: read only the phase and part words (`RoleWords.phases`, `.parts`).
    private static func cue(_ m: Money, _ words: [Word], _ roles: RoleWords.Compiled, after previous: Int?, before next: Int?,
                            partWordsOnly: Bool = false) -> Cue {
        var start = m.words.lowerBound
        while start > m.sentence.lowerBound, !words[start].gap.contains(.colon) { start -= 1 }
        if let previous {
            start = max(start, previous + 1)
            // "3,240 beds in total, including 1,870 …": a total word right
            // after the figure before is that figure's.
            if start == previous + 1, let t = roles.totals.match(words, at: start), words[start].gap.isEmpty { start += t.length }
        }
        var end = m.words.upperBound + 1
        while end < m.sentence.upperBound, !words[end].gap.contains(.colon) { end += 1 }
        if let next { end = min(end, next) }
        // Words before the figure are counted with a name as one word: "trong
        // đó vốn vay Ngân hàng Phát triển Việt Nam (VDB) là 150 tỷ đồng" has
        // its part word as near as "trong đó vốn vay là 150 tỷ đồng".
        func reach(back n: Int) -> Int {
            var k = m.words.lowerBound, counted = 0
            while k > start, counted < n {
                k -= 1
                if !(words[k].capitalized && k + 1 < m.words.lowerBound && words[k + 1].capitalized) { counted += 1 }
            }
            return k
        }
        func near(_ t: PhraseTable<Bool>, before: Int, after: Int, unless inside: PhraseTable<Bool>? = nil) -> Bool {
            let lo = max(start, reach(back: before))
            let hi = min(end, m.words.upperBound + 1 + after)
            // Neighbours whose words overlap this figure's leave it no clause.
            guard lo < hi else { return false }
            return (lo..<hi).contains { q in
                guard !m.words.contains(q), t.contains(words, at: q) else { return false }
                // "Of the total, VND600 billion …": inside an opener, the total word is the opener's.
                guard let inside else { return true }
                return !(max(start, q - 3)...q).contains { p in inside.match(words, at: p).map { p + $0.length > q } ?? false }
            }
        }
        if near(roles.phases, before: 16, after: 6) { return .part }
        if partWordsOnly { return near(roles.parts, before: 8, after: 6) ? .part : .none }
        if near(roles.neither, before: 6, after: 3) { return .neither }
        if near(roles.totals, before: 10, after: 0, unless: roles.partOpeners) { return .total }
        if m.words.upperBound + 1 < end, words[m.words.upperBound + 1].gap.isEmpty,
           roles.totals.match(words, at: m.words.upperBound + 1) != nil { return .total }
        // An opener ("trong đó", "of which") reaches a little further than a
        // part word ("trong đó giai đoạn 1 đưa vào sử dụng 200 giường"), but
        // not across a sentence's other quantities ("gồm khối nhà 5 tầng …
        // từ 150 giường lên 250 giường"): a blind probe had both.
        if near(roles.partOpeners, before: 10, after: 0) || near(roles.parts, before: 8, after: 6) { return .part }
        return .none
    }

    /// - Parameter cues: `cues[n]` is what `figures[n]`'s clause says of it (see `cue`).
    private static func markParts(_ facts: inout [Fact], _ figures: [Money], _ cues: [Cue]) {
        var role: [Int: Role] = [:]
        var partsOf: [Int: [Int]] = [:]  // total's fact index -> its parts' positions
        // Runs of figures cued as parts, with no other figure between them.
        var n = 0
        while n < figures.count {
            guard cues[n] == .part else { n += 1; continue }
            var end = n + 1
            while end < figures.count, end - n < 12, cues[end] == .part, figures[end].paragraph <= figures[end - 1].paragraph + 1,
                  facts[figures[end].index].unit == facts[figures[n].index].unit { end += 1 }
            let run = Array(n..<end)
            let sum = run.reduce(Decimal(0)) { $0 + (facts[figures[$1].index].value ?? 0) }
            // The total: before or after the run, a few paragraphs away at most, not a part itself.
            let unit = facts[figures[n].index].unit
            let first = figures[n], last = figures[end - 1]
            // A few dozen figures either way at most, so a long page stays linear.
            let near = max(0, n - 24)..<min(figures.count, end + 24)
            // A total may already hold an earlier run ("The first phase, with
            // 150 beds, … A second phase adding 100 beds"): the runs add up.
            func combined(_ k: Int) -> Decimal {
                sum + (partsOf[figures[k].index] ?? []).reduce(Decimal(0)) { $0 + (facts[figures[$1].index].value ?? 0) }
            }
            let candidates = near.filter { k in
                !run.contains(k) && cues[k] != .part && cues[k] != .neither
                    && (role[figures[k].index] == nil || role[figures[k].index] == .total)
                    && facts[figures[k].index].unit == unit
                    && figures[k].paragraph >= first.paragraph - 8 && figures[k].paragraph <= last.paragraph + 2
                    // A lone part's total stands before it or in its paragraph.
                    && (run.count >= 2 || figures[k].paragraph <= last.paragraph)
                    && fits(combined(k), in: facts[figures[k].index].value ?? 0)
                    && run.allSatisfy { sameOwner(facts[figures[k].index], facts[figures[$0].index]) }
            }
            let best = candidates.min { a, b in
                let da = abs((facts[figures[a].index].value ?? 0) - combined(a)), db = abs((facts[figures[b].index].value ?? 0) - combined(b))
                return da != db ? da < db : abs(a - n) < abs(b - n)
            }
            if let t = best {
                role[figures[t].index] = .total
                partsOf[figures[t].index, default: []] += run
                for k in run {
                    role[figures[k].index] = .part
                    // A part no name owned is its total's, with the total's scope and province.
                    if facts[figures[k].index].facility == nil, let owner = facts[figures[t].index].facility {
                        facts[figures[k].index].facility = owner
                        facts[figures[k].index].scope = facts[figures[t].index].scope
                        facts[figures[k].index].province = facts[figures[t].index].province
                        facts[figures[k].index].provinceWritten = facts[figures[t].index].provinceWritten
                    }
                }
            }
            n = end
        }
        // Figures right before or after one that add up to it exactly
        // ("68 tỷ … 57 tỷ. Tổng kinh phí … 125 tỷ", "300 beds: 180 … and 120 …").
        for (t, total) in figures.enumerated() where role[total.index] == nil && cues[t] != .neither && cues[t] != .part {
            let amount = facts[total.index].value ?? 0
            for direction in [1, -1] {
                var run: [Int] = []
                var sum = Decimal(0)
                var k = t + direction
                // At most two dozen figures looked at, so a long paragraph stays linear.
                while k >= 0, k < figures.count, abs(k - t) <= 24, run.count < 12, abs(figures[k].paragraph - total.paragraph) <= 1 {
                    let f = facts[figures[k].index]
                    // Beds between a stated total's parts ("tổng vốn 1.500 tỷ …
                    // giai đoạn 1 850 tỷ, 250 giường; giai đoạn 2 650 tỷ")
                    // neither add nor end the run; without a total word
                    // (money year by year) they end it.
                    if f.unit != facts[total.index].unit {
                        guard cues[t] == .total else { break }
                        k += direction; continue
                    }
                    guard role[figures[k].index] == nil, cues[k] != .neither,
                          cues[k] != .total, sameOwner(facts[total.index], f), let v = f.value, v < amount else { break }
                    run.append(k); sum += v
                    if run.count >= 2, abs(sum - amount) * 100 <= amount { break }
                    k += direction
                }
                guard run.count >= 2, abs(sum - amount) * 100 <= amount else { continue }
                role[total.index] = .total
                partsOf[total.index, default: []] += run
                for k in run { role[figures[k].index] = .part }
                break
            }
        }
        // A shared figure, then the named facilities' shares: right after it,
        // or anywhere in the article when they add up to it.
        for (t, total) in figures.enumerated() where facts[total.index].facility == nil && role[total.index] != .part
            && facts[total.index].category == "investment" && cues[t] != .neither && cues[t] != .part {
            let amount = facts[total.index].value ?? 0
            let stated = partsOf[total.index] ?? []
            var shares: [Int] = []
            var sum = stated.reduce(Decimal(0)) { $0 + (facts[figures[$1].index].value ?? 0) }
            for k in (t + 1)..<min(figures.count, t + 25) {
                let f = facts[figures[k].index]
                guard f.unit == facts[total.index].unit, !stated.contains(k) else { continue }
                guard f.facility != nil, role[figures[k].index] == nil, cues[k] != .neither,
                      fits(sum + (f.value ?? 0), in: amount),
                      !shares.contains(where: { facts[figures[$0].index].facility == f.facility }) else { break }
                shares.append(k); sum += f.value ?? 0
            }
            let near = shares.allSatisfy { figures[$0].paragraph <= total.paragraph + 1 }
            guard shares.count + stated.count >= 2, !shares.isEmpty, near || abs(sum - amount) * 50 <= amount else { continue }
            role[total.index] = .total
            for k in shares { role[figures[k].index] = .part }
        }
        for (i, r) in role { facts[i].role = r }
    }

    /// Parts that add up to the total, or to less (some may go unnamed), or
    /// to 2 % more, or to what a total written coarser rounds or cuts
    /// ("more than VND1.2 trillion": VND800 billion and VND434.5 billion).
    private static func fits(_ sum: Decimal, in total: Decimal) -> Bool {
        total > 0 && sum > 0 && (sum * 50 <= total * 51 || FigureLinker.agrees(sum, total))
    }

    private static func sameOwner(_ total: Fact, _ part: Fact) -> Bool {
        total.facility == nil || part.facility == nil || total.facility == part.facility
    }
}
