import Testing
@testable import TallyCore

@Suite("Tokenizer")
struct TokenizerTests {
    /// The tokenizer lowers words through a scalar table built from the
    /// standard library; each case is a word whose token text must be
    /// exactly `lowercased()` of it, including scalars the table sends
    /// through `lowercased()` itself (İ lowers to two scalars).
    static let words: [(String, String)] = [
        ("ASCII capitals", "HOSPITAL"),
        ("Vietnamese capitals with tone marks", "BỆNHVIỆN"),
        ("Vietnamese Đ and horned letters", "ĐƯỜNGƠN"),
        ("Latin-1 and Latin Extended-A", "ÉCOLEŒUVRE"),
        ("capital sharp s", "STRAẞE"),
        ("Greek", "ΟΔΟΣ"),
        ("Cyrillic", "БОЛЬНИЦА"),
        ("dotted capital I (two scalars lower-cased)", "İZMİR"),
        ("a letter beyond the table", "ＡＢＣ"),
        ("combining marks kept on their letter", "Be\u{0301}nh"),
    ]

    @Test("A word's token is its lower-cased text, with its id", arguments: words)
    func lowersLikeTheStandardLibrary(_ behaviour: String, _ word: String) {
        let scalars = Array(word.unicodeScalars)
        let tokens = Tokenizer.tokens(scalars, in: 0..<scalars.count)
        #expect(tokens.count == 1, "\(behaviour)")
        #expect(tokens.first?.text == word.lowercased(), "\(behaviour)")
        #expect(tokens.first?.id == Lexicon.all[0].id(word.lowercased()), "\(behaviour)")
        #expect(tokens.first?.capitalized == word.unicodeScalars.first!.properties.isUppercase, "\(behaviour)")
    }

    @Test("Every scalar of the table lowers and classifies as the standard library does")
    func tableMatchesUnicodeData() {
        for v in 0..<ScalarTraits.limit {
            guard let s = Unicode.Scalar(v) else { continue }
            let lowered = String(String.UnicodeScalarView([s])).lowercased().unicodeScalars
            let lower = ScalarTraits.lower[Int(v)]
            if lowered.count == 1 { #expect(lower == lowered.first!.value) } else { #expect(lower == ScalarTraits.noSingleLower) }
            #expect(Tokenizer.isLetter(s) == (s.properties.isAlphabetic || s.properties.generalCategory == .nonspacingMark))
            #expect(Tokenizer.isUpper(s) == s.properties.isUppercase)
        }
    }
}

@Suite("Figure prefilter")
struct FigurePrefilterTests {
    /// Where a figure may start (the extractor reads a sentence for figures
    /// only when one of its tokens may): sentence, and the tokens that may.
    static let sentences: [(String, Language, String, [String])] = [
        ("digits", .en, "The hospital has 300 beds.", ["300"]),
        ("a spelled-out number", .en, "It opened two wards.", ["two"]),
        ("the first word of a count without a numeral", .en, "Dozens of nurses were trained.", ["dozens"]),
        ("a longer vague count's first word, and the number word in it", .en, "A few dozen doctors came.", ["a", "dozen"]),
        ("prose without a figure", .en, "The hospital serves the whole district.", []),
        ("Vietnamese digits and a vague count", .vi, "Vài chục y bác sĩ khám cho 120 người.", ["vài", "120"]),
        ("Vietnamese prose", .vi, "Bệnh viện phục vụ người dân trong huyện.", []),
    ]

    @Test("A figure may start only at a number, a number word or a vague count", arguments: sentences)
    func mayStart(_ behaviour: String, _ language: Language, _ text: String, _ expected: [String]) {
        let lexicon = Lexicon.forLanguage(language)
        let scalars = Array(text.unicodeScalars)
        let tokens = Tokenizer.tokens(scalars, in: 0..<scalars.count, lexicon: lexicon)
        #expect(tokens.filter(lexicon.mayStartFigure).map(\.text) == expected, "\(behaviour)")
    }
}
