/// A table of folded phrases with a value each, matched at a word: the
/// longest phrase wins. Phrases are compiled once per language.
struct PhraseTable<Value: Sendable>: Sendable {
    private var byFirst: [String: [(words: [String], value: Value)]] = [:]

    init(_ entries: [(String, Value)]) {
        for (phrase, value) in entries {
            let words = Fold.lower(phrase).split(separator: " ").map(String.init)
            guard let first = words.first else { continue }
            byFirst[first, default: []].append((words, value))
        }
        for key in byFirst.keys { byFirst[key]!.sort { $0.words.count > $1.words.count } }
    }

    /// The longest phrase that starts at `words[at]` without crossing a
    /// sentence end, a comma or a bracket.
    func match(_ words: [Word], at: Int, limit: Int? = nil) -> (value: Value, length: Int)? {
        let end = limit ?? words.count
        guard at < end, let candidates = byFirst[words[at].lower] else { return nil }
        for c in candidates where at + c.words.count <= end {
            var ok = true
            for k in 1..<max(1, c.words.count) where words[at + k].lower != c.words[k] || words[at + k].gap.breaksName {
                ok = false; break
            }
            if ok { return (c.value, c.words.count) }
        }
        return nil
    }

    /// The longest phrase that ends at `words[at]`.
    func match(_ words: [Word], endingAt at: Int, from lower: Int = 0) -> (value: Value, length: Int)? {
        var best: (Value, Int)?
        for length in 1...4 where at - length + 1 >= lower {
            if let m = match(words, at: at - length + 1, limit: at + 1), m.length == length { best = (m.value, length) }
        }
        return best.map { ($0.0, $0.1) }
    }

    func contains(_ words: [Word], at: Int) -> Bool { match(words, at: at) != nil }
}

extension PhraseTable where Value == Bool {
    init(_ phrases: [String]) { self.init(phrases.map { ($0, true) }) }
}

extension Word.Gap {
    /// Punctuation that a name never spans (a hyphen or an abbreviation's dot may sit inside one).
    var breaksName: Bool { !subtracting([.dash, .period]).isEmpty }
}
