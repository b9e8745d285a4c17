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
        /// The id of the last word of its head noun ("hospital", "tâm"), to
        /// match a generic mention ("the hospital") with the name it stands for.
        var head: Int32
        /// True when nothing in the name is capitalised but a determiner or
        /// the sentence's first word ("the hospital", "bệnh viện đa khoa",
        /// "the district-level unit"): it names a kind, not a body.
        var generic: Bool
        /// True when a generic name is still worth writing as the subject if
        /// nothing specific stands for it: it has a determiner, modifiers or
        /// opens the sentence ("the province", "The unit", "Dự án").
        var keepable: Bool
    }

    /// Dashes that end a dateline.
    static func isDatelineMark(_ t: Token) -> Bool { t.isMark("—") || t.isMark("–") || t.isMark("-") }

    /// Names in the order of their heads; each ends after the one before
    /// (`range.upperBound` grows), though a name grown left may start inside it.
    static func names(in tokens: [Token], lexicon lex: Lexicon, source: SourceText) -> [Name] {
        var out: [Name] = []
        var i = 0
        while i < tokens.count {
            let headLength = lex.match(.subjectHead, tokens, at: i) ?? 0
            // "16 bệnh viện" counts hospitals and "tuyến huyện" is a level:
            // neither names a body.
            let previous = i > 0 ? tokens[i - 1] : nil
            let level = lex.has(tokens[i], .placeHead) && previous.map { lex.has($0, .subjectModifier) } == true
            guard headLength > 0, previous?.kind != .number, !level else { i += max(headLength, 1); continue }
            let head = i..<(i + headLength)
            var range = lex.namesGrowRight ? growRight(tokens, head: head, lex) : growLeft(tokens, head: head, lex)
            // "Military Hospital 175", "Bệnh viện Quân y 103": the number is part of the name.
            if range.upperBound < tokens.count, tokens[range.upperBound].kind == .number,
               lex.endsBefore(.nameBefore, tokens, range.upperBound) {
                range = range.lowerBound..<(range.upperBound + 1)
            }
            i = max(i + headLength, range.upperBound)
            // "HCM CITY — …": a dateline names where the story was filed.
            if range.lowerBound == 0, range.upperBound < tokens.count, isDatelineMark(tokens[range.upperBound]) {
                continue
            }
            var words = 0
            var generic = true
            for k in range where !lex.has(tokens[k], .determiner) {
                words += 1
                if k > 0, tokens[k].capitalized { generic = false }
            }
            let keepable = words < range.count || words > headLength || tokens[range.lowerBound].capitalized
                || lex.has(tokens[head.upperBound - 1], .placeHead)
            out.append(Name(range: range, text: text(tokens, range, source), head: tokens[head.upperBound - 1].id,
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
    ///
    /// Names are walked from the mention outwards and only as far as the
    /// answer needs, so a long sentence full of names stays linear.
    static func owner(of mention: Range<Int>, adjectival: Bool, names: [Name], sentence: SentenceIndex,
                      source: SourceText, previousOwner: String?, resolve: (Name) -> String?) -> String? {
        let tokens = sentence.tokens
        let lex = sentence.lexicon
        if adjectival, let name = qualified(after: mention.upperBound, tokens: tokens, lexicon: lex, source: source) {
            return name
        }
        let partStart = sentence.partStart(mention.lowerBound)
        let partEnd = sentence.partEnd(mention.upperBound)
        func oblique(_ n: Name) -> Bool {
            n.range.lowerBound > 0 && lex.has(tokens[n.range.lowerBound - 1], .oblique)
        }
        // `names[..<before]` end by the mention's start (upper bounds grow).
        let before = firstIndex(names) { $0.range.upperBound > mention.lowerBound }
        // The nearest name of the mention's part, not governed by a preposition.
        var n = before
        while n > 0, names[n - 1].range.upperBound > partStart {
            n -= 1
            if names[n].range.lowerBound >= partStart, !oblique(names[n]), let r = resolve(names[n]) { return r }
        }
        if partStart > 0, partStart < mention.lowerBound,
           (partStart..<mention.lowerBound).allSatisfy({ tokens[$0].kind == .word && tokens[$0].capitalized }) {
            return text(tokens, partStart..<mention.lowerBound, source)
        }
        n = before
        while n > 0, names[n - 1].range.upperBound > partStart {
            n -= 1
            if names[n].range.lowerBound >= partStart, let r = resolve(names[n]) { return r }
        }
        if let previousOwner { return previousOwner }
        for k in 0..<before where !oblique(names[k]) { if let r = resolve(names[k]) { return r } }
        for k in 0..<before { if let r = resolve(names[k]) { return r } }
        var k = before
        while k < names.count, names[k].range.upperBound <= partEnd {
            if names[k].range.lowerBound >= mention.upperBound, !oblique(names[k]), let r = resolve(names[k]) {
                return r
            }
            k += 1
        }
        return nil
    }

    /// The first index whose element satisfies a predicate that, once true, stays true.
    static func firstIndex(_ names: [Name], where past: (Name) -> Bool) -> Int {
        var lo = 0, hi = names.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if past(names[mid]) { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }

    /// "a 250-bed eye and ENT hospital": the words after an
    /// adjectival figure up to a head noun, when they say more than the head.
    static func qualified(after start: Int, tokens: [Token], lexicon lex: Lexicon, source: SourceText) -> String? {
        var k = start
        while k < tokens.count, k - start <= 6, tokens[k].kind == .word || lex.has(tokens[k], .subjectConnector) {
            if let n = lex.match(.subjectHead, tokens, at: k) {
                guard k > start else { return nil }
                return text(tokens, start..<(k + n), source)
            }
            k += 1
        }
        return nil
    }

    static func growLeft(_ tokens: [Token], head: Range<Int>, _ lex: Lexicon) -> Range<Int> {
        var lo = head.lowerBound
        while lo > 0 {
            let t = tokens[lo - 1]
            if lex.has(t, .determiner) { lo -= 1; break }
            guard t.capitalized || isPart(t, lex) else { break }
            lo -= 1
        }
        // Connectors only join words of a name; they never open it.
        while lo < head.lowerBound, lex.has(tokens[lo], .subjectConnector) { lo += 1 }
        var hi = head.upperBound
        // "Department of Health", "Hospital of Traditional Medicine".
        if hi + 1 < tokens.count, lex.has(tokens[hi], .subjectLink), tokens[hi + 1].capitalized {
            hi += 1
            while hi < tokens.count, tokens[hi].capitalized { hi += 1 }
        }
        return lo..<hi
    }

    static func growRight(_ tokens: [Token], head: Range<Int>, _ lex: Lexicon) -> Range<Int> {
        var hi = head.upperBound
        while hi < tokens.count {
            // "… huyện Ba Vì và Bệnh viện …": a connector before a new head
            // starts the next name.
            if lex.has(tokens[hi - 1], .subjectConnector), lex.match(.subjectHead, tokens, at: hi) != nil { break }
            let t = tokens[hi]
            // "Dự án Bệnh viện Phổi": a capitalised head inside the name is
            // taken whole, with the lower-case words of its own ("viện"),
            // or the name would end cut at "Dự án Bệnh".
            if t.kind == .word, t.capitalized, let h = lex.match(.subjectHead, tokens, at: hi) {
                hi += h
                continue
            }
            // "Bệnh viện Sản - Nhi": a hyphen joins two capitalised parts of one name.
            let joins = t.kind == .punct && lex.has(t, .subjectConnector)
                && hi + 1 < tokens.count && tokens[hi + 1].capitalized
            guard joins || t.kind == .word && (t.capitalized || isPart(t, lex)) else { break }
            hi += 1
        }
        // "Trung tâm Y tế huyện Tân Phú tại thị trấn …": what follows the last
        // connector belongs to the name only if it is a capitalised name too.
        while let c = (head.upperBound..<hi).last(where: { lex.has(tokens[$0], .subjectConnector) }),
              !(c + 1..<hi).contains(where: { tokens[$0].capitalized }) {
            hi = c
        }
        return head.lowerBound..<hi
    }

    /// Lower-case words that may sit inside a name: modifiers ("provincial",
    /// "đa khoa") and connectors ("of", "and", "tại").
    static func isPart(_ t: Token, _ lex: Lexicon) -> Bool {
        lex.has(t, .subjectModifier) || lex.has(t, .subjectConnector)
    }

    static func text(_ tokens: [Token], _ range: Range<Int>, _ source: SourceText) -> String {
        source.originalText(tokens[range.lowerBound].range.lowerBound..<tokens[range.upperBound - 1].range.upperBound)
    }
}
