import Foundation

/// A paragraph's text as the noise rules read it: its scalars by index, and
/// their lower-case form, made once per paragraph.
///
/// The rules were written on `String`: they walked grapheme clusters, built
/// `Array(line)` of characters, compared them by canonical equivalence and
/// lower-cased the paragraph once per rule, and that was a sixth of
/// extraction. On a *plain* line (every scalar a character of its own,
/// already NFC, and lower-casing to one such scalar) a character is its
/// scalar and two texts are equal exactly when their scalars are, so the
/// rules may index scalars instead. Any other line keeps the character rules
/// (`CharacterRules`), whose results the scalar rules must reproduce.
struct Line {
    /// The text, for the character rules.
    let text: String
    let scalars: [Unicode.Scalar]
    /// True when every scalar is plain (see `ScalarTraits`).
    let plain: Bool
    /// `lower[i]` is `scalars[i]` lower-cased, as `String.lowercased()` maps
    /// it (scalar by scalar, without context); empty when the line is not plain.
    let lower: [Unicode.Scalar]

    init(_ text: String) {
        self.init(text: text, scalars: Array(text.unicodeScalars))
    }

    /// `scalars` must be `text`'s scalars (the caller has them already).
    init(text: String, scalars: [Unicode.Scalar]) {
        self.text = text
        self.scalars = scalars
        var lower: [Unicode.Scalar] = []
        lower.reserveCapacity(scalars.count)
        var plain = true
        let all = ScalarTraits.all, lowerOf = ScalarTraits.lower
        for s in scalars {
            let v = s.value
            if v < 0x80 {
                // ASCII: plain but for CR (CR LF is one character).
                if v == 0x0D { plain = false; break }
                lower.append(v &- 0x41 < 26 ? Unicode.Scalar(UInt8(v | 0x20)) : s)
                continue
            }
            guard v < ScalarTraits.limit, all[Int(v)].isSuperset(of: [.plain, .lowerPlain]) else { plain = false; break }
            lower.append(Unicode.Scalar(lowerOf[Int(v)])!)
        }
        self.plain = plain
        self.lower = plain ? lower : []
    }
}

/// What the character rules ask of a character, for each plain scalar (one
/// that is a character of its own). Each property is taken from `Character`
/// itself, so the table agrees with the character rules by construction.
struct ScalarTraits: OptionSet {
    let rawValue: UInt8

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

    /// Scalars below this have an entry; none above is plain.
    static let limit: UInt32 = 0x20D0

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
        guard isPlain(v), let s = Unicode.Scalar(v) else { return [] }
        let c = Character(s)
        var t: ScalarTraits = .plain
        if c.isNumber { t.insert(.number) }
        if c.isLetter { t.insert(.letter) }
        if c.isUppercase { t.insert(.upper) }
        if c.isWhitespace { t.insert(.whitespace) }
        if CharacterSet.whitespaces.contains(s) { t.insert(.trimmed) }
        if let l = singleLowerCase(s), isPlain(l.value) { t.insert(.lowerPlain) }
        return t
    }

    /// Each `.lowerPlain` scalar's lower-case form, below `limit`.
    static let lower: [UInt32] = (0..<limit).map { v in
        guard isPlain(v), let s = Unicode.Scalar(v) else { return 0 }
        return singleLowerCase(s)?.value ?? 0
    }

    /// What `String.lowercased()` maps a scalar to, when that is one scalar.
    private static func singleLowerCase(_ s: Unicode.Scalar) -> Unicode.Scalar? {
        let mapped = String(s).lowercased().unicodeScalars
        return mapped.count == 1 ? mapped.first : nil
    }
}

extension Collection where Element == Unicode.Scalar {
    /// True when the last scalars are `suffix`'s.
    func ends(with suffix: [Unicode.Scalar]) -> Bool {
        count >= suffix.count && dropFirst(count - suffix.count).elementsEqual(suffix)
    }
}
