import Foundation
import Testing
@testable import TallyCore

/// Facts of a text given as a file's content.
func facts(_ text: String, path: String = "fixture.txt") -> [Fact] {
    FactExtractor().extract(Document(path: path, text: text))
}

/// Facts that count: a restatement points at its original and is left out.
func counted(_ text: String) -> [Fact] {
    facts(text).filter { $0.repeatOf == nil }
}

/// The categories the report totals; a distractor must never land in them.
let scoredCategories: Set<String> = ["beds", "investment", "training"]
/// The scored categories and `transfer`, reported beside training.
let reportedCategories: Set<String> = scoredCategories.union([CategoryRegistry.transfer])

/// What one figure of a fixture should read as.
struct Expected: CustomStringConvertible, Sendable {
    var category: String
    var value: Decimal?
    var min: Decimal? = nil
    var max: Decimal? = nil
    var unit: String
    var qualifiers: [Qualifier] = []
    var text: String? = nil

    var description: String { "\(category) \(value.map { "\($0)" } ?? "\(min!)-\(max!)") \(unit)" }

    func matches(_ f: Fact) -> Bool {
        f.category == category && f.value == value && f.min == min && f.max == max && f.unit == unit
            && f.qualifiers == qualifiers && (text == nil || f.provenance.text == text)
    }
}

/// One row of a table-driven test; `id` names the behaviour it pins.
struct Case: CustomTestStringConvertible, Sendable {
    var id: String
    var text: String
    var expected: Expected
    var testDescription: String { id }
}
