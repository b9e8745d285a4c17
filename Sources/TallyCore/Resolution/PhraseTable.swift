/// A table of folded phrases with a value each, matched at a word: the
/// longest phrase wins. Phrases are compiled once per language.
///
/// Phrases are kept as `Vocabulary` ids, grouped by their first word and
/// longest first, in one array indexed by the first word's id, so a match
/// is an array read and a few integer compares, with no hashing.
struct PhraseTable<Value: Sendable>: Sendable {
    /// Which spelling of a word the phrases are written in.
    enum Spelling: Sendable {
        /// Lower case with diacritics: a language's words ("mới", "mỗi").
        case lower
        /// No diacritics: names ("bac giang").
        case folded
    }

    private let spelling: Spelling
    /// Word ids of every phrase, one after another.
    private var ids: [Int32] = []
    /// Phrases by first word, longest first: `phrases[groups[id]]`.
    private var phrases: [(start: Int, length: Int, value: Value)] = []
    private var groups: [Range<Int>] = []
    /// Words in the longest phrase, so a match ending at a word looks back
    /// no further (and a long phrase is never out of its reach).
    private var longest = 0

    init(_ entries: [(String, Value)], spelling: Spelling = .lower) {
        self.spelling = spelling
        var byFirst: [Int32: [(words: [Int32], value: Value)]] = [:]
        var firsts: [Int32] = []
        for (phrase, value) in entries {
            let words = Words.spellings(phrase).map { Vocabulary.id(of: spelling == .lower ? $0.lower : $0.folded) }
            guard let first = words.first else { continue }
            if byFirst[first] == nil { firsts.append(first) }
            byFirst[first, default: []].append((words, value))
        }
        groups = Array(repeating: 0..<0, count: Vocabulary.words.count + 1)
        for first in firsts {
            var candidates = byFirst[first]!
            candidates.sort { $0.words.count > $1.words.count }
            let lower = phrases.count
            for c in candidates {
                longest = max(longest, c.words.count)
                phrases.append((ids.count, c.words.count, c.value))
                ids += c.words
            }
            groups[Int(first)] = lower..<phrases.count
        }
    }

    @inline(__always) private func id(_ word: Word) -> Int32 { spelling == .lower ? word.lowerID : word.foldedID }

    /// The longest phrase that starts at `words[at]` without crossing a
    /// sentence end, a comma or a bracket.
    func match(_ words: [Word], at: Int, limit: Int? = nil) -> (value: Value, length: Int)? {
        let end = limit ?? words.count
        guard at < end else { return nil }
        for p in groups[Int(id(words[at]))] {
            let length = phrases[p].length
            guard at + length <= end else { continue }
            let start = phrases[p].start
            var ok = true
            var k = 1
            while k < length {
                if id(words[at + k]) != ids[start + k] || words[at + k].gap.breaksName { ok = false; break }
                k += 1
            }
            if ok { return (phrases[p].value, length) }
        }
        return nil
    }

    /// The longest phrase that ends at `words[at]`.
    func match(_ words: [Word], endingAt at: Int, from lower: Int = 0) -> (value: Value, length: Int)? {
        var best: (Value, Int)?
        for length in stride(from: 1, through: longest, by: 1) where at - length + 1 >= lower {
            if let m = match(words, at: at - length + 1, limit: at + 1), m.length == length { best = (m.value, length) }
        }
        return best.map { ($0.0, $0.1) }
    }

    func contains(_ words: [Word], at: Int, limit: Int? = nil) -> Bool { match(words, at: at, limit: limit) != nil }
}

extension PhraseTable where Value == Bool {
    init(_ phrases: [String]) { self.init(phrases.map { ($0, true) }) }
}

extension Word.Gap {
    /// Punctuation that a name never spans (a hyphen or an abbreviation's dot may sit inside one).
    var breaksName: Bool { !subtracting([.dash, .period]).isEmpty }
}
