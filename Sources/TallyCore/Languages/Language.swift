/// The language of an article; detected from its words, never from a file
/// name. Each language folder declares its code (`Language.en` in
/// `English/`), and `Languages.all` lists them.
public struct Language: RawRepresentable, Hashable, Sendable, Codable, CaseIterable {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static var allCases: [Language] { Languages.all.map(\.code) }

    /// A page is in the language whose detection letters mark the largest
    /// share of its words above that language's line (see each table's
    /// `detection`); otherwise in the language that has none. A text with no
    /// words at all is in that one too.
    public static func detect<S: Sequence>(_ scalars: S) -> Language where S.Element == Unicode.Scalar {
        var counts = Counts()
        for s in scalars { counts.add(s) }
        return counts.language
    }

    /// `detect` of the scalars of `ranges` in `scalars`, one after another
    /// with nothing between (a word may run on from one range into the next),
    /// without copying them out.
    static func detect(_ scalars: [Unicode.Scalar], ranges: [Range<Int>]) -> Language {
        var counts = Counts()
        for range in ranges {
            for s in scalars[range] { counts.add(s) }
        }
        return counts.language
    }

    /// Words, and for each detector the words it marks, counted scalar by scalar.
    private struct Counts {
        let detectors = Detector.all
        let kinds = Detector.kinds
        var words = 0
        var marked: [Int]
        var inWord = false
        /// Bit `d` set: detector `d` marks the current word.
        var wordMarked: UInt64 = 0

        init() { marked = Array(repeating: 0, count: detectors.count) }

        mutating func endWord() {
            if inWord {
                words += 1
                var m = wordMarked
                while m != 0 { marked[m.trailingZeroBitCount] += 1; m &= m - 1 }
            }
            inWord = false
            wordMarked = 0
        }

        @inline(__always) mutating func add(_ s: Unicode.Scalar) {
            // ASCII first: letters are A-Z and a-z, and nothing is a combining mark.
            if s.isASCII {
                if (s.value | 0x20) >= 0x61 && (s.value | 0x20) <= 0x7A { inWord = true } else { endWord() }
                return
            }
            let kind = s.value < UInt32(kinds.count) ? kinds[Int(s.value)] : Detector.lookUp(s)
            if kind.alphabetic {
                inWord = true
                wordMarked |= kind.letterOf
            } else if !kind.nonspacingMark {
                endWord()
            } else if inWord {
                wordMarked |= Detector.combining
            }
        }

        var language: Language {
            mutating get {
                endWord()
                guard words > 0 else { return Detector.fallback }
                var best: (language: Language, share: Double)?
                for d in detectors.indices {
                    let share = Double(marked[d]) / Double(words)
                    if share > detectors[d].share, share > (best?.share ?? -1) { best = (detectors[d].language, share) }
                }
                return best?.language ?? Detector.fallback
            }
        }
    }

    private struct Detector {
        // (At most 64 detectors: `Counts` keeps a word's marks as bits.)
        var language: Language
        var letters: Set<Unicode.Scalar>
        var combiningMarks: Bool
        var share: Double

        static let all: [Detector] = Languages.all.compactMap { table in
            guard let d = table.detection else { return nil }
            var set = Set<Unicode.Scalar>()
            for s in d.letters.unicodeScalars { set.insert(s) }
            for s in d.letters.uppercased().unicodeScalars { set.insert(s) }
            return Detector(language: table.code, letters: set, combiningMarks: d.combiningMarks, share: d.share)
        }
        static let fallback: Language = Languages.all.first { $0.detection == nil }?.code ?? Languages.all[0].code

        /// Bit `d` set for each detector `d` that counts combining marks.
        static let combining: UInt64 = all.indices.reduce(0) { all[$1].combiningMarks ? $0 | 1 << UInt64($1) : $0 }

        /// What `add` asks of a scalar: its Unicode properties, and the
        /// detectors whose letters hold it (bit `d` for detector `d`).
        struct Kind {
            var alphabetic: Bool
            var nonspacingMark: Bool
            var letterOf: UInt64
        }

        static func lookUp(_ s: Unicode.Scalar) -> Kind {
            var letterOf: UInt64 = 0
            for d in all.indices where all[d].letters.contains(s) { letterOf |= 1 << UInt64(d) }
            return Kind(alphabetic: s.properties.isAlphabetic,
                        nonspacingMark: s.properties.generalCategory == .nonspacingMark, letterOf: letterOf)
        }

        /// `lookUp` of the scalars of the Latin, Greek, Cyrillic and
        /// Vietnamese blocks, made once: a property look-up per letter was
        /// most of the time of detection.
        static let kinds: [Kind] = (0..<0x2000).map { v in
            Unicode.Scalar(UInt32(v)).map(lookUp) ?? Kind(alphabetic: false, nonspacingMark: false, letterOf: 0)
        }
    }
}
