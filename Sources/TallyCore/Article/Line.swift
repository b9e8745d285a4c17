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

    /// True when a `Line` of these scalars would be plain, without making it.
    static func isPlain(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        let all = ScalarTraits.all
        for s in scalars {
            let v = s.value
            if v < 0x80 {
                if v == 0x0D { return false }
                continue
            }
            guard v < ScalarTraits.limit, all[Int(v)].isSuperset(of: [.plain, .lowerPlain]) else { return false }
        }
        return true
    }
}

extension Collection where Element == Unicode.Scalar {
    /// True when the last scalars are `suffix`'s.
    func ends(with suffix: [Unicode.Scalar]) -> Bool {
        count >= suffix.count && dropFirst(count - suffix.count).elementsEqual(suffix)
    }
}
