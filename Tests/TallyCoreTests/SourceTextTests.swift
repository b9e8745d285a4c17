import Foundation
import Testing
@testable import TallyCore

@Suite("Source text")
struct SourceTextTests {
    struct Sample: CustomTestStringConvertible, Sendable {
        var id: String
        var text: String
        var testDescription: String { id }
    }

    static let samples = [
        Sample(id: "plain LF text", text: "Tiêu đề\n\n(BGO) - Bệnh viện có 200 giường.\n"),
        Sample(id: "a BOM and CRLF line ends", text: "\u{FEFF}Title\r\n\r\nThe hospital has 200 beds.\r\nMore text.\r"),
        Sample(id: "decomposed Vietnamese", text: "Bệnh viện có 200 giường.".decomposedStringWithCanonicalMapping + "\nTiếp."),
        Sample(id: "a BOM, NFD and a lone CR", text: "\u{FEFF}Thủ Đức\rCó 30 bác sĩ.".decomposedStringWithCanonicalMapping),
        Sample(id: "emoji and four-byte scalars", text: "👍🏽 Share\n𝐁𝐞𝐝𝐬: 40\n"),
    ]

    @Test("The original text of a range is the file's own scalars over its span", arguments: samples)
    func originalText(_ sample: Sample) {
        let source = SourceText(path: "sample.txt", text: sample.text)
        let original = Array(sample.text.unicodeScalars)
        let n = source.scalars.count
        for lo in 0...n {
            for hi in lo...n {
                var expected = String.UnicodeScalarView()
                expected.append(contentsOf: original[source.originalSpan(lo..<hi)])
                #expect(source.originalText(lo..<hi) == String(expected), "\(lo)..<\(hi)")
            }
        }
    }

    @Test("Canonical text is NFC with LF line ends and no BOM", arguments: samples)
    func canonical(_ sample: Sample) {
        let source = SourceText(path: "sample.txt", text: sample.text)
        var expected = sample.text.precomposedStringWithCanonicalMapping
            .replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        if expected.hasPrefix("\u{FEFF}") { expected.removeFirst() }
        #expect(source.canonical(0..<source.scalars.count).unicodeScalars.elementsEqual(expected.unicodeScalars))
        #expect(source.originalLength == sample.text.unicodeScalars.count)
    }

    @Test("Detecting over ranges reads them as one text", arguments: [
        ["Bệnh viện", " tỉnh có ", "200 giường."], ["The hos", "pital has", " 200 beds"], ["", "Thủ", "Đức", ""],
    ])
    func detectOverRanges(_ parts: [String]) {
        let scalars = Array(parts.joined().unicodeScalars)
        var ranges: [Range<Int>] = []
        var start = 0
        for p in parts { ranges.append(start..<(start + p.unicodeScalars.count)); start += p.unicodeScalars.count }
        #expect(Language.detect(scalars, ranges: ranges) == Language.detect(scalars))
    }
}
