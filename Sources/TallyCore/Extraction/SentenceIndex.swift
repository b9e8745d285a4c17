/// What every rule asks of one sentence, computed once: where its parts and
/// clauses start and end, which cues it holds, where a plan word stands. Each
/// answer is a look-up, so reading a sentence stays linear in its length
/// however many figures it holds (a 1 MB paragraph without a full stop is one
/// sentence).
final class SentenceIndex {
    let tokens: [Token]
    let lexicon: Lexicon
    /// `parts[i].start`: where the part holding a position `i` starts (after
    /// the nearest part mark before `i`); `parts[i].end`: the first part mark
    /// at or after `i`. One entry per token plus one.
    private let parts: [(start: Int, end: Int)]
    private var clauses: [(lo: Int, hi: Int)]?
    /// Per cue set asked about, `ends[k]`: the earliest end of an entry
    /// starting at or after `k`. A sentence is asked about a handful of
    /// sets, so a list searched in order beats hashing the set every time.
    private var minEnds: [(cues: UInt64, ends: [Int])] = []
    private var planEnds: [Int]?
    private var periods: [Range<Int>: [(at: Int, text: String)]] = [:]

    init(_ tokens: [Token], _ lexicon: Lexicon) {
        self.tokens = tokens
        self.lexicon = lexicon
        let n = tokens.count
        // Both ends in one list: one allocation per sentence, not two.
        var parts = Array(repeating: (start: 0, end: n), count: n + 1)
        for i in stride(from: 1, through: n, by: 1) { parts[i].start = tokens[i - 1].isPartMark ? i : parts[i - 1].start }
        for i in stride(from: n - 1, through: 0, by: -1) { parts[i].end = tokens[i].isPartMark ? i : parts[i + 1].end }
        self.parts = parts
    }

    /// Walking left from `i`, the first position right after a part mark (or 0).
    func partStart(_ i: Int) -> Int { parts[i].start }
    /// Walking right from `i`, the first part mark (or the end).
    func partEnd(_ i: Int) -> Int { parts[i].end }

    /// The part of the sentence holding token `i`, between the punctuation
    /// that cuts it (`Token.isPartMark`).
    func part(around i: Int) -> Range<Int> { parts[i].start..<parts[i].end }

    /// The clause holding token `i`: the sentence cut at the language's
    /// clause breaks ("…, and has set a target …"), and at a joining word
    /// right before a plan word ("trained 350 volunteers this month and
    /// plans to hold 12 more classes": the plan is the second verb's only).
    /// A break straddling `i` cuts neither side.
    func clause(around i: Int) -> Range<Int> {
        if clauses == nil {
            let n = tokens.count
            // Where breaks start and end, as flags, then both bounds in one
            // list: two allocations per sentence rather than four.
            let starts: UInt8 = 1, ends: UInt8 = 2
            var at = Array(repeating: UInt8(0), count: n + 2)
            for k in 0..<n {
                let planBreak = lexicon.has(tokens[k], .planBreak)
                    && lexicon.match(.planned, tokens, at: k + 1) != nil ? 1 : nil
                guard let len = lexicon.match(.clauseBreak, tokens, at: k) ?? planBreak else { continue }
                at[k] |= starts
                if k + len <= n { at[k + len] |= ends }
            }
            var bounds = Array(repeating: (lo: 0, hi: n), count: n + 1)
            for i in stride(from: 1, through: n, by: 1) { bounds[i].lo = at[i] & ends != 0 ? i : bounds[i - 1].lo }
            for i in stride(from: n - 1, through: 0, by: -1) { bounds[i].hi = at[i] & starts != 0 ? i : bounds[i + 1].hi }
            clauses = bounds
        }
        return clauses![i].lo..<clauses![i].hi
    }

    /// True when an entry of `cues` starts and ends inside `range`.
    func contains(_ cues: CueSet, in range: Range<Int>) -> Bool {
        guard range.lowerBound < range.upperBound else { return false }
        for entry in minEnds where entry.cues == cues.rawValue {
            return entry.ends[range.lowerBound] <= range.upperBound
        }
        let n = tokens.count
        var ends = Array(repeating: Int.max, count: n + 1)
        for k in stride(from: n - 1, through: 0, by: -1) {
            let own = lexicon.shortest(cues, tokens, at: k).map { k + $0 } ?? Int.max
            ends[k] = Swift.min(own, ends[k + 1])
        }
        if minEnds.isEmpty { minEnds.reserveCapacity(8) }
        minEnds.append((cues.rawValue, ends))
        return ends[range.lowerBound] <= range.upperBound
    }

    func contains(_ cue: Cue, in range: Range<Int>) -> Bool { contains(CueSet(rawValue: cue.bit), in: range) }
    func contains(_ cue: Cue) -> Bool { contains(CueSet(rawValue: cue.bit), in: 0..<tokens.count) }

    /// True when a plan word stands in `range` outside a counted noun: in
    /// "850 giường kế hoạch" or "500 planned beds" the plan word names the
    /// official allotment of beds, which exists now, so it plans nothing,
    /// neither that figure nor the others of its clause.
    ///
    /// Read from the range's start, a counted noun of several words is
    /// stepped over whole; `planEnds[k]` is the earliest end of a plan word
    /// met on that walk from `k`, so any range is answered at once.
    func plans(in range: Range<Int>) -> Bool {
        guard range.lowerBound < range.upperBound else { return false }
        if planEnds == nil {
            let n = tokens.count
            var ends = Array(repeating: Int.max, count: n + 1)
            for k in stride(from: n - 1, through: 0, by: -1) {
                if let u = lexicon.match(.unit, tokens, at: k), u > 1 {
                    ends[k] = k + u <= n ? ends[k + u] : Int.max
                    continue
                }
                let own = lexicon.match(.planned, tokens, at: k).map { k + $0 } ?? Int.max
                ends[k] = Swift.min(own, ends[k + 1])
            }
            planEnds = ends
        }
        return planEnds![range.lowerBound] <= range.upperBound
    }

    /// The periods written in `scope`, found once per scope (see `PeriodFinder`).
    func periods(in scope: Range<Int>, source: SourceText) -> [(at: Int, text: String)] {
        if let found = periods[scope] { return found }
        let found = PeriodFinder.occurrences(in: self, within: scope, source: source)
        periods[scope] = found
        return found
    }
}
