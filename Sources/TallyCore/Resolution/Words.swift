import Foundation

/// Words of a stretch of canonical text, folded for matching names: lower
/// case, no diacritics, `đ` as `d`. "Bệnh viện Đa khoa tỉnh Bắc Giang" and
/// "benh vien da khoa tinh Bac Giang" read alike, as do a headline in
/// capitals and the same name in a sentence.
struct Word: Sendable {
    /// What lies between the previous word and this one, as flags.
    struct Gap: OptionSet, Sendable {
        let rawValue: UInt16
        static let comma = Gap(rawValue: 1)
        static let open = Gap(rawValue: 2)     // ( [
        static let close = Gap(rawValue: 4)    // ) ]
        static let stop = Gap(rawValue: 8)     // . ! ? … that ends a sentence
        static let dash = Gap(rawValue: 16)    // - – —
        static let colon = Gap(rawValue: 32)   // : ; |
        static let other = Gap(rawValue: 64)   // quotes, slashes and the rest
        static let period = Gap(rawValue: 128) // a "." that may be an abbreviation's ("TP.")
        /// An em dash (with `dash`): it sets a dateline or an aside off
        /// ("HCM CITY — Vạn Phúc Hospital …") and, unlike a hyphen or an
        /// en dash ("Sản - Nhi", "Bà Rịa – Vũng Tàu"), is never inside a name.
        static let rule = Gap(rawValue: 256)
    }

    /// Lower case, no diacritics: for names ("bac giang").
    let folded: String
    /// `Vocabulary` ids of the folded form and of the lower-case form with
    /// its diacritics (0 for a word no table holds). Tables of names match
    /// the folded form; tables of a language's words the lower-case one,
    /// where tone marks tell words apart ("mới" new, "mỗi" each).
    let foldedID: Int32
    let lowerID: Int32
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
        words.reserveCapacity(range.count / 5)
        let vocabulary = Vocabulary.words
        scan(scalars, in: range) { shape, fold, lower in
            let foldedID = vocabulary.id(fold)
            let lowerID = fold.baseAddress == lower.baseAddress || Words.same(fold, lower) ? foldedID : vocabulary.id(lower)
            words.append(Word(folded: String(decoding: fold, as: UTF8.self), foldedID: foldedID, lowerID: lowerID,
                              capitalized: shape.capitalized, isNumber: shape.isNumber, allCaps: shape.allCaps,
                              start: shape.start, end: shape.end, gap: shape.gap))
        }
        return words
    }

    /// The folded and lower-case spellings of each word of a text, for
    /// compiling tables (no ids: the vocabulary is made of these).
    static func spellings(_ text: String) -> [(folded: String, lower: String)] {
        let scalars = Array(text.precomposedStringWithCanonicalMapping.unicodeScalars)
        var out: [(String, String)] = []
        scan(scalars, in: 0..<scalars.count) { _, fold, lower in
            out.append((String(decoding: fold, as: UTF8.self), String(decoding: lower, as: UTF8.self)))
        }
        return out
    }

    @inline(__always)
    private static func same(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a.count == b.count else { return false }
        for k in 0..<a.count where a[k] != b[k] { return false }
        return true
    }

    struct Shape {
        let capitalized: Bool
        let isNumber: Bool
        let allCaps: Bool
        let start: Int
        let end: Int
        let gap: Word.Gap
    }

    /// Finds the words and hands each one's shape and its folded and
    /// lower-case UTF-8 to `emit`, built in two reused buffers so a word
    /// costs no allocation of its own.
    @inline(__always)
    private static func scan(_ scalars: [Unicode.Scalar], in range: Range<Int>,
                             _ emit: (Shape, UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) -> Void) {
        var fold: [UInt8] = []
        var lower: [UInt8] = []
        // Each word's forms are appended after the last's, never cleared:
        // a word is `fold[foldStart...]`, `lower[lowerStart...]`.
        fold.reserveCapacity(Swift.min(range.count, 1 << 16))
        var foldStart = 0, lowerStart = 0
        let table = Fold.table  // one reference for the whole scan, not one lookup per scalar
        var i = range.lowerBound
        var gap: Word.Gap = []
        while i < range.upperBound {
            let s = scalars[i]
            let first = table.flags(s)
            if first.contains(.letter) || Fold.isDigit(s) {
                let start = i
                foldStart = fold.count
                lowerStart = lower.count
                var caps = true
                let number = Fold.isDigit(s)
                // While every scalar is ASCII the two forms are one: the
                // lower-case form is copied from the folded one at the first
                // scalar that is not.
                var ascii = true
                while i < range.upperBound {
                    let c = scalars[i]
                    let flags = table.flags(c)
                    if flags.contains(.letter) || Fold.isDigit(c) {
                        if flags.contains(.letter), !flags.contains(.upper) { caps = false }
                        if ascii, c.value >= 0x80 { ascii = false; lower.append(contentsOf: fold[foldStart...]) }
                        table.append(c, flags, folded: true, to: &fold)
                        if !ascii { table.append(c, flags, folded: false, to: &lower) }
                        i += 1
                    } else if number, c == "." || c == ",", i + 1 < range.upperBound, Fold.isDigit(scalars[i + 1]) {
                        fold.append(UInt8(c.value)); if !ascii { lower.append(UInt8(c.value)) }; i += 1
                    } else if c == "'" || c == "’", i + 1 < range.upperBound, scalars[i + 1] == "s" || scalars[i + 1] == "S",
                              i + 2 >= range.upperBound || !table.flags(scalars[i + 2]).contains(.letter) {
                        // "province's": the possessive is part of the word.
                        fold.append(0x27); fold.append(0x73); if !ascii { lower.append(0x27); lower.append(0x73) }; i += 2
                    } else if flags.contains(.mark) {
                        i += 1
                    } else { break }
                }
                let shape = Shape(capitalized: number || first.contains(.upper), isNumber: number, allCaps: caps && !number,
                                  start: start, end: i, gap: gap)
                fold.withUnsafeBufferPointer { all in
                    let f = UnsafeBufferPointer(rebasing: all[foldStart...])
                    if ascii { emit(shape, f, f); return }
                    lower.withUnsafeBufferPointer { l in emit(shape, f, UnsafeBufferPointer(rebasing: l[lowerStart...])) }
                }
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
            case "-", "–": gap.insert(.dash)
            case "—": gap.insert([.dash, .rule])
            case ":", ";", "|": gap.insert(.colon)
            case " ", "\t", "\u{00A0}": break
            default: gap.insert(.other)
            }
            i += 1
        }
    }
}

/// Folding of single scalars for name matching.
///
/// The Unicode properties a word needs (letter, capital, combining mark)
/// and each letter's folded and lower-case UTF-8 are looked up once per
/// scalar of the Latin, Vietnamese and punctuation blocks into a table, so
/// reading a page asks `Unicode.Scalar.Properties` nothing; scalars beyond
/// the table ask it directly, with the same answers.
enum Fold {
    struct Flags: OptionSet {
        let rawValue: UInt8
        static let letter = Flags(rawValue: 1)
        static let upper = Flags(rawValue: 2)
        static let mark = Flags(rawValue: 4)
    }

    static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 48 && s.value <= 57 }
    static func isUpper(_ s: Unicode.Scalar) -> Bool { table.flags(s).contains(.upper) }
    static func isMark(_ s: Unicode.Scalar) -> Bool { table.flags(s).contains(.mark) }
    static func isLetter(_ s: Unicode.Scalar) -> Bool { table.flags(s).contains(.letter) }

    /// Folds a whole string, for tables written with diacritics.
    static func string(_ text: String) -> String {
        Words.spellings(text).map(\.folded).joined(separator: " ")
    }

    /// Lower-cases a whole string, keeping its diacritics.
    static func lower(_ text: String) -> String {
        Words.spellings(text).map(\.lower).joined(separator: " ")
    }

    /// Latin letters with diacritics (Vietnamese and Latin-1) to their base letter.
    private static let bases: [UInt32: Unicode.Scalar] = {
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

    static let table = Table()

    /// Properties and foldings of every scalar below `limit`, computed by
    /// the same rules a scalar beyond it is read by.
    struct Table: Sendable {
        /// Latin, Latin Extended, combining marks, Greek and Cyrillic,
        /// Vietnamese (U+1E00–U+1EFF), general punctuation and currency signs.
        static let limit: UInt32 = 0x2200
        private var classes: [UInt8] = []
        /// Folded and lower-case UTF-8 of letter `v`: `bytes[start[v]..<start[v] + count[v]]`.
        private var foldStart: [Int32] = [], foldCount: [UInt8] = []
        private var lowerStart: [Int32] = [], lowerCount: [UInt8] = []
        private var bytes: [UInt8] = []

        init() {
            let n = Int(Self.limit)
            classes.reserveCapacity(n)
            for v in 0..<Self.limit {
                let s = Unicode.Scalar(v)!  // no surrogates below the limit
                let f = v < 0x80 ? Self.ascii(v) : Self.properties(s)
                classes.append(f.rawValue)
                guard f.contains(.letter) || (v >= 48 && v <= 57) else {
                    foldStart.append(0); foldCount.append(0); lowerStart.append(0); lowerCount.append(0)
                    continue
                }
                let folded: String
                if v < 0x80 { folded = String(Unicode.Scalar(UInt8(v >= 65 && v <= 90 ? v + 32 : v))) }
                else if let base = Fold.bases[v] { folded = String(base) }
                else { folded = String(s).lowercased() }
                foldStart.append(Int32(bytes.count)); foldCount.append(UInt8(folded.utf8.count)); bytes += folded.utf8
                let lower = v < 0x80 ? folded : (f.contains(.upper) ? String(s).lowercased() : String(s))
                lowerStart.append(Int32(bytes.count)); lowerCount.append(UInt8(lower.utf8.count)); bytes += lower.utf8
            }
        }

        @inline(__always)
        static func ascii(_ v: UInt32) -> Flags {
            let lowered = v | 0x20
            if lowered >= 97 && lowered <= 122 { return v <= 90 ? [.letter, .upper] : .letter }
            return []
        }

        @inline(__always)
        func flags(_ s: Unicode.Scalar) -> Flags {
            let v = s.value
            if v < 0x80 { return Self.ascii(v) }
            if v < Self.limit { return Flags(rawValue: classes[Int(v)]) }
            return Self.properties(s)
        }

        /// Appends the lower-case form of a letter or digit: unaccented
        /// when `folded` (for names), diacritics kept otherwise.
        @inline(__always)
        func append(_ s: Unicode.Scalar, _ flags: Flags, folded: Bool, to out: inout [UInt8]) {
            let v = s.value
            if v < 0x80 { out.append(UInt8(v >= 65 && v <= 90 ? v + 32 : v)); return }
            if v < Self.limit {
                let start = Int(folded ? foldStart[Int(v)] : lowerStart[Int(v)])
                let count = Int(folded ? foldCount[Int(v)] : lowerCount[Int(v)])
                for k in start..<(start + count) { out.append(bytes[k]) }
                return
            }
            out.append(contentsOf: (folded || flags.contains(.upper) ? String(s).lowercased() : String(s)).utf8)
        }

        static func properties(_ s: Unicode.Scalar) -> Flags {
            var f: Flags = []
            let p = s.properties
            if p.isAlphabetic { f.insert(.letter) }
            if p.isUppercase { f.insert(.upper) }
            if p.generalCategory == .nonspacingMark { f.insert(.mark) }
            return f
        }
    }
}
