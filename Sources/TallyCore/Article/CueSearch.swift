/// Finds whether any of several cues occurs in a line's scalars, in one pass.
///
/// `NoiseRules.has` searched the whole line once per cue, and the widget rule
/// has fourteen cues for every paragraph of a page. Here each position is
/// looked at once: only the cues that begin with the scalar found there are
/// compared. UTF-8 is self-synchronising, so a cue's bytes occur in a text's
/// bytes (as `has` looks for them) exactly where its scalars occur in the
/// text's scalars.
struct CueSearch {
    /// Every cue's scalars, one after another; cue `c` is `flat[spans[c]]`.
    private var flat: [Unicode.Scalar] = []
    private var spans: [Range<Int>] = []
    /// For an ASCII first scalar, the cues (in `order`) that begin with it;
    /// the last entry, the cues that begin with any other scalar.
    private var starting = [Range<Int>](repeating: 0..<0, count: 129)
    private var order: [Int] = []
    /// True when some cue is empty: `has` finds an empty needle in any text.
    private let anyEmpty: Bool

    init(_ cues: [String]) {
        let scalars = cues.map { Array($0.unicodeScalars) }
        anyEmpty = scalars.contains { $0.isEmpty }
        for cue in scalars {
            spans.append(flat.count..<(flat.count + cue.count))
            flat.append(contentsOf: cue)
        }
        func slot(_ s: Unicode.Scalar) -> Int { s.isASCII ? Int(s.value) : 128 }
        for k in 0..<129 {
            let start = order.count
            order += scalars.indices.filter { !scalars[$0].isEmpty && slot(scalars[$0][0]) == k }
            starting[k] = start..<order.count
        }
    }

    /// True when `NoiseRules.has(text, cue)` holds for some cue, where `text`
    /// is the string of `scalars`.
    func occurs(in scalars: [Unicode.Scalar]) -> Bool {
        if anyEmpty { return true }
        let n = scalars.count
        for i in 0..<n {
            let s = scalars[i]
            for c in starting[s.isASCII ? Int(s.value) : 128] {
                let span = spans[order[c]]
                guard flat[span.lowerBound] == s, n - i >= span.count else { continue }
                var k = 1
                while k < span.count, scalars[i + k] == flat[span.lowerBound + k] { k += 1 }
                if k == span.count { return true }
            }
        }
        return false
    }
}
