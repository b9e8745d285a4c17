import Foundation

/// Everything the extractor knows about one language, as data. The engines
/// (`NumberReader`, `FactExtractor`, `SubjectFinder`) hold no words of any
/// language: adding a language or a cue is an edit to one of these tables.
public struct LanguageRules: Sendable {
    /// What a counted noun means: its normalised unit and the category it
    /// files under. `category == nil` marks a distractor unit (years, hectares,
    /// storeys, per cent): a number with it is not a fact.
    public struct UnitSense: Sendable {
        public var unit: String
        public var category: String?
        /// Counts of people (doctors, officials) are `training` only in a
        /// sentence about training; elsewhere they file under `fallback`.
        public var trainingWhenCued: Bool = false
        public init(_ unit: String, _ category: String?, trainingWhenCued: Bool = false) {
            self.unit = unit; self.category = category; self.trainingWhenCued = trainingWhenCued
        }
    }

    public var code: Language
    /// Thousands separator and decimal mark as this language writes them.
    public var grouping: Character
    public var decimal: Character
    /// Scale words; successive ones multiply ("nghìn tỷ" is 10³ × 10⁹).
    public var multipliers: [String: Decimal]
    /// Spelled-out numbers ("nine", "twenty-four" is read as twenty + four).
    public var numberWords: [String: Int]
    /// Currency words and symbols, as token sequences, to ISO codes.
    public var currencies: [[String]: String]
    /// The currency a bare scale word implies ("5.600 tỷ" is đồng), if any.
    public var impliedCurrency: String?
    /// Counted nouns (as token sequences) to their sense.
    public var units: [[String]: UnitSense]
    /// Words that may stand between a number and its noun ("20 higher-level
    /// techniques", "60 lượt bác sĩ") without breaking the link.
    public var fillers: Set<String>
    /// Hedges written before a figure.
    public var qualifiers: [[String]: Qualifier]
    /// Words anywhere in a clause that make its figures planned.
    public var plannedCues: [[String]]
    /// Words that make people counts training figures.
    public var trainingCues: [[String]]
    /// Words that mark money as investment; money without one is `funding`.
    public var investmentCues: [[String]]
    /// Words right before money that mark it as not spent on anything (savings,
    /// revenue): such money is filed under `finance`.
    public var nonInvestmentCues: [[String]]
    /// Words right before a number that make it part of a name or a reference
    /// (`Hospital 108`, `Directive No 05`, `lớp 11`).
    public var nameBefore: Set<String>
    /// Range words between two numbers ("to", "đến") and the word that opens a
    /// "from … to" or "between … and" range.
    public var rangeWords: Set<String>
    public var rangeOpeners: Set<String>
    /// Head nouns of the hospitals and bodies facts belong to, as token sequences.
    public var subjectHeads: [[String]]
    /// Lower-case words that may sit inside a subject's name
    /// ("provincial", "đa khoa", "tỉnh").
    public var subjectConnectors: Set<String>
    /// Words before a year that make a period ("in 2022", "năm 2018").
    public var periodWords: Set<String>
    /// Phrases that are periods on their own ("each year", "the past 3 years").
    public var periodPhrases: [[String]]
    /// Words that open a sentence restating the one before ("They are
    /// expected to open in 2022."): its plan and year carry back to that one.
    public var anaphora: [[String]]
    /// Abbreviations whose dot does not end a sentence.
    public var abbreviations: Set<String>

    public static func forLanguage(_ language: Language) -> LanguageRules {
        switch language {
        case .en: return .english
        case .vi: return .vietnamese
        }
    }
}
