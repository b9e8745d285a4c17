import Foundation

/// What the rules ask of a scalar, for every scalar below `limit` (Latin,
/// Vietnamese, Greek, Cyrillic, general punctuation): the noise rules'
/// character properties, for each plain scalar (one that is a character of
/// its own), and the tokenizer's scalar properties. Each is taken from the
/// standard library itself (`Character`, `Unicode.Scalar.Properties`,
/// `lowercased()`), so the table agrees with what it replaces by
/// construction; a property look-up per scalar was most of the cost of
/// both (perf).
struct ScalarTraits: OptionSet {
    let rawValue: UInt16

    /// A character of its own next to any other plain scalar, and NFC (`isPlain`).
    static let plain = ScalarTraits(rawValue: 1)
    /// `Character.isNumber`.
    static let number = ScalarTraits(rawValue: 2)
    /// `Character.isLetter`.
    static let letter = ScalarTraits(rawValue: 4)
    /// `Character.isUppercase`.
    static let upper = ScalarTraits(rawValue: 8)
    /// `Character.isWhitespace`.
    static let whitespace = ScalarTraits(rawValue: 16)
    /// In `CharacterSet.whitespaces` (what `trimmingCharacters(in: .whitespaces)` drops).
    static let trimmed = ScalarTraits(rawValue: 32)
    /// Lower-cases to a single plain scalar.
    static let lowerPlain = ScalarTraits(rawValue: 64)
    /// A letter of a word token: alphabetic, or a non-spacing mark.
    static let wordLetter = ScalarTraits(rawValue: 128)
    /// `Unicode.Scalar.Properties.isUppercase`.
    static let scalarUpper = ScalarTraits(rawValue: 256)
    /// Space between tokens: `Unicode.Scalar.Properties.isWhitespace`, or a zero-width space.
    static let tokenSpace = ScalarTraits(rawValue: 512)

    /// Scalars below this have an entry; none above is plain.
    static let limit: UInt32 = 0x2100

    @inline(__always) static func of(_ s: Unicode.Scalar) -> ScalarTraits {
        s.value < limit ? all[Int(s.value)] : []
    }

    /// The blocks whose scalars are plain: Latin (with Vietnamese, in
    /// precomposed letters), general punctuation and currency signs, less CR
    /// (CR LF is one character). None is a combining or joining mark, nor
    /// anything NFC changes or composes; `ScalarRulesTests` checks each one.
    static func isPlain(_ v: UInt32) -> Bool {
        switch v {
        case 0x0D: return false
        case 0..<0x300, 0x1E00...0x1EFF, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20CF: return true
        default: return false
        }
    }

    /// Each scalar's traits, below `limit`.
    static let all: [ScalarTraits] = (0..<limit).map { v in
        guard let s = Unicode.Scalar(v) else { return [] }
        var t: ScalarTraits = []
        let p = s.properties
        if p.isAlphabetic || p.generalCategory == .nonspacingMark { t.insert(.wordLetter) }
        if p.isUppercase { t.insert(.scalarUpper) }
        if p.isWhitespace || v == 0x200B { t.insert(.tokenSpace) }
        guard isPlain(v) else { return t }
        let c = Character(s)
        t.insert(.plain)
        if c.isNumber { t.insert(.number) }
        if c.isLetter { t.insert(.letter) }
        if c.isUppercase { t.insert(.upper) }
        if c.isWhitespace { t.insert(.whitespace) }
        if CharacterSet.whitespaces.contains(s) { t.insert(.trimmed) }
        if let l = singleLowerCase(s), isPlain(l.value) { t.insert(.lowerPlain) }
        return t
    }

    /// Each scalar's lower-case form below `limit`, when that is one
    /// scalar, else `noSingleLower`.
    static let lower: [UInt32] = (0..<limit).map { v in
        guard let s = Unicode.Scalar(v) else { return noSingleLower }
        return singleLowerCase(s)?.value ?? noSingleLower
    }
    static let noSingleLower = UInt32.max

    /// What `String.lowercased()` maps a scalar to, when that is one scalar.
    private static func singleLowerCase(_ s: Unicode.Scalar) -> Unicode.Scalar? {
        let mapped = String(s).lowercased().unicodeScalars
        return mapped.count == 1 ? mapped.first : nil
    }
}

