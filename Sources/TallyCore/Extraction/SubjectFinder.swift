/// Finds the hospital or body a figure belongs to: the name, built around a
/// head noun of the language (`Hospital`, `Medical Center`, `Bệnh viện`,
/// `Trung tâm Y tế`), nearest before the figure in its sentence, else nearest
/// after it. English names grow leftwards from the head ("the Luc Ngan
/// district Medical Center"), Vietnamese ones rightwards ("Bệnh viện Đa khoa
/// tỉnh Bắc Giang"), over capitalised words and the language's connectors.
enum SubjectFinder {
    static func subject(in tokens: [Token], near anchor: Int, rules: LanguageRules, source: SourceText) -> String? {
        var candidates: [Range<Int>] = []
        var i = 0
        while i < tokens.count {
            var headLength = 0
            for head in rules.subjectHeads where head.count > headLength && Phrases.matches(head, tokens, at: i) {
                headLength = head.count
            }
            guard headLength > 0 else { i += 1; continue }
            let name = rules.code == .vi ? growRight(tokens, head: i..<(i + headLength), rules: rules)
                                         : growLeft(tokens, head: i..<(i + headLength), rules: rules)
            candidates.append(name)
            i = max(i + headLength, name.upperBound)
        }
        let before = candidates.filter { $0.upperBound <= anchor }.max { $0.upperBound < $1.upperBound }
        let after = candidates.filter { $0.lowerBound > anchor }.min { $0.lowerBound < $1.lowerBound }
        guard let chosen = before ?? after else { return nil }
        let text = source.canonical(tokens[chosen.lowerBound].range.lowerBound..<tokens[chosen.upperBound - 1].range.upperBound)
        // A lone generic head ("center", "tỉnh") names nothing by itself.
        return chosen.count == 1 && !tokens[chosen.lowerBound].capitalized && rules.code == .vi ? nil : text
    }

    static func growLeft(_ tokens: [Token], head: Range<Int>, rules: LanguageRules) -> Range<Int> {
        var lo = head.lowerBound
        while lo > 0 {
            let t = tokens[lo - 1]
            if t.text == "the" { lo -= 1; break }
            guard t.kind == .word, t.capitalized || rules.subjectConnectors.contains(t.text), t.text != "and" || lo - 2 >= 0 && tokens[lo - 2].capitalized else { break }
            lo -= 1
        }
        var hi = head.upperBound
        // "Department of Health", "Hospital of Traditional Medicine".
        if hi + 1 < tokens.count, tokens[hi].text == "of", tokens[hi + 1].capitalized {
            hi += 1
            while hi < tokens.count, tokens[hi].capitalized { hi += 1 }
        }
        while lo < head.lowerBound, ["and", "of", "-"].contains(tokens[lo].text) { lo += 1 }
        return lo..<hi
    }

    static func growRight(_ tokens: [Token], head: Range<Int>, rules: LanguageRules) -> Range<Int> {
        var hi = head.upperBound
        while hi < tokens.count {
            let t = tokens[hi]
            guard t.kind == .word, t.capitalized || rules.subjectConnectors.contains(t.text) else { break }
            hi += 1
        }
        while hi > head.upperBound, ["tại", "-", "và"].contains(tokens[hi - 1].text) { hi -= 1 }
        return head.lowerBound..<hi
    }
}
