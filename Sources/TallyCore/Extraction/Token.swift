/// A word, a number or a punctuation mark of a sentence, located by canonical
/// scalar offsets. Rules read tokens, never raw characters, and compare them
/// by `id` (the word's id in the sentence's `Lexicon`) or `mark`, never by text.
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
    /// The id of `text` in the lexicon of the sentence's language; 0 when no
    /// table of that language holds it.
    public let id: Int32
    /// The scalar of a punctuation token, 0 for words and numbers.
    public let mark: UInt32

    @inline(__always) func isMark(_ s: Unicode.Scalar) -> Bool { mark == s.value }

    /// `,` `;` `:` `(` `)` `–` `—`: punctuation that cuts a sentence into parts.
    var isPartMark: Bool {
        switch mark {
        case 0x2C, 0x3B, 0x3A, 0x28, 0x29, 0x2013, 0x2014: return true
        default: return false
        }
    }
}

/// Cuts canonical scalars into tokens. A number keeps its inner separators
/// (`1,300`, `1.200`, `726,8`) so each language can read them its own way;
/// letters glued to digits (`VND1`, `16ha`, `m2`) become separate tokens with
/// `spaceBefore == false`, so rules can see they touch.
public enum Tokenizer {
    /// - Parameter lexicon: gives each token its word id; without one, ids
    ///   are those of the first language (the tokens themselves do not depend on it).
    public static func tokens(_ s: [Unicode.Scalar], in range: Range<Int>, lexicon: Lexicon = Lexicon.all[0]) -> [Token] {
        var buffer: [UInt8] = []
        return tokens(s, in: range, lexicon: lexicon, buffer: &buffer)
    }

    /// `tokens(s, in: range, lexicon:)`, lower-casing words in `buffer`,
    /// which a caller reading many sentences keeps for all of them.
    static func tokens(_ s: [Unicode.Scalar], in range: Range<Int>, lexicon: Lexicon, buffer: inout [UInt8]) -> [Token] {
        var out: [Token] = []
        // About a token per three scalars (words and their marks), so the
        // list seldom grows: growing it was a twentieth of the fuzz target.
        out.reserveCapacity(range.count / 3 + 1)
        var i = range.lowerBound
        var space = true
        buffer.reserveCapacity(64)
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
                buffer.removeAll(keepingCapacity: true)
                for k in start..<i { buffer.append(UInt8(truncatingIfNeeded: s[k].value)) }
                let text = String(decoding: buffer, as: UTF8.self)
                let id = buffer.withUnsafeBufferPointer { lexicon.id($0) }
                out.append(Token(kind: .number, range: start..<i, text: text, spaceBefore: space, capitalized: false,
                                 id: id, mark: 0))
            } else if isLetter(c) {
                i += 1
                while i < range.upperBound, isLetter(s[i]) { i += 1 }
                let text: String, id: Int32
                if lower(s, start..<i, into: &buffer) {
                    text = String(decoding: buffer, as: UTF8.self)
                    id = buffer.withUnsafeBufferPointer { lexicon.id($0) }
                } else {
                    text = string(s[start..<i]).lowercased()
                    id = lexicon.id(text)
                }
                out.append(Token(kind: .word, range: start..<i, text: text, spaceBefore: space, capitalized: isUpper(c),
                                 id: id, mark: 0))
            } else {
                i += 1
                let text = String(Character(c))
                out.append(Token(kind: .punct, range: start..<i, text: text, spaceBefore: space, capitalized: false,
                                 id: lexicon.id(text), mark: c.value))
            }
            space = false
        }
        return out
    }

    /// Lower-cases `s[range]` into UTF-8 bytes in `buffer` a scalar at a
    /// time, as `lowercased()` does, through `ScalarTraits.lower`; false
    /// when a scalar does not lower to one scalar, and the word must go
    /// through `lowercased()` itself.
    @inline(__always) static func lower(_ s: [Unicode.Scalar], _ range: Range<Int>, into buffer: inout [UInt8]) -> Bool {
        buffer.removeAll(keepingCapacity: true)
        for k in range {
            let v = s[k].value
            if v < 0x80 {
                let b = UInt8(truncatingIfNeeded: v)
                buffer.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
            } else if v < ScalarTraits.limit, case let lower = ScalarTraits.lower[Int(v)],
                      lower != ScalarTraits.noSingleLower {
                appendUTF8(lower, to: &buffer)
            } else { return false }
        }
        return true
    }

    /// The lexicon id of the lower-case word `s[range]`, as a token of it has.
    static func lowerID(_ s: [Unicode.Scalar], _ range: Range<Int>, lexicon: Lexicon, buffer: inout [UInt8]) -> Int32 {
        if lower(s, range, into: &buffer) { return buffer.withUnsafeBufferPointer { lexicon.id($0) } }
        return lexicon.id(string(s[range]).lowercased())
    }

    static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }
    // ASCII first: Unicode property look-ups were the largest cost of
    // tokenising (perf), and most scalars of either language are ASCII.
    static func isLetter(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII { return (c.value | 0x20) >= 0x61 && (c.value | 0x20) <= 0x7A }
        if c.value < ScalarTraits.limit { return ScalarTraits.all[Int(c.value)].contains(.wordLetter) }
        return c.properties.isAlphabetic || c.properties.generalCategory == .nonspacingMark
    }
    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII { return c == " " || (c.value >= 0x09 && c.value <= 0x0D) }
        if c.value < ScalarTraits.limit { return ScalarTraits.all[Int(c.value)].contains(.tokenSpace) }
        return c.properties.isWhitespace || c == "\u{FEFF}"
    }
    static func isUpper(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII { return c.value >= 0x41 && c.value <= 0x5A }
        if c.value < ScalarTraits.limit { return ScalarTraits.all[Int(c.value)].contains(.scalarUpper) }
        return c.properties.isUppercase
    }
    @inline(__always) static func appendUTF8(_ v: UInt32, to buffer: inout [UInt8]) {
        switch v {
        case ..<0x80: buffer.append(UInt8(v))
        case ..<0x800:
            buffer.append(UInt8(0xC0 | v >> 6)); buffer.append(UInt8(0x80 | v & 0x3F))
        case ..<0x10000:
            buffer.append(UInt8(0xE0 | v >> 12)); buffer.append(UInt8(0x80 | v >> 6 & 0x3F))
            buffer.append(UInt8(0x80 | v & 0x3F))
        default:
            buffer.append(UInt8(0xF0 | v >> 18)); buffer.append(UInt8(0x80 | v >> 12 & 0x3F))
            buffer.append(UInt8(0x80 | v >> 6 & 0x3F)); buffer.append(UInt8(0x80 | v & 0x3F))
        }
    }
    static func string<S: Sequence>(_ scalars: S) -> String where S.Element == Unicode.Scalar {
        var v = String.UnicodeScalarView(); v.append(contentsOf: scalars); return String(v)
    }
}
