import Foundation
import Testing
@testable import TallyCore

/// The tables of every language, checked as data: an entry that can never
/// match, a duplicate, or a word in two conflicting roles with no stated
/// precedence is a mistake a test can find before any sentence does.
@Suite("Lexicon lint")
struct LexiconLintTests {
    /// Pairs of roles the engine tests at one token, where a word in both is
    /// read one way or the other by the order of the engine's tests; such a
    /// word needs a `LanguageTable.Precedence` saying which way, and why.
    static let conflicts: [(Cue, Cue)] = [
        (.unit, .nameBefore), (.unit, .training), (.unit, .planned), (.unit, .now), (.unit, .periodWord),
        (.unit, .currency), (.unit, .scale), (.planned, .participation), (.training, .transfer),
        (.headcount, .subset), (.rangeWord, .coordinator), (.hedge, .rangeWord), (.hedge, .ratio),
        (.scale, .ratioBase),
    ]

    /// Tables the engine tries entry by entry at one token: no entry may be
    /// the start of another, or the order of the entries would decide.
    static let ordered: [Cue] = [.periodLead, .periodPart]

    static var languages: [String] { Languages.all.map(\.code.rawValue) }

    static func table(_ code: String) -> LanguageTable { Languages.all.first { $0.code.rawValue == code }! }

    @Test("No table lists an entry twice", arguments: languages)
    func noDuplicates(_ code: String) {
        let table = Self.table(code)
        for (cue, phrases) in table.cues {
            var seen: Set<String> = []
            for p in phrases { #expect(seen.insert(p).inserted, "\(code) \(cue): \"\(p)\" is listed twice") }
        }
    }

    @Test("Every entry is the lower-case tokens it must match, one token for a word table", arguments: languages)
    func everyEntryCanMatch(_ code: String) {
        let table = Self.table(code)
        let lexicon = Lexicon.forLanguage(table.code)
        for (cue, phrase) in table.entries {
            let scalars = Array(phrase.precomposedStringWithCanonicalMapping.unicodeScalars)
            let tokens = Tokenizer.tokens(scalars, in: 0..<scalars.count, lexicon: lexicon)
            let parts = phrase.precomposedStringWithCanonicalMapping.split(separator: " ").map(String.init)
            #expect(tokens.map(\.text) == parts,
                    "\(code) \(cue): \"\(phrase)\" reads as \(tokens.map(\.text)) and can never match")
            #expect(tokens.allSatisfy { $0.id != 0 })
            if cue.isWord { #expect(parts.count == 1, "\(code) \(cue): \"\(phrase)\" is not one word") }
        }
    }

    @Test("A word in two conflicting roles says which wins", arguments: languages)
    func conflictsHavePrecedence(_ code: String) {
        let table = Self.table(code)
        var byCue: [Cue: Set<String>] = [:]
        for (cue, phrase) in table.entries { byCue[cue, default: []].insert(phrase) }
        var declared: Set<String> = []
        for p in table.precedence { declared.insert("\(p.phrase)|\(p.roles.0)|\(p.roles.1)") }
        var needed: Set<String> = []
        for (a, b) in Self.conflicts {
            for phrase in (byCue[a] ?? []).intersection(byCue[b] ?? []).sorted() {
                needed.insert("\(phrase)|\(a)|\(b)")
                #expect(declared.contains("\(phrase)|\(a)|\(b)") || declared.contains("\(phrase)|\(b)|\(a)"),
                        "\(code): \"\(phrase)\" is both \(a) and \(b) with no precedence")
            }
        }
        for p in table.precedence {
            let key = needed.contains("\(p.phrase)|\(p.roles.0)|\(p.roles.1)")
                || needed.contains("\(p.phrase)|\(p.roles.1)|\(p.roles.0)")
            #expect(key, "\(code): the precedence of \"\(p.phrase)\" names roles it does not have")
        }
    }

    @Test("Tables tried entry by entry have no entry that starts another", arguments: languages)
    func orderedTablesArePrefixFree(_ code: String) {
        let table = Self.table(code)
        for cue in Self.ordered {
            let phrases = (table.cues[cue] ?? []).map { $0.split(separator: " ") }
            for a in phrases {
                for b in phrases where a != b && b.count > a.count && Array(b.prefix(a.count)) == a {
                    Issue.record("\(code) \(cue): \"\(a.joined(separator: " "))\" starts \"\(b.joined(separator: " "))\"")
                }
            }
        }
    }

    @Test("Each language's noise cues and letters come from its own table")
    func noiseComesFromTables() {
        #expect(NoiseRules.readMoreMarkers.contains("read more"))
        #expect(NoiseRules.readMoreMarkers.contains("xem thêm"))
        #expect(Language.allCases == [.en, .vi])
    }
}

@Suite("Category registry")
struct CategoryRegistryTests {
    @Test("Every category a language's nouns file under is registered", arguments: LexiconLintTests.languages)
    func nounsFileUnderRegisteredCategories(_ code: String) {
        for (noun, sense) in LexiconLintTests.table(code).units {
            if let category = sense.category {
                #expect(CategoryRegistry.isKnown(category), "\(code): \"\(noun)\" files under unknown \(category)")
            }
        }
    }

    @Test("Every registered category is reachable: by a noun, or by money")
    func everyCategoryIsReachable() {
        for name in CategoryRegistry.names where name != CategoryRegistry.investment && name != CategoryRegistry.finance {
            #expect(Language.allCases.contains { !CategoryRegistry.nouns(name, in: $0).isEmpty }, "\(name) has no noun")
        }
        #expect(!CategoryRegistry.isKnown("invesment"))
    }
}
