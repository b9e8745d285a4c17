import Foundation

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
    /// "vài chục y bác sĩ", "dozens of nurses": a count without a numeral,
    /// read as the range it stands for.
    var vague = false
    /// "raise its capacity from 450 to 700 beds": this is the old value,
    /// and the new one, which names the unit of both, starts here.
    var changeTo: Int?
}


/// Reads the figures of one sentence: a number as its language writes it
/// (digits or words), its scale and currency, a range or a change of value,
/// a conversion's lead and the hedge before it. It says what was written,
/// not what it counts (`CategoryRules`) nor whose it is (`Attribution`).
struct QuantityReader {
    let tokens: [Token]
    let lex: Lexicon
    let index: SentenceIndex

    func quantity(at i: Int) -> Quantity? {
        if let v = lex.vagueCount(tokens, at: i) {
            var q = Quantity(start: i, end: i + v.length, numberStart: i, value: nil,
                             low: Decimal(v.range.lowerBound), high: Decimal(v.range.upperBound))
            q.vague = true
            return q
        }
        var j = i
        var currency: String?
        if let (code, n) = lex.currency(tokens, at: i), j + n < tokens.count,
           tokens[j + n].kind == .number, !lex.has(tokens[i], .currencyAfterOnly) {
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

    /// "1.500 beds" on an English page written the Vietnamese way: a count
    /// of things is never 1.5, so a lone mark before exactly three digits
    /// groups thousands whatever the language. Money and ratios ("32.1
    /// beds per 10,000") keep the language's reading.
    func countsAreWhole(_ q: inout Quantity) {
        guard !q.scaled, let value = q.value, tokens[q.numberStart].kind == .number else { return }
        // A number token is ASCII: its marks are the bytes that are not digits.
        let raw = Array(tokens[q.numberStart].text.utf8)
        let marks = raw.indices.filter { raw[$0] < 0x30 || raw[$0] > 0x39 }
        guard marks.count == 1, raw.count - marks[0] - 1 == 3 else { return }
        var digits = raw
        digits.remove(at: marks[0])
        guard let whole = NumberReader.decimal(digits), whole != value else { return }
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
}
