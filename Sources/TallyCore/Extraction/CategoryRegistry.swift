/// Every category a fact may file under, with what decides it. Specs check
/// their `category:` values against `names`, so a misspelt category is an
/// error at `tally check`, not an empty sheet.
///
/// A category's nouns are data of each language (`LanguageTable.units`,
/// filed by `UnitSense.category`); `nouns(_:in:)` lists them. Its cues are
/// the `Cue`s `CategoryRules` reads to choose it over another, and
/// `precedence` says in what order those choices are made.
public enum CategoryRegistry {
    public struct Category: Sendable {
        public let name: String
        /// Cues that put a figure here rather than elsewhere.
        public let cues: [Cue]
        /// How the category is chosen, and over what.
        public let decidedBy: String
    }

    public static let beds = "beds"
    public static let investment = "investment"
    public static let finance = "finance"
    public static let training = "training"
    public static let staff = "staff"
    public static let people = "people"
    public static let techniques = "techniques"
    /// Skills handed down rather than people trained: techniques handed
    /// over or received, technique packages, transfer rounds, and the
    /// doctors sent to teach. Kept apart from `training`, whose figures
    /// count courses and the people on them, so that a sum of trainees
    /// never takes in a count of techniques or of teachers.
    public static let transfer = "transfer"

    /// In the order `CategoryRules` decides: money first, then a counted
    /// noun's own sense, then the people rules that may turn staff and
    /// people into trainees.
    public static let all: [Category] = [
        .init(name: investment, cues: [.investment, .currency],
              decidedBy: "money with an investment cue in its sentence, or a large sum with none"),
        .init(name: finance, cues: [.nonInvestment, .currency],
              decidedBy: "money after a savings, revenue or payment word in its part, or of the size of a price"),
        .init(name: beds, cues: [.unit, .countWord, .unitLink],
              decidedBy: "a bed noun after the number, or \"the number of beds … reached N\" before it"),
        .init(name: training, cues: [.training, .transfer, .participation, .beneficiary],
              decidedBy: "courses and trainees by their noun; staff and people beside a training word, unless a headcount verb has them"),
        .init(name: transfer, cues: [.transfer, .dispatch, .teaching],
              decidedBy: "techniques handed over or received, technique packages and transfer rounds by their noun, people sent to teach others"),
        .init(name: staff, cues: [.unit, .headcount, .subset],
              decidedBy: "a staff noun; after a having verb it stays staff even in a sentence about training"),
        .init(name: people, cues: [.unit], decidedBy: "a people noun with no training word in its part"),
        .init(name: "patients", cues: [.unit], decidedBy: "a patient or case noun"),
        .init(name: techniques, cues: [.unit], decidedBy: "a technique noun"),
        .init(name: "facilities", cues: [.unit], decidedBy: "a hospital, clinic or centre noun after a number"),
        .init(name: "departments", cues: [.unit], decidedBy: "a department or ward noun"),
        .init(name: "projects", cues: [.unit], decidedBy: "a project noun"),
        .init(name: "equipment", cues: [.unit], decidedBy: "a machine or ambulance noun"),
        .init(name: "buildings", cues: [.unit], decidedBy: "a building noun"),
    ]

    /// Every category name, in decision order.
    public static let names: [String] = all.map(\.name)

    public static func isKnown(_ name: String) -> Bool { names.contains(name) }

    /// The counted nouns of `language` that file under `category`.
    public static func nouns(_ category: String, in language: Language) -> [String] {
        Lexicon.forLanguage(language).table.units.filter { $0.value.category == category }.keys.sorted()
    }
}
