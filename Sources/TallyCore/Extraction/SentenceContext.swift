import Foundation

/// One sentence being read: its tokens, the names in it, and the rules of
/// its language. It finds each figure, gives it a meaning (category and
/// unit) and builds the fact.
struct SentenceContext {
    let document: Document
    let paragraph: Paragraph
    let article: Article
    let lex: Lexicon
    /// The sentence's tokens, with every look-up over them computed once.
    let index: SentenceIndex
    let range: Range<Int>
    let tokens: [Token]
    /// Names in this sentence, and specific names seen earlier in the story.
    let names: [SubjectFinder.Name]
    let story: Story
    /// What the previous sentence of the paragraph was about, for figures
    /// whose own sentence names no one ("Công trình có … 45 tỷ đồng").
    let carried: String?
    /// True when some sentence of the paragraph speaks of training.
    let trainingParagraph: Bool
    /// True when the story is about something not yet built.
    let plannedStory: Bool
    /// The sentence as written in the file, shared by all its facts.
    let sentenceText: String

    /// A figure as read from the tokens, before it is given meaning.
    struct Quantity {
        var start: Int          // first token of the mention
        var end: Int            // one past the last token of the mention
        var numberStart: Int    // first token of the number itself
        var value: Decimal?
        var low: Decimal?
        var high: Decimal?
        var currency: String?
        var scaled = false
        /// "a 700-bed hospital": the figure qualifies the noun after it.
        var adjectival = false
        /// "500 officials and employees": the counted noun is a list of kinds of people.
        var group = false
        /// "raise its capacity from 450 to 700 beds": this is the old value,
        /// and the new one, which names the unit of both, starts here.
        var changeTo: Int?
    }

    struct Sense { var category: String; var unit: String }

    func facts() -> [Fact] {
        var out: [Fact] = []
        var lastMoney: (end: Int, fact: Fact)?
        var i = 0
        while i < tokens.count {
            if let n = lex.match(.target, tokens, at: i),
               let targets = targets(after: i + n, restating: out) {
                out.append(contentsOf: targets.facts)
                i = targets.end
                continue
            }
            guard var q = quantity(at: i) else { i += 1; continue }
            defer { i = max(q.end, i + 1) }
            if let next = q.changeTo {
                // The old value of a change counts what the new one counts
                // and is what exists now, so it is not planned.
                guard var newer = quantity(at: next), let sense = meaning(of: &newer) else { continue }
                var fact = fact(q, sense, previousOwner: out.last?.subject)
                fact.qualifiers.removeAll { $0 == .planned }
                out.append(fact)
                continue
            }
            guard let sense = meaning(of: &q) else { continue }
            var fact = fact(q, sense, previousOwner: out.last?.subject)
            // "3.3 trillion VND (about 142.66 million USD)", "(tương đương
            // khoảng 50 triệu USD)": a conversion in parentheses is the same money, filed and owned the same way,
            // and hedged the same way unless it has its own hedge.
            let lead = hedge(before: q.start)?.start ?? q.start
            // Without parentheses a conversion needs its word: "VND 2
            // trillion, equivalent to US$80 million", "…, tương đương 80
            // triệu USD"; a bare comma may start another sum.
            if q.currency != nil, let last = lastMoney, last.end < tokens.count,
               let opener: Int? = tokens[last.end].isMark("(") ? 0 : tokens[last.end].isMark(",") ? 1 : nil,
               lead == last.end + 1 + (lex.match(.conversion, tokens, at: last.end + 1) ?? (opener == 0 ? 0 : -1000)) {
                fact.category = last.fact.category
                fact.subject = last.fact.subject
                if lead == q.start {
                    fact.qualifiers = (last.fact.qualifiers.filter { $0 != .planned }
                        + fact.qualifiers.filter { $0 == .planned }).sorted()
                }
            }
            if q.currency != nil { lastMoney = (q.end, fact) }
            out.append(fact)
        }
        return out
    }

    /// "The district counts 9 doctors and 21 beds per 10,000 residents and
    /// wants to lift these figures to 12 and 28 by 2030": bare numbers after a
    /// target phrase are new values of the sentence's previous figures, in
    /// order, with their units and owners, dated and planned in their clause.
    func targets(after start: Int, restating previous: [Fact]) -> (facts: [Fact], end: Int)? {
        var values: [(value: Decimal, at: Int)] = []
        var k = start
        while let (value, next) = number(at: k) {
            values.append((value, k))
            k = next
            guard next < tokens.count, lex.has(tokens[next], .coordinator) else { break }
            while k < tokens.count, lex.has(tokens[k], .coordinator) { k += 1 }
        }
        guard !values.isEmpty, values.count <= previous.count else { return nil }
        let facts = zip(previous.suffix(values.count), values).map { original, target -> Fact in
            var f = original
            let clause = index.clause(around: target.at)
            f.value = target.value; f.min = nil; f.max = nil
            f.qualifiers = plans(in: clause) ? [.planned] : []
            f.period = PeriodFinder.period(in: index, near: target.at, within: clause, source: document.source)
            let mention = tokens[target.at].range
            f.provenance.span = document.source.originalSpan(mention)
            f.provenance.text = document.source.originalText(mention)
            return f
        }
        return (facts, k)
    }

    // MARK: Reading the number

    func quantity(at i: Int) -> Quantity? {
        var j = i
        var currency: String?
        if let (code, n) = lex.currency(tokens, at: i), j + n < tokens.count,
           tokens[j + n].kind == .number {
            currency = code; j += n
        }
        guard let (first, afterFirst) = number(at: j) else { return nil }
        if currency == nil, isInsideName(numberAt: j) { return nil }
        var q = Quantity(start: i, end: afterFirst, numberStart: j, value: first, currency: currency)
        if currency == nil, let next = changeTarget(from: j, afterFirst: afterFirst) {
            q.changeTo = next
            return q
        }
        // Ranges: 30-50, 30 – 50, from 30 to 50, between 30 and 50, từ 30 đến 50.
        if afterFirst + 1 < tokens.count, lex.has(tokens[afterFirst], .rangeWord),
           let (second, afterSecond) = number(at: afterFirst + 1), second > first {
            let opened = j > 0 && lex.has(tokens[j - 1], .rangeOpener)
            // "13 doctors and 32 beds" is two figures; "between 30 and 50" one.
            if !lex.has(tokens[afterFirst], .coordinator) || opened {
                q.low = first; q.high = second; q.value = nil; q.end = afterSecond
                if opened, q.start == j { q.start = j - 1 }
            }
        }
        // Scale words compose: "17 nghìn tỷ", "1.6 trillion". Used as an
        // adjective the scale is glued by a hyphen ("a VND1.2-trillion
        // hospital", "a $45-million wing", "the 2,000-billion-dong project").
        var k = q.end
        var factor: Decimal = 1
        func glued(_ at: Int) -> Bool {
            at + 1 < tokens.count && tokens[at].isMark("-") && !tokens[at].spaceBefore && !tokens[at + 1].spaceBefore
        }
        while k < tokens.count {
            if tokens[k].kind == .word, let m = lex.scale(tokens[k]) {
                factor *= m; k += 1; q.scaled = true
            } else if glued(k), tokens[k + 1].kind == .word, let m = lex.scale(tokens[k + 1]) {
                factor *= m; k += 2; q.scaled = true
            } else { break }
        }
        if q.scaled {
            q.value = q.value.map { $0 * factor }; q.low = q.low.map { $0 * factor }; q.high = q.high.map { $0 * factor }
            q.end = k
            // "2 tỷ 500 triệu đồng": a number with a smaller scale right
            // after a scaled one adds to it; it is one sum, not two.
            while q.low == nil, let value = q.value, let (part, afterPart) = number(at: q.end),
                  afterPart < tokens.count, let m = lex.scale(tokens[afterPart]), m < factor {
                q.value = value + part * m
                factor = m
                q.end = afterPart + 1
            }
        }
        // A longer noun wins over a currency word it starts with ("3 đô
        // thị" are urban areas, not dollars).
        if q.currency == nil, let (code, n) = lex.currency(tokens, at: q.end),
           (lex.match(.unit, tokens, at: q.end) ?? 0) <= n {
            q.currency = code; q.end += n
        } else if q.currency == nil, q.scaled, glued(q.end),
                  let (code, n) = lex.currency(tokens, at: q.end + 1) {
            q.currency = code; q.end += 1 + n
        }
        if q.currency == nil, q.scaled, let implied = lex.impliedCurrency, !nextIsNoun(q.end) {
            q.currency = implied
        }
        return q
    }

    /// "raise its capacity from 450 to 700 beds", "tăng từ 500 lên 800
    /// giường": a count opened by "from" after a verb of change (or joined
    /// by a word that only means change) is an old value, not the low end
    /// of a range; returns where the new value starts. Sums of money keep
    /// the range reading ("from 500 to 800 billion VND" shares its scale).
    func changeTarget(from j: Int, afterFirst: Int) -> Int? {
        guard j > 0, lex.has(tokens[j - 1], .rangeOpener), afterFirst + 1 < tokens.count,
              let (_, afterSecond) = number(at: afterFirst + 1) else { return nil }
        let link = tokens[afterFirst]
        let verb = (max(0, j - 5)..<(j - 1)).contains { lex.has(tokens[$0], .change) }
        guard lex.has(link, .changeLink) || lex.has(link, .rangeWord) && verb else { return nil }
        if afterSecond < tokens.count, lex.scale(tokens[afterSecond]) != nil
            || lex.match(.currency, tokens, at: afterSecond) != nil { return nil }
        return afterFirst + 1
    }

    /// A number token or a spelled-out number ("nine", "twenty-four").
    func number(at j: Int) -> (Decimal, Int)? {
        guard j < tokens.count else { return nil }
        let t = tokens[j]
        if t.kind == .number {
            // A time (17:51), a date (20/09/2020) or a code (05-CT/TU) is not a figure.
            if j + 2 < tokens.count, tokens[j + 1].isMark(":") || tokens[j + 1].isMark("/"), !tokens[j + 1].spaceBefore,
               tokens[j + 2].kind == .number { return nil }
            if j >= 2, tokens[j - 1].isMark(":") || tokens[j - 1].isMark("/"), !t.spaceBefore,
               tokens[j - 2].kind == .number { return nil }
            guard let v = NumberReader.read(t.text, grouping: lex.grouping) else { return nil }
            return (v, j + 1)
        }
        guard t.kind == .word, let v = lex.numberWord(t) else { return nil }
        if j + 2 < tokens.count, tokens[j + 1].isMark("-"), let ones = lex.numberWord(tokens[j + 2]), ones < 10, v >= 20 {
            return (Decimal(v + ones), j + 3)
        }
        return (Decimal(v), j + 1)
    }

    /// `Hospital 108`, `Directive No 05`, `Covid-19`, `lớp 11`, `1Providing`,
    /// `81st`: a number glued to letters, or right after a naming word, is
    /// part of a name or an ordinal.
    func isInsideName(numberAt j: Int) -> Bool {
        let t = tokens[j]
        guard t.kind == .number else { return false }
        if lex.endsBefore(.hedgeBridge, tokens, j) { return false }
        if j > 0 {
            let p = tokens[j - 1]
            if !t.spaceBefore, p.kind == .word, !lex.has(p, .currency) { return true }
            if !t.spaceBefore, p.isMark("-"), j > 1, tokens[j - 2].kind == .word, !p.spaceBefore { return true }
            if lex.endsBefore(.nameBefore, tokens, j), !namesNoCount(after: j, namedBy: p) { return true }
            // "No. 15", "số: 15".
            if p.isMark(".") || p.isMark(":"), lex.endsBefore(.nameBefore, tokens, j - 1) { return true }
            if p.isMark("#") { return true }
        }
        if j + 1 < tokens.count {
            let n = tokens[j + 1]
            if !n.spaceBefore, n.kind == .word, lex.has(n, .ordinalSuffix) { return true }
            if !n.spaceBefore, n.kind == .word, lex.scale(n) == nil, !lex.has(n, .unit), !lex.has(n, .currency) {
                return true
            }
        }
        return false
    }

    /// True when the number after a naming word is a sum or a count, not a
    /// name. A sum of money never is a name ("được cấp 450 triệu đồng":
    /// "cấp" also names levels). Nor is a count: "is building 3 modern
    /// buildings" has a naming word in lower case before a number that a
    /// counted noun follows, and "xây bệnh viện 700 giường" is a 700-bed
    /// hospital, while "Bệnh viện 108 có 600 giường" keeps its name.
    func namesNoCount(after j: Int, namedBy word: Token) -> Bool {
        guard j + 1 < tokens.count else { return false }
        let next = tokens[j + 1]
        if next.spaceBefore, lex.scale(next) != nil || lex.has(next, .currency) { return true }
        if let (sense, _) = lex.unit(tokens, at: j + 1), sense.category == "beds" { return true }
        return !word.capitalized && countedNounFollows(j + 1)
    }

    /// A counted noun (not a distractor unit) at `k`, perhaps behind fillers.
    func countedNounFollows(_ k: Int) -> Bool {
        for i in k..<min(k + 4, tokens.count) {
            if let (sense, _) = lex.unit(tokens, at: i) { return sense.category != nil }
            guard lex.has(tokens[i], .filler) else { return false }
        }
        return false
    }

    func nextIsNoun(_ k: Int) -> Bool {
        guard k < tokens.count else { return false }
        return lex.match(.unit, tokens, at: k) != nil
    }

    // MARK: Giving it meaning

    func meaning(of q: inout Quantity) -> Sense? {
        if let currency = q.currency {
            return Sense(category: moneyCategory(q), unit: currency)
        }
        countsAreWhole(&q)
        if q.start > 0, lex.has(tokens[q.start - 1], .share) { return nil }
        var k = q.end
        // Adjectival: "a 700-bed hospital", "15-storey".
        if k + 1 < tokens.count, tokens[k].isMark("-"), !tokens[k].spaceBefore,
           let (sense, n) = lex.unit(tokens, at: k + 1) {
            q.end = k + 1 + n
            q.adjectival = true
            return sense.category.map { Sense(category: $0, unit: sense.unit) }
        }
        // A counted noun, perhaps behind a few fillers ("20 higher-level techniques").
        var skipped = 0
        while k < tokens.count, skipped <= 3 {
            if let (sense, n) = lex.unit(tokens, at: k) {
                guard let category = sense.category else { return nil }
                q.end = k + n
                var unit = sense.unit
                if let ratio = ratio(after: q.end) {
                    // "21 hospital beds per 10,000 residents" is a ratio, not a count.
                    unit += " per " + ratio.text
                    q.end = ratio.end
                }
                switch sense.training {
                case .never:
                    return Sense(category: category, unit: unit)
                case .inPart:
                    let trained = index.contains(.training, in: index.part(around: q.numberStart))
                    return trained ? Sense(category: "training", unit: "trainees") : Sense(category: category, unit: unit)
                case .inSentence:
                    q.end = listEnd(from: q.end, group: &q.group)
                    guard isTraining, !isHeadcount(q) else { return Sense(category: category, unit: unit) }
                    // A trade keeps its name ("courses for 42 doctors"); a list of
                    // trades is trainees wherever it stands ("cử 200 bác sĩ,
                    // điều dưỡng đi đào tạo" is not 200 doctors); a generic
                    // word for staff is trainees when the course is for them
                    // ("for 400 health officials").
                    let trainees = q.group || unit == "staff" && isTrainee(q)
                    return Sense(category: "training", unit: trainees ? "trainees" : unit)
                }
            }
            guard tokens[k].kind == .word || tokens[k].isMark("-"), lex.has(tokens[k], .filler) else {
                return k == q.end ? bedsNamedBefore(q) : nil
            }
            // A hyphen joins a compound ("district-level", "short-term")
            // that counts as one word.
            k += 1; if !tokens[k - 1].isMark("-") { skipped += 1 }
        }
        return nil
    }

    /// "nâng tổng số giường bệnh lên 1.200", "the number of hospital beds
    /// reached 3,200": a bare number after a link word, with "the number
    /// of" and the bed noun a few words before the link, counts beds. Only
    /// beds: people or money named before a number are too often something
    /// else; and without "the number of" a link word is too often something
    /// else ("500 beds, handed over to 3 contractors"). A year ("to 2030")
    /// and a ratio ("giường bệnh/vạn dân lên 35") are left alone.
    func bedsNamedBefore(_ q: Quantity) -> Sense? {
        let j = q.numberStart
        guard j == q.start, j >= 2, lex.has(tokens[j - 1], .unitLink),
              PeriodFinder.year(tokens, j) == nil else { return nil }
        var k = j - 2
        while k >= max(0, j - 7) {
            let t = tokens[k]
            if t.kind == .number || t.isPartMark || lex.has(t, .ratio) {
                return nil
            }
            if let (sense, n) = lex.unit(tokens, at: k), k + n <= j - 1 {
                // A place word ("toàn tỉnh") may stand between; another noun ends the search.
                if sense.category == nil { k -= 1; continue }
                // "the number of (hospital) beds": a word or two may qualify the noun.
                guard sense.category == "beds",
                      (max(0, k - 2)...k).contains(where: { lex.endsBefore(.countWord, tokens, $0) })
                else { return nil }
                return Sense(category: "beds", unit: sense.unit)
            }
            k -= 1
        }
        return nil
    }

    /// "1.500 beds" on an English page written the Vietnamese way: a count
    /// of things is never 1.5, so a lone mark before exactly three digits
    /// groups thousands whatever the language. Money and ratios ("32.1
    /// beds per 10,000") keep the language's reading.
    func countsAreWhole(_ q: inout Quantity) {
        guard !q.scaled, let value = q.value, tokens[q.numberStart].kind == .number else { return }
        let raw = tokens[q.numberStart].text
        guard raw.filter({ !$0.isNumber }).count == 1, let mark = raw.firstIndex(where: { !$0.isNumber }),
              raw[raw.index(after: mark)...].count == 3,
              let whole = Decimal(string: raw.filter(\.isNumber)), whole != value else { return }
        q.value = whole
    }

    /// "per 10,000 people", "/vạn dân": a ratio word, a base (a number of
    /// at least 100, or a base word) and the noun it counts by. Written in
    /// English labels, so both languages give "10,000 people".
    func ratio(after k: Int) -> (text: String, end: Int)? {
        guard k + 2 < tokens.count, lex.has(tokens[k], .ratio) else { return nil }
        var base: Decimal
        var noun = k + 2
        if let (n, after) = number(at: k + 1), n >= 100 {
            base = n; noun = after
        } else if let b = lex.ratioBase(tokens[k + 1]) {
            base = b
        } else { return nil }
        guard noun < tokens.count, tokens[noun].kind == .word else { return nil }
        let label = lex.ratioNoun(tokens[noun]) ?? tokens[noun].text
        return (NumberText.grouped(base) + " " + label, noun + 1)
    }

    /// "100 bác sĩ, điều dưỡng, kỹ thuật viên": a people count whose noun is a
    /// list of kinds of people; the mention takes in the whole list.
    func listEnd(from start: Int, group: inout Bool) -> Int {
        var end = start
        while end + 1 < tokens.count, lex.has(tokens[end], .coordinator),
              let (sense, n) = lex.unit(tokens, at: end + 1), sense.training == .inSentence {
            end += 1 + n
            group = true
        }
        return end
    }

    /// People count as training when their sentence speaks of training,
    /// when it tells of techniques handed over to them ("cử 40 bác sĩ tiếp
    /// nhận 9 kỹ thuật mới"), or when they take part in something in a
    /// paragraph that speaks of training.
    var isTraining: Bool {
        index.contains(.training) || index.contains(.transfer) && mentionsTechniques
            || trainingParagraph && index.contains(.participation)
    }

    /// "has 300 doctors", "có 700 cán bộ": people counted right after a verb
    /// of having, with no training word nearer before them, are a headcount.
    /// They are trained after all when a training or taking-part word
    /// follows them in their clause with no other figure between ("có 30 bác
    /// sĩ được cử đi đào tạo", "210 doctors have received training", "Có
    /// tổng số 100 bác sĩ, điều dưỡng đăng ký tham gia").
    func isHeadcount(_ q: Quantity) -> Bool {
        let lead = hedge(before: q.start)?.start ?? q.start
        let clause = index.clause(around: q.numberStart)
        // Only a list of counts may stand between the verb and this count
        // ("có 300 bác sĩ, 500 điều dưỡng"); any other word makes the verb an
        // auxiliary or another clause's ("has sent 46 doctors").
        func listWord(_ k: Int) -> Bool {
            let t = tokens[k]
            if t.kind == .number || lex.has(t, .coordinator) || lex.has(t, .filler) || lex.has(t, .hedgeWord) {
                return true
            }
            return (max(0, k - 3)...k).contains { s in
                lex.match(.unit, tokens, at: s).map { s + $0 > k } ?? false
            }
        }
        var k = lead
        var having = false
        while k > clause.lowerBound {
            k -= 1
            if lex.match(CueSet(.training, .transfer), tokens, at: k) != nil { break }
            if lex.match(.headcount, tokens, at: k) != nil, !lex.endsBefore(.subset, tokens, k),
               lex.match(.subset, tokens, at: k) == nil {
                having = true; break
            }
            if !listWord(k) { break }
        }
        guard having else { return false }
        // Commas may stand inside the list of people ("100 bác sĩ, điều
        // dưỡng … đăng ký tham gia"); a semicolon or a colon ends their part.
        var m = q.end
        while m < clause.upperBound, tokens[m].kind != .number,
              tokens[m].isMark(",") || !tokens[m].isPartMark {
            if lex.match(CueSet(.training, .participation), tokens, at: m) != nil { return false }
            m += 1
        }
        return true
    }

    /// True when the sentence counts techniques ("13 kỹ thuật", "5 new techniques").
    var mentionsTechniques: Bool {
        tokens.indices.contains { i in
            tokens[i].kind == .number
                && (i + 1..<min(tokens.count, i + 5)).contains { k in
                    lex.unit(tokens, at: k).map { $0.sense.category == "techniques" } ?? false
                }
        }
    }

    /// People trained are trainees when they are who the
    /// training is for ("courses for 500 officials and employees"), the
    /// object of a training verb ("trains 1,200 medical workers", "tập huấn
    /// 300 cán bộ": a headline says it so while its body says "courses for
    /// 1,200 medical workers", and both must read alike to be linked) or who
    /// takes part in it ("100 doctors, nurses and technicians registered").
    func isTrainee(_ q: Quantity) -> Bool {
        let lead = hedge(before: q.start)?.start ?? q.start
        if lead > 0, lex.has(tokens[lead - 1], .beneficiary) { return true }
        if lex.endsBefore(.training, tokens, lead) { return true }
        let clause = index.clause(around: q.start)
        return index.contains(.participation, in: q.end..<clause.upperBound)
    }

    /// Money is investment when its sentence says so ("invest", "vốn"), or
    /// when it is a large sum with no cue at all; never when a word before it
    /// makes it savings, revenue or a payment, nor when it is the size of a
    /// price or a fee (see `Lexicon.moneyScale`).
    func moneyCategory(_ q: Quantity) -> String {
        // The words before it in its part of the sentence ("…, which saves
        // the hospital about 40 billion VND a year").
        let before = index.partStart(q.start)..<q.start
        if index.contains(.nonInvestment, in: before) { return "finance" }
        guard let currency = q.currency, let scale = Lexicon.moneyScale[currency],
              let amount = q.value ?? q.high else {
            return index.contains(.investment) ? "investment" : "finance"
        }
        if amount < scale.price { return "finance" }
        return index.contains(.investment) || amount >= scale.large ? "investment" : "finance"
    }

    // MARK: Building the fact

    /// The hedge written before a figure ("more than", "khoảng"), perhaps
    /// across a bridge ("more than a total of 300").
    func hedge(before start: Int) -> (qualifier: Qualifier, start: Int)? {
        if let found = lex.hedge(tokens, endingBefore: start) { return found }
        for bridgeStart in lex.startsEnding(CueSet(.hedgeBridge), tokens, before: start) {
            // "under a US$25 million project": a preposition that hedges only
            // right before a number is a preposition across a bridge.
            if let (qualifier, at) = lex.hedge(tokens, endingBefore: bridgeStart),
               !(at + 1 == bridgeStart && lex.has(tokens[at], .prepositionHedge)) {
                return (qualifier, at)
            }
        }
        return nil
    }

    func fact(_ q: Quantity, _ sense: Sense, previousOwner: String?) -> Fact {
        var qualifiers: [Qualifier] = []
        if let found = hedge(before: q.start) { qualifiers.append(found.qualifier) }
        let clause = index.clause(around: q.numberStart)
        let plannedCategory = ["beds", "investment"].contains(sense.category)
        // In a story about something to be built, a figure of what exists
        // now ("the province currently has 10,200 beds") is not planned.
        let present = index.contains(CueSet(.now, .done), in: clause)
        let purpose = index.contains(.purpose, in: clause.lowerBound..<q.start)
        // "Bach Mai Hospital, which has 3,200 beds, will act as …": a figure
        // whose own part says it exists now is not planned by a plan word
        // outside that part.
        // Its period, too, is looked for in that part only ("Founded in 1975
        // with 100 beds, the hospital now has 1,200").
        let part = index.part(around: q.numberStart).clamped(to: clause)
        let nowPart = index.contains(.now, in: part)
        let plannedHere = (nowPart ? plans(in: part) : plans(in: clause)) || purpose
        if plannedHere || plannedStory && plannedCategory && !present {
            qualifiers.append(.planned)
        }
        let source = document.source
        let mention = tokens[q.start].range.lowerBound..<tokens[q.end - 1].range.upperBound
        let provenance = Provenance(
            file: document.path, article: article.index, articleTitle: article.title, articleDate: article.date,
            paragraph: paragraph.index, span: source.originalSpan(mention),
            text: source.originalText(mention), sentence: sentenceText)
        return Fact(category: sense.category, value: q.value, min: q.low, max: q.high, unit: sense.unit,
                    subject: subject(of: q, previousOwner: previousOwner), qualifiers: qualifiers.sorted(),
                    period: PeriodFinder.period(in: index, near: q.numberStart, within: nowPart ? part : clause,
                                                source: source),
                    language: article.language, provenance: provenance)
    }

    /// True when a plan word stands in `range` outside a counted noun (see
    /// `SentenceIndex.plans`).
    func plans(in range: Range<Int>) -> Bool { index.plans(in: range) }

    /// The owner the sentence gives the figure (see `SubjectFinder.owner`),
    /// else what the previous sentence was about. A generic name ("the
    /// hospital") stands for the last specific name with the same head in
    /// its paragraph, else the first in the story (the one the story is
    /// about, not a partner named in passing); a territory ("the province")
    /// stays as written.
    func subject(of q: Quantity, previousOwner: String?) -> String? {
        SubjectFinder.owner(of: q.start..<q.end, adjectival: q.adjectival, names: names, sentence: index,
                            source: document.source, previousOwner: previousOwner, resolve: resolve) ?? carried
    }

    func resolve(_ name: SubjectFinder.Name) -> String? {
        guard name.generic else { return name.text }
        if !lex.has(name.head, .placeHead), let text = story.stands(for: name.head, in: paragraph.index) {
            return text
        }
        return name.keepable ? name.text : nil
    }
}
