/// Finds the year, range of years or period phrase a figure belongs to, in
/// its own sentence: "2021-2025", "in 2022", "năm 2018", "each year". The
/// one nearest the figure wins. Years inside dates (20/09/2020) are not periods.
enum PeriodFinder {
    static func period(in tokens: [Token], near anchor: Int, rules: LanguageRules, source: SourceText) -> String? {
        var best: (distance: Int, text: String)?
        func offer(_ at: Int, _ text: String) {
            let d = abs(at - anchor)
            if best == nil || d < best!.distance { best = (d, text) }
        }
        var i = 0
        while i < tokens.count {
            if let y = year(tokens, i) {
                if i + 2 < tokens.count, ["-", "–", "—", "to", "đến"].contains(tokens[i + 1].text),
                   let y2 = year(tokens, i + 2), y2 > y {
                    offer(i, "\(y)-\(y2)"); i += 3; continue
                }
                offer(i, String(y)); i += 1; continue
            }
            for phrase in rules.periodPhrases where Phrases.matches(phrase, tokens, at: i) {
                var end = i + phrase.count
                // "the past 3 years": take the number and its time noun along.
                if end + 1 < tokens.count, tokens[end].kind == .number || rules.numberWords[tokens[end].text] != nil,
                   let sense = rules.units[[tokens[end + 1].text]], sense.category == nil { end += 2 }
                else if phrase.count < 2 || ["the", "giai"].contains(phrase[0]) { continue }
                let text = source.canonical(tokens[i].range.lowerBound..<tokens[end - 1].range.upperBound)
                offer(i, text)
            }
            i += 1
        }
        return best?.text
    }

    static func year(_ tokens: [Token], _ i: Int) -> Int? {
        let t = tokens[i]
        guard t.kind == .number, t.text.count == 4, let y = Int(t.text), (1900...2100).contains(y) else { return nil }
        if i > 0, ["/", "."].contains(tokens[i - 1].text), !t.spaceBefore { return nil }
        if i + 1 < tokens.count, !tokens[i + 1].spaceBefore, tokens[i + 1].kind == .word { return nil }
        return y
    }
}
