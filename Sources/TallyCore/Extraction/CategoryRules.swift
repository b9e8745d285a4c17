import Foundation

/// What a figure counts: its category and unit.
struct Sense { var category: String; var unit: String }

/// Gives a figure its meaning: money is investment or finance, a count takes
/// the sense of its noun, and people are trainees, staff or people by the
/// training, having and taking-part words around them (see
/// `CategoryRegistry` for the categories and how each is decided).
struct CategoryRules {
    let read: QuantityReader
    /// True when some sentence of the paragraph speaks of training.
    let trainingParagraph: Bool
    var tokens: [Token] { read.tokens }
    var lex: Lexicon { read.lex }
    var index: SentenceIndex { read.index }

    func meaning(of q: inout Quantity) -> Sense? {
        if let currency = q.currency {
            return Sense(category: moneyCategory(q), unit: currency)
        }
        read.countsAreWhole(&q)
        if q.start > 0, lex.has(tokens[q.start - 1], .share) { return nil }
        // "năm 2024 bệnh viện đã cử …": a year after its word, not 2,024 hospitals.
        if q.start == q.numberStart, q.start > 0, q.value != nil, lex.has(tokens[q.start - 1], .yearWord),
           PeriodFinder.year(tokens, q.start) != nil { return nil }
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
                if let ratio = read.ratio(after: q.end) {
                    // "21 hospital beds per 10,000 residents" is a ratio, not a count.
                    unit += " per " + ratio.text
                    q.end = ratio.end
                }
                switch sense.training {
                case .never:
                    // Techniques handed over or received are a transfer of
                    // skills ("đã nhận 12 kỹ thuật từ tuyến trên"): reported
                    // beside training, never counted as people trained.
                    if category == CategoryRegistry.techniques, index.contains(.transfer) {
                        return Sense(category: CategoryRegistry.transfer, unit: unit)
                    }
                    return Sense(category: category, unit: unit)
                case .inPart:
                    let trained = index.contains(.training, in: index.part(around: q.numberStart))
                    return trained ? Sense(category: "training", unit: "trainees") : Sense(category: category, unit: unit)
                case .inSentence:
                    q.end = listEnd(from: q.end, group: &q.group)
                    if isTrainer(q) { return Sense(category: CategoryRegistry.transfer, unit: "trainers") }
                    guard isTraining, !isHeadcount(q) else { return Sense(category: category, unit: unit) }
                    // A trade keeps its name ("courses for 42 doctors"); a list of
                    // trades is trainees wherever it stands ("cử 200 bác sĩ,
                    // điều dưỡng đi đào tạo" is not 200 doctors); a generic
                    // word for staff is trainees when the course is for them
                    // ("for 400 health officials").
                    let trainees = q.group || unit == "staff" && isTrainee(q)
                    if trainees { return Sense(category: "training", unit: "trainees") }
                    // A nurse on a course is a trainee (`trainedAs`); a ratio keeps its own unit.
                    return Sense(category: "training", unit: unit == sense.unit ? sense.trainedAs ?? unit : unit)
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

    /// People sent to teach others are trainers: a verb of sending before
    /// them in their clause and, a few words after them, a word of teaching
    /// with no word of receiving or learning between ("sent 250 doctors to
    /// train staff at district hospitals", "cử 8 bác sĩ xuống các trung tâm
    /// y tế huyện để hướng dẫn chuyên môn"; not "cử 60 bác sĩ tiếp nhận 13
    /// kỹ thuật … dưới hướng dẫn của …").
    func isTrainer(_ q: Quantity) -> Bool {
        let clause = index.clause(around: q.numberStart)
        let lead = read.hedge(before: q.start)?.start ?? q.start
        guard index.contains(.dispatch, in: clause.lowerBound..<lead) else { return false }
        for k in q.end..<min(clause.upperBound, q.end + 10) {
            if lex.match(.teaching, tokens, at: k) != nil { return true }
            if lex.match(CueSet(.transfer, .training), tokens, at: k) != nil { return false }
        }
        return false
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
        let lead = read.hedge(before: q.start)?.start ?? q.start
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
        let lead = read.hedge(before: q.start)?.start ?? q.start
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
}
