import Foundation

/// Everything the extractor knows about one language, as data. The engines
/// (`NumberReader`, `FactExtractor`, `SubjectFinder`) hold no words of any
/// language: adding a language or a cue is an edit to one of these tables.
public struct LanguageRules: Sendable {
    /// What a counted noun means: its normalised unit and the category it
    /// files under. `category == nil` marks a distractor unit (years, hectares,
    /// storeys, per cent): a number with it is not a fact.
    public struct UnitSense: Sendable {
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
        public init(_ unit: String, _ category: String?, training: Training = .never) {
            self.unit = unit; self.category = category; self.training = training
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
    /// Words of purpose ("to build", "để xây") that make planned only what
    /// follows them: in "is spending 750 billion to build a 500-bed
    /// hospital" the beds are to come, the spending is under way.
    public var purposeCues: [[String]]
    /// Words that make people counts training figures.
    public var trainingCues: [[String]]
    /// Words of handing over or receiving ("chuyển giao", "tiếp nhận",
    /// "transferred"): people who receive counted techniques are trained.
    public var transferCues: [[String]]
    /// Verbs of having or employing ("has", "employs", "có", "gồm"): the
    /// people counted right after them are a headcount, even in a sentence
    /// that speaks of training ("The hospital, which trains 200 students a
    /// year, has 300 doctors"; "Bệnh viện có 700 cán bộ; năm qua đã cử 40
    /// người đi đào tạo").
    public var headcountCues: [[String]]
    /// Words that make the next count a part of the one before ("trong đó
    /// có 38 bác sĩ" after "đào tạo 215 bác sĩ"): a headcount verb after
    /// them counts nothing new.
    public var subsetWords: [[String]]
    /// Words of taking part ("attend", "đăng ký tham gia"): people who take
    /// part count as trainees when their paragraph speaks of training, even
    /// if their own sentence does not ("… 14 courses. 100 doctors registered.").
    public var participationCues: [[String]]
    /// Words right before a people count that make it the beneficiary of
    /// something ("courses for 500 officials", "cho 180 học viên").
    public var beneficiaryWords: Set<String>
    /// Words that join a list ("doctors, nurses and technicians").
    public var coordinators: Set<String>
    /// Words that open a conversion in parentheses before its figure and
    /// any hedge ("(equivalent to US$50 million)", "(tương đương 50 triệu
    /// USD)").
    public var conversionWords: [[String]]
    /// Words between a counted noun and a number that gives its count
    /// ("số giường bệnh lên 1.200", "beds reached 3,200").
    public var unitLinks: Set<String>
    /// Words that make a noun a number to be given ("the number of",
    /// "tổng số", "số").
    public var countWords: [[String]]
    /// Words that mark money as investment; money without one is `finance`.
    public var investmentCues: [[String]]
    /// Words before money in its part of the sentence that mark it as not
    /// spent on anything (savings, revenue, insurance, debt): such money is
    /// filed under `finance`.
    public var nonInvestmentCues: [[String]]
    /// Words right before a number that make it part of a name or a reference
    /// (`Hospital 108`, `Directive No 05`, `lớp 11`, `thông tư 15`).
    public var nameBefore: [[String]]
    /// Letters glued after a number that make it an ordinal (`81st`).
    public var ordinalSuffixes: Set<String>
    /// Hedges that are prepositions too ("over", "under"): a hedge right
    /// before a number, a preposition before "a" ("under a US$25 million
    /// project", "over a 500-bed hospital").
    public var prepositionHedges: Set<String>
    /// Words that introduce a count ("a total of", "tổng số"). They may stand
    /// between a hedge and its number ("more than a total of 300"), and a
    /// number after them is a count even if a naming word ("số") ends them.
    public var qualifierBridges: [[String]]
    /// Words after a counted noun that make it a ratio ("32 beds per 10,000
    /// people", "25 giường bệnh trên vạn dân").
    public var ratioWords: Set<String>
    /// Words for the base of a ratio ("vạn" is 10,000 in "giường bệnh/vạn
    /// dân") and the nouns a ratio counts by, as English labels ("dân" →
    /// "people"), so every ratio reads "beds per 10,000 people".
    public var ratioBases: [String: Decimal]
    public var ratioNouns: [String: String]
    /// Words right before a count that make it a share among people ("two
    /// patients to share one bed", "nằm chung 1 giường"): the crowding of
    /// a ward, not a count of what it has.
    public var shareWords: Set<String>
    /// Range words between two numbers ("to", "đến") and the word that opens a
    /// "from … to" or "between … and" range.
    public var rangeWords: Set<String>
    public var rangeOpeners: Set<String>
    /// Verbs of change a few words before "from" ("raise its capacity from
    /// 450 to 700 beds", "tăng từ 500 đến 800 giường"): the two numbers are
    /// an old value and a new one, two figures rather than a range.
    public var changeWords: Set<String>
    /// Words between two numbers that always mean a change ("từ 500 lên 800
    /// giường").
    public var changeLinks: Set<String>
    /// Head nouns of the hospitals and bodies facts belong to, as token sequences.
    public var subjectHeads: [[String]]
    /// Heads that name a territory ("province", "tỉnh"): "the province" is
    /// a subject as written, never narrowed to a province named in passing.
    public var placeHeads: Set<String>
    /// True when names follow their head ("Bệnh viện Bạch Mai"); false when
    /// they precede it ("the Bach Mai Hospital").
    public var namesGrowRight: Bool
    /// Lower-case words that may sit inside a name ("provincial", "đa khoa").
    public var subjectModifiers: Set<String>
    /// Words and marks that join the parts of a name but never open or close
    /// it ("of", "and", "tại", "-").
    public var subjectConnectors: Set<String>
    /// Prepositions before a name that make it a partner or a place rather
    /// than the owner of a figure ("with K Hospital", "tại Bệnh viện …").
    public var obliqueWords: Set<String>
    /// Determiners that open a name ("the provincial hospital").
    public var subjectDeterminers: Set<String>
    /// Words after a head that bring a capitalised complement into the name
    /// ("Department of Health").
    public var subjectLinks: Set<String>
    /// Words before a year that make a period ("in 2022", "năm 2018").
    public var periodWords: Set<String>
    /// Phrases that are periods on their own ("each year", "hằng năm").
    /// Vague ones ("recently", "thời gian qua") are left out: they date nothing.
    public var periodPhrases: [[String]]
    /// Phrases that open a period of a counted time unit ("the past 3 years",
    /// "the first 9 months of 2025").
    public var periodLeads: [[String]]
    /// Words before a lone year that leave its period open ("since 2020",
    /// "từ 2021", "từ năm 2021"): the period is written with them.
    public var openPeriodWords: Set<String>
    /// Phrases naming a part of a year with no count ("the first half",
    /// "the fourth quarter"); a tie may give its year ("… of 2027").
    public var periodParts: [[String]]
    /// Words after a counted time or a part of a year that need a year
    /// after them to join it ("the first 9 months of 2025", "of this year").
    public var periodTies: [[String]]
    /// Words after a counted time that make it a period on their own, even
    /// with no lead before the count, and may take a year ("6 tháng đầu
    /// năm 2025", "9 tháng đầu năm", "5 năm qua"); a bare "24 tháng" stays a
    /// duration.
    public var periodEnds: [[String]]
    /// Words standing for a year after a tie or an end ("of this year",
    /// "of the year", "đầu năm nay").
    public var yearDeictics: [[String]]
    /// Words that open a new clause with its own verb ("…, and has set a
    /// target of …"): plan words and years on one side do not reach figures
    /// on the other.
    public var clauseBreaks: [[String]]
    /// Joining words that open a new clause when a plan word follows them
    /// ("… and plans to …", "… và sẽ …").
    public var planBreaks: Set<String>
    /// Phrases after which bare numbers are new values of the figures
    /// before them ("lift these figures to 12 and 28", "nâng các chỉ số
    /// này lên 15 và 40").
    public var targetPhrases: [[String]]
    /// Words that open a sentence restating the one before ("They are
    /// expected to open in 2022."): its plan and year carry back to that one.
    public var anaphora: [[String]]
    /// Words in a headline or lead that make the whole story one about
    /// something not yet built ("groundbreaking", "khởi công", "approved"):
    /// its beds and investment figures are planned.
    public var storyPlannedCues: [[String]]
    /// Words that say a figure is what exists now ("currently", "which
    /// has", "hiện nay"): it is not planned just because its story is, and
    /// takes no year from another part of its sentence.
    /// The bed terms of today ("giường thực kê", "actual beds") are among
    /// them: beds set up in the wards exist whatever the story builds.
    public var nowCues: [[String]]
    /// Words that say a figure was done already ("spent", "completed",
    /// "đã"): it is not planned just because its story is.
    public var doneCues: [[String]]
    /// Abbreviations whose dot does not end a sentence.
    public var abbreviations: Set<String>

    /// Unit labels of time: "the past 3 years" is a period, "24 months" a
    /// duration, and neither is a fact.
    public static let timeUnits: Set<String> = ["years", "months", "weeks", "days", "hours", "minutes"]

    /// Sizes of money in a health story. Below `price` it is a price, a fee
    /// or an allowance ("a check-up costs 150,000 VND"), never investment;
    /// from `large` up it is investment even with no cue ("the hospital will
    /// receive 300 billion VND").
    public static let moneyScale: [String: (price: Decimal, large: Decimal)] = [
        "VND": (10_000_000, 1_000_000_000), "USD": (10_000, 1_000_000), "EUR": (10_000, 1_000_000),
    ]

    public static func forLanguage(_ language: Language) -> LanguageRules {
        switch language {
        case .en: return .english
        case .vi: return .vietnamese
        }
    }
}
