import Foundation
import Testing
@testable import TallyCore

@Suite("Who is trained")
struct TrainingUnitTests {
    @Test("Training people are counted in the unit their sentence gives them", arguments: [
        Case(id: "en: courses for 400 health officials are 400 trainees",
             text: "This year the sector ran 18 training courses for more than 400 health officials.",
             expected: Expected(category: "training", value: 400, unit: "trainees", qualifiers: [.moreThan])),
        Case(id: "vi: lớp đào tạo cho 1.500 nhân viên y tế are 1500 trainees",
             text: "Năm 2022, Sở Y tế mở 30 lớp đào tạo cho 1.500 nhân viên y tế thôn bản.",
             expected: Expected(category: "training", value: 1500, unit: "trainees")),
        Case(id: "en: courses for 300 nurses stay nurses: a trade keeps its name",
             text: "The hospital ran 12 courses for 300 nurses last year.",
             expected: Expected(category: "training", value: 300, unit: "nurses")),
        Case(id: "en: 30 doctors sent for training stay doctors",
             text: "The hospital sent 30 doctors for training abroad.",
             expected: Expected(category: "training", value: 30, unit: "doctors")),
    ])
    func trainedPeople(_ row: Case) {
        let found = facts(row.text)
        #expect(found.contains { row.expected.matches($0) }, "\(found.map { "\($0.category) \($0.value.map { "\($0)" } ?? "-") \($0.unit) \($0.qualifiers)" })")
    }
}
