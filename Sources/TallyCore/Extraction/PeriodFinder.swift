/// Finds the year, range of years or period phrase a figure belongs to, in
/// its own clause: "2021-2025", "in 2022", "năm 2018", "each year", "the
/// first 9 months of 2025". The one nearest the figure wins. Years inside
/// dates (20/09/2020) are not periods.
enum PeriodFinder {
    static func period(in tokens: [Token], near anchor: Int, within scope: Range<Int>, rules: LanguageRules,
                       source: SourceText) -> String? {
        var best: (distance: Int, text: String)?
        func offer(_ at: Int, _ text: String) {
            let d = abs(at - anchor)
            if best == nil || d < best!.distance { best = (d, text) }
        }
        func written(_ at: Int, _ end: Int) -> String {
            source.originalText(tokens[at].range.lowerBound..<tokens[end - 1].range.upperBound)
        }
        var i = scope.lowerBound
        while i < scope.upperBound {
            if let y = year(tokens, i) {
                if i + 2 < scope.upperBound, rules.rangeWords.contains(tokens[i + 1].text),
                   let y2 = year(tokens, i + 2) ?? shortYear(tokens[i + 2], after: y), y2 > y {
                    offer(i, "\(y)-\(y2)"); i += 3; continue
                }
                offer(i, String(y)); i += 1; continue
            }
            if let n = Phrases.longestMatch(rules.periodPhrases, tokens, at: i), i + n <= scope.upperBound {
                offer(i, written(i, i + n)); i += n; continue
            }
            if let end = lead(tokens, at: i, scope: scope, rules: rules) {
                offer(i, written(i, end)); i = end; continue
            }
            i += 1
        }
        return best?.text
    }

    /// "the past 3 years", "the first 9 months of 2025": a lead, a count and
    /// a time noun (a unit the language marks as no fact), then perhaps the
    /// year it counts in.
    static func lead(_ tokens: [Token], at i: Int, scope: Range<Int>, rules: LanguageRules) -> Int? {
        for phrase in rules.periodLeads where Phrases.matches(phrase, tokens, at: i) {
            var end = i + phrase.count
            guard end + 1 < scope.upperBound,
                  tokens[end].kind == .number || rules.numberWords[tokens[end].text] != nil,
                  let (sense, n) = Phrases.longest(rules.units, tokens, at: end + 1), sense.category == nil,
                  LanguageRules.timeUnits.contains(sense.unit) else { continue }
            end += 1 + n
            if end + 1 < scope.upperBound, rules.periodWords.contains(tokens[end].text), year(tokens, end + 1) != nil {
                end += 2
            }
            return end
        }
        return nil
    }

    /// "2016-20": the second year of a range written with two digits.
    static func shortYear(_ t: Token, after y: Int) -> Int? {
        guard t.kind == .number, t.text.count == 2, let n = Int(t.text) else { return nil }
        let full = y - y % 100 + n
        return full > y ? full : nil
    }

    static func year(_ tokens: [Token], _ i: Int) -> Int? {
        let t = tokens[i]
        guard t.kind == .number, t.text.count == 4, let y = Int(t.text), (1900...2100).contains(y) else { return nil }
        if i > 0, ["/", "."].contains(tokens[i - 1].text), !t.spaceBefore { return nil }
        if i + 1 < tokens.count, !tokens[i + 1].spaceBefore, tokens[i + 1].kind == .word { return nil }
        // "hotline 1900 9095": digits in groups are a phone number.
        if i + 1 < tokens.count, tokens[i + 1].kind == .number, tokens[i + 1].text.count >= 3 { return nil }
        return y
    }
}
