/// A word, a number or a punctuation mark of a sentence, located by canonical
/// scalar offsets. Rules read tokens, never raw characters.
public struct Token: Sendable, Equatable {
    public enum Kind: Sendable, Equatable { case word, number, punct }
    public let kind: Kind
    public let range: Range<Int>
    /// Words are lower-cased (so rules match any capitalisation); numbers and
    /// punctuation are as written.
    public let text: String
    /// True when whitespace separates this token from the one before.
    public let spaceBefore: Bool
    /// True when the word starts with a capital letter in the text.
    public let capitalized: Bool
}

/// Cuts canonical scalars into tokens. A number keeps its inner separators
/// (`1,300`, `1.200`, `726,8`) so each language can read them its own way;
/// letters glued to digits (`VND1`, `16ha`, `m2`) become separate tokens with
/// `spaceBefore == false`, so rules can see they touch.
public enum Tokenizer {
    public static func tokens(_ s: [Unicode.Scalar], in range: Range<Int>) -> [Token] {
        var out: [Token] = []
        var i = range.lowerBound
        var space = true
        while i < range.upperBound {
            let c = s[i]
            if isSpace(c) { space = true; i += 1; continue }
            let start = i
            if isDigit(c) {
                i += 1
                while i < range.upperBound {
                    if isDigit(s[i]) { i += 1; continue }
                    if (s[i] == "." || s[i] == ","), i + 1 < range.upperBound, isDigit(s[i + 1]) { i += 2; continue }
                    break
                }
                out.append(Token(kind: .number, range: start..<i, text: string(s[start..<i]), spaceBefore: space, capitalized: false))
            } else if isLetter(c) {
                i += 1
                while i < range.upperBound, isLetter(s[i]) { i += 1 }
                let raw = string(s[start..<i])
                out.append(Token(kind: .word, range: start..<i, text: raw.lowercased(), spaceBefore: space,
                                 capitalized: c.properties.isUppercase))
            } else {
                i += 1
                out.append(Token(kind: .punct, range: start..<i, text: String(Character(c)), spaceBefore: space, capitalized: false))
            }
            space = false
        }
        return out
    }

    static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }
    // ASCII first: Unicode property look-ups were the largest cost of
    // tokenising (perf), and most scalars of either language are ASCII.
    static func isLetter(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII { return (c.value | 0x20) >= 0x61 && (c.value | 0x20) <= 0x7A }
        return c.properties.isAlphabetic || c.properties.generalCategory == .nonspacingMark
    }
    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII { return c == " " || (c.value >= 0x09 && c.value <= 0x0D) }
        return c.properties.isWhitespace || c == "\u{200B}" || c == "\u{FEFF}"
    }
    static func string<S: Sequence>(_ scalars: S) -> String where S.Element == Unicode.Scalar {
        var v = String.UnicodeScalarView(); v.append(contentsOf: scalars); return String(v)
    }
}
