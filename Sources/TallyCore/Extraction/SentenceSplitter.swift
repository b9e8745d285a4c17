/// Cuts a paragraph into sentences. A full stop ends a sentence only when a
/// capital letter, digit or quote follows after a space, and not after an
/// abbreviation (`No.`, `Dr.`, `TS.`); decimal points never split because they
/// sit inside number tokens.
public enum SentenceSplitter {
    public static func sentences(_ s: [Unicode.Scalar], in range: Range<Int>, lexicon: Lexicon) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var word: [UInt8] = []
        var start = range.lowerBound
        var i = range.lowerBound
        while i < range.upperBound {
            let c = s[i]
            if c == "." || c == "!" || c == "?" || c == "…" {
                var end = i + 1
                while end < range.upperBound, ".!?…\"”’)".unicodeScalars.contains(s[end]) { end += 1 }
                var next = end
                while next < range.upperBound, s[next] == " " || s[next] == "\u{00A0}" { next += 1 }
                let spaced = next > end
                if next >= range.upperBound { break }
                let opener = s[next]
                let startsSentence = opener.properties.isUppercase || Tokenizer.isDigit(opener)
                    || "\"“‘(".unicodeScalars.contains(opener)
                if spaced, startsSentence, c != "." || !isAbbreviation(s, before: i, from: start, lexicon: lexicon, buffer: &word) {
                    out.append(start..<end)
                    start = next
                    i = next
                    continue
                }
                i = end
                continue
            }
            i += 1
        }
        if start < range.upperBound { out.append(start..<range.upperBound) }
        return out
    }

    /// True when the word right before the full stop at `dot` is one of
    /// the language's abbreviations. The word is lower-cased into `buffer`
    /// (kept by the caller for the paragraph), not made a `String`: a
    /// string and its lower-case copy at every full stop were the most
    /// frequent allocations of reading an article.
    static func isAbbreviation(_ s: [Unicode.Scalar], before dot: Int, from start: Int, lexicon: Lexicon,
                               buffer: inout [UInt8]) -> Bool {
        var j = dot
        while j > start, Tokenizer.isLetter(s[j - 1]) { j -= 1 }
        guard j < dot else { return false }
        return lexicon.has(Tokenizer.lowerID(s, j..<dot, lexicon: lexicon, buffer: &buffer), .abbreviation)
    }
}
