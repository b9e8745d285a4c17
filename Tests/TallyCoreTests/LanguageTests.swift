import Foundation
import Testing
@testable import TallyCore

@Suite("Language detection")
struct LanguageTests {
    @Test("Vietnamese prose is Vietnamese, even a short headline", arguments: [
        "Khởi công Bệnh viện Mắt tỉnh Hà Tĩnh",
        "Tỉnh đầu tư 500 tỷ đồng xây bệnh viện mới.",
    ])
    func vietnamese(_ text: String) {
        #expect(Language.detect(text.unicodeScalars) == .vi)
        #expect(Language.detect(text.decomposedStringWithCanonicalMapping.unicodeScalars) == .vi)
    }

    @Test("English full of Vietnamese names is English", arguments: [
        "Minh An Medical JSC is putting VNĐ420 billion into a clinic in Gò Vấp District.",
        "Bac Giang health sector improves service quality",
        "",
    ])
    func english(_ text: String) {
        #expect(Language.detect(text.unicodeScalars) == .en)
    }

    @Test("The language is detected per article, not taken from the file name")
    func perArticle() {
        let page = """
        Bệnh viện tỉnh khánh thành khu điều trị mới

        Bệnh viện Đa khoa tỉnh Thái Bình vừa đưa vào sử dụng khu điều trị với 200 giường bệnh.

        Thai Binh opens stroke unit
        (TBO) - The Thai Binh General Hospital opened a stroke unit with 40 beds on Monday.
        """
        let doc = Document(path: "en_story.txt", text: page)
        #expect(doc.articles.map(\.language) == [.vi, .en])
        #expect(facts(page, path: "en_story.txt").map(\.language) == [.vi, .en])
    }
}
