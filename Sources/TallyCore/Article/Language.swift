/// The language of an article; detected from its letters, never from a file name.
public enum Language: String, Sendable, Codable, CaseIterable {
    case en
    case vi

    /// Vietnamese writes tones and vowel qualities as diacritics that English
    /// never uses (ơ, ư, ă, đ, ạ, ế …). A text where more than 3% of the letters
    /// carry them is Vietnamese; this holds even for a short headline.
    public static func detect<S: Sequence>(_ scalars: S) -> Language where S.Element == Unicode.Scalar {
        var letters = 0
        var marked = 0
        for s in scalars where s.properties.isAlphabetic {
            letters += 1
            if !s.isASCII, vietnameseLetters.contains(s) { marked += 1 }
        }
        guard letters > 0 else { return .en }
        return Double(marked) / Double(letters) > 0.03 ? .vi : .en
    }

    private static let vietnameseLetters: Set<Unicode.Scalar> = {
        let letters = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
        var set = Set<Unicode.Scalar>()
        for s in letters.unicodeScalars { set.insert(s) }
        for s in letters.uppercased().unicodeScalars { set.insert(s) }
        return set
    }()
}
