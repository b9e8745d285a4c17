import Foundation
import Testing
@testable import TallyCore

@Suite("Repeat linker")
struct RepeatLinkerTests {
    /// The index answers as the plain scan it replaces: the first body
    /// mention, in list order, that a hedged figure rounds.
    @Test("The rounded-restatement index finds what a scan of every body mention finds", arguments: [1, 2, 3, 7, 64, 300])
    func roundedIndexMatchesScan(_ count: Int) {
        var rng = SystemRandomNumberGenerator()
        func fact(_ value: Decimal, hedged: Bool) -> Fact {
            Fact(category: "investment", value: value, unit: "VND", subject: nil, qualifiers: hedged ? [.approx] : [],
                 period: nil, language: .vi,
                 provenance: Provenance(file: "f", article: 0, articleTitle: nil, articleDate: nil, paragraph: 0,
                                        span: 0..<1, text: "", sentence: ""))
        }
        let bodies = (0..<count).map { _ in fact(Decimal(Int.random(in: 1...400, using: &rng)) * 5, hedged: false) }
        let index = RepeatLinker.RoundedIndex(Array(bodies.indices), bodies)
        for a in stride(from: 1, through: 2100, by: 7) {
            let headline = fact(Decimal(a), hedged: true)
            let scan = bodies.indices.first { RepeatLinker.roundedRestatement(headline, of: bodies[$0]) }
            #expect(index.first(roundingTo: Decimal(a)) == scan, "value \(a) among \(count)")
        }
    }

    @Test("A page of hundreds of hedged headlines over hundreds of body figures links each one")
    func manyHedgedHeadlines() {
        var text = "Today: 20/09/2020 17:51:03 (GMT+7)\n\n"
        for k in 0..<400 { text += "The hospital spent \(100 + k * 3) billion VND on equipment in 2020.\n\n" }
        // Each rounds a body figure (1% off), so each is found by the index.
        for k in 0..<400 { text += "Nearly \(101 + k * 3) billion VND for equipment\n\n" }
        let headlines = facts(text).filter { $0.qualifiers.contains(.approx) }
        #expect(headlines.count == 400)
        #expect(headlines.allSatisfy { $0.repeatOf != nil })
    }
}
