/// The case and class of every scalar below U+2100 (Latin, Vietnamese,
/// Greek, Cyrillic, general punctuation), taken once from the standard
/// library's own Unicode data. The tokenizer reads a word a scalar at a time;
/// a property look-up or a `lowercased()` per word was most of its cost
/// (perf), and a table built from those same functions gives exactly their
/// answers.
enum ScalarTable {
    /// Scalars at and above this go through the standard library directly.
    static let limit: UInt32 = 0x2100

    struct Entry {
        /// The lower-case form when it is one scalar, else `noSingleLower`.
        var lower: UInt32
        var flags: UInt8
    }
    static let noSingleLower = UInt32.max
    static let letter: UInt8 = 1, upper: UInt8 = 2, space: UInt8 = 4

    static let entries: [Entry] = (0..<limit).map { v in
        guard let s = Unicode.Scalar(v) else { return Entry(lower: noSingleLower, flags: 0) }
        let p = s.properties
        var flags: UInt8 = 0
        if p.isAlphabetic || p.generalCategory == .nonspacingMark { flags |= letter }
        if p.isUppercase { flags |= upper }
        if p.isWhitespace || v == 0x200B { flags |= space }
        let lowered = String(String.UnicodeScalarView([s])).lowercased().unicodeScalars
        let lower = lowered.count == 1 ? lowered.first!.value : noSingleLower
        return Entry(lower: lower, flags: flags)
    }
}
