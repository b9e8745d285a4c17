/// A language's `FacilityWords` compiled into phrase tables over folded
/// words. A class, so handing it to every paragraph and figure copies one
/// reference, not seventeen tables.
final class FacilityLexicon: Sendable {
    let order: FacilityWords.Order
    let levelAloneIsEvery: Bool
    let kinds: PhraseTable<(kind: String, specialty: String?)>
    let notKinds: PhraseTable<Bool>
    let bareKinds: PhraseTable<String>
    let plurals: PhraseTable<String>
    let specialties: PhraseTable<String>
    let levels: PhraseTable<Level>
    let directions: PhraseTable<String>
    let branches: PhraseTable<Bool>
    let campusNumbers: PhraseTable<String>
    let projects: PhraseTable<Bool>
    let links: PhraseTable<Bool>
    let recipients: PhraseTable<Bool>
    let ownerLinks: PhraseTable<Bool>
    let placeLinks: PhraseTable<Bool>
    let venueLinks: PhraseTable<Bool>
    let basedWords: PhraseTable<Bool>
    let reporting: PhraseTable<Bool>
    let possessives: PhraseTable<Bool>
    let aggregates: PhraseTable<Bool>
    let national: PhraseTable<Bool>
    let nationalOpeners: PhraseTable<Bool>
    let sectorOpeners: PhraseTable<Bool>
    let countTotals: PhraseTable<Bool>
    let organisations: PhraseTable<Bool>
    let existing: PhraseTable<Bool>
    let partners: PhraseTable<Bool>
    let listWords: PhraseTable<Bool>
    let sizeNouns: PhraseTable<Bool>
    let notNames: PhraseTable<Bool>
    let nameBreaks: PhraseTable<Bool>
    let indefinites: PhraseTable<Bool>
    let sizeBefore: PhraseTable<Bool>
    let kindOf: PhraseTable<Bool>
    let counters: PhraseTable<Bool>
    let nameCompounds: PhraseTable<Bool>
    let hostLinks: PhraseTable<Bool>
    let fillers: PhraseTable<Bool>
    /// The language's year words (`Cue.yearWord`): a number after one that
    /// can be a year is one, so the kind word after it is not counted
    /// ("năm 2024 bệnh viện đã cử …").
    let yearWords: PhraseTable<Bool>
    let roles: RoleWords.Compiled

    init(_ table: LanguageTable) {
        let w = table.facilities, r = table.roles
        order = w.order
        levelAloneIsEvery = w.levelAloneIsEvery
        kinds = PhraseTable(w.kinds.map { ($0.phrase, ($0.kind, $0.specialty)) })
        notKinds = PhraseTable(w.notKinds)
        bareKinds = PhraseTable(w.bareKinds.map { ($0.phrase, $0.kind) })
        plurals = PhraseTable(w.plurals.map { ($0.phrase, $0.kind) })
        specialties = PhraseTable(w.specialties.map { ($0.phrase, $0.specialty) })
        levels = PhraseTable(w.levels.map { ($0.phrase, $0.level) })
        directions = PhraseTable(w.directions.map { ($0.phrase, $0.direction) })
        branches = PhraseTable(w.branches)
        campusNumbers = PhraseTable(w.campusNumbers.map { ($0.phrase, $0.number) })
        projects = PhraseTable(w.projects)
        links = PhraseTable(w.links)
        placeLinks = PhraseTable(w.placeLinks)
        venueLinks = PhraseTable(w.venueLinks)
        basedWords = PhraseTable(w.basedWords)
        reporting = PhraseTable(w.reporting)
        possessives = PhraseTable(w.possessives)
        recipients = PhraseTable(w.recipients)
        ownerLinks = PhraseTable(w.ownerLinks)
        aggregates = PhraseTable(w.aggregates)
        national = PhraseTable(w.national)
        nationalOpeners = PhraseTable(w.nationalOpeners)
        sectorOpeners = PhraseTable(w.sectorOpeners)
        countTotals = PhraseTable(w.countTotals)
        organisations = PhraseTable(w.organisations)
        existing = PhraseTable(w.existing)
        partners = PhraseTable(w.partners)
        listWords = PhraseTable(w.listWords)
        sizeNouns = PhraseTable(w.sizeNouns)
        notNames = PhraseTable(w.notNames)
        nameBreaks = PhraseTable(w.nameBreaks.map { ($0, true) }, spelling: .folded)
        indefinites = PhraseTable(w.indefinites.map { ($0, true) }, spelling: .folded)
        sizeBefore = PhraseTable(w.sizeBefore.map { ($0, true) }, spelling: .folded)
        kindOf = PhraseTable(w.kindOf.map { ($0, true) }, spelling: .folded)
        counters = PhraseTable(w.counters)
        nameCompounds = PhraseTable(w.nameCompounds)
        hostLinks = PhraseTable(w.hostLinks)
        fillers = PhraseTable(w.fillers)
        yearWords = PhraseTable(table.cues[.yearWord] ?? [])
        roles = RoleWords.Compiled(r)
    }

    /// Every language's facility words, compiled once, in `Languages.all` order.
    static let all: [(code: Language, lexicon: FacilityLexicon)] =
        Languages.all.map { ($0.code, FacilityLexicon($0)) }

    static func forLanguage(_ language: Language) -> FacilityLexicon {
        (all.first { $0.code == language } ?? all[0]).lexicon
    }
}
