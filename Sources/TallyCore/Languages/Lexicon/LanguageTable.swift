import Foundation

/// Everything the extractor knows about one language, as data: the tables a
/// `Lexicon` compiles. A language is one folder holding one of these (and its
/// test cases); the engines hold no word of any language.
///
/// Phrases are written as their tokens joined by single spaces: words in lower
/// case, a hyphen or a symbol a token of its own ("ground - breaking", "us $").
/// `LexiconLintTests` refuses an entry that could never match a token sequence,
/// a duplicate, and a word whose roles conflict without a `Precedence`.
public struct LanguageTable: Sendable {
    /// What a counted noun means: its normalised unit and the category it
    /// files under. `category == nil` marks a distractor unit (years, hectares,
    /// storeys, per cent): a number with it is not a fact.
    public struct UnitSense: Sendable, Equatable {
        /// When a count of people is a training figure.
        public enum Training: Sendable, Equatable {
            /// Never: beds, money, patients.
            case never
            /// Doctors, officials: in a sentence about training; elsewhere
            /// they file under `category`.
            case inSentence
            /// "Người", "people": only with a training word in the same part
            /// of the sentence ("tập huấn cho 1.000 lượt người"), and then
            /// they are trainees; "the clinic hired 12 people" stays
            /// people even in a paragraph about training.
            case inPart
        }
        public var unit: String
        public var category: String?
        public var training: Training
        /// The unit of this trade when it is being trained, if not `unit`:
        /// nurses, midwives and technicians on a course count as trainees
        /// (the labels officials report by are doctors, trainees, staff
        /// and courses), where a headcount keeps the trade's name.
        public var trainedAs: String?
        public init(_ unit: String, _ category: String?, training: Training = .never, trainedAs: String? = nil) {
            self.unit = unit; self.category = category; self.training = training; self.trainedAs = trainedAs
        }
    }

    /// A word (or phrase) in two tables whose roles the engine must choose
    /// between, and which role wins where. The engine's order of tests is
    /// what decides; this entry names that order so it is a decision, not
    /// an accident, and the lint fails when a new overlap has none.
    public struct Precedence: Sendable {
        public var phrase: String
        public var roles: (Cue, Cue)
        /// Where each role applies ("a unit after a number, a name before one").
        public var why: String
        public init(_ phrase: String, _ first: Cue, _ second: Cue, _ why: String) {
            self.phrase = phrase; self.roles = (first, second); self.why = why
        }
    }

    /// How a page in the language is recognised: the share of its words that
    /// carry one of `letters` (or, when `combiningMarks`, a combining mark, as
    /// NFD text writes them) must pass `share`.
    public struct Detection: Sendable {
        public var letters: String
        public var combiningMarks: Bool
        public var share: Double
        public init(letters: String, combiningMarks: Bool, share: Double) {
            self.letters = letters; self.combiningMarks = combiningMarks; self.share = share
        }
    }

    public var code: Language
    /// Thousands separator and decimal mark as this language writes them.
    public var grouping: Character
    public var decimal: Character
    /// True when names follow their head ("Bệnh viện Bạch Mai"); false when
    /// they precede it ("the Bach Mai Hospital").
    public var namesGrowRight: Bool
    /// The currency a bare scale word implies ("5.600 tỷ" is đồng), if any.
    public var impliedCurrency: String?
    /// Scale words; successive ones multiply ("nghìn tỷ" is 10³ × 10⁹).
    public var scales: [String: Decimal]
    /// Spelled-out numbers ("twenty-four" is read as twenty + four).
    public var numberWords: [String: Int]
    /// Currency words and symbols to ISO codes.
    public var currencies: [String: String]
    /// Counted nouns to their sense.
    public var units: [String: UnitSense]
    /// Hedges written before a figure.
    public var hedges: [String: Qualifier]
    /// Words for the base of a ratio ("vạn" is 10,000 in "giường bệnh/vạn
    /// dân") and the nouns a ratio counts by, as English labels ("dân" →
    /// "people"), so every ratio reads "beds per 10,000 people".
    public var ratioBases: [String: Decimal]
    public var ratioNouns: [String: String]
    /// Every other table, by its cue (see `Cue` for what each one does).
    public var cues: [Cue: [String]]
    public var precedence: [Precedence]
    /// Page furniture in this language.
    public var noise: [NoiseCue: [String]]
    /// English month names and abbreviations for dates written in words.
    public var months: [String: Int]
    /// Nil for the language a page is in when no other is recognised.
    public var detection: Detection?
    /// Counts written without a numeral, with the range each stands for
    /// ("vài chục" is a few tens: 20 to 90).
    public var vagueCounts: [String: ClosedRange<Int>]
    /// How the language names facilities, for `FacilityResolver`.
    public var facilities: FacilityWords
    /// How it says a figure is a part, a total or a conversion, for `RoleFinder`.
    public var roles: RoleWords

    public init(code: Language, grouping: Character, decimal: Character, namesGrowRight: Bool,
                impliedCurrency: String?, scales: [String: Decimal], numberWords: [String: Int],
                currencies: [String: String], units: [String: UnitSense], hedges: [String: Qualifier],
                ratioBases: [String: Decimal], ratioNouns: [String: String], cues: [Cue: [String]],
                precedence: [Precedence], noise: [NoiseCue: [String]], months: [String: Int] = [:],
                detection: Detection?, vagueCounts: [String: ClosedRange<Int>] = [:], facilities: FacilityWords,
                roles: RoleWords) {
        self.code = code; self.grouping = grouping; self.decimal = decimal; self.namesGrowRight = namesGrowRight
        self.impliedCurrency = impliedCurrency; self.scales = scales; self.numberWords = numberWords
        self.currencies = currencies; self.units = units; self.hedges = hedges; self.ratioBases = ratioBases
        self.ratioNouns = ratioNouns; self.cues = cues; self.precedence = precedence; self.noise = noise
        self.months = months; self.detection = detection
        self.vagueCounts = vagueCounts; self.facilities = facilities; self.roles = roles
    }

    /// Every entry of every table with its cue, valued tables included.
    public var entries: [(cue: Cue, phrase: String)] {
        var out: [(Cue, String)] = []
        for (cue, keys) in [(Cue.scale, Array(scales.keys)), (.numberWord, Array(numberWords.keys)),
                            (.currency, Array(currencies.keys)), (.unit, Array(units.keys)),
                            (.hedge, Array(hedges.keys)), (.ratioBase, Array(ratioBases.keys)),
                            (.ratioNoun, Array(ratioNouns.keys))] {
            for k in keys.sorted() { out.append((cue, k)) }
        }
        for cue in Cue.allCases { for p in cues[cue] ?? [] { out.append((cue, p)) } }
        return out
    }
}
