import Foundation
import Testing
@testable import TallyCore

/// Whose figure it is and when: found by sentence structure and the
/// language's tables, never by a list of known names.
@Suite("Subjects and periods")
struct SubjectAndPeriodTests {
    struct Row: CustomTestStringConvertible, Sendable {
        var id: String
        var text: String
        /// The mention whose owner is checked.
        var mention: String
        var subject: String?
        var testDescription: String { id }
    }

    static let subjects: [Row] = [
        Row(id: "en: a project owns its figures",
            text: "The project has trained 140 midwives for mountain communes.",
            mention: "140 midwives", subject: "The project"),
        Row(id: "en: a company owns its investment",
            text: "Minh Tam Healthcare will invest VND 700 billion in a new clinic.",
            mention: "VND 700 billion", subject: "Minh Tam Healthcare"),
        Row(id: "vi: a corporation owns its investment",
            text: "Tập đoàn Y khoa Hồng Phát rót 900 tỷ đồng xây bệnh viện.",
            mention: "900 tỷ đồng", subject: "Tập đoàn Y khoa Hồng Phát"),
        Row(id: "en: the sentence's subject owns a figure named later, not a department in passing",
            text: "The Hoa Binh General Hospital is building a surgery block with 320 beds and a wing for the department of oncology, with a total investment of 450 billion VND.",
            mention: "450 billion VND", subject: "The Hoa Binh General Hospital"),
        Row(id: "en: an adjectival figure belongs to the body it qualifies",
            text: "The province plans a 600-bed provincial Children's Hospital.",
            mention: "600-bed", subject: "provincial Children's Hospital"),
        Row(id: "en: the hospital resolves to the hospital named before in the paragraph",
            text: "The Dong Thap Lung Hospital was founded long ago. The hospital now has 180 beds.",
            mention: "180 beds", subject: "The Dong Thap Lung Hospital"),
        Row(id: "vi: the hospital stands for the full name, not the headline's short form",
            text: "Bệnh viện Nhi tiếp nhận máy mới\n\nSáng 3/4, Bệnh viện Nhi Thanh Hóa khánh thành khu điều trị.\n\nHiện nay, bệnh viện có 650 giường bệnh.",
            mention: "650 giường bệnh", subject: "Bệnh viện Nhi Thanh Hóa"),
        Row(id: "en: a partner after a preposition does not own the figure",
            text: "The Ben Tre Medical Center has signed an agreement with Cho Ray Hospital to hold 8 training courses.",
            mention: "8 training courses", subject: "The Ben Tre Medical Center"),
        Row(id: "en: the province is kept as written",
            text: "The northern province of Lai Chau reported progress. Each year, the province sends 40 doctors to postgraduate training.",
            mention: "40 doctors", subject: "the province"),
        Row(id: "en: a dateline is not a subject",
            text: "DA NANG — The Da Nang Oncology Hospital is spending VND900 billion to build a new block.",
            mention: "VND900 billion", subject: "The Da Nang Oncology Hospital"),
        Row(id: "vi: a Vietnamese name grows rightwards from its head",
            text: "Năm 2023, Bệnh viện Đa khoa tỉnh Bắc Kạn đã mở 14 lớp đào tạo cho cán bộ y tế cơ sở.",
            mention: "14 lớp đào tạo", subject: "Bệnh viện Đa khoa tỉnh Bắc Kạn"),
        Row(id: "vi: a district health centre is a subject",
            text: "Trung tâm Y tế huyện Đông Giang có 120 giường bệnh.",
            mention: "120 giường bệnh", subject: "Trung tâm Y tế huyện Đông Giang"),
        Row(id: "vi: a hyphen joins the two parts of a name",
            text: "Bệnh viện Sản - Nhi Hưng Yên có quy mô 400 giường.",
            mention: "400 giường", subject: "Bệnh viện Sản - Nhi Hưng Yên"),
        Row(id: "vi: a project named after a hospital keeps the hospital's whole name",
            text: "Dự án Bệnh viện Phục hồi chức năng Nam Định có quy mô 150 giường.",
            mention: "150 giường", subject: "Dự án Bệnh viện Phục hồi chức năng Nam Định"),
        Row(id: "vi: each list item has its own owner",
            text: "Bệnh viện Đa khoa tỉnh đăng ký 7 khóa đào tạo, Trung tâm Y tế huyện Tứ Kỳ 4 khóa và Trung tâm Y tế huyện Ninh Giang 3 khóa.",
            mention: "3 khóa", subject: "Trung tâm Y tế huyện Ninh Giang"),
        Row(id: "vi: a sentence with no name borrows the previous sentence's owner",
            text: "Sở Y tế khởi công Trung tâm Y tế huyện Vĩnh Cửu. Công trình có tổng vốn đầu tư hơn 70 tỷ đồng.",
            mention: "70 tỷ đồng", subject: "Trung tâm Y tế huyện Vĩnh Cửu"),
        Row(id: "en: a hospital's number belongs to its name",
            text: "Military Hospital 175 has 1,200 beds.",
            mention: "1,200 beds", subject: "Military Hospital 175"),
        Row(id: "vi: a hospital's number belongs to its name",
            text: "Bệnh viện Quân y 103 có 600 giường bệnh.",
            mention: "600 giường bệnh", subject: "Bệnh viện Quân y 103"),
        Row(id: "vi: a hospital named by a letter is a subject",
            text: "Bệnh viện E đã đào tạo 40 bác sĩ cho các tỉnh.",
            mention: "40 bác sĩ", subject: "Bệnh viện E"),
        Row(id: "en: no name anywhere gives no subject",
            text: "Some 30 billion VND was disbursed for new equipment.",
            mention: "30 billion VND", subject: nil),
    ]

    @Test(arguments: subjects)
    func ownerOfTheFigure(_ row: Row) {
        let fact = facts(row.text).first { $0.provenance.text == row.mention }
        #expect(fact != nil, "no fact \(row.mention)")
        #expect(fact?.subject == row.subject)
    }

    struct PeriodRow: CustomTestStringConvertible, Sendable {
        var id: String
        var text: String
        var mention: String
        var period: String?
        var testDescription: String { id }
    }

    static let periods: [PeriodRow] = [
        PeriodRow(id: "vi: giai đoạn 2021-2025 is a range of years",
                  text: "Trong giai đoạn 2021-2025, tỉnh sẽ đầu tư 800 tỷ đồng cho y tế cơ sở.",
                  mention: "800 tỷ đồng", period: "2021-2025"),
        PeriodRow(id: "en: 2016-20 is the range 2016-2020",
                  text: "In the 2016-20 period, the Can Tho city invested VND 9 trillion in hospitals.",
                  mention: "VND 9 trillion", period: "2016-2020"),
        PeriodRow(id: "vi: năm 2018 is a year",
                  text: "Trong năm 2018, Bệnh viện Đa khoa tỉnh Phú Thọ đã đào tạo 75 bác sĩ.",
                  mention: "75 bác sĩ", period: "2018"),
        PeriodRow(id: "en: in 2022 is a year",
                  text: "The Kon Tum General Hospital added 150 beds in 2022.",
                  mention: "150 beds", period: "2022"),
        PeriodRow(id: "en: the first 6 months of 2024 is a phrase as written",
                  text: "In the first 6 months of 2024, the sector organised 14 training courses.",
                  mention: "14 training courses", period: "the first 6 months of 2024"),
        PeriodRow(id: "en: since 2019 is an open period as written",
                  text: "The Ha Tinh General Hospital has trained 95 midwives since 2019.",
                  mention: "95 midwives", period: "since 2019"),
        PeriodRow(id: "vi: từ năm 2020 before work done is an open period as written",
                  text: "Từ năm 2020, Trung tâm Y tế huyện Hương Khê đã đào tạo 48 bác sĩ.",
                  mention: "48 bác sĩ", period: "Từ năm 2020"),
        PeriodRow(id: "vi: từ năm 2027 in a plan is only the start year",
                  text: "Bệnh viện Đa khoa huyện Mê Linh dự kiến đưa 200 giường bệnh vào sử dụng từ năm 2027.",
                  mention: "200 giường bệnh", period: "2027"),
        PeriodRow(id: "vi: a part of a year before it, opened by 'từ', is a period as written",
                  text: "Từ cuối năm 2021, Bệnh viện Đa khoa tỉnh Hà Nam đã đào tạo 40 điều dưỡng.",
                  mention: "40 điều dưỡng", period: "Từ cuối năm 2021"),
        PeriodRow(id: "en: 'since early 2023' is a period as written, not the year",
                  text: "Since early 2023 the provincial hospital has trained 35 nurses in intensive care.",
                  mention: "35 nurses", period: "Since early 2023"),
        PeriodRow(id: "en: the first half of this year is a part of a year as written",
                  text: "In the first half of this year, the Lang Son Department of Health ran 22 training courses.",
                  mention: "22 training courses", period: "the first half of this year"),
        PeriodRow(id: "en: the third quarter of 2026 is a part of a year as written",
                  text: "The Ben Tre Heart Hospital expects its 450 beds to be ready in the third quarter of 2026.",
                  mention: "450 beds", period: "the third quarter of 2026"),
        PeriodRow(id: "vi: 9 tháng đầu năm 2024 is a period with no lead",
                  text: "9 tháng đầu năm 2024, Bệnh viện Đa khoa tỉnh Yên Bái đã tổ chức 16 lớp tập huấn.",
                  mention: "16 lớp tập huấn", period: "9 tháng đầu năm 2024"),
        PeriodRow(id: "vi: 6 tháng đầu năm nay takes its year word and leaves the preposition out",
                  text: "Trong 6 tháng đầu năm nay, Sở Y tế đã mở 11 lớp bồi dưỡng.",
                  mention: "11 lớp bồi dưỡng", period: "6 tháng đầu năm nay"),
        PeriodRow(id: "vi: những năm qua is recent years, not last year",
                  text: "Những năm qua, Bệnh viện Phụ sản Trung ương đã đào tạo 900 lượt bác sĩ sản khoa.",
                  mention: "900 lượt bác sĩ", period: "Những năm qua"),
        PeriodRow(id: "vi: quý III/2026 is a quarter as written",
                  text: "Bệnh viện Đa khoa tỉnh Bình Phước dự kiến đưa 350 giường vào sử dụng trong quý III/2026.",
                  mention: "350 giường", period: "quý III/2026"),
        PeriodRow(id: "en: each year is a phrase as written",
                  text: "Each year, the Hue Central Hospital trains 300 doctors from other provinces.",
                  mention: "300 doctors", period: "Each year"),
        PeriodRow(id: "en: a year in another clause is not the figure's",
                  text: "The district counts 25 hospital beds per 10,000 people, and it aims to reach 30 by 2030.",
                  mention: "25 hospital beds per 10,000 people", period: nil),
        PeriodRow(id: "en: a figure of what exists now takes no year from another part",
                  text: "Founded in 1968 with only 80 beds, the Nam Dinh General Hospital now has 950 beds.",
                  mention: "950 beds", period: nil),
        PeriodRow(id: "en: a date is not a period",
                  text: "On 20/09/2020, the Bac Ninh General Hospital opened 60 beds.",
                  mention: "60 beds", period: nil),
        PeriodRow(id: "en: a following sentence that restates the plan lends its year",
                  text: "The Lao Cai General Hospital is building a block with 240 beds. They are expected to be put into use in 2026.",
                  mention: "240 beds", period: "2026"),
    ]

    @Test(arguments: periods)
    func periodOfTheFigure(_ row: PeriodRow) {
        let fact = facts(row.text).first { $0.provenance.text == row.mention }
        #expect(fact != nil, "no fact \(row.mention)")
        #expect(fact?.period == row.period)
    }

    @Test("They are expected to … makes the figures of the sentence before planned")
    func anaphoraCarriesPlan() {
        let found = facts("The Lao Cai General Hospital is adding a block with 240 beds. They are expected to be put into use in 2026.")
        #expect(found.first?.qualifiers == [.planned])
    }

    @Test("A plan sentence about something else counted does not make the sentence before planned")
    func anaphoraCountingOtherThings() {
        let found = facts("Since 2021 the Thai Nguyen General Hospital has trained 260 doctors. The hospital will also welcome 9 Korean experts next year.")
        let doctors = found.first { $0.value == 260 }
        #expect(doctors?.category == "training")
        #expect(doctors?.qualifiers == [])
    }

    @Test("A sentence that opens with It but has figures of its own restates nothing")
    func anaphoraNeedsNoFigures() {
        let found = facts("The province employs 3,900 medical workers. It has 11 doctors per 10,000 people and aims to reach 14 by 2030.")
        #expect(found.first?.qualifiers == [])
        #expect(found.first?.period == nil)
    }

    @Test("New values for the figures before: lift these figures to 14 and 35")
    func targetsRestateFigures() {
        let found = facts("The district counts 12.5 doctors and 30.2 hospital beds per 10,000 people, and wants to lift these figures to 14 and 35 by 2030.")
        let beds = found.filter { $0.category == "beds" }
        #expect(beds.map(\.value) == [30.2, 35])
        #expect(beds.last?.unit == "beds per 10,000 people")
        #expect(beds.last?.qualifiers == [.planned])
        #expect(beds.last?.period == "2030")
        #expect(beds.last?.provenance.text == "35")
        #expect(beds.first?.qualifiers == [])
    }

    @Test("A plan word in another clause does not make current figures planned")
    func planStaysInItsClause() {
        let found = facts("The district counts 11 doctors and 29.5 hospital beds per 10,000 people, and plans to raise them by 2030.")
        let beds = found.first { $0.category == "beds" }
        #expect(beds?.qualifiers == [])
    }

    @Test("A purpose (to build) makes planned only what follows it")
    func purposeReachesForward() {
        let found = facts("Hoan My Group is spending VND640 billion to build a 300-bed hospital in Thu Duc.")
        #expect(found.first { $0.unit == "VND" }?.qualifiers == [])
        #expect(found.first { $0.unit == "beds" }?.qualifiers == [.planned])
    }

    @Test("A lede that only repeats the headline lets the next paragraph say the story is planned")
    func headlineLede() {
        let page = """
        Tin nóng

        Vietstock - Cần Thơ chi hơn 2.000 tỷ xây 2 bệnh viện

        Hai bệnh viện đều có quy mô 600 giường, dự kiến hoạt động từ năm 2026.

        Các hạng mục phục vụ cho quy mô 900 giường.
        """
        #expect(facts(page).first { $0.value == 900 }?.qualifiers == [.planned])
    }

    @Test("A finished building is not planned because its history mentions the groundbreaking")
    func finishedBuilding() {
        let page = """
        Bệnh viện tỉnh gắn biển khu điều trị mới

        Ngày 5/9, Bệnh viện Đa khoa tỉnh Thanh Hóa gắn biển khu điều trị nội trú 450 giường bệnh.

        Công trình được khởi công từ tháng 3/2021, có 9 tầng.
        """
        #expect(facts(page).first { $0.value == 450 && $0.repeatOf == nil }?.qualifiers == [])
    }

    @Test("A groundbreaking story makes its beds and money planned, but not what exists now")
    func groundbreakingStory() {
        let page = """
        Groundbreaking of the Yen Bai Obstetrics Hospital

        The Yen Bai province on Monday broke ground on an obstetrics hospital with 300 beds and a total investment of 520 billion VND.

        The province currently has 2,400 hospital beds, and it spent 90 billion VND on clinics last year.
        """
        let found = facts(page)
        #expect(found.first { $0.value == 300 }?.qualifiers == [.planned])
        #expect(found.first { $0.value == 520_000_000_000 }?.qualifiers == [.planned])
        #expect(found.first { $0.value == 2400 }?.qualifiers == [])
        #expect(found.first { $0.value == 90_000_000_000 }?.qualifiers == [])
    }

    struct StoryRow: CustomTestStringConvertible, Sendable {
        var id: String
        var page: String
        /// Every fact of the page: its mention and its qualifiers.
        var facts: [String: [Qualifier]]
        var testDescription: String { id }
    }

    /// A headline or lead that presents a project, its construction or its
    /// progress makes the story's beds and money planned; what the story
    /// says exists now, or was finished, stays as it is.
    static let storyFrames: [StoryRow] = [
        StoryRow(id: "en: construction began in the lead",
                 page: "Work commences on Ninh Binh Lung Hospital\n\nConstruction began on Tuesday on the Ninh Binh Lung Hospital, a 410 billion VND building on the edge of the city.\n\nThe building covers 3 hectares, with 250 beds and 12 operating rooms. The old lung clinic currently has 60 beds.\n",
                 facts: ["410 billion VND": [.planned], "250 beds": [.planned], "60 beds": []]),
        StoryRow(id: "en: an inspection of progress in the headline",
                 page: "Deputy minister inspects progress of Kon Tum Children's Hospital\n\nThe Kon Tum Children's Hospital, with 200 beds and an investment of 350 billion VND, sits on a 4-hectare site.\n",
                 facts: ["200 beds": [.planned], "350 billion VND": [.planned]]),
        StoryRow(id: "en: designed to accommodate in the lead",
                 page: "Lao Cai Cancer Hospital\n\nLao Cai Cancer Hospital is designed to accommodate 300 beds with a total investment of VND900 billion.\n",
                 facts: ["300 beds": [.planned], "VND900 billion": [.planned]]),
        StoryRow(id: "en: a headline's 'to get' is the future",
                 page: "Son La to get a 500-bed regional hospital\n\nThe regional hospital in Moc Chau district covers 6 hectares, with 500 beds in two blocks.\n",
                 facts: ["500-bed": [.planned], "500 beds": [.planned]]),
        StoryRow(id: "en: a project inaugurated is finished, not planned",
                 page: "Ha Nam opens its new children's hospital\n\nThe project, with 300 beds and an investment of 450 billion VND, was inaugurated on Monday.\n",
                 facts: ["300 beds": [], "450 billion VND": []]),
        StoryRow(id: "vi: a project (dự án) in the headline; the old hospital operating now (đang hoạt động) is not planned",
                 page: "Dự án Bệnh viện Đa khoa tỉnh Kon Tum\n\nBệnh viện có quy mô 600 giường, tổng vốn đầu tư 1.200 tỷ đồng.\n\nBệnh viện cũ đang hoạt động với 400 giường.\n",
                 facts: ["600 giường": [.planned], "1.200 tỷ đồng": [.planned], "400 giường": []]),
        StoryRow(id: "vi: an inspection of progress (tiến độ) in the headline",
                 page: "Kiểm tra tiến độ Bệnh viện Nhi tỉnh Gia Lai\n\nBệnh viện Nhi tỉnh Gia Lai có quy mô 350 giường trên diện tích 3 ha.\n",
                 facts: ["350 giường": [.planned]]),
    ]

    @Test(arguments: storyFrames)
    func storyFrameMakesPlanned(_ row: StoryRow) {
        let found = facts(row.page)
        #expect(found.count == row.facts.count)
        #expect(Dictionary(found.map { ($0.provenance.text, $0.qualifiers) }, uniquingKeysWith: { a, _ in a }) == row.facts)
    }

    @Test("A phone number that starts like a year is no period")
    func phoneIsNoPeriod() {
        let found = facts("The clinic, reached on hotline 1900 9095, treats 1,200 patients a day.")
        #expect(found.first { $0.unit == "patients" }?.period == nil)
    }
}
