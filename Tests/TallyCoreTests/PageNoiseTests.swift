import Foundation
import Testing
@testable import TallyCore

/// Page furniture: recognised by general rules, kept in the model where it
/// means something, and kept out of the facts. The pages are made up.
@Suite("Page noise")
struct PageNoiseTests {
    /// A stored English news page with every kind of furniture.
    static let englishPage = """
    Today: 14/05/2022 09:12:44 (GMT+7)

    Ninh Binh hospitals expand capacity

    (NBO) - The Ninh Binh General Hospital has put a new surgery block with 320 beds into use, with a total investment of 450 billion VND.

    Expanding capacity

    The hospital also opened 6 training courses for nurses from district health centres.

    Ninh Binh province, hospitals, capacity, surgery block, 320 beds, training

    The new 320-bed surgery block of the Ninh Binh General Hospital

    Thai Binh opens stroke unit
    (TBO) - The Thai Binh General Hospital opened a stroke unit with 40 beds on Monday.
    Lang Son trains village health workers
    (LSO) - The Lang Son Department of Health held 12 training courses for village health workers this year.

    Tran Lan

    Ninh Binh province, hospitals, capacity, surgery block, 320 beds, training
    New comment has just been added. Click here
    Sort:NewBest News
    """

    static var document: Document { Document(path: "en-page.txt", text: englishPage) }

    func kind(of text: String, in doc: Document) -> Paragraph.Kind? {
        doc.paragraphs.first { $0.text.hasPrefix(text) }?.kind
    }

    @Test("The capture-date line is the article's date, not a fact")
    func captureDate() {
        let doc = Self.document
        #expect(kind(of: "Today:", in: doc) == .captureDate)
        #expect(doc.articles[0].date == Article.Day(year: 2022, month: 5, day: 14))
        #expect(!facts(Self.englishPage).contains { $0.value == 2022 || $0.value == 14 })
    }

    @Test("The keyword line is recognised and its figures are not facts")
    func keywordLine() {
        let doc = Self.document
        #expect(doc.paragraphs.filter { $0.kind == .keywords }.count == 2)
        let keywordParagraphs = Set(doc.paragraphs.filter { $0.kind == .keywords }.map(\.index))
        #expect(!facts(Self.englishPage).contains { keywordParagraphs.contains($0.provenance.paragraph) })
    }

    @Test("Title, lede and section heading are in the model")
    func titleLedeHeading() {
        let main = Self.document.articles[0]
        #expect(main.title == "Ninh Binh hospitals expand capacity")
        #expect(main.lede?.hasPrefix("(NBO) - The Ninh Binh General Hospital") == true)
        #expect(main.sections.contains { $0.heading == "Expanding capacity" })
        #expect(main.language == .en)
    }

    @Test("A photo caption restating a body figure points at the body mention")
    func captionRepeat() {
        let all = facts(Self.englishPage)
        let caption = all.first { $0.provenance.text == "320-bed" }
        let body = all.firstIndex { $0.provenance.text == "320 beds" && $0.provenance.paragraph == 2 }
        #expect(Self.document.articles[0].captions.contains { $0.contains("320-bed") })
        #expect(body != nil)
        #expect(caption?.repeatOf == body)
    }

    @Test("Related-article teasers are separate articles with their own title and lede")
    func teasersAreArticles() {
        let doc = Self.document
        #expect(doc.articles.count == 3)
        #expect(doc.articles[1].title == "Thai Binh opens stroke unit")
        #expect(doc.articles[2].lede?.hasPrefix("(LSO) -") == true)
        let stroke = facts(Self.englishPage).first { $0.value == 40 }
        #expect(stroke?.provenance.article == 1)
        #expect(stroke?.provenance.articleTitle == "Thai Binh opens stroke unit")
        #expect(stroke?.repeatOf == nil)
        #expect(stroke?.subject == "The Thai Binh General Hospital")
    }

    @Test("Titles under a related-news header are related articles, not the main story")
    func relatedList() {
        let page = """
        Bệnh viện huyện khánh thành khu điều trị mới

        Bệnh viện Đa khoa huyện Yên Thế vừa khánh thành khu điều trị với 120 giường bệnh.

        Tin liên quan
        Lạng Sơn: Đưa vào sử dụng 300 giường bệnh dã chiến
        Bệnh viện tỉnh tiếp nhận 8 máy thở
        """
        let doc = Document(path: "vi-related-list.txt", text: page)
        #expect(doc.articles.map(\.title) == ["Bệnh viện huyện khánh thành khu điều trị mới",
                                              "Lạng Sơn: Đưa vào sử dụng 300 giường bệnh dã chiến",
                                              "Bệnh viện tỉnh tiếp nhận 8 máy thở"])
        let beds = facts(page).filter { $0.category == "beds" }
        #expect(beds.map(\.provenance.article) == [0, 1])
        #expect(beds.allSatisfy { $0.repeatOf == nil })
    }

    @Test("A tagged lede that ends its sentence under a related header is a related story, not the main story's body")
    func taggedLedesInRelatedList() {
        let page = """
        Bệnh viện Đa khoa tỉnh Hậu Giang tập huấn cho tuyến xã

        (HGO) - Bệnh viện Đa khoa tỉnh Hậu Giang vừa mở 5 lớp tập huấn cho 90 nhân viên y tế xã.

        Các lớp tập trung vào sơ cứu và chăm sóc bà mẹ.

        Tin khác
        (HGO) - Trung tâm Y tế huyện Long Mỹ đưa vào sử dụng khu điều trị 60 giường với kinh phí 18 tỷ đồng.
        (HGO) - Toàn tỉnh có 96% trẻ em được tiêm chủng đầy đủ.
        """
        let doc = Document(path: "vi-related-ledes.txt", text: page)
        #expect(doc.articles.map(\.lede) == [
            "(HGO) - Bệnh viện Đa khoa tỉnh Hậu Giang vừa mở 5 lớp tập huấn cho 90 nhân viên y tế xã.",
            "(HGO) - Trung tâm Y tế huyện Long Mỹ đưa vào sử dụng khu điều trị 60 giường với kinh phí 18 tỷ đồng.",
            "(HGO) - Toàn tỉnh có 96% trẻ em được tiêm chủng đầy đủ.",
        ])
        #expect(facts(page).map { "\($0.provenance.text) \($0.provenance.article) \($0.facility?.key ?? "-")" }
                == ["5 lớp tập huấn 0 hau-giang/provincial/general-hospital", "90 nhân viên y tế 0 hau-giang/provincial/general-hospital",
                    "60 giường 1 hau-giang/long-my/district/medical-centre", "18 tỷ đồng 1 hau-giang/long-my/district/medical-centre"])
    }

    @Test("Tagged teaser lines one under the other are one related story each, each in its own province")
    func taggedTeaserLines() {
        let page = """
        Bệnh viện Đa khoa tỉnh Bạc Liêu khánh thành khoa mới

        Bệnh viện Đa khoa tỉnh Bạc Liêu vừa khánh thành khoa Nhi với 80 giường bệnh.

        Tin khác:
        (BBL) - Trung tâm Y tế huyện Hồng Dân đưa vào sử dụng khu điều trị 40 giường mới
        (STO) - Sóc Trăng: Bệnh viện Chuyên khoa Sản Nhi Sóc Trăng đầu tư 30 tỷ đồng cho khoa sơ sinh
        Xem thêm »
        """
        let doc = Document(path: "vi-tagged-teasers.txt", text: page)
        #expect(doc.articles.map(\.title) == ["Bệnh viện Đa khoa tỉnh Bạc Liêu khánh thành khoa mới",
                                              "(BBL) - Trung tâm Y tế huyện Hồng Dân đưa vào sử dụng khu điều trị 40 giường mới",
                                              "(STO) - Sóc Trăng: Bệnh viện Chuyên khoa Sản Nhi Sóc Trăng đầu tư 30 tỷ đồng cho khoa sơ sinh"])
        #expect(facts(page).map { "\($0.provenance.text) \($0.provenance.article) \($0.province ?? "-")" }
                == ["80 giường bệnh 0 Bac Lieu", "40 giường 1 Bac Lieu", "30 tỷ đồng 2 Soc Trang"])
    }

    @Test("A store's capture prefix before the site's name and a menu line are page chrome: the headline is the title")
    func capturePrefixAndMenu() {
        let page = """
         date 2024-11-05 Cổng thông tin điện tử Sở Y tế tỉnh Hà Nam

        Trang chủ | Giới thiệu | Tin tức | Liên hệ

        Ngành Y tế Hà Nam tổng kết năm 2024

        Năm 2024, Bệnh viện Đa khoa tỉnh Hà Nam có 700 giường bệnh.

        Trong năm, đã mở 30 lớp đào tạo cho 900 lượt cán bộ.
        """
        let doc = Document(path: "vi-capture-prefix.txt", text: page)
        #expect(doc.paragraphs.map(\.kind) == [.captureDate, .widget, .title, .body, .body])
        #expect(doc.articles[0].date == Article.Day(year: 2024, month: 11, day: 5))
        // The title opens with the sector, so the courses are the province's.
        #expect(facts(page).map { "\($0.provenance.text) \($0.facility?.key ?? "-") \($0.province ?? "-")" }
                == ["700 giường bệnh ha-nam/provincial/general-hospital Ha Nam", "30 lớp đào tạo - Ha Nam", "900 lượt cán bộ - Ha Nam"])
    }

    @Test("A store's capture prefix before a sentence of the story leaves the sentence in the story")
    func capturePrefixBeforeSentence() {
        let page = " date 2024-11-05 Sáng 4/11, Bệnh viện Đa khoa tỉnh Hà Nam đưa vào sử dụng 120 giường bệnh mới.\n"
        let doc = Document(path: "vi-capture-prefix-sentence.txt", text: page)
        #expect(doc.paragraphs.map(\.kind) != [.captureDate])
        #expect(facts(page).map(\.provenance.text) == ["120 giường bệnh"])
    }

    @Test("The byline is the main story's, not a teaser title, and carries no fact")
    func byline() {
        let doc = Self.document
        #expect(kind(of: "Tran Lan", in: doc) == .byline)
        #expect(doc.articles[0].byline == "Tran Lan")
    }

    @Test("Comment widgets are page chrome")
    func commentWidgets() {
        let doc = Self.document
        #expect(kind(of: "New comment has just been added", in: doc) == .widget)
        #expect(kind(of: "Sort:NewBest News", in: doc) == .widget)
    }

    @Test("A teaser ending in Read more and then repeated in full is counted once")
    func readMoreCountedOnce() {
        let page = """
        Ha Giang General Hospital adds beds

        The Ha Giang General Hospital has added 150 beds for people in remote districts. Read more

        The Ha Giang General Hospital has added 150 beds for people in remote districts. It also trained 30 doctors in endoscopy.
        """
        let all = facts(page)
        let beds = all.filter { $0.category == "beds" }
        #expect(beds.count == 2)
        #expect(beds.filter { $0.repeatOf == nil }.count == 1)
        #expect(beds.first { $0.repeatOf == nil }?.provenance.paragraph == 2)
        let total = counted(page).filter { $0.category == "beds" }.compactMap(\.value).reduce(0, +)
        #expect(total == 150)
    }

    @Test("A headline restating a body figure points at the body, even though it comes first")
    func headlineRepeat() {
        let page = """
        Hai Phong spends over 2,000 billion VND on two hospitals

        Hai Phong spends over 2,000 billion VND on two hospitals

        The Hai Phong city has approved a total investment of over 2,000 billion VND for two new hospitals.
        """
        let all = facts(page)
        let money = all.filter { $0.unit == "VND" }
        #expect(money.count == 3)
        let original = money.filter { $0.repeatOf == nil }
        #expect(original.count == 1)
        #expect(original.first?.provenance.paragraph == 2)
    }

    @Test("A hedged headline figure that rounds a body figure restates it")
    func roundedHeadline() {
        let page = """
        Đà Nẵng chi gần 2.000 tỷ đồng xây bệnh viện ung bướu

        (ĐNO) - UBND thành phố Đà Nẵng vừa phê duyệt dự án Bệnh viện Ung bướu với tổng mức đầu tư 1.987 tỷ đồng.
        """
        let money = facts(page).filter { $0.unit == "VND" }
        #expect(money.count == 2)
        #expect(money.first?.repeatOf == 1)
        #expect(money.last?.repeatOf == nil)
    }

    @Test("A paragraph printed twice counts once, figure by figure")
    func duplicatedParagraph() {
        let line = "Sở Y tế khởi công xây dựng Trung tâm Y tế huyện Định Quán với tổng vốn đầu tư hơn 60 tỷ đồng, trong đó chi phí xây lắp hơn 25,5 tỷ đồng."
        let all = facts(line + "\n" + line + "\n")
        #expect(all.count == 4)
        #expect(all[2].repeatOf == 0)
        #expect(all[3].repeatOf == 1)
    }

    /// The same Vietnamese page in NFC, in NFD, and with a BOM and CRLF.
    static let vietnamesePage = """
    Bệnh viện Đa khoa tỉnh Quảng Nam khánh thành khu điều trị mới

    Sáng 3-6, Bệnh viện Đa khoa tỉnh Quảng Nam khánh thành khu điều trị nội trú với 250 giường bệnh, tổng vốn đầu tư 180 tỷ đồng.

    Trung tâm Y tế huyện Đông Giang đã mở 5 lớp tập huấn cho 120 học viên.
    """

    func signature(_ facts: [Fact]) -> [String] {
        facts.map {
            let subject = ($0.subject ?? "").precomposedStringWithCanonicalMapping
            return "\($0.category)|\($0.value.map { "\($0)" } ?? "")|\($0.unit)|\(subject)|\($0.qualifiers)"
        }
    }

    func checkSpans(_ facts: [Fact], in text: String) {
        let scalars = Array(text.unicodeScalars)
        for f in facts {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[f.provenance.span])
            #expect(String(view) == f.provenance.text)
            // Sentences and subjects are as written, in the file's own
            // normalisation form: compare scalars, not characters.
            #expect(text.range(of: f.provenance.sentence, options: .literal) != nil)
            if let subject = f.subject { #expect(text.range(of: subject, options: .literal) != nil) }
        }
    }

    @Test("NFD input gives the same facts as NFC, with spans into the original text")
    func decomposedText() {
        let nfd = Self.vietnamesePage.decomposedStringWithCanonicalMapping
        #expect(nfd.unicodeScalars.count > Self.vietnamesePage.unicodeScalars.count)
        let a = facts(Self.vietnamesePage)
        let b = facts(nfd)
        #expect(a.count == 4)
        #expect(signature(a) == signature(b))
        #expect(b.allSatisfy { $0.language == .vi })
        checkSpans(b, in: nfd)
    }

    @Test("A file's bytes keep their BOM, so spans count it as Python does")
    func bytesKeepTheBOM() {
        let text = "\u{FEFF}Bệnh viện huyện có 120 giường bệnh.\r\n"
        let doc = Document(path: "vi-bom.txt", utf8: Array(text.utf8))
        let fact = FactExtractor().extract(doc).first
        let scalars = Array(text.unicodeScalars)
        // The BOM is scalar 0, so "120" starts at 20 (Python: text.index("120")).
        #expect(fact?.provenance.span.lowerBound == 20)
        #expect(fact.map { f in String(String.UnicodeScalarView(scalars[f.provenance.span])) } == "120 giường bệnh")
    }

    @Test("A UTF-8 BOM and CRLF line ends change nothing but the offsets")
    func bomAndCRLF() {
        let windows = "\u{FEFF}" + Self.vietnamesePage.replacingOccurrences(of: "\n", with: "\r\n")
        let a = facts(Self.vietnamesePage)
        let b = facts(windows)
        #expect(signature(a) == signature(b))
        #expect(b.map(\.provenance.paragraph) == a.map(\.provenance.paragraph))
        checkSpans(b, in: windows)
        let scalars = Array(windows.unicodeScalars)
        for p in Document(path: "x", text: windows).paragraphs {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[p.span])
            #expect(String(view) == p.text)
        }
        #expect(Document(path: "x", text: windows).articles[0].title == Document(path: "x", text: Self.vietnamesePage).articles[0].title)
    }
}
