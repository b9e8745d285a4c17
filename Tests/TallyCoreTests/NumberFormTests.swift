import Foundation
import Testing
@testable import TallyCore

/// Each way a figure is written, in each language, read to its value, unit
/// and hedge. Every fixture sentence is made up for the test.
@Suite("Number forms")
struct NumberFormTests {
    static let english: [Case] = [
        Case(id: "en: 1,300 beds groups thousands with a comma",
             text: "The new campus of the Lam Son General Hospital holds 1,300 beds.",
             expected: Expected(category: "beds", value: 1300, unit: "beds", text: "1,300 beds")),
        Case(id: "en: 1.6 trillion VND is 1.6e12 VND",
             text: "The Ninh Hoa city invested 1.6 trillion VND in its hospitals last year.",
             expected: Expected(category: "investment", value: 1_600_000_000_000, unit: "VND")),
        Case(id: "en: VND1 tril puts the currency first and abbreviates the scale",
             text: "Local authorities allocated VND1 tril for the upgrade of district clinics.",
             expected: Expected(category: "investment", value: 1_000_000_000_000, unit: "VND", text: "VND1 tril")),
        Case(id: "en: 700 billion VND is 7e11 VND",
             text: "The surgery block cost 700 billion VND in total.",
             expected: Expected(category: "investment", value: 700_000_000_000, unit: "VND")),
        Case(id: "en: $69.6 million is 69.6e6 USD",
             text: "A development bank funded the cancer centre with $69.6 million.",
             expected: Expected(category: "investment", value: 69_600_000, unit: "USD")),
        Case(id: "en: 30-50 doctors is a range of trainees",
             text: "Each year, 30-50 doctors join postgraduate training at the provincial hospital.",
             expected: Expected(category: "training", value: nil, min: 30, max: 50, unit: "doctors")),
        Case(id: "en: from 30 to 50 doctors is a range",
             text: "The medical school trains from 30 to 50 doctors every year.",
             expected: Expected(category: "training", value: nil, min: 30, max: 50, unit: "doctors",
                                text: "from 30 to 50 doctors")),
        Case(id: "en: expand from 320 to 500 beds: the old value is a count of today",
             text: "The Bac Kan General Hospital will expand from 320 to 500 beds next year.",
             expected: Expected(category: "beds", value: 320, unit: "beds", text: "320")),
        Case(id: "en: expand from 320 to 500 beds: the new value is planned",
             text: "The Bac Kan General Hospital will expand from 320 to 500 beds next year.",
             expected: Expected(category: "beds", value: 500, unit: "beds", qualifiers: [.planned], text: "500 beds")),
        Case(id: "en: money from 500 to 800 billion after a verb of change stays a range",
             text: "The province will increase funding from 500 to 800 billion VND.",
             expected: Expected(category: "investment", value: nil, min: 500_000_000_000, max: 800_000_000_000,
                                unit: "VND", qualifiers: [.planned])),
        Case(id: "en: a VND950-billion hospital glues the scale with a hyphen",
             text: "The province opened a VND950-billion hospital for children.",
             expected: Expected(category: "investment", value: 950_000_000_000, unit: "VND", text: "VND950-billion")),
        Case(id: "en: a $38-million wing glues the scale with a hyphen",
             text: "Donors paid for a $38-million surgery wing at the hospital.",
             expected: Expected(category: "investment", value: 38_000_000, unit: "USD", text: "$38-million")),
        Case(id: "en: a 3,500-billion-dong project glues scale and currency with hyphens",
             text: "The 3,500-billion-dong hospital project was approved.",
             expected: Expected(category: "investment", value: 3_500_000_000_000, unit: "VND", qualifiers: [.planned],
                                text: "3,500-billion-dong")),
        Case(id: "en: 1.500 beds written the Vietnamese way is still a whole count",
             text: "The new Quang Nam Central General Hospital has 1.500 beds.",
             expected: Expected(category: "beds", value: 1500, unit: "beds", text: "1.500 beds")),
        Case(id: "en: 485 beds is a bed count",
             text: "The northern wing added 485 beds.",
             expected: Expected(category: "beds", value: 485, unit: "beds")),
        Case(id: "en: a 700-bed hospital is an adjectival bed count",
             text: "Workers are finishing a 700-bed hospital near the river.",
             expected: Expected(category: "beds", value: 700, unit: "beds", text: "700-bed")),
        Case(id: "en: nine investment projects is a spelled-out count",
             text: "The health department finished nine investment projects last year.",
             expected: Expected(category: "projects", value: 9, unit: "projects")),
        Case(id: "en: Twenty-four doctors is a spelled-out compound number",
             text: "Twenty-four doctors were trained in emergency care.",
             expected: Expected(category: "training", value: 24, unit: "doctors")),
        Case(id: "en: a kind of bed between number and noun is skipped",
             text: "The Can Tho city added 300 ICU beds.",
             expected: Expected(category: "beds", value: 300, unit: "beds", text: "300 ICU beds")),
        Case(id: "en: participants of training courses are trainees",
             text: "The centre organised 50 training courses for 2,000 participants.",
             expected: Expected(category: "training", value: 2000, unit: "trainees")),
        Case(id: "en: more than is more_than",
             text: "The clinic now has more than 120 beds.",
             expected: Expected(category: "beds", value: 120, unit: "beds", qualifiers: [.moreThan])),
        Case(id: "en: about is approx",
             text: "The district hospital has about 90 beds.",
             expected: Expected(category: "beds", value: 90, unit: "beds", qualifiers: [.approx])),
        Case(id: "en: nearly is approx",
             text: "The ward holds nearly 60 beds.",
             expected: Expected(category: "beds", value: 60, unit: "beds", qualifiers: [.approx])),
        Case(id: "en: over is more_than",
             text: "The centre has over 300 beds.",
             expected: Expected(category: "beds", value: 300, unit: "beds", qualifiers: [.moreThan])),
        Case(id: "en: Some before money is approx",
             text: "Some 45.5 billion VND was disbursed to repair the clinic.",
             expected: Expected(category: "investment", value: 45_500_000_000, unit: "VND", qualifiers: [.approx])),
        Case(id: "en: expected to is planned",
             text: "The Tay Ninh Eye Hospital is expected to add 80 beds.",
             expected: Expected(category: "beds", value: 80, unit: "beds", qualifiers: [.planned])),
        Case(id: "en: will is planned",
             text: "The Son La General Hospital will open 200 beds.",
             expected: Expected(category: "beds", value: 200, unit: "beds", qualifiers: [.planned])),
        Case(id: "en: planned is planned",
             text: "The planned oncology block has 150 beds.",
             expected: Expected(category: "beds", value: 150, unit: "beds", qualifiers: [.planned])),
        Case(id: "en: beds per 10,000 people is a ratio",
             text: "The province has 28.5 hospital beds per 10,000 people.",
             expected: Expected(category: "beds", value: 28.5, unit: "beds per 10,000 people",
                                text: "28.5 hospital beds per 10,000 people")),
        Case(id: "en: 6,970 million VND is 6.97e9 VND",
             text: "The total investment for the clinic reaches 6,970 million VND.",
             expected: Expected(category: "investment", value: 6_970_000_000, unit: "VND")),
        Case(id: "en: a large sum with no cue is investment",
             text: "The Long An General Hospital will receive 300 billion VND next year.",
             expected: Expected(category: "investment", value: 300_000_000_000, unit: "VND", qualifiers: [.planned])),
        Case(id: "en: money paid to build is investment",
             text: "The state paid 500 billion VND to build the new wing of the Hai Duong General Hospital.",
             expected: Expected(category: "investment", value: 500_000_000_000, unit: "VND")),
        Case(id: "en: four courses is a spelled-out training count",
             text: "The first four courses were held at the medical university.",
             expected: Expected(category: "training", value: 4, unit: "courses")),
        Case(id: "en: courses for 400 health officials are 400 trainees",
             text: "This year the sector ran 18 training courses for more than 400 health officials.",
             expected: Expected(category: "training", value: 400, unit: "trainees", qualifiers: [.moreThan])),
        Case(id: "en: health workers right after trains are trainees",
             text: "Kien Giang trains 650 village health workers in maternal care.",
             expected: Expected(category: "training", value: 650, unit: "trainees")),
        Case(id: "en: officials sent for training stay staff",
             text: "The department sent 14 officials for training in Japan.",
             expected: Expected(category: "training", value: 14, unit: "staff")),
        Case(id: "en: courses for 300 nurses stay nurses: a trade keeps its name",
             text: "The hospital ran 12 courses for 300 nurses last year.",
             expected: Expected(category: "training", value: 300, unit: "nurses")),
        Case(id: "en: 30 doctors sent for training stay doctors",
             text: "The hospital sent 30 doctors for training abroad.",
             expected: Expected(category: "training", value: 30, unit: "doctors")),
        Case(id: "en: a plan after and belongs to the second verb: the first count is done",
             text: "The Kon Tum Red Cross trained 120 caregivers in May and plans to run 8 more classes.",
             expected: Expected(category: "training", value: 120, unit: "trainees")),
        Case(id: "en: a plan after and makes the second verb's count planned",
             text: "The Kon Tum Red Cross trained 120 caregivers in May and plans to run 8 more classes.",
             expected: Expected(category: "training", value: 8, unit: "courses", qualifiers: [.planned])),
        Case(id: "en: a headcount beside other people's training stays staff, the trained stay trained",
             text: "The Vinh Long Eye Hospital employs 150 staff and 35 nurses have completed the training.",
             expected: Expected(category: "training", value: 35, unit: "nurses")),
        Case(id: "en: training sessions are courses",
             text: "The Ca Mau health department held 11 training sessions on dengue care.",
             expected: Expected(category: "training", value: 11, unit: "courses", text: "11 training sessions")),
        Case(id: "en: the number of beds reached 2,750 names the beds before the number",
             text: "Last year the number of hospital beds in the province reached 2,750.",
             expected: Expected(category: "beds", value: 2750, unit: "beds", text: "2,750")),
        Case(id: "en: a hyphenated compound between number and noun counts as one word",
             text: "The health department ran 9 classes for 410 commune-level medical students.",
             expected: Expected(category: "training", value: 410, unit: "trainees")),
        Case(id: "en: which has beds is not planned by the sentence's plan verb",
             text: "The Cho Ray Hospital, which has 1,800 beds, will open a new transplant centre.",
             expected: Expected(category: "beds", value: 1800, unit: "beds")),
        Case(id: "en: planned beds are the official allotment of today, not a plan",
             text: "The Tay Ninh Lung Hospital has 260 planned beds.",
             expected: Expected(category: "beds", value: 260, unit: "beds", text: "260 planned beds")),
        Case(id: "en: actual beds beside planned beds are a bed count and plan nothing",
             text: "Built for 300 planned beds, the Soc Trang Eye Hospital now squeezes in 410 actual beds.",
             expected: Expected(category: "beds", value: 410, unit: "beds", text: "410 actual beds")),
        Case(id: "en: refresher between number and courses is skipped",
             text: "The Quang Tri health department ran 16 refresher courses for midwives.",
             expected: Expected(category: "training", value: 16, unit: "courses", text: "16 refresher courses")),
        Case(id: "en: doctors named by specialty are doctors in training",
             text: "The Hue Central Hospital trained 42 paediatricians from mountain districts.",
             expected: Expected(category: "training", value: 42, unit: "doctors")),
        Case(id: "en: volunteers trained in first aid are trainees",
             text: "The Red Cross chapter trained 90 volunteers in first aid.",
             expected: Expected(category: "training", value: 90, unit: "trainees")),
    ]

    static let vietnamese: [Case] = [
        Case(id: "vi: 1.200 tỷ đồng groups thousands with a dot",
             text: "Dự án bệnh viện có tổng mức đầu tư 1.200 tỷ đồng.",
             expected: Expected(category: "investment", value: 1_200_000_000_000, unit: "VND")),
        Case(id: "vi: 1,6 nghìn tỷ uses the comma as decimal mark",
             text: "Tỉnh đã đầu tư 1,6 nghìn tỷ đồng cho các bệnh viện tuyến huyện.",
             expected: Expected(category: "investment", value: 1_600_000_000_000, unit: "VND")),
        Case(id: "vi: 17 nghìn tỷ đồng is 1.7e13 VND",
             text: "Thành phố cần 17 nghìn tỷ đồng để xây mới các bệnh viện.",
             expected: Expected(category: "investment", value: 17_000_000_000_000, unit: "VND",
                                text: "17 nghìn tỷ đồng")),
        Case(id: "vi: ngàn tỷ is nghìn tỷ",
             text: "Thành phố chi 2 ngàn tỷ đồng xây bệnh viện.",
             expected: Expected(category: "investment", value: 2_000_000_000_000, unit: "VND")),
        Case(id: "vi: tỉ is tỷ",
             text: "Huyện đầu tư 85 tỉ đồng nâng cấp trạm y tế.",
             expected: Expected(category: "investment", value: 85_000_000_000, unit: "VND")),
        Case(id: "vi: a bare tỷ is money in đồng",
             text: "Thành phố chi hơn 900 tỷ xây bệnh viện nhi.",
             expected: Expected(category: "investment", value: 900_000_000_000, unit: "VND",
                                qualifiers: [.moreThan], text: "900 tỷ")),
        Case(id: "vi: 3 tỷ 200 triệu đồng is one sum",
             text: "Trạm y tế xã được hỗ trợ 3 tỷ 200 triệu đồng để sửa chữa.",
             expected: Expected(category: "investment", value: 3_200_000_000, unit: "VND", text: "3 tỷ 200 triệu đồng")),
        Case(id: "vi: triệu đồng is 10^6",
             text: "Trạm y tế được đầu tư 750 triệu đồng để mua sắm thiết bị.",
             expected: Expected(category: "investment", value: 750_000_000, unit: "VND")),
        Case(id: "vi: được cấp 450 triệu đồng is money, though cấp also names levels",
             text: "Trạm y tế xã được cấp 450 triệu đồng mua thiết bị.",
             expected: Expected(category: "investment", value: 450_000_000, unit: "VND")),
        Case(id: "vi: 500 giường bệnh is a bed count",
             text: "Bệnh viện Đa khoa tỉnh Hà Nam có 500 giường bệnh.",
             expected: Expected(category: "beds", value: 500, unit: "beds", text: "500 giường bệnh")),
        Case(id: "vi: giường kế hoạch is a bed count of today, not a plan",
             text: "Trung tâm Y tế huyện Đức Thọ có 180 giường kế hoạch.",
             expected: Expected(category: "beds", value: 180, unit: "beds", text: "180 giường kế hoạch")),
        Case(id: "vi: giường thực kê beside giường kế hoạch plans nothing",
             text: "Bệnh viện Phổi tỉnh có 200 giường kế hoạch và 340 giường thực kê.",
             expected: Expected(category: "beds", value: 340, unit: "beds", text: "340 giường thực kê")),
        Case(id: "vi: tăng từ 150 lên 250 giường is an old and a new bed count",
             text: "Năm nay Trung tâm Y tế huyện Bảo Lâm tăng từ 150 lên 250 giường bệnh.",
             expected: Expected(category: "beds", value: 150, unit: "beds", text: "150")),
        Case(id: "vi: giường thực kê in a groundbreaking story is a count of today, not planned",
             text: "Khởi công khu điều trị mới của Bệnh viện Đa khoa tỉnh Hòa Bình. Bệnh viện hiện vẫn phải đặt tới 980 giường thực kê, nhưng chỉ có 720 giường kế hoạch.",
             expected: Expected(category: "beds", value: 720, unit: "beds", text: "720 giường kế hoạch")),
        Case(id: "vi: bệnh viện 700 giường is a bed count, not a hospital's number",
             text: "Tỉnh Quảng Ngãi sẽ xây bệnh viện 650 giường tại thành phố.",
             expected: Expected(category: "beds", value: 650, unit: "beds", qualifiers: [.planned], text: "650 giường")),
        Case(id: "vi: số giường bệnh lên 860 names the beds before the number",
             text: "Năm nay, Bệnh viện Đa khoa tỉnh Lạng Sơn nâng tổng số giường bệnh lên 860.",
             expected: Expected(category: "beds", value: 860, unit: "beds", text: "860")),
        Case(id: "vi: số giường bệnh toàn tỉnh đạt 4.150 skips the place between",
             text: "Đến nay, số giường bệnh toàn tỉnh đạt 4.150.",
             expected: Expected(category: "beds", value: 4150, unit: "beds", text: "4.150")),
        Case(id: "vi: quy mô giường bệnh là 420 names the beds before the number",
             text: "Bệnh viện Y học cổ truyền tỉnh có quy mô giường bệnh là 420.",
             expected: Expected(category: "beds", value: 420, unit: "beds", text: "420")),
        Case(id: "vi: quy mô 300 giường is a bed count",
             text: "Bệnh viện mới có quy mô 300 giường.",
             expected: Expected(category: "beds", value: 300, unit: "beds")),
        Case(id: "vi: hơn 60 lượt bác sĩ sent to learn is training, more_than",
             text: "Năm ngoái, Bệnh viện Đa khoa tỉnh Lào Cai đã cử hơn 60 lượt bác sĩ đi đào tạo tại Hà Nội.",
             expected: Expected(category: "training", value: 60, unit: "doctors", qualifiers: [.moreThan])),
        Case(id: "vi: doctors who receive counted techniques are in training",
             text: "Năm 2022, Bệnh viện Đa khoa tỉnh Tuyên Quang đã cử 40 bác sĩ tiếp nhận 9 kỹ thuật mới từ tuyến trên.",
             expected: Expected(category: "training", value: 40, unit: "doctors")),
        Case(id: "vi: 23 lớp đào tạo is a course count",
             text: "Trung tâm đã mở 23 lớp đào tạo về hồi sức cấp cứu.",
             expected: Expected(category: "training", value: 23, unit: "courses", text: "23 lớp đào tạo")),
        Case(id: "vi: 7 đợt tập huấn counts rounds of training as courses",
             text: "Trung tâm Kiểm soát bệnh tật tỉnh đã tổ chức 7 đợt tập huấn về tiêm chủng.",
             expected: Expected(category: "training", value: 7, unit: "courses", text: "7 đợt tập huấn")),
        Case(id: "vi: the typo đào tại still reads as one course mention",
             text: "Trung tâm đã mở 12 lớp đào tại về siêu âm.",
             expected: Expected(category: "training", value: 12, unit: "courses", text: "12 lớp đào tại")),
        Case(id: "vi: 180 học viên is a trainee count",
             text: "Các lớp tập huấn đã thu hút 180 học viên.",
             expected: Expected(category: "training", value: 180, unit: "trainees")),
        Case(id: "vi: people in the part that speaks of training are trainees",
             text: "Năm nay, Trung tâm Y tế huyện đã tập huấn cho 1.000 lượt người về sơ cứu.",
             expected: Expected(category: "training", value: 1000, unit: "trainees")),
        Case(id: "vi: khoảng is approx",
             text: "Bệnh viện huyện có khoảng 150 giường bệnh.",
             expected: Expected(category: "beds", value: 150, unit: "beds", qualifiers: [.approx])),
        Case(id: "vi: gần is approx",
             text: "Khoa nhi có gần 80 giường bệnh.",
             expected: Expected(category: "beds", value: 80, unit: "beds", qualifiers: [.approx])),
        Case(id: "vi: trên is more_than",
             text: "Tổng mức đầu tư của dự án là trên 360 tỷ đồng.",
             expected: Expected(category: "investment", value: 360_000_000_000, unit: "VND", qualifiers: [.moreThan])),
        Case(id: "vi: dự kiến is planned",
             text: "Bệnh viện dự kiến có 400 giường bệnh.",
             expected: Expected(category: "beds", value: 400, unit: "beds", qualifiers: [.planned])),
        Case(id: "vi: sẽ is planned",
             text: "Bệnh viện sẽ có thêm 120 giường bệnh.",
             expected: Expected(category: "beds", value: 120, unit: "beds", qualifiers: [.planned])),
        Case(id: "vi: equipment worth (trị giá) money is investment",
             text: "Bệnh viện được trang bị hệ thống chụp cộng hưởng từ trị giá 45 tỷ đồng.",
             expected: Expected(category: "investment", value: 45_000_000_000, unit: "VND")),
        Case(id: "vi: 726,8 tỷ reads the decimal comma",
             text: "Công trình có tổng vốn đầu tư 726,8 tỷ đồng.",
             expected: Expected(category: "investment", value: 726_800_000_000, unit: "VND")),
        Case(id: "vi: a list of kinds of people who register in a training paragraph are trainees",
             text: "Trung tâm Y tế huyện Kỳ Anh đăng ký 4 khóa đào tạo. Có 60 bác sĩ, điều dưỡng đăng ký tham gia.",
             expected: Expected(category: "training", value: 60, unit: "trainees", qualifiers: [.planned])),
        Case(id: "vi: cán bộ right after tập huấn are trainees",
             text: "Sở Y tế đã tập huấn 420 cán bộ y tế thôn bản về chăm sóc bà mẹ.",
             expected: Expected(category: "training", value: 420, unit: "trainees")),
        Case(id: "vi: doctors counted after có but sent to train in their clause are trainees of a course",
             text: "Năm 2023, Bệnh viện Đa khoa tỉnh Cà Mau có 27 bác sĩ được cử đi đào tạo chuyên khoa.",
             expected: Expected(category: "training", value: 27, unit: "doctors")),
        Case(id: "vi: trong đó có after a training count is part of the trained",
             text: "Sở Y tế đã đào tạo 160 bác sĩ, trong đó có 22 bác sĩ nội trú.",
             expected: Expected(category: "training", value: 22, unit: "doctors")),
        Case(id: "vi: lớp đào tạo cho 1.500 nhân viên y tế are 1500 trainees",
             text: "Năm 2022, Sở Y tế mở 30 lớp đào tạo cho 1.500 nhân viên y tế thôn bản.",
             expected: Expected(category: "training", value: 1500, unit: "trainees")),
    ]

    @Test(arguments: english + vietnamese)
    func readsTheFigure(_ c: Case) {
        let found = facts(c.text)
        #expect(found.contains { c.expected.matches($0) }, "\(c.expected) not in \(found.map(describe))")
    }

    @Test("A conversion in parentheses is the same money, with the same hedge")
    func conversionCopiesHedge() {
        let found = facts("The province earmarked more than 2.1 trillion VND (90.5 million USD) for new clinics.")
        let usd = found.first { $0.unit == "USD" }
        #expect(usd?.value == 90_500_000)
        #expect(usd?.category == "investment")
        #expect(usd?.qualifiers == [.moreThan])
    }

    @Test("A conversion opened by tương đương is the same money, with the same hedge")
    func conversionWordCopiesHedge() {
        let found = facts("Tỉnh chi gần 2,4 nghìn tỷ đồng (tương đương 100 triệu USD) cho các bệnh viện huyện.")
        let usd = found.first { $0.unit == "USD" }
        #expect(usd?.value == 100_000_000)
        #expect(usd?.category == "investment")
        #expect(usd?.qualifiers == [.approx])
    }

    @Test("A conversion after a comma and equivalent to is the same money, with the same hedge")
    func commaConversionCopiesHedge() {
        let found = facts("The clinic network invested about VND 1.9 trillion, equivalent to US$75 million, in new wards.")
        let usd = found.first { $0.unit == "USD" }
        #expect(usd?.value == 75_000_000)
        #expect(usd?.qualifiers == [.approx])
        let other = facts("The city spent about VND 900 billion, US$12 million of it from donors.").first { $0.unit == "USD" }
        #expect(other?.qualifiers == [])
    }

    @Test("Elliptical list items keep their own unit: 14 khóa …, 11 khóa")
    func ellipticalCourses() {
        let found = facts("Bệnh viện Đa khoa tỉnh đăng ký 9 khóa đào tạo, Trung tâm Y tế huyện Cẩm Giàng 6 khóa.")
        #expect(found.map(\.value) == [9, 6])
        #expect(found.allSatisfy { $0.category == "training" && $0.unit == "courses" })
        #expect(found.last?.subject == "Trung tâm Y tế huyện Cẩm Giàng")
    }

    @Test("An elliptical name before a bare tỷ owns the money")
    func ellipticalMoney() {
        let found = facts("Trong đó, bệnh viện tại Bình Chánh có tổng mức đầu tư 1.250 tỷ; Nhà Bè 1.105 tỷ.")
        #expect(found.map(\.value) == [1_250_000_000_000, 1_105_000_000_000])
        #expect(found.last?.subject == "Nhà Bè")
    }
}

func describe(_ f: Fact) -> String {
    "\(f.category) \(f.value.map { "\($0)" } ?? "\(f.min.map { "\($0)" } ?? "")-\(f.max.map { "\($0)" } ?? "")") \(f.unit) \(f.qualifiers.map(\.rawValue)) [\(f.provenance.text)]"
}
