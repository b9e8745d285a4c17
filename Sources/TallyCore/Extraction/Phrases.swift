/// Matching of word sequences (`["more", "than"]`) against tokens.
enum Phrases {
    /// True when `phrase` stands at `i`, word for word (words are lower-cased
    /// tokens; a hyphen is a token of its own, so tables list
    /// `["ground", "-", "breaking"]` for "ground-breaking").
    static func matches(_ phrase: [String], _ tokens: [Token], at i: Int) -> Bool {
        guard i >= 0, i + phrase.count <= tokens.count else { return false }
        for (k, word) in phrase.enumerated() where tokens[i + k].text != word { return false }
        return true
    }

    /// The longest key of `table` that stands at `i`, with its length.
    static func longest<V>(_ table: [[String]: V], _ tokens: [Token], at i: Int) -> (V, Int)? {
        var best: (V, Int)?
        for (phrase, value) in table where phrase.count > (best?.1 ?? 0) && matches(phrase, tokens, at: i) {
            best = (value, phrase.count)
        }
        return best
    }

    /// The longest key of `table` that ends right before `end`, with its start.
    static func endingBefore<V>(_ table: [[String]: V], _ tokens: [Token], end: Int) -> (V, Int)? {
        var best: (V, Int)?
        for (phrase, value) in table {
            let start = end - phrase.count
            if start >= 0, matches(phrase, tokens, at: start), best.map({ start < $0.1 }) ?? true {
                best = (value, start)
            }
        }
        return best
    }

    /// The length of the longest of `phrases` that stands at `i`.
    static func longestMatch(_ phrases: [[String]], _ tokens: [Token], at i: Int) -> Int? {
        phrases.filter { matches($0, tokens, at: i) }.map(\.count).max()
    }

    /// True when one of `phrases` ends right before `end`.
    static func anyEndingBefore(_ phrases: [[String]], _ tokens: [Token], end: Int) -> Bool {
        phrases.contains { matches($0, tokens, at: end - $0.count) }
    }

    static func contains(_ phrases: [[String]], _ tokens: [Token]) -> Bool {
        firstMatch(phrases, tokens, in: 0..<tokens.count) != nil
    }

    static func contains(_ phrases: [[String]], _ tokens: [Token], in range: Range<Int>) -> Bool {
        firstMatch(phrases, tokens, in: range) != nil
    }

    /// The first position in `range` where one of `phrases` starts and ends
    /// inside `range`.
    static func firstMatch(_ phrases: [[String]], _ tokens: [Token], in range: Range<Int>) -> Int? {
        for i in range {
            for p in phrases where i + p.count <= range.upperBound && matches(p, tokens, at: i) { return i }
        }
        return nil
    }
}
