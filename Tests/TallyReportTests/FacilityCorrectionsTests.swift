import Foundation
import Testing
@testable import TallyCore

private func corrections(_ yaml: String) throws -> FacilityCorrections {
    try FacilityCorrectionsLoader.parse(yaml, path: "ReportSpecs/facilities.yaml")
}

/// One bad corrections file and its whole message.
let facilityErrorCases: [SpecCase] = [
    SpecCase(id: "a document nested deeper than 100 levels is refused before it is parsed",
             yaml: "facilities:\n  - key: " + String(repeating: "[", count: 120) + String(repeating: "]", count: 120) + "\n",
             expected: """
             ReportSpecs/facilities.yaml:2:107: error: the corrections are nested more than 100 levels deep
               - key: \(String(repeating: "[", count: 120) + String(repeating: "]", count: 120))
             \(String(repeating: " ", count: 106))^
             """),
    SpecCase(id: "text a workbook cannot hold is refused where it stands",
             yaml: "facilities:\n  - key: bv-a\n    name: \"Bad\\x01name\"\n",
             expected: """
             ReportSpecs/facilities.yaml:3:11: error: the text holds the control character U+0001, which a workbook cannot hold
                 name: "Bad\\x01name"
                       ^
             """),
    SpecCase(id: "an unknown key in an entry suggests 'aliases'",
             yaml: "facilities:\n  - key: bv-a\n    alias: [BV A]\n",
             expected: """
             ReportSpecs/facilities.yaml:3:5: error: unknown key 'alias' in a facility (did you mean 'aliases'?) (known: key, name, aliases, merge, not_a_facility)
                 alias: [BV A]
                 ^
             """),
    SpecCase(id: "an unknown top-level key lists the known one",
             yaml: "facility:\n  - key: bv-a\n",
             expected: """
             ReportSpecs/facilities.yaml:1:1: error: unknown key 'facility' in the corrections file (known: facilities)
             facility:
             ^
             """),
    SpecCase(id: "an entry without a key",
             yaml: "facilities:\n  - name: Bac Giang General Hospital\n",
             expected: """
             ReportSpecs/facilities.yaml:2:5: error: missing key 'key' in a facility (the key as 'tally facilities' lists it)
               - name: Bac Giang General Hospital
                 ^
             """),
    SpecCase(id: "an empty name",
             yaml: "facilities:\n  - key: bv-a\n    name: \"  \"\n",
             expected: """
             ReportSpecs/facilities.yaml:3:11: error: 'name' must not be empty
                 name: "  "
                       ^
             """),
    SpecCase(id: "a key listed twice",
             yaml: "facilities:\n  - key: bv-a\n    name: A\n  - key: bv-a\n    name: B\n",
             expected: """
             ReportSpecs/facilities.yaml:4:5: error: facility 'bv-a' is listed twice (first on line 2)
               - key: bv-a
                 ^
             """),
    SpecCase(id: "a key merged into two facilities",
             yaml: "facilities:\n  - key: a\n    merge: [c]\n  - key: b\n    merge: c\n",
             expected: """
             ReportSpecs/facilities.yaml:4:5: error: key 'c' is merged into both 'a' (line 2) and 'b'
               - key: b
                 ^
             """),
    SpecCase(id: "a merged key that is also listed on its own",
             yaml: "facilities:\n  - key: a\n    merge: [b]\n  - key: b\n    name: B\n",
             expected: """
             ReportSpecs/facilities.yaml:2:5: error: key 'b' is merged into 'a' but is listed as a facility of its own on line 4
               - key: a
                 ^
             """),
    SpecCase(id: "a key merged into itself",
             yaml: "facilities:\n  - key: a\n    merge: [a]\n",
             expected: """
             ReportSpecs/facilities.yaml:2:5: error: facility 'a' cannot merge into itself
               - key: a
                 ^
             """),
    SpecCase(id: "one alias for two facilities, compared without case or diacritics",
             yaml: "facilities:\n  - key: a\n    aliases: [Bệnh viện Tỉnh]\n  - key: b\n    aliases: [benh vien tinh]\n",
             expected: """
             ReportSpecs/facilities.yaml:4:5: error: alias 'benh vien tinh' is given to both 'a' (line 2) and 'b'
               - key: b
                 ^
             """),
    SpecCase(id: "not a facility cannot also be named",
             yaml: "facilities:\n  - key: cong-ty-co\n    not_a_facility: true\n    name: Công ty\n",
             expected: """
             ReportSpecs/facilities.yaml:2:5: error: facility 'cong-ty-co' is marked not_a_facility and cannot also have 'name'
               - key: cong-ty-co
                 ^
             """),
    SpecCase(id: "not_a_facility is true or false",
             yaml: "facilities:\n  - key: x\n    not_a_facility: yes please\n",
             expected: """
             ReportSpecs/facilities.yaml:3:21: error: 'not_a_facility' must be true or false
                 not_a_facility: yes please
                                 ^
             """),
    SpecCase(id: "facilities is a list",
             yaml: "facilities: bv-a\n",
             expected: """
             ReportSpecs/facilities.yaml:1:13: error: 'facilities' must be a list
             facilities: bv-a
                         ^
             """),
]

@Suite("Facility corrections")
struct FacilityCorrectionsTests {
    @Test("Each mistake in facilities.yaml gives its whole message", arguments: facilityErrorCases)
    func errors(_ c: SpecCase) {
        do {
            _ = try corrections(c.yaml)
            Issue.record("expected an error for: \(c.id)")
        } catch let error as SpecError {
            #expect(error.description == c.expected)
        } catch {
            Issue.record("expected a SpecError, got \(error)")
        }
    }

    @Test("An empty file, or one of comments, corrects nothing", arguments: ["", "# nothing yet\n", "facilities:\n", "facilities: []\n"])
    func empty(_ yaml: String) throws {
        #expect(try corrections(yaml).entries == [])
    }

    static let yaml = """
    facilities:
      - key: bv-ung-buou-can-tho
        name: Can Tho Oncology Hospital
        aliases: [Bệnh viện Ung bướu TP Cần Thơ]
        merge: [can-tho-oncology-hospital]
      - key: cong-ty-co
        not_a_facility: true

    """

    @Test("The file reads into entries with their lines")
    func parses() throws {
        #expect(try corrections(Self.yaml).entries == [
            .init(key: "bv-ung-buou-can-tho", name: "Can Tho Oncology Hospital", aliases: ["Bệnh viện Ung bướu TP Cần Thơ"],
                  merge: ["can-tho-oncology-hospital"], line: 2, column: 5),
            .init(key: "cong-ty-co", notAFacility: true, line: 6, column: 5),
        ])
    }

    @Test("Names, aliases, merges and not-a-facility are applied to every fact")
    func apply() throws {
        func mention(_ key: String?, _ name: String?, subject: String? = nil, province: String? = "Can Tho", at start: Int) -> Fact {
            var f = fact("beds", 500, "beds", subject: subject, start: start)
            f.facility = key.map { Facility(key: $0, name: name!) }
            f.scope = key == nil ? nil : .facility
            f.province = province
            return f
        }
        var facts = [
            mention("bv-ung-buou-can-tho", "Bệnh viện Ung bướu", at: 0),
            mention("can-tho-oncology-hospital", "Can Tho Oncology Hospital", at: 10),
            mention(nil, nil, subject: "bệnh viện ung bướu tp. cần thơ", at: 20),
            mention("cong-ty-co", "Công ty cổ", at: 30),
            mention("cong-ty-co", "Công ty cổ", province: nil, at: 40),
            mention("bv-da-khoa", "Bệnh viện Đa khoa tỉnh", at: 50),
            mention("bv-da-khoa", "the provincial General Hospital", at: 60),
        ]
        try corrections(Self.yaml).apply(to: &facts)
        #expect(facts.map { [$0.facility?.key ?? "-", $0.facility?.name ?? "-", $0.scope?.rawValue ?? "-"] } == [
            ["bv-ung-buou-can-tho", "Can Tho Oncology Hospital", "facility"],
            ["bv-ung-buou-can-tho", "Can Tho Oncology Hospital", "facility"],
            ["bv-ung-buou-can-tho", "Can Tho Oncology Hospital", "facility"],
            ["-", "-", "province"],
            ["-", "-", "national"],
            // Without a correction, one key still shows one name: its first mention's.
            ["bv-da-khoa", "Bệnh viện Đa khoa tỉnh", "facility"],
            ["bv-da-khoa", "Bệnh viện Đa khoa tỉnh", "facility"],
        ])
    }

    @Test("Aliases compare without case, diacritics, đ or punctuation", arguments: [
        ("Bệnh viện Đa khoa tỉnh Bắc Giang", "benh vien da khoa tinh bac giang"),
        ("  TTYT  huyện Tân Phú. ", "ttyt huyen tan phu"),
        ("Can Tho Oncology Hospital (new)", "can tho oncology hospital new"),
    ])
    func fold(_ name: String, _ folded: String) {
        #expect(FacilityCorrections.fold(name) == folded)
    }
}

@Suite("Facility listing")
struct FacilityListingTests {
    static func facts() -> [Fact] {
        func mention(_ key: String, _ name: String, _ province: String?, subject: String?, figure: String, at start: Int) -> Fact {
            var f = fact("beds", 500, "beds", subject: subject, start: start)
            f.facility = Facility(key: key, name: name); f.scope = .facility; f.province = province; f.figure = figure
            return f
        }
        return [
            mention("bv-b", "Hiep Hoa Hospital", "Bac Giang", subject: "Hiep Hoa Hospital", figure: "1", at: 0),
            mention("bv-a", "Can Tho Oncology Hospital", "Can Tho", subject: "Bệnh viện Ung bướu", figure: "2", at: 10),
            mention("bv-a", "Can Tho Oncology Hospital", "Can Tho", subject: "the hospital", figure: "2", at: 20),
            mention("bv-a", "Can Tho Oncology Hospital", "Can Tho", subject: nil, figure: "3", at: 30),
            mention("bv-c", "Some Clinic", nil, subject: nil, figure: "4", at: 40),
        ]
    }

    @Test("The table lists each facility once, by province then name, with mentions, figures and names as written")
    func table() {
        #expect(FacilityListing(Self.facts()).table == """
        key   name                       province   mentions  figures  written
        bv-b  Hiep Hoa Hospital          Bac Giang  1         1        Hiep Hoa Hospital
        bv-a  Can Tho Oncology Hospital  Can Tho    3         2        Bệnh viện Ung bướu | the hospital
        bv-c  Some Clinic                -          1         1

        """)
    }

    @Test("The JSON has the same rows, keys in order")
    func json() {
        #expect(FacilityListing(Self.facts()).json == """
        [
          {"key": "bv-b", "name": "Hiep Hoa Hospital", "province": "Bac Giang", "mentions": 1, "figures": 1, "written": ["Hiep Hoa Hospital"]},
          {"key": "bv-a", "name": "Can Tho Oncology Hospital", "province": "Can Tho", "mentions": 3, "figures": 2, "written": ["Bệnh viện Ung bướu", "the hospital"]},
          {"key": "bv-c", "name": "Some Clinic", "province": null, "mentions": 1, "figures": 1, "written": []}
        ]

        """)
        #expect(FacilityListing([]).json == "[]\n")
    }
}
