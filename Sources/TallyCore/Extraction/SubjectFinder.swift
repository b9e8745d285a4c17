/// Finds the hospital or body a figure belongs to.
///
/// Names are built around a head noun of the language (`Hospital`, `Medical
/// Center`, `Bệnh viện`, `Trung tâm Y tế`). English names grow leftwards from
/// the head ("the Luc Ngan district Medical Center"), Vietnamese ones
/// rightwards ("Bệnh viện Đa khoa tỉnh Bắc Giang"), over capitalised words
/// and the language's connectors.
///
/// Which name owns a figure follows how news sentences are built:
/// 1. "a 600-bed provincial general hospital": an adjectival figure
///    belongs to the name it qualifies;
/// 2. "…, Trung tâm Y tế huyện Gia Lộc 5 khóa": the nearest name before the
///    figure in its own comma-separated part of the sentence, preferring one
///    that is not governed by a preposition ("with K Hospital");
/// 3. "…; Hóc Môn 1.895 tỷ": a later part of the sentence that is a bare
///    capitalised name and the figure (an elliptical list item);
/// 4. "…, with 485 beds …, with a total investment of 700 billion VND": the
///    owner of the sentence's previous figure;
/// 5. "The provincial Hospital is building …": the first name of the
///    sentence before the figure (its grammatical subject, not a department
///    named in passing later on);
/// 6. a name after the figure in its own part.
enum SubjectFinder {
    /// A name found in a sentence.
    struct Name {
        /// Token range in the sentence.
        var range: Range<Int>
        var text: String
        /// The last word of its head noun ("hospital", "tâm"), to match a
        /// generic mention ("the hospital") with the name it stands for.
        var head: String
        /// True when nothing in the name is capitalised but a determiner or
        /// the sentence's first word ("the hospital", "bệnh viện đa khoa",
        /// "the district-level unit"): it names a kind, not a body.
        var generic: Bool
        /// True when a generic name is still worth writing as the subject if
        /// nothing specific stands for it: it has a determiner, modifiers or
        /// opens the sentence ("the province", "The unit", "Dự án").
        var keepable: Bool
    }

    /// Punctuation that cuts a sentence into the parts rule 2 works on.
    static let partMarks: Set<String> = [",", ";", ":", "(", ")", "–", "—"]
    /// Dashes that end a dateline.
    static let datelineMarks: Set<String> = ["—", "–", "-"]

    static func names(in tokens: [Token], rules: LanguageRules, source: SourceText) -> [Name] {
        var out: [Name] = []
        var i = 0
        while i < tokens.count {
            var headLength = 0
            for head in rules.subjectHeads where head.count > headLength && Phrases.matches(head, tokens, at: i) {
                headLength = head.count
            }
            // "16 bệnh viện" counts hospitals and "tuyến huyện" is a level:
            // neither names a body.
            let previous = i > 0 ? tokens[i - 1] : nil
            let level = rules.placeHeads.contains(tokens[i].text)
                && previous.map { rules.subjectModifiers.contains($0.text) } == true
            guard headLength > 0, previous?.kind != .number, !level else { i += max(headLength, 1); continue }
            let head = i..<(i + headLength)
            var range = rules.namesGrowRight ? growRight(tokens, head: head, rules: rules)
                                             : growLeft(tokens, head: head, rules: rules)
            // "Military Hospital 175", "Bệnh viện Quân y 103": the number is part of the name.
            if range.upperBound < tokens.count, tokens[range.upperBound].kind == .number,
               Phrases.anyEndingBefore(rules.nameBefore, tokens, end: range.upperBound) {
                range = range.lowerBound..<(range.upperBound + 1)
            }
            i = max(i + headLength, range.upperBound)
            // "HCM CITY — …": a dateline names where the story was filed.
            if range.lowerBound == 0, range.upperBound < tokens.count, datelineMarks.contains(tokens[range.upperBound].text) {
                continue
            }
            let words = range.filter { !rules.subjectDeterminers.contains(tokens[$0].text) }
            let generic = !words.contains { $0 > 0 && tokens[$0].capitalized }
            let keepable = words.count < range.count || words.count > headLength || tokens[range.lowerBound].capitalized
                || rules.placeHeads.contains(tokens[head.upperBound - 1].text)
            out.append(Name(range: range, text: text(tokens, range, source), head: tokens[head.upperBound - 1].text,
                            generic: generic, keepable: keepable))
        }
        return out
    }

    /// The owner of the figure whose mention spans `mention` (tokens), as
    /// text. `resolve` turns a name into the text it stands for, or nil when
    /// it names no one by itself ("stroke unit", a bare "bệnh viện" with no
    /// hospital named before): such names are passed over. Names governed by
    /// a preposition ("with K Hospital", "tại Bệnh viện Bạch Mai") are
    /// partners and places; they own a figure only when no other name does.
    /// `previousOwner` is the owner of the sentence's previous figure, which
    /// a figure with no name in its own part shares ("…, with 485 beds …,
    /// with a total investment of 700 billion VND").
    static func owner(of mention: Range<Int>, adjectival: Bool, names: [Name], tokens: [Token],
                      rules: LanguageRules, source: SourceText, previousOwner: String?,
                      resolve: (Name) -> String?) -> String? {
        if adjectival, let name = qualified(after: mention.upperBound, tokens: tokens, rules: rules, source: source) {
            return name
        }
        var partStart = mention.lowerBound
        while partStart > 0, !partMarks.contains(tokens[partStart - 1].text) { partStart -= 1 }
        var partEnd = mention.upperBound
        while partEnd < tokens.count, !partMarks.contains(tokens[partEnd].text) { partEnd += 1 }
        func oblique(_ n: Name) -> Bool {
            n.range.lowerBound > 0 && rules.obliqueWords.contains(tokens[n.range.lowerBound - 1].text)
        }
        let before = names.filter { $0.range.upperBound <= mention.lowerBound }
        let direct = before.filter { !oblique($0) }
        let inPart = { (n: Name) in n.range.lowerBound >= partStart }
        if let near = direct.reversed().lazy.filter(inPart).compactMap(resolve).first { return near }
        if partStart > 0, partStart < mention.lowerBound,
           (partStart..<mention.lowerBound).allSatisfy({ tokens[$0].kind == .word && tokens[$0].capitalized }) {
            return text(tokens, partStart..<mention.lowerBound, source)
        }
        if let near = before.reversed().lazy.filter(inPart).compactMap(resolve).first { return near }
        if let previousOwner { return previousOwner }
        if let first = (direct + before).lazy.compactMap(resolve).first { return first }
        let after = names.filter { $0.range.lowerBound >= mention.upperBound && $0.range.upperBound <= partEnd }
        return after.lazy.filter { !oblique($0) }.compactMap(resolve).first
    }

    /// "a 250-bed eye and ENT hospital": the words after an
    /// adjectival figure up to a head noun, when they say more than the head.
    static func qualified(after start: Int, tokens: [Token], rules: LanguageRules, source: SourceText) -> String? {
        var k = start
        while k < tokens.count, k - start <= 6, tokens[k].kind == .word || rules.subjectConnectors.contains(tokens[k].text) {
            for head in rules.subjectHeads where Phrases.matches(head, tokens, at: k) {
                guard k > start else { return nil }
                return text(tokens, start..<(k + head.count), source)
            }
            k += 1
        }
        return nil
    }

    static func growLeft(_ tokens: [Token], head: Range<Int>, rules: LanguageRules) -> Range<Int> {
        var lo = head.lowerBound
        while lo > 0 {
            let t = tokens[lo - 1]
            if rules.subjectDeterminers.contains(t.text) { lo -= 1; break }
            guard t.capitalized || isPart(t.text, rules) else { break }
            lo -= 1
        }
        // Connectors only join words of a name; they never open it.
        while lo < head.lowerBound, rules.subjectConnectors.contains(tokens[lo].text) { lo += 1 }
        var hi = head.upperBound
        // "Department of Health", "Hospital of Traditional Medicine".
        if hi + 1 < tokens.count, rules.subjectLinks.contains(tokens[hi].text), tokens[hi + 1].capitalized {
            hi += 1
            while hi < tokens.count, tokens[hi].capitalized { hi += 1 }
        }
        return lo..<hi
    }

    static func growRight(_ tokens: [Token], head: Range<Int>, rules: LanguageRules) -> Range<Int> {
        var hi = head.upperBound
        while hi < tokens.count {
            // "… huyện Ba Vì và Bệnh viện …": a connector before a new head
            // starts the next name.
            if rules.subjectConnectors.contains(tokens[hi - 1].text),
               rules.subjectHeads.contains(where: { Phrases.matches($0, tokens, at: hi) }) { break }
            let t = tokens[hi]
            // "Bệnh viện Sản - Nhi": a hyphen joins two capitalised parts of one name.
            let joins = t.kind == .punct && rules.subjectConnectors.contains(t.text)
                && hi + 1 < tokens.count && tokens[hi + 1].capitalized
            guard joins || t.kind == .word && (t.capitalized || isPart(t.text, rules)) else { break }
            hi += 1
        }
        // "Trung tâm Y tế huyện Tân Phú tại thị trấn …": what follows the last
        // connector belongs to the name only if it is a capitalised name too.
        while let c = (head.upperBound..<hi).last(where: { rules.subjectConnectors.contains(tokens[$0].text) }),
              !(c + 1..<hi).contains(where: { tokens[$0].capitalized }) {
            hi = c
        }
        return head.lowerBound..<hi
    }

    /// Lower-case words that may sit inside a name: modifiers ("provincial",
    /// "đa khoa") and connectors ("of", "and", "tại").
    static func isPart(_ word: String, _ rules: LanguageRules) -> Bool {
        rules.subjectModifiers.contains(word) || rules.subjectConnectors.contains(word)
    }

    static func text(_ tokens: [Token], _ range: Range<Int>, _ source: SourceText) -> String {
        source.originalText(tokens[range.lowerBound].range.lowerBound..<tokens[range.upperBound - 1].range.upperBound)
    }
}
