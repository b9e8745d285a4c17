import Foundation

/// Words of a stretch of canonical text, folded for matching names: lower
/// case, no diacritics, `đ` as `d`. "Bệnh viện Đa khoa tỉnh Bắc Giang" and
/// "benh vien da khoa tinh Bac Giang" read alike, as do a headline in
/// capitals and the same name in a sentence.
struct Word: Sendable {
    /// What lies between the previous word and this one, as flags.
    struct Gap: OptionSet, Sendable {
        let rawValue: UInt8
        static let comma = Gap(rawValue: 1)
        static let open = Gap(rawValue: 2)     // ( [
        static let close = Gap(rawValue: 4)    // ) ]
        static let stop = Gap(rawValue: 8)     // . ! ? … that ends a sentence
        static let dash = Gap(rawValue: 16)    // - – —
        static let colon = Gap(rawValue: 32)   // : ; |
        static let other = Gap(rawValue: 64)   // quotes, slashes and the rest
        static let period = Gap(rawValue: 128) // a "." that may be an abbreviation's ("TP.")
    }

    /// Lower case, no diacritics: for names ("bac giang").
    let folded: String
    /// Lower case with its diacritics: for the words of a language, where
    /// tone marks tell words apart ("mới" new, "mỗi" each).
    let lower: String
    /// The first letter is a capital (or the word is a number).
    let capitalized: Bool
    let isNumber: Bool
    /// Every letter a capital ("HÀ NỘI", "VND").
    let allCaps: Bool
    /// Canonical scalar offsets of the word.
    let start: Int
    let end: Int
    let gap: Gap
}

enum Words {
    /// The words of `range` in `scalars`. A number keeps its separators
    /// ("1.500", "1,500") so it reads as one word.
    static func of(_ scalars: [Unicode.Scalar], in range: Range<Int>) -> [Word] {
        var words: [Word] = []
        var i = range.lowerBound
        var gap: Word.Gap = []
        while i < range.upperBound {
            let s = scalars[i]
            if Fold.isLetter(s) || Fold.isDigit(s) {
                let start = i
                var folded = ""
                var lower = ""
                var caps = true
                let number = Fold.isDigit(s)
                while i < range.upperBound {
                    let c = scalars[i]
                    if Fold.isLetter(c) || Fold.isDigit(c) {
                        if Fold.isLetter(c), !Fold.isUpper(c) { caps = false }
                        Fold.append(c, to: &folded); Fold.appendLower(c, to: &lower); i += 1
                    } else if number, c == "." || c == ",", i + 1 < range.upperBound, Fold.isDigit(scalars[i + 1]) {
                        folded.unicodeScalars.append(c); lower.unicodeScalars.append(c); i += 1
                    } else if c == "'" || c == "’", i + 1 < range.upperBound, scalars[i + 1] == "s" || scalars[i + 1] == "S",
                              i + 2 >= range.upperBound || !Fold.isLetter(scalars[i + 2]) {
                        // "province's": the possessive is part of the word.
                        folded += "'s"; lower += "'s"; i += 2
                    } else if Fold.isMark(c) {
                        i += 1
                    } else { break }
                }
                words.append(Word(folded: folded, lower: lower, capitalized: number || Fold.isUpper(s), isNumber: number,
                                  allCaps: caps && !number, start: start, end: i, gap: gap))
                gap = []
                continue
            }
            switch s {
            case ",": gap.insert(.comma)
            case "(", "[": gap.insert(.open)
            case ")", "]": gap.insert(.close)
            case ".":
                let next = i + 1 < range.upperBound ? scalars[i + 1] : " "
                gap.insert(next == " " || next == "\n" ? .stop : .period)
            case "!", "?", "…", "\n": gap.insert(.stop)
            case "-", "–", "—": gap.insert(.dash)
            case ":", ";", "|": gap.insert(.colon)
            case " ", "\t", "\u{00A0}": break
            default: gap.insert(.other)
            }
            i += 1
        }
        return words
    }
}

/// Folding of single scalars for name matching.
enum Fold {
    static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 48 && s.value <= 57 }
    static func isUpper(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return s.value >= 65 && s.value <= 90 }
        return s.properties.isUppercase
    }
    static func isMark(_ s: Unicode.Scalar) -> Bool {
        !s.isASCII && s.properties.generalCategory == .nonspacingMark
    }
    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return (s.value | 0x20) >= 97 && (s.value | 0x20) <= 122 }
        return s.properties.isAlphabetic
    }

    /// Appends the lower-case, unaccented form of a letter or digit.
    static func append(_ s: Unicode.Scalar, to out: inout String) {
        if s.isASCII {
            out.unicodeScalars.append(Unicode.Scalar(UInt8(s.value >= 65 && s.value <= 90 ? s.value + 32 : s.value)))
            return
        }
        if let base = table[s.value] { out.unicodeScalars.append(base); return }
        for scalar in String(s).lowercased().unicodeScalars { out.unicodeScalars.append(scalar) }
    }

    static func appendLower(_ s: Unicode.Scalar, to out: inout String) {
        if s.isASCII {
            out.unicodeScalars.append(Unicode.Scalar(UInt8(s.value >= 65 && s.value <= 90 ? s.value + 32 : s.value)))
        } else if s.properties.isUppercase {
            out += String(s).lowercased()
        } else {
            out.unicodeScalars.append(s)
        }
    }

    /// Folds a whole string, for tables written with diacritics.
    static func string(_ text: String) -> String {
        Words.of(Array(text.precomposedStringWithCanonicalMapping.unicodeScalars), in: 0..<text.precomposedStringWithCanonicalMapping.unicodeScalars.count).map(\.folded).joined(separator: " ")
    }

    /// Lower-cases a whole string, keeping its diacritics.
    static func lower(_ text: String) -> String {
        let scalars = Array(text.precomposedStringWithCanonicalMapping.unicodeScalars)
        return Words.of(scalars, in: 0..<scalars.count).map(\.lower).joined(separator: " ")
    }

    /// Latin letters with diacritics (Vietnamese and Latin-1) to their base letter.
    private static let table: [UInt32: Unicode.Scalar] = {
        var map: [UInt32: Unicode.Scalar] = [:]
        let letters = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵäëïöüçñ"
        for scalar in (letters + letters.uppercased()).unicodeScalars {
            if let base = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.first, base.isASCII {
                map[scalar.value] = Unicode.Scalar(UInt8(base.value | 0x20))
            }
        }
        map[0x111] = "d"; map[0x110] = "d"  // đ Đ
        return map
    }()
}
