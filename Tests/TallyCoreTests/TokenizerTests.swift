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
        for v in 0..<ScalarTable.limit {
            guard let s = Unicode.Scalar(v) else { continue }
            let lowered = String(String.UnicodeScalarView([s])).lowercased().unicodeScalars
            let entry = ScalarTable.entries[Int(v)]
            if lowered.count == 1 { #expect(entry.lower == lowered.first!.value) } else { #expect(entry.lower == ScalarTable.noSingleLower) }
            #expect(Tokenizer.isLetter(s) == (s.properties.isAlphabetic || s.properties.generalCategory == .nonspacingMark))
            #expect(Tokenizer.isUpper(s) == s.properties.isUppercase)
        }
    }
}
