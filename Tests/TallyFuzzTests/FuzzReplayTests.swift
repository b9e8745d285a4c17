import Foundation
import Testing

/// A kept fuzz input: `Regressions/<target>/<name>` and the outcome it must
/// have, in `<name>.outcome` (one line: the located error, or what was made).
struct FuzzCase: CustomTestStringConvertible, Sendable {
    var target: String
    var name: String
    var input: Data
    var outcome: String
    var testDescription: String { "\(target)/\(name)" }

    static let all: [FuzzCase] = {
        let root = FuzzEntries.repo + "/Tests/TallyFuzzTests/Regressions"
        var cases: [FuzzCase] = []
        for target in ["article", "spec", "diff"] {
            let dir = root + "/" + target
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? [])
                .filter { !$0.hasSuffix(".outcome") && !$0.hasPrefix(".") }.sorted()
            for name in names {
                let input = FileManager.default.contents(atPath: dir + "/" + name) ?? Data()
                let outcome = (try? String(contentsOfFile: dir + "/" + name + ".outcome", encoding: .utf8)) ?? "(no .outcome file)"
                cases.append(FuzzCase(target: target, name: name, input: input,
                                      outcome: outcome.trimmingCharacters(in: .newlines)))
            }
        }
        return cases
    }()
}

/// Replays every kept fuzz input through the code its target drives: it
/// must finish (no crash, no trap) with the recorded outcome.
@Suite("Fuzz regressions")
struct FuzzReplayTests {
    @Test("Every target has kept cases")
    func casesExist() {
        #expect(Set(FuzzCase.all.map(\.target)) == ["article", "spec", "diff"])
    }

    @Test(arguments: FuzzCase.all)
    func replay(_ c: FuzzCase) {
        let outcome: String
        switch c.target {
        case "article": outcome = FuzzEntries.article(c.input)
        case "spec": outcome = FuzzEntries.spec(c.input)
        default: outcome = FuzzEntries.diff(c.input)
        }
        #expect(outcome == c.outcome)
    }
}
