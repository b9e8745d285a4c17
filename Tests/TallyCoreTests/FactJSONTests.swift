import Foundation
import Testing
@testable import TallyCore

/// The JSON writer copies UTF-8 bytes and escapes only the ASCII bytes
/// JSON requires; these pin what it writes, byte for byte.
@Suite("Fact JSON")
struct FactJSONTests {
    struct Quoted: CustomTestStringConvertible, Sendable {
        var id: String
        var text: String
        var json: String
        var testDescription: String { id }
    }

    static let quoted: [Quoted] = [
        .init(id: "plain text is copied whole", text: "485 beds", json: #""485 beds""#),
        .init(id: "Vietnamese letters are copied as they are", text: "180 học viên", json: #""180 học viên""#),
        .init(id: "a quote and a backslash are escaped", text: #"say "a\b""#, json: #""say \"a\\b\"""#),
        .init(id: "newline, return and tab have their short escapes", text: "a\nb\rc\td", json: #""a\nb\rc\td""#),
        .init(id: "other controls are \\u escapes in lower-case hex", text: "\u{01}x\u{1F}", json: #""\u0001x\u001f""#),
        .init(id: "DEL and U+FFFE are not JSON controls and stay", text: "\u{7F}\u{FFFE}", json: "\"\u{7F}\u{FFFE}\""),
        .init(id: "an escape at either end keeps the text between", text: "\"mid\"", json: #""\"mid\"""#),
        .init(id: "the empty string", text: "", json: #""""#),
    ]

    @Test("A string is quoted with JSON's escapes", arguments: quoted)
    func quote(_ c: Quoted) {
        #expect(FactJSON.string(c.text) == c.json)
    }

    @Test("One fact is written with every contract key in order, nil as null, numbers in full")
    func oneFact() {
        var fact = Fact(category: "investment", value: Decimal(string: "1600000000000"), unit: "VND", subject: nil,
                        qualifiers: [.approx, .planned], period: "2021-2025", language: Language(rawValue: "en"),
                        provenance: Provenance(file: "a/b.txt", article: 0, articleTitle: "Title \"x\"", articleDate: nil,
                                               paragraph: 3, span: 10..<29, text: "1.6 trillion VND",
                                               sentence: "It costs\t1.6 trillion VND."))
        fact.repeatOf = 12
        fact.facility = Facility(key: "k", name: "Bach Mai Hospital")
        fact.scope = .facility
        fact.figure = "f1"
        let expected = """
        [
          {
            "file": "a/b.txt",
            "language": "en",
            "article": 0,
            "article_title": "Title \\"x\\"",
            "paragraph": 3,
            "span": [10, 29],
            "text": "1.6 trillion VND",
            "sentence": "It costs\\t1.6 trillion VND.",
            "category": "investment",
            "value": 1600000000000,
            "min": null,
            "max": null,
            "unit": "VND",
            "subject": null,
            "qualifiers": ["approx", "planned"],
            "period": "2021-2025",
            "repeat_of": 12,
            "facility": {"key": "k", "name": "Bach Mai Hospital"},
            "scope": "facility",
            "province": null,
            "role": null,
            "figure": "f1"
          }
        ]

        """
        #expect(FactJSON.encode([fact]) == expected)
        #expect(FactJSON.encode([]) == "[\n]\n")
    }

    @Test("A long list is handed out in pieces that join to the whole text")
    func pieces() {
        let fact = Fact(category: "beds", value: 500, unit: "beds", subject: "Hospital", qualifiers: [], period: nil,
                        language: Language(rawValue: "vi"),
                        provenance: Provenance(file: "f.txt", article: 0, articleTitle: nil, articleDate: nil,
                                               paragraph: 0, span: 0..<8, text: "500 giường", sentence: "Có 500 giường."))
        let facts = Array(repeating: fact, count: 400)
        var pieces: [[UInt8]] = []
        FactJSON.write(facts) { pieces.append(Array($0)) }
        #expect(pieces.count > 1)
        #expect(String(decoding: pieces.joined(), as: UTF8.self) == FactJSON.encode(facts))
        let whole = FactJSON.encode(facts)
        let parsed = try? JSONSerialization.jsonObject(with: Data(whole.utf8)) as? [[String: Any]]
        #expect(parsed?.count == 400)
    }
}
