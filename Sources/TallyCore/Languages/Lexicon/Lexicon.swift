import Foundation

/// A language's tables compiled once for matching: every word interned to an
/// integer id, every phrase table one trie over ids with a bit per cue, and a
/// bit mask of word cues per id. Tokens carry their word's id, so every rule
/// compares integers; no `String` is compared while reading a sentence.
///
/// Matching is exact on token ids: a phrase stands at `i` when its words are
/// the lower-cased tokens there, one for one.
public final class Lexicon: Sendable {
    public let table: LanguageTable
    public var language: Language { table.code }
    var grouping: Character { table.grouping }
    var namesGrowRight: Bool { table.namesGrowRight }
    var impliedCurrency: String? { table.impliedCurrency }

    let words: WordTable
    /// Word cues of each id (and the phrase cues of its one-word entries).
    let wordMask: [UInt64]
    let scales: [Decimal?]
    let numberWords: [Int?]
    let ratioBases: [Decimal?]
    let ratioNouns: [String?]
    let forward: Trie
    let backward: Trie
    /// Values of the valued phrase tables, by the forward node that ends them.
    let unitSenses: [Int32: LanguageTable.UnitSense]
    let currencyCodes: [Int32: String]
    let hedgeQualifiers: [Int32: Qualifier]
    let vagueRanges: [Int32: ClosedRange<Int>]

    /// A trie over word ids. Node 0 is the root; `first[id]` is the child of
    /// the root for a word (0 for none), deeper edges sit in `edges`.
    struct Trie: Sendable {
        var ends: [UInt64] = [0]
        var below: [UInt64] = [0]
        var first: [Int32] = []
        var edges: [UInt64: Int32] = [:]

        @inline(__always) func child(_ node: Int32, _ id: Int32) -> Int32 {
            if node == 0 { return id < first.count ? first[Int(id)] : 0 }
            return edges[UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: id))] ?? 0
        }

        mutating func insert(_ ids: [Int32], _ bit: UInt64) -> Int32 {
            var node: Int32 = 0
            for id in ids {
                below[Int(node)] |= bit
                var next = child(node, id)
                if next == 0 {
                    next = Int32(ends.count)
                    ends.append(0); below.append(0)
                    if node == 0 {
                        while first.count <= Int(id) { first.append(0) }
                        first[Int(id)] = next
                    } else {
                        edges[UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: id))] = next
                    }
                }
                node = next
            }
            ends[Int(node)] |= bit
            return node
        }
    }

    public init(_ table: LanguageTable) {
        self.table = table
        var words = WordTable()
        var forward = Trie(), backward = Trie()
        var masks: [Int: UInt64] = [:]
        var units: [Int32: LanguageTable.UnitSense] = [:], currencies: [Int32: String] = [:]
        var hedges: [Int32: Qualifier] = [:]
        var vague: [Int32: ClosedRange<Int>] = [:]
        func ids(_ phrase: String) -> [Int32] {
            phrase.precomposedStringWithCanonicalMapping.split(separator: " ").map { words.intern(String($0)) }
        }
        @discardableResult
        func add(_ cue: Cue, _ phrase: String) -> Int32 {
            let p = ids(phrase)
            if p.count == 1 { masks[Int(p[0]), default: 0] |= cue.bit }
            _ = backward.insert(p.reversed(), cue.bit)
            return forward.insert(p, cue.bit)
        }
        for (cue, phrases) in table.cues { for p in phrases { add(cue, p) } }
        for (p, sense) in table.units { units[add(.unit, p)] = sense }
        for (p, range) in table.vagueCounts { vague[add(.vagueCount, p)] = range }
        for (p, code) in table.currencies { currencies[add(.currency, p)] = code }
        for (p, q) in table.hedges {
            hedges[add(.hedge, p)] = q
            for w in ids(p) { masks[Int(w), default: 0] |= Cue.hedgeWord.bit }
        }
        var scales: [Int: Decimal] = [:], numbers: [Int: Int] = [:], bases: [Int: Decimal] = [:]
        var nouns: [Int: String] = [:]
        for (w, v) in table.scales { add(.scale, w); scales[Int(ids(w)[0])] = v }
        for (w, v) in table.numberWords { add(.numberWord, w); numbers[Int(ids(w)[0])] = v }
        for (w, v) in table.ratioBases { add(.ratioBase, w); bases[Int(ids(w)[0])] = v }
        for (w, v) in table.ratioNouns { add(.ratioNoun, w); nouns[Int(ids(w)[0])] = v }
        let n = words.count + 1
        self.wordMask = (0..<n).map { masks[$0] ?? 0 }
        self.scales = (0..<n).map { scales[$0] }
        self.numberWords = (0..<n).map { numbers[$0] }
        self.ratioBases = (0..<n).map { bases[$0] }
        self.ratioNouns = (0..<n).map { nouns[$0] }
        // `below[node]`: the cues of every entry that goes on past the node.
        func close(_ t: inout Trie) {
            var parent = Array(repeating: Int32(-1), count: t.ends.count)
            for child in t.first where child != 0 { parent[Int(child)] = 0 }
            for (key, child) in t.edges { parent[Int(child)] = Int32(truncatingIfNeeded: key >> 32) }
            var below = Array(repeating: UInt64(0), count: t.ends.count)
            // Children are always created after their parent: walk back once.
            for node in stride(from: t.ends.count - 1, through: 1, by: -1) {
                below[Int(parent[node])] |= t.ends[node] | below[node]
            }
            t.below = below
        }
        close(&forward); close(&backward)
        self.words = words
        self.forward = forward
        self.backward = backward
        self.unitSenses = units
        self.currencyCodes = currencies
        self.hedgeQualifiers = hedges
        self.vagueRanges = vague
    }

    // MARK: Words

    /// The id a token of this text gets (0 when no table has the word).
    public func id(_ text: String) -> Int32 { words.id(text) }

    func id(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 { words.id(bytes) }

    @inline(__always) func has(_ t: Token, _ cue: Cue) -> Bool { wordMask[Int(t.id)] & cue.bit != 0 }
    @inline(__always) func has(_ id: Int32, _ cue: Cue) -> Bool { wordMask[Int(id)] & cue.bit != 0 }
    @inline(__always) func scale(_ t: Token) -> Decimal? { scales[Int(t.id)] }
    @inline(__always) func numberWord(_ t: Token) -> Int? { numberWords[Int(t.id)] }
    @inline(__always) func ratioBase(_ t: Token) -> Decimal? { ratioBases[Int(t.id)] }
    @inline(__always) func ratioNoun(_ t: Token) -> String? { ratioNouns[Int(t.id)] }

    /// True when a figure may start at this token: a number, a spelled-out
    /// number, or the first word of a count without a numeral ("vài chục").
    /// A sentence with no such token holds no figure, and its figure rules
    /// need not run (the prefilter of `FactExtractor`).
    @inline(__always) func mayStartFigure(_ t: Token) -> Bool {
        if t.kind == .number || numberWords[Int(t.id)] != nil { return true }
        let node = Int(forward.child(0, t.id))
        return node != 0 && (forward.ends[node] | forward.below[node]) & Cue.vagueCount.bit != 0
    }

    // MARK: Phrases

    /// The longest entry of `cues` that starts at `i` and ends by `limit`
    /// (default: the end of the tokens): its length and trie node.
    func longest(_ cues: CueSet, _ tokens: [Token], at i: Int, limit: Int = .max) -> (length: Int, node: Int32)? {
        let end = Swift.min(limit, tokens.count)
        guard i >= 0, i < end else { return nil }
        let want = cues.rawValue
        var node = forward.child(0, tokens[i].id)
        var best: (Int, Int32)?
        var k = i
        while node != 0 {
            if forward.ends[Int(node)] & want != 0 { best = (k - i + 1, node) }
            k += 1
            guard k < end, forward.below[Int(node)] & want != 0 else { break }
            node = forward.child(node, tokens[k].id)
        }
        return best
    }

    func longest(_ cue: Cue, _ tokens: [Token], at i: Int, limit: Int = .max) -> (length: Int, node: Int32)? {
        longest(CueSet(rawValue: cue.bit), tokens, at: i, limit: limit)
    }

    /// Length of the longest entry of `cues` at `i`, if any.
    func match(_ cues: CueSet, _ tokens: [Token], at i: Int, limit: Int = .max) -> Int? {
        longest(cues, tokens, at: i, limit: limit)?.length
    }

    func match(_ cue: Cue, _ tokens: [Token], at i: Int, limit: Int = .max) -> Int? {
        longest(CueSet(rawValue: cue.bit), tokens, at: i, limit: limit)?.length
    }

    /// Lengths of every entry of `cue` at `i`, shortest first.
    func matches(_ cue: Cue, _ tokens: [Token], at i: Int) -> [Int] {
        guard i >= 0, i < tokens.count else { return [] }
        var out: [Int] = []
        var node = forward.child(0, tokens[i].id)
        var k = i
        while node != 0 {
            if forward.ends[Int(node)] & cue.bit != 0 { out.append(k - i + 1) }
            k += 1
            guard k < tokens.count, forward.below[Int(node)] & cue.bit != 0 else { break }
            node = forward.child(node, tokens[k].id)
        }
        return out
    }

    /// Starts of the entries of `cues` that end right before `end`, the
    /// longest (earliest start) first.
    func startsEnding(_ cues: CueSet, _ tokens: [Token], before end: Int) -> [Int] {
        guard end > 0, end <= tokens.count else { return [] }
        let want = cues.rawValue
        var out: [Int] = []
        var node = backward.child(0, tokens[end - 1].id)
        var k = end - 1
        while node != 0 {
            if backward.ends[Int(node)] & want != 0 { out.append(k) }
            guard k > 0, backward.below[Int(node)] & want != 0 else { break }
            k -= 1
            node = backward.child(node, tokens[k].id)
        }
        return out.reversed()
    }

    /// The start of the longest entry of `cues` that ends right before `end`.
    func startEnding(_ cues: CueSet, _ tokens: [Token], before end: Int) -> Int? {
        guard end > 0, end <= tokens.count else { return nil }
        let want = cues.rawValue
        var best: Int?
        var node = backward.child(0, tokens[end - 1].id)
        var k = end - 1
        while node != 0 {
            if backward.ends[Int(node)] & want != 0 { best = k }
            guard k > 0, backward.below[Int(node)] & want != 0 else { break }
            k -= 1
            node = backward.child(node, tokens[k].id)
        }
        return best
    }

    func endsBefore(_ cue: Cue, _ tokens: [Token], _ end: Int) -> Bool {
        startEnding(CueSet(rawValue: cue.bit), tokens, before: end) != nil
    }

    /// The first position in `range` where an entry of `cues` starts and
    /// ends inside `range`.
    func firstMatch(_ cues: CueSet, _ tokens: [Token], in range: Range<Int>) -> Int? {
        for i in range where longest(cues, tokens, at: i, limit: range.upperBound) != nil { return i }
        return nil
    }

    func contains(_ cue: Cue, _ tokens: [Token], in range: Range<Int>? = nil) -> Bool {
        firstMatch(CueSet(rawValue: cue.bit), tokens, in: range ?? 0..<tokens.count) != nil
    }

    func contains(_ cues: CueSet, _ tokens: [Token], in range: Range<Int>? = nil) -> Bool {
        firstMatch(cues, tokens, in: range ?? 0..<tokens.count) != nil
    }

    func unitSense(_ node: Int32) -> LanguageTable.UnitSense { unitSenses[node]! }
    func currencyCode(_ node: Int32) -> String { currencyCodes[node]! }
    func hedgeQualifier(_ node: Int32) -> Qualifier { hedgeQualifiers[node]! }

    /// A count without a numeral at `i` ("dozens of"), with its range and length.
    func vagueCount(_ tokens: [Token], at i: Int) -> (range: ClosedRange<Int>, length: Int)? {
        guard let m = longest(.vagueCount, tokens, at: i), let r = vagueRanges[m.node] else { return nil }
        return (r, m.length)
    }

    /// The longest counted noun at `i`, with its sense and length.
    func unit(_ tokens: [Token], at i: Int) -> (sense: LanguageTable.UnitSense, length: Int)? {
        guard let m = longest(.unit, tokens, at: i) else { return nil }
        return (unitSense(m.node), m.length)
    }

    /// The longest currency word at `i`, with its code and length.
    func currency(_ tokens: [Token], at i: Int) -> (code: String, length: Int)? {
        guard let m = longest(.currency, tokens, at: i) else { return nil }
        return (currencyCode(m.node), m.length)
    }

    // MARK: Languages

    /// The compiled lexicon of every language Tally reads, in `Languages.all` order.
    public static let all: [Lexicon] = Languages.all.map(Lexicon.init)

    public static func forLanguage(_ language: Language) -> Lexicon {
        all.first { $0.language == language } ?? all[0]
    }

    /// Sizes of money in a health story. Below `price` it is a price, a fee
    /// or an allowance ("a check-up costs 150,000 VND"), never investment;
    /// from `large` up it is investment even with no cue ("the hospital will
    /// receive 300 billion VND"). Keyed by ISO code, so the same in every language.
    static let moneyScale: [String: (price: Decimal, large: Decimal)] = [
        "VND": (10_000_000, 1_000_000_000), "USD": (10_000, 1_000_000), "EUR": (10_000, 1_000_000),
        "JPY": (1_000_000, 100_000_000),
    ]

    /// Unit labels of time: "the past 3 years" is a period, "24 months" a
    /// duration, and neither is a fact.
    static let timeUnits: Set<String> = ["years", "months", "weeks", "days", "hours", "minutes"]
}

extension Lexicon {
    /// Length of the shortest entry of `cues` at `i`.
    func shortest(_ cues: CueSet, _ tokens: [Token], at i: Int) -> Int? {
        guard i >= 0, i < tokens.count else { return nil }
        let want = cues.rawValue
        var node = forward.child(0, tokens[i].id)
        var k = i
        while node != 0 {
            if forward.ends[Int(node)] & want != 0 { return k - i + 1 }
            k += 1
            guard k < tokens.count, forward.below[Int(node)] & want != 0 else { break }
            node = forward.child(node, tokens[k].id)
        }
        return nil
    }

    /// The hedge that ends right before `end` (the longest), with its start.
    func hedge(_ tokens: [Token], endingBefore end: Int) -> (qualifier: Qualifier, start: Int)? {
        guard let start = startEnding(CueSet(rawValue: Cue.hedge.bit), tokens, before: end),
              let m = longest(.hedge, tokens, at: start, limit: end), start + m.length == end else { return nil }
        return (hedgeQualifier(m.node), start)
    }
}
