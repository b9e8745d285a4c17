import Foundation
import Testing
@testable import TallyCore

/// The noise rules read a plain line's scalars by index (`NoiseRules` on a
/// `Line`) and any other line as characters (`CharacterRules`, the rules as
/// first written). Both must give the same verdicts on every line, or facts
/// would change with the path a line takes.
@Suite("Scalar noise rules")
struct ScalarRulesTests {
    /// Every verdict of the rules on one line.
    struct Verdicts: Equatable, CustomStringConvertible {
        var source, lede, readMore, widget, keywords, photo, ends, image: Bool
        var captureDate, wordDate, numericDate: Article.Day?

        /// The verdicts of the rules that `Segmenter` calls.
        static func scalar(_ text: String) -> Verdicts {
            let line = Line(text)
            return Verdicts(
                source: NoiseRules.isSourceLine(line), lede: NoiseRules.isLede(line),
                readMore: NoiseRules.isReadMoreTeaser(line), widget: NoiseRules.isWidget(line),
                keywords: NoiseRules.isKeywordLine(line), photo: NoiseRules.hasPhotoCredit(line),
                ends: NoiseRules.endsSentence(line), image: Segmenter.isImage(line),
                captureDate: NoiseRules.captureDate(line), wordDate: NoiseRules.firstWordDate(in: text),
                numericDate: NoiseRules.firstNumericDate(in: text))
        }

        /// The verdicts of the rules as first written.
        static func character(_ text: String) -> Verdicts {
            Verdicts(
                source: CharacterRules.isSourceLine(text), lede: CharacterRules.isLede(text),
                readMore: CharacterRules.isReadMoreTeaser(text), widget: CharacterRules.isWidget(text),
                keywords: CharacterRules.isKeywordLine(text), photo: CharacterRules.hasPhotoCredit(text),
                ends: CharacterRules.endsSentence(text), image: CharacterRules.isImage(text),
                captureDate: CharacterRules.captureDate(text), wordDate: CharacterRules.firstWordDate(in: text),
                numericDate: CharacterRules.firstNumericDate(in: text))
        }

        var description: String {
            "source \(source) lede \(lede) readMore \(readMore) widget \(widget) keywords \(keywords) photo \(photo) "
                + "ends \(ends) image \(image) date \(String(describing: captureDate)) "
                + "word \(String(describing: wordDate)) numeric \(String(describing: numericDate))"
        }
    }

    struct Sample: CustomTestStringConvertible, Sendable {
        var id: String
        var text: String
        var plain: Bool
        var testDescription: String { id }
    }

    @Test("A line is read the same on scalars as on characters", arguments: [
        Sample(id: "a source line", text: "Source: https://example.org/a.html", plain: true),
        Sample(id: "a combining mark after the source prefix", text: "Source: \u{301}https://x.org", plain: false),
        Sample(id: "a capture date with a clock time", text: "Today: 03/11/2021 08:15:10 (GMT+7)", plain: true),
        Sample(id: "a word date", text: "July 19, 2017 - 16:30", plain: true),
        Sample(id: "a word date with a signed day", text: "July +19, 2017", plain: true),
        Sample(id: "a word date in capitals", text: "19 JULY 2017", plain: true),
        Sample(id: "a date whose year overflows", text: "12/05/99999999999999999999", plain: true),
        Sample(id: "a lede with an agency tag", text: "(BGO) - The provincial hospital opened a new ward with forty beds today.", plain: true),
        Sample(id: "a lede with a bare tag and a no-break space",
               text: "Dân trí -\u{A0}Sáng 26-4, bệnh viện tỉnh khánh thành khu điều trị mới với 200 giường.", plain: true),
        Sample(id: "a tag with a tab before its dash", text: "TTO\t- Sáng 26-4, bệnh viện tỉnh khánh thành khu điều trị mới.", plain: true),
        Sample(id: "a dash past the 48th character",
               text: "Bệnh viện tỉnh khánh thành khu điều trị mới hôm qua sáng - với 200 giường bệnh mới toanh nhé.", plain: true),
        Sample(id: "a tag in decomposed letters", text: "(Ba\u{301}o X) - Sáng 26-4, bệnh viện tỉnh khánh thành khu điều trị mới.", plain: false),
        Sample(id: "a read-more teaser", text: "A new level for the provincial hospital. Read more »", plain: true),
        Sample(id: "a Vietnamese read-more teaser", text: "Bệnh viện mới. XEM THÊM", plain: true),
        Sample(id: "a widget cue", text: "New comment has just been added. Click here", plain: true),
        Sample(id: "a long line with a widget cue", text: String(repeating: "word ", count: 30) + "subscribe", plain: true),
        Sample(id: "sharing buttons", text: "Chia sẻ  Bình luận  In bài viết", plain: true),
        Sample(id: "a counter line", text: "0 0 0 |", plain: true),
        Sample(id: "a dotted capital I, which lower-cases to two scalars", text: "İstanbul, share, print, email", plain: false),
        Sample(id: "a Kelvin sign, which is canonically K", text: "\u{212A}eywords, beds, hospital, health", plain: false),
        Sample(id: "a keyword line", text: "Lao Cai, hospital, beds, investment, health sector", plain: true),
        Sample(id: "a list in prose", text: "Doctors, nurses, volunteers, and local officials join the campaign", plain: true),
        Sample(id: "a keyword line with empty items", text: ",, a, b ,  , c, d", plain: true),
        Sample(id: "a photo credit", text: "A doctor examines a child. (Photo: VNA)", plain: true),
        Sample(id: "a photo word after a dash", text: "A young doctor in a commune. — VNA/VNS Photo Thanh Ha", plain: true),
        Sample(id: "a Vietnamese credit", text: "Lễ khánh thành bệnh viện. Ảnh: Thu Hà", plain: true),
        Sample(id: "a sign-off after a full stop", text: "The clinic has two branches in the province. — VNS", plain: true),
        Sample(id: "a dash in a heading", text: "Hospitals in the province — an overview", plain: true),
        Sample(id: "trailing no-break spaces", text: "It ends here.\u{A0}\u{A0}", plain: true),
        Sample(id: "a zero-width space at the end", text: "It ends here.\u{200B}", plain: false),
        Sample(id: "an image line", text: "6xzJ6dAl.JPGPhóng to", plain: true),
        Sample(id: "a stored image", text: "![[Video] Bệnh viện mới 12 tầng](/file/abc/img.jpg?width=400)", plain: true),
        Sample(id: "an emoji sequence", text: "👍🏽 Share", plain: false),
        Sample(id: "a carriage return", text: "Share\r\nPrint", plain: false),
        Sample(id: "an empty line", text: "", plain: true),
        Sample(id: "spaces only", text: "   ", plain: true),
    ])
    func agree(_ sample: Sample) {
        #expect(Line(sample.text).plain == sample.plain)
        #expect(Verdicts.scalar(sample.text) == Verdicts.character(sample.text))
    }

    @Test("Every plain scalar is a character of its own, NFC, and composes with nothing")
    func plainScalars() {
        var wrong: [String] = []
        for v in 0..<ScalarTraits.limit where ScalarTraits.isPlain(v) {
            guard let s = Unicode.Scalar(v) else { wrong.append(String(v, radix: 16)); continue }
            let one = String(s)
            let joined = [("a", one), (one, "a"), (one, one), (one, "\n"), ("\n", one)].map { ($0.0 + $0.1).count }
            let stable = one.precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual([s])
                && ("a" + one).precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual(["a", s])
            if joined != [2, 2, 2, 2, 2] || !stable || s.properties.canonicalCombiningClass != .notReordered {
                wrong.append(String(v, radix: 16))
            }
        }
        #expect(wrong == [])
    }

    /// Lines of shuffled pieces of page furniture, dates and tricky scalars,
    /// from a fixed seed.
    static let pieces = [
        "Source: ", "https://a.vn/x", "(BGO)", "(VNA)", "TTO", "Dân trí", " - ", " – ", " — ", "-", "\u{A0}", "\t", " ",
        "  ", ",", ".", "!", ":", ";", "”", "’", ")", "(", "…", "12/05/2021", "09/21/2021", "1.2.2020", "08:15", "11:23:11",
        "July", "may", "SEPT", "19", "+5", "2017", "99999999999999999999", "Read more", "read more »", "Xem thêm",
        "đọc thêm", "Ảnh:", "(photo", "Photo", "photo:", "Share", "Print", "Chia sẻ", "Bình luận (", "click here",
        "Tin liên quan", "and", "và", "Hoặc", "By", "Theo", "![", "[![", ".jpg", ".PNG", "bệnh viện", "giường", "hospital",
        "beds", "Ngày", "Thứ Hai", "½", "²", "é", "e\u{301}", "İ", "\u{212A}", "ß", "ẞ", "Σ", "\u{200B}", "👍",
    ]

    @Test("Lines built from pieces of page furniture are read the same on scalars as on characters")
    func agreeOnGeneratedLines() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        var disagreements: [String] = []
        for _ in 0..<4000 {
            let line = (0..<(1 + next(24))).map { _ in Self.pieces[next(Self.pieces.count)] }.joined()
            if Verdicts.scalar(line) != Verdicts.character(line) { disagreements.append(line) }
        }
        #expect(disagreements == [])
    }
}
