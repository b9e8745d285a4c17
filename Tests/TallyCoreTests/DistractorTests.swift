import Foundation
import Testing
@testable import TallyCore

/// Numbers that are not facts: each fixture has a real figure beside the
/// distractor, so the test shows the distractor is skipped, not the line.
@Suite("Distractors")
struct DistractorTests {
    struct Row: CustomTestStringConvertible, Sendable {
        var id: String
        var text: String
        /// The only figures the text holds, as values.
        var figures: [Decimal]
        var testDescription: String { id }
    }

    static let rows: [Row] = [
        Row(id: "en: a date and a year are not figures",
            text: "On 12/03/2021 the Phu Tho General Hospital, opened in 2015, added 90 beds.", figures: [90]),
        Row(id: "vi: a month-year date is not a figure",
            text: "Tháng 9 năm 2017, Bệnh viện Đa khoa tỉnh Hà Tĩnh đưa vào sử dụng 120 giường bệnh.", figures: [120]),
        Row(id: "en: a directive number is not a figure",
            text: "Under Directive No 05-CT/TU, the province trained 40 nurses.", figures: [40]),
        Row(id: "vi: a decree number is not a figure",
            text: "Theo Nghị định 15/2018/NĐ-CP, bệnh viện đã đào tạo 35 bác sĩ.", figures: [35]),
        Row(id: "en: a count without a numeral is a figure only in training",
            text: "The Phu Tho General Hospital has hundreds of beds and added 90 beds this year.", figures: [90]),
        Row(id: "vi: hàng trăm without a numeral is no bed count",
            text: "Bệnh viện có hàng trăm giường bệnh, năm nay bổ sung 90 giường.", figures: [90]),
        Row(id: "vi: a year after 'năm' before a kind word counts no hospitals",
            text: "Năm 2023 bệnh viện đã đưa vào sử dụng thêm 60 giường.", figures: [60]),
        Row(id: "en: a year after 'in' before a plural kind word counts no hospitals",
            text: "In 2023 hospitals in the province added 75 beds.", figures: [75]),
        Row(id: "vi: a currency word before a number is part of a name, not money",
            text: "Bệnh viện Nhi Đồng 2 đã đào tạo 26 điều dưỡng cho tỉnh.", figures: [26]),
        Row(id: "en: a currency word before a number is part of a name, not money",
            text: "Specialists of Nhi Dong 2 Hospital trained 26 nurses of the province.", figures: [26]),
        Row(id: "en: a hospital's number is part of its name",
            text: "Military Hospital 211 has 300 beds.", figures: [300]),
        Row(id: "vi: a hospital's number is part of its name",
            text: "Bệnh viện Quân y 103 có 600 giường bệnh.", figures: [600]),
        Row(id: "en: an area in hectares is not a figure",
            text: "The 16ha campus will hold 1,000 beds.", figures: [1000]),
        Row(id: "vi: an area in m2 is not a figure",
            text: "Bệnh viện xây trên diện tích 12.500m2 với quy mô 250 giường.", figures: [250]),
        Row(id: "en: a duration is not a figure",
            text: "After a 3-4 hours operation, the hospital trained 12 doctors in the method.", figures: [12]),
        Row(id: "vi: a duration is not a figure",
            text: "Khóa đào tạo kéo dài 24 tháng cho 50 học viên.", figures: [50]),
        Row(id: "en: an ordinal word is not a figure",
            text: "This is the second course, attended by 25 doctors in training.", figures: [25]),
        Row(id: "en: the first district-level unit is an ordinal, not a count",
            text: "The Yen Dung district Medical Center is the first district-level unit to run a 30-bed stroke ward.",
            figures: [30]),
        Row(id: "en: Hospital 108 is a name",
            text: "Doctors from Hospital 108 trained 16 surgeons in the province.", figures: [16]),
        Row(id: "en: an ordinal with a suffix is not a figure",
            text: "On its 60th anniversary, the hospital opened 80 beds.", figures: [80]),
        Row(id: "en: a phone number is not a figure",
            text: "Call the hotline 1900 9095 to book one of 40 beds.", figures: [40]),
        Row(id: "en: storeys are not a figure",
            text: "The 9-storey block has 210 beds.", figures: [210]),
        Row(id: "vi: storeys and items are not figures",
            text: "Công trình có 8 hạng mục, khối nhà chính 5 tầng, tổng vốn 95 tỷ đồng.", figures: [95_000_000_000]),
        Row(id: "en: a percentage is not a figure",
            text: "Bed occupancy reached 120% at the 500-bed hospital.", figures: [500]),
        Row(id: "vi: a class's ordinal name is not a count",
            text: "Bộ Y tế khai giảng khóa đào tạo cho 30 bác sĩ lớp 7.", figures: [30]),
        Row(id: "en: a project's number is part of its name",
            text: "Under Project 1816, the hospital trained 45 doctors from district hospitals.", figures: [45]),
        Row(id: "vi: a scheme's number is part of its name",
            text: "Theo Đề án 1816, bệnh viện đã đào tạo 45 bác sĩ cho tuyến huyện.", figures: [45]),
        Row(id: "en: patients who share one bed are crowding, not a bed count",
            text: "The Ha Giang Paediatric Hospital has 150 beds, so three children often share one bed.",
            figures: [150]),
        Row(id: "vi: nằm ghép 2 người is crowding, not a figure",
            text: "Bệnh viện Sản Nhi tỉnh có 400 giường, nhiều sản phụ phải nằm ghép 2 người.",
            figures: [400]),
        Row(id: "en: a number after beds and to is not a bed count without the number of",
            text: "The block with 320 beds was handed over to 3 contractors.", figures: [320]),
        Row(id: "en: the number of beds to a year is a year",
            text: "The number of beds will rise from 2020 levels to 2030 targets; today it has 640 beds.", figures: [640]),
        Row(id: "vi: 3 đô thị are urban areas, not dollars",
            text: "Tỉnh có 3 đô thị loại II và 2.900 giường bệnh.", figures: [2900]),
        Row(id: "en: a time of day is not a figure",
            text: "At 08:30 the clinic opened 20 beds.", figures: [20]),
    ]

    @Test(arguments: rows)
    func onlyTheRealFigureIsRead(_ row: Row) {
        let found = facts(row.text)
        #expect(found.compactMap(\.value) == row.figures, "\(found.map(describe))")
    }

    /// Counts the corpus conventions leave out of the three report
    /// categories: staff headcounts, patients, facilities, savings.
    @Test(arguments: [
        "The province employs 4,300 medical workers in its clinics.",
        "Doctors examined more than 450 residents in the border commune.",
        "The province has 12 general hospitals and 9 specialized hospitals.",
        "Financial autonomy saves the budget nearly 150 billion VND each year.",
        "Đội ngũ cán bộ y, bác sĩ của bệnh viện gồm 300 người.",
        "Last month eight young doctors were posted to clinics in mountain communes.",
        "The clinic has hired 12 people since January.",
        "Apart from its courses, the city draws talent: 40 people joined its hospitals this year.",
        "The health insurance fund paid 500 billion VND to hospitals in the province.",
        "Quỹ bảo hiểm y tế đã thanh toán 300 tỷ đồng cho các bệnh viện.",
        "A check-up at the new clinic costs 150,000 VND.",
        "His treatment costs of 80 million VND were paid by the insurer.",
        "Chi phí điều trị 120 triệu đồng do bảo hiểm y tế chi trả.",
        "Năm nay, bệnh viện tiếp nhận 20 bác sĩ mới về công tác.",
        "The district has 48 schools with about 31,000 students.",
        "Khi đi vào hoạt động, nhà máy dược sẽ đóng góp ngân sách 35 tỷ đồng mỗi năm.",
        "The private clinic chain paid taxes of VND 90 billion last year.",
        "The Quang Ngai Oncology Hospital, known for its residency training, has 240 doctors and 410 nurses.",
        "Bệnh viện Đa khoa huyện Con Cuông có 95 cán bộ, viên chức; mỗi năm đều tổ chức đào tạo liên tục.",
        "The centre employs 380 staff, while its partner university runs the training courses.",
    ])
    func countsOutsideTheReportCategories(_ text: String) {
        let found = facts(text)
        #expect(!found.isEmpty)
        #expect(found.allSatisfy { !scoredCategories.contains($0.category) }, "\(found.map(describe))")
    }
}
