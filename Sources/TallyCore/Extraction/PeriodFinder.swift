/// Finds the year, range of years or period phrase a figure belongs to, in
/// its own clause: "2021-2025", "in 2022", "năm 2018", "each year", "the
/// first 9 months of 2025". The one nearest the figure wins. Years inside
/// dates (20/09/2020) are not periods.
enum PeriodFinder {
    static func period(in sentence: SentenceIndex, near anchor: Int, within scope: Range<Int>,
                       source: SourceText) -> String? {
        let found = sentence.periods(in: scope, source: source)
        // The nearest; of two as near, the earlier (it was offered first).
        var lo = 0, hi = found.count
        while lo < hi { let mid = (lo + hi) / 2; if found[mid].at > anchor { hi = mid } else { lo = mid + 1 } }
        let left = lo > 0 ? found[lo - 1] : nil
        let right = lo < found.count ? found[lo] : nil
        if let left, right.map({ anchor - left.at <= $0.at - anchor }) ?? true { return left.text }
        return right?.text
    }

    /// Every period of `scope`, read left to right; each is skipped whole
    /// before the next is looked for.
    static func occurrences(in sentence: SentenceIndex, within scope: Range<Int>,
                            source: SourceText) -> [(at: Int, text: String)] {
        let tokens = sentence.tokens
        let lex = sentence.lexicon
        var out: [(at: Int, text: String)] = []
        func written(_ at: Int, _ end: Int) -> String {
            source.originalText(tokens[at].range.lowerBound..<tokens[end - 1].range.upperBound)
        }
        var i = scope.lowerBound
        while i < scope.upperBound {
            if let y = year(tokens, i) {
                if i + 2 < scope.upperBound, lex.has(tokens[i + 1], .rangeWord),
                   let y2 = year(tokens, i + 2) ?? shortYear(tokens[i + 2], after: y), y2 > y {
                    out.append((i, "\(y)-\(y2)")); i += 3; continue
                }
                out.append((i, written(openStart(sentence, year: i, scope: scope), i + 1))); i += 1; continue
            }
            // "từ đầu năm 2017", "cuối năm 2024", "since early 2023": as written.
            if let n = lex.match(.yearPart, tokens, at: i), i + n < scope.upperBound, year(tokens, i + n) != nil {
                let open = i > scope.lowerBound && lex.has(tokens[i - 1], .openPeriod) && !sentence.contains(.planned, in: scope)
                out.append((i, written(open ? i - 1 : i, i + n + 1))); i += n + 1; continue
            }
            if let n = lex.match(.periodPhrase, tokens, at: i), i + n <= scope.upperBound {
                out.append((i, written(i, i + n))); i += n; continue
            }
            if let end = lead(tokens, at: i, scope: scope, lex) {
                out.append((i, written(i, end))); i = end; continue
            }
            i += 1
        }
        return out
    }

    /// "the past 3 years", "the first 9 months of 2025": a lead, a count and
    /// a time noun (a unit the language marks as no fact), then perhaps the
    /// year it counts in. Also a part of a year ("the first half of this
    /// year", "the fourth quarter of 2027") and a count with an end word
    /// but no lead ("6 tháng đầu năm 2025", "5 năm qua").
    static func lead(_ tokens: [Token], at i: Int, scope: Range<Int>, _ lex: Lexicon) -> Int? {
        for length in lex.matches(.periodLead, tokens, at: i) {
            let end = i + length
            guard let counted = countedTime(tokens, at: end, scope: scope, lex) else { continue }
            // "trong 5 năm qua": an end word makes the count a period on its
            // own, and the lead is only a preposition ("in the past").
            if lex.match(.periodEnd, tokens, at: counted) != nil { continue }
            return tail(tokens, from: counted, scope: scope, lex)
        }
        for length in lex.matches(.periodPart, tokens, at: i) where i + length <= scope.upperBound {
            return tail(tokens, from: i + length, scope: scope, lex)
        }
        if let counted = countedTime(tokens, at: i, scope: scope, lex),
           let n = lex.match(.periodEnd, tokens, at: counted), counted + n <= scope.upperBound {
            return tail(tokens, from: counted, scope: scope, lex)
        }
        return nil
    }

    /// "3 years", "nine months": a count and a time noun; returns its end.
    static func countedTime(_ tokens: [Token], at k: Int, scope: Range<Int>, _ lex: Lexicon) -> Int? {
        guard k >= scope.lowerBound, k + 1 < scope.upperBound,
              tokens[k].kind == .number || lex.numberWord(tokens[k]) != nil,
              let (sense, n) = lex.unit(tokens, at: k + 1), sense.category == nil,
              Lexicon.timeUnits.contains(sense.unit), k + 1 + n <= scope.upperBound else { return nil }
        return k + 1 + n
    }

    /// What may follow a period's count or part: an end word ("đầu năm",
    /// "qua") with perhaps its year, a tie with its year ("of 2025", "of
    /// this year"), or a period word and a year ("in 2024").
    static func tail(_ tokens: [Token], from end: Int, scope: Range<Int>, _ lex: Lexicon) -> Int {
        func yearAt(_ k: Int) -> Int? {
            if k < scope.upperBound, year(tokens, k) != nil { return k + 1 }
            // "quý II/2026": after a tie, a year glued to its slash is still a year.
            if k < scope.upperBound, k > 0, tokens[k - 1].isMark("/"), tokens[k].kind == .number,
               tokens[k].text.utf8.count == 4, let y = Int(tokens[k].text), (1900...2100).contains(y) { return k + 1 }
            if let n = lex.match(.yearDeictic, tokens, at: k), k + n <= scope.upperBound { return k + n }
            return nil
        }
        if let n = lex.match(.periodEnd, tokens, at: end), end + n <= scope.upperBound {
            return yearAt(end + n) ?? end + n
        }
        if let n = lex.match(.periodTie, tokens, at: end), let e = yearAt(end + n) { return e }
        if end + 1 < scope.upperBound, lex.has(tokens[end], .periodWord), year(tokens, end + 1) != nil {
            return end + 2
        }
        return end
    }

    /// "since 2020", "từ năm 2021": where a lone year's period starts when
    /// an open-period word stands before it, perhaps across a period word.
    /// In a plan ("dự kiến hoạt động từ năm 2023", "will open from 2026")
    /// the year is a start date, not a period up to now: the year alone.
    static func openStart(_ sentence: SentenceIndex, year i: Int, scope: Range<Int>) -> Int {
        let tokens = sentence.tokens
        let lex = sentence.lexicon
        let k = i - 1
        guard k >= scope.lowerBound, !sentence.contains(.planned, in: scope) else { return i }
        if lex.has(tokens[k], .openPeriod) { return k }
        if k - 1 >= scope.lowerBound, lex.has(tokens[k], .periodWord),
           !lex.has(tokens[k], .openPeriod), lex.has(tokens[k - 1], .openPeriod) {
            return k - 1
        }
        return i
    }

    /// "2016-20": the second year of a range written with two digits.
    static func shortYear(_ t: Token, after y: Int) -> Int? {
        guard t.kind == .number, t.text.utf8.count == 2, let n = Int(t.text) else { return nil }
        let full = y - y % 100 + n
        return full > y ? full : nil
    }

    /// Four digits of a year a health story may name: 1900 to 2100.
    static func year(digits text: String) -> Int? {
        guard text.utf8.count == 4, let y = Int(text), (1900...2100).contains(y) else { return nil }
        return y
    }

    static func year(_ tokens: [Token], _ i: Int) -> Int? {
        let t = tokens[i]
        guard t.kind == .number, let y = year(digits: t.text) else { return nil }
        if i > 0, tokens[i - 1].isMark("/") || tokens[i - 1].isMark("."), !t.spaceBefore { return nil }
        if i + 1 < tokens.count, !tokens[i + 1].spaceBefore, tokens[i + 1].kind == .word { return nil }
        // "hotline 1900 9095": digits in groups are a phone number.
        if i + 1 < tokens.count, tokens[i + 1].kind == .number, tokens[i + 1].text.utf8.count >= 3 { return nil }
        return y
    }
}
