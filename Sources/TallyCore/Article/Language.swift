/// The language of an article; detected from its words, never from a file name.
public enum Language: String, Sendable, Codable, CaseIterable {
    case en
    case vi

    /// Vietnamese marks tone and vowel quality on most syllables (ơ, ư, ă, đ,
    /// ạ, ế …), so in Vietnamese prose well over a third of the words carry
    /// such a letter. An English story about Vietnam also carries them, but
    /// only in its names ("Vạn Phúc Hospital in Thủ Đức District"), which
    /// stay under a third of its words even in a short, name-heavy story.
    /// Two words in five is the line; a text with no words at all is English.
    public static func detect<S: Sequence>(_ scalars: S) -> Language where S.Element == Unicode.Scalar {
        var words = 0
        var marked = 0
        var inWord = false
        var wordMarked = false
        func endWord() {
            if inWord { words += 1; if wordMarked { marked += 1 } }
            inWord = false; wordMarked = false
        }
        for s in scalars {
            if s.properties.isAlphabetic {
                inWord = true
                if !s.isASCII, vietnameseLetters.contains(s) { wordMarked = true }
            } else if s.properties.generalCategory != .nonspacingMark {
                endWord()
            } else if inWord {
                // A combining mark (NFD input) marks the word it sits in.
                wordMarked = true
            }
        }
        endWord()
        guard words > 0 else { return .en }
        return Double(marked) / Double(words) > 0.4 ? .vi : .en
    }

    private static let vietnameseLetters: Set<Unicode.Scalar> = {
        let letters = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
        var set = Set<Unicode.Scalar>()
        for s in letters.unicodeScalars { set.insert(s) }
        for s in letters.uppercased().unicodeScalars { set.insert(s) }
        return set
    }()
}
