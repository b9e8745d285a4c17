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
        let detectors = Detector.all
        var words = 0
        var marked = Array(repeating: 0, count: detectors.count)
        var inWord = false
        var wordMarked = Array(repeating: false, count: detectors.count)
        func endWord() {
            if inWord {
                words += 1
                for d in detectors.indices where wordMarked[d] { marked[d] += 1 }
            }
            inWord = false
            for d in detectors.indices { wordMarked[d] = false }
        }
        for s in scalars {
            // ASCII first: letters are A-Z and a-z, and nothing is a combining mark.
            if s.isASCII {
                if (s.value | 0x20) >= 0x61 && (s.value | 0x20) <= 0x7A { inWord = true } else { endWord() }
                continue
            }
            if s.properties.isAlphabetic {
                inWord = true
                for d in detectors.indices where detectors[d].letters.contains(s) { wordMarked[d] = true }
            } else if s.properties.generalCategory != .nonspacingMark {
                endWord()
            } else if inWord {
                for d in detectors.indices where detectors[d].combiningMarks { wordMarked[d] = true }
            }
        }
        endWord()
        guard words > 0 else { return Detector.fallback }
        var best: (language: Language, share: Double)?
        for d in detectors.indices {
            let share = Double(marked[d]) / Double(words)
            if share > detectors[d].share, share > (best?.share ?? -1) { best = (detectors[d].language, share) }
        }
        return best?.language ?? Detector.fallback
    }

    private struct Detector {
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
    }
}
