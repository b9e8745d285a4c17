/// Every word a resolution table holds, interned once, so a paragraph's
/// words carry integer ids and tables compare integers: hashing and
/// comparing `String`s (which normalise text) was most of the resolution
/// stage's time. A word no table holds has id 0, which no table entry has.
///
/// The vocabulary is read from the same lists the tables are compiled from;
/// a table given a word it does not hold stops at its first use (see
/// `Vocabulary.id(of:)`), so a new list cannot be missed silently.
enum Vocabulary {
    static let words: WordTable = {
        var table = WordTable()
        for language in Languages.all {
            for phrase in language.facilities.phrases + language.roles.phrases + (language.cues[.yearWord] ?? []) {
                for w in Words.spellings(phrase) { _ = table.intern(w.lower) }
            }
            for phrase in language.facilities.foldedPhrases { for w in Words.spellings(phrase) { _ = table.intern(w.folded) } }
        }
        for spelling in Gazetteer.spellings {
            for w in Words.spellings(spelling.text) { _ = table.intern(w.folded) }
        }
        return table
    }()

    /// The id of one word as `Words.of` spells it (folded or lower case).
    static func id(of word: String) -> Int32 {
        let id = words.id(word)
        precondition(id != 0, "'\(word)' is in a resolution table but not in Vocabulary: add its list there")
        return id
    }
}
