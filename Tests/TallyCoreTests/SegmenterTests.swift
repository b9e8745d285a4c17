import Foundation
import Testing
@testable import TallyCore

/// Lines of page furniture, each named for the rule that recognises it.
/// The lines are made up in the style of stored news pages.
@Suite("Segmenter rules")
struct SegmenterTests {
    @Test("Capture and publication date lines give the article's date", arguments: [
        ("Today: 03/11/2021 08:15:10 (GMT+7)", Article.Day(year: 2021, month: 11, day: 3)),
        ("Thứ Hai, 12/06/2023 08:30 (GMT+7)", Article.Day(year: 2023, month: 6, day: 12)),
        ("August 2, 2019 - 09:45", Article.Day(year: 2019, month: 8, day: 2)),
        ("HEALTH NEWS Updated at 07:05:12 10/25/2022 (Views: 88 )", Article.Day(year: 2022, month: 10, day: 25)),
    ])
    func captureDates(_ line: String, _ day: Article.Day) {
        #expect(NoiseRules.captureDate(line) == day)
    }

    @Test("A sentence that mentions a date and a time is body text")
    func sentenceWithDateIsBody() {
        #expect(NoiseRules.captureDate("At 08:30 on 12/05/2021, the Lang Son General Hospital opened a new ward with 40 beds.") == nil)
    }

    @Test("Bylines: a short capitalised name or a By credit", arguments: [
        "Minh Thu", "NGUYỄN VĂN AN", "By Hoang Lan - Translated by Mai Anh",
    ])
    func bylines(_ line: String) {
        #expect(NoiseRules.isByline(line))
    }

    @Test("A list in prose is not a keyword line")
    func proseListIsNotKeywords() {
        #expect(!NoiseRules.isKeywordLine("Doctors, nurses, volunteers, and local officials join the campaign"))
        #expect(NoiseRules.isKeywordLine("Lao Cai, hospital, beds, investment, health sector"))
    }

    @Test("A row of sharing buttons is page chrome", arguments: ["Share   Print", "Chia sẻ  Bình luận  In bài viết"])
    func shareButtons(_ line: String) {
        #expect(NoiseRules.isWidget(line))
        #expect(!NoiseRules.isWidget("Hospitals share experience in stroke care"))
    }

    @Test("A stored image or link line is page chrome")
    func markdownImageIsWidget() {
        #expect(NoiseRules.isWidget("![[Video] Bệnh viện mới 12 tầng](/file/abc123/img_2024_0112.jpg?width=400)"))
    }

    @Test("A credit with a dash is not a lede; an agency tag with a sentence is")
    func ledeNeedsASentence() {
        #expect(!NoiseRules.isLede("Hoài Thu - Minh Quân (Báo Quảng Ninh), icon"))
        #expect(NoiseRules.isLede("(QNO) - Sáng 5-8, Bệnh viện Đa khoa tỉnh khánh thành khu điều trị mới với 200 giường."))
    }

    @Test("Agency tags in many forms open a lede", arguments: [
        "(Baonghean.vn) - Ngày 20/8, Bệnh viện Ung bướu tỉnh gắn biển khu điều trị mới với 300 giường bệnh.",
        "VTV.vn - Sáng 25/7, tỉnh đã khánh thành bệnh viện sản nhi với quy mô 350 giường bệnh.",
        "Hanoi (VNA) – The capital will build two new hospitals with a total of 2,000 beds by 2027.",
    ])
    func agencyTags(_ line: String) {
        #expect(NoiseRules.isLede(line))
    }

    @Test("A dash inside a later body sentence does not open a related article")
    func dashInBody() {
        let page = """
        Bệnh viện tỉnh mở rộng khu điều trị

        (BNO) - Bệnh viện Đa khoa tỉnh Bắc Ninh vừa đưa vào sử dụng khu điều trị mới với 200 giường bệnh.

        Bà Lan - giám đốc bệnh viện - cho biết năm nay bệnh viện sẽ đào tạo thêm 40 bác sĩ.
        """
        let doc = Document(path: "vi-dash-in-body.txt", text: page)
        #expect(doc.articles.count == 1)
        #expect(facts(page).allSatisfy { $0.provenance.article == 0 })
    }

    @Test("A sign-off after the last full stop still ends a sentence")
    func signOff() {
        #expect(NoiseRules.endsSentence("The clinic has two branches in the province. — VNS"))
        #expect(!NoiseRules.endsSentence("Hospitals in the province — an overview"))
    }

    @Test("A page that opens with its description still finds its title, date, caption and byline")
    func descriptionFirst() {
        let page = """
        A training class for young doctors opened at the Hue Medical University on Monday.

        Young doctors start training for remote districts

        May 8, 2023 - 10:15

        A young doctor examines a child in a mountain commune. — VNA/VNS Photo Thanh Ha
        Viet Nam News

        HUE — A training class for young doctors opened at the Hue Medical University on Monday, with 36 doctors in training.
        """
        let doc = Document(path: "en-description-first.txt", text: page)
        #expect(doc.articles.count == 1)
        let main = doc.articles[0]
        #expect(main.title == "Young doctors start training for remote districts")
        #expect(main.date == Article.Day(year: 2023, month: 5, day: 8))
        #expect(main.captions.count == 1)
        #expect(main.byline == "Viet Nam News")
        #expect(main.lede?.hasPrefix("HUE —") == true)
    }

    @Test("A lead paragraph stored twice stays in the main story and counts once")
    func duplicatedLede() {
        let lede = "(QNO) - Sở Y tế khởi công xây dựng Trung tâm Y tế huyện Núi Thành với tổng vốn hơn 80 tỷ đồng."
        let doc = Document(path: "vi-duplicated-lede.txt", text: lede + "\n" + lede + "\nTrung tâm có 150 giường bệnh.\n")
        #expect(doc.articles.count == 1)
        let money = facts(lede + "\n" + lede + "\n").filter { $0.unit == "VND" }
        #expect(money.map(\.repeatOf) == [nil, 0])
    }

    @Test("The line after an image file is its caption")
    func captionAfterImage() {
        let page = """
        Khởi công bệnh viện đa khoa khu vực mới

        UBND tỉnh tổ chức lễ khởi công bệnh viện đa khoa khu vực với quy mô 300 giường.

        a8Fk2.jpgPhóng to
        Phối cảnh bệnh viện đa khoa khu vực sau khi hoàn thành
        """
        let doc = Document(path: "vi-image-caption.txt", text: page)
        #expect(doc.articles[0].captions == ["Phối cảnh bệnh viện đa khoa khu vực sau khi hoàn thành"])
    }
}
