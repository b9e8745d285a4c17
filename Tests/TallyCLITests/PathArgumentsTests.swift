import Foundation
import Testing
import TallyTestSupport
@testable import tally

/// The article paths of `facts` and `facilities` are set aside before
/// ArgumentParser reads the line (it took time quadratic in their number),
/// and every option keeps its value.
@Suite("Article paths set aside before parsing: options keep their values, one path stands in")
struct PathArgumentsTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let arguments: [String]
        let parsed: [String]?
        let paths: [String]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "paths after options: the first stands in",
             arguments: ["facts", "-f", "csv", "a.txt", "b.txt", "c.txt"],
             parsed: ["facts", "-f", "csv", "a.txt"], paths: ["a.txt", "b.txt", "c.txt"]),
        Case(name: "an option between paths keeps its value, which is no path",
             arguments: ["facts", "a.txt", "--specs", "specs", "b.txt", "--format=json"],
             parsed: ["facts", "a.txt", "--specs", "specs", "--format=json"], paths: ["a.txt", "b.txt"]),
        Case(name: "after '--' every argument is a path, dashes included",
             arguments: ["facilities", "--format", "json", "--", "-odd.txt", "b.txt"],
             parsed: ["facilities", "--format", "json", "--", "-odd.txt"], paths: ["-odd.txt", "b.txt"]),
        Case(name: "'-' alone is a path",
             arguments: ["facts", "-", "b.txt"], parsed: ["facts", "-"], paths: ["-", "b.txt"]),
        Case(name: "an unknown option is left to the parser, as a flag",
             arguments: ["facts", "a.txt", "--bogus", "b.txt"],
             parsed: ["facts", "a.txt", "--bogus"], paths: ["a.txt", "b.txt"]),
        Case(name: "one path: nothing to set aside",
             arguments: ["facts", "-f", "csv", "a.txt"], parsed: nil, paths: []),
        Case(name: "-f is a value option of facts only: for facilities 'x' after it is a path",
             arguments: ["facilities", "-f", "x", "y"], parsed: ["facilities", "-f", "x"], paths: ["x", "y"]),
        Case(name: "another command is parsed as it is",
             arguments: ["diff", "old", "new"], parsed: nil, paths: []),
        Case(name: "no command", arguments: [], parsed: nil, paths: []),
    ]

    @Test(arguments: cases)
    func split(_ c: Case) {
        let result = PathArguments.split(c.arguments)
        #expect(result?.parsed == c.parsed)
        #expect(result?.paths ?? [] == c.paths)
    }

    @Test("tally facts with options between paths: the facts of every path, in the order given")
    func interleaved() throws {
        let dir = try TempDir.make("paths")
        defer { TempDir.remove(dir) }
        try "Ward A\n\nThe East Hill Hospital has 80 beds.\n".write(toFile: dir + "/a.txt", atomically: true, encoding: .utf8)
        try "Ward B\n\nThe West Hill Hospital has 95 beds.\n".write(toFile: dir + "/b.txt", atomically: true, encoding: .utf8)
        try "Ward C\n\nThe South Hill Hospital has 40 beds.\n".write(toFile: dir + "/c.txt", atomically: true, encoding: .utf8)
        let r = try ProcessRun.run(Repo.tally, ["facts", "b.txt", "-f", "table", "a.txt", "--specs", "none", "c.txt"],
                                   directory: dir)
        #expect(r.status == 0)
        #expect(r.err == "")
        #expect(r.out == [
            "fact\tfile\tparagraph\tcategory\tvalue\tmin\tmax\tunit\tqualifiers\tperiod\tsubject\trepeat_of\tmention",
            "0\tb.txt\t1\tbeds\t95\t\t\tbeds\t\t\tThe West Hill Hospital\t\t95 beds",
            "1\ta.txt\t1\tbeds\t80\t\t\tbeds\t\t\tThe East Hill Hospital\t\t80 beds",
            "2\tc.txt\t1\tbeds\t40\t\t\tbeds\t\t\tThe South Hill Hospital\t\t40 beds",
        ].map { $0 + "\n" }.joined())
    }
}
