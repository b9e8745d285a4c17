import Foundation
import Testing
@testable import TallyCore

/// Which facility, province, scope and role each figure gets: by the
/// languages' facility tables and the gazetteer, never by known names.
@Suite("Facilities, provinces and roles")
struct FacilityTests {
    /// One figure of a fixture as the resolution should read it.
    struct Tie: Equatable, CustomStringConvertible, Sendable {
        var mention: String
        var facility: String?
        var province: String?
        var scope: Scope
        var role: Role? = nil
        var description: String {
            "\(mention) → \(facility ?? "-") | \(province ?? "-") | \(scope.rawValue) | \(role?.rawValue ?? "-")"
        }
    }

    struct Row: CustomTestStringConvertible, Sendable {
        var id: String
        var text: String
        var ties: [Tie]
        var testDescription: String { id }
    }

    static let rows: [Row] = [
        Row(id: "en and vi names of one provincial hospital give one key; the provincial hospital of the story's province is it",
            text: "Bac Giang General Hospital adds a ward\n\nThe provincial General Hospital now has 620 beds.",
            ties: [Tie(mention: "620 beds", facility: "bac-giang/provincial/general-hospital", province: "Bac Giang", scope: .facility)]),
        Row(id: "vi: a full Vietnamese name with level and province",
            text: "Bệnh viện Đa khoa tỉnh Bắc Giang có 620 giường bệnh.",
            ties: [Tie(mention: "620 giường bệnh", facility: "bac-giang/provincial/general-hospital", province: "Bac Giang", scope: .facility)]),
        Row(id: "vi: a district medical centre takes the article's province",
            text: "Lạng Sơn nâng cấp y tế cơ sở\n\nTỉnh Lạng Sơn vừa khánh thành nhà điều trị mới. Trung tâm Y tế huyện Cao Lộc có 150 giường bệnh.",
            ties: [Tie(mention: "150 giường bệnh", facility: "lang-son/cao-loc/district/medical-centre", province: "Lang Son", scope: .facility)]),
        Row(id: "vi: a district with a province's name is a district of the story's province",
            text: "Quảng Bình đầu tư y tế\n\nTỉnh Quảng Bình dành 80 tỷ đồng cho Bệnh viện đa khoa huyện Quảng Ninh.",
            ties: [Tie(mention: "80 tỷ đồng", facility: "quang-binh/quang-ninh/district/general-hospital", province: "Quang Binh", scope: .facility)]),
        Row(id: "vi: a compass part and a campus are part of the name",
            text: "Bệnh viện Đa khoa khu vực Nam Quảng Trị (cơ sở 2) sẽ có 400 giường.",
            ties: [Tie(mention: "400 giường", facility: "quang-tri/south/regional/general-hospital/facility-2", province: "Quang Tri", scope: .facility)]),
        Row(id: "en: a campus after the name, and a price before the kind word is no name",
            text: "The Northern Nghe An Regional General Hospital (facility 2) will cost VND 900 billion. The VND 900 billion hospital project is behind schedule.",
            ties: [Tie(mention: "VND 900 billion", facility: "nghe-an/north/regional/general-hospital/facility-2", province: "Nghe An", scope: .facility),
                   Tie(mention: "VND 900 billion", facility: "nghe-an/north/regional/general-hospital/facility-2", province: "Nghe An", scope: .facility)]),
        Row(id: "vi: the project and the works stand for the story's facility",
            text: "Khởi công Bệnh viện Ung bướu Thái Nguyên\n\nDự án có tổng mức đầu tư 950 tỷ đồng. Công trình có quy mô 300 giường.",
            ties: [Tie(mention: "950 tỷ đồng", facility: "thai-nguyen/provincial/oncology-hospital", province: "Thai Nguyen", scope: .facility),
                   Tie(mention: "300 giường", facility: "thai-nguyen/provincial/oncology-hospital", province: "Thai Nguyen", scope: .facility)]),
        Row(id: "en: the hospital means the hospital named last before it",
            text: "Ha Tinh builds new wards\n\nThe Ha Tinh Obstetrics and Paediatrics Hospital opened a wing. Nearby, the Ky Anh Town Medical Centre was repaired. The hospital now has 350 beds.",
            ties: [Tie(mention: "350 beds", facility: "ha-tinh/provincial/obstetrics-paediatrics-hospital", province: "Ha Tinh", scope: .facility)]),
        Row(id: "en: a count of facilities and a ratio are the province's, not a facility's",
            text: "Yen Bai invests in clinics\n\nYen Bai province will spend VND 60 billion on 40 health stations. The province has 31 hospital beds per 10,000 people.",
            ties: [Tie(mention: "VND 60 billion", facility: nil, province: "Yen Bai", scope: .province),
                   Tie(mention: "31 hospital beds per 10,000 people", facility: nil, province: "Yen Bai", scope: .province)]),
        Row(id: "en: a national programme with no province is national",
            text: "Young doctors head to the mountains\n\nThe Ministry of Health's programme has trained 120 doctors for remote areas.",
            ties: [Tie(mention: "120 doctors", facility: nil, province: nil, scope: .national)]),
        Row(id: "en: a dateline names the news desk, not the story's province",
            text: "HÀ NỘI — The programme has trained 120 doctors for remote areas.",
            ties: [Tie(mention: "120 doctors", facility: nil, province: nil, scope: .national)]),
        Row(id: "en: an em dash after a dateline ends a name; the hospital's own name follows it (the desk is no province)",
            text: "DA NANG — Hoa Khanh Hospital will add 200 beds.",
            ties: [Tie(mention: "200 beds", facility: "-/hoa-khanh/general-hospital", province: nil, scope: .facility)]),
        Row(id: "vi: a spaced hyphen inside a specialty stays part of the name",
            text: "Bệnh viện Sản - Nhi Bắc Ninh có 500 giường.",
            ties: [Tie(mention: "500 giường", facility: "bac-ninh/provincial/obstetrics-paediatrics-hospital", province: "Bac Ninh", scope: .facility)]),
        Row(id: "vi: a total, its parts after trong đó, and neither for an increase",
            text: "Bệnh viện Phổi Tây Ninh\n\nTổng mức đầu tư của dự án là 600 tỷ đồng; trong đó, vốn ngân sách trung ương 420 tỷ đồng và vốn đối ứng của tỉnh 180 tỷ đồng. Kinh phí tăng thêm 25 tỷ đồng.",
            ties: [Tie(mention: "600 tỷ đồng", facility: "tay-ninh/provincial/lung-hospital", province: "Tay Ninh", scope: .facility, role: .total),
                   Tie(mention: "420 tỷ đồng", facility: "tay-ninh/provincial/lung-hospital", province: "Tay Ninh", scope: .facility, role: .part),
                   Tie(mention: "180 tỷ đồng", facility: "tay-ninh/provincial/lung-hospital", province: "Tay Ninh", scope: .facility, role: .part),
                   Tie(mention: "25 tỷ đồng", facility: "tay-ninh/provincial/lung-hospital", province: "Tay Ninh", scope: .facility)]),
        Row(id: "en: parts stated before their total, and conversions in brackets",
            text: "Kon Tum Oncology Hospital\n\nThe hospital is funded by VND 500 billion (US$20 million) in ODA loans and VND 100 billion of counterpart funds. Its total investment is VND 600 billion.",
            ties: [Tie(mention: "VND 500 billion", facility: "kon-tum/provincial/oncology-hospital", province: "Kon Tum", scope: .facility, role: .part),
                   Tie(mention: "US$20 million", facility: "kon-tum/provincial/oncology-hospital", province: "Kon Tum", scope: .facility, role: .conversion),
                   Tie(mention: "VND 100 billion", facility: "kon-tum/provincial/oncology-hospital", province: "Kon Tum", scope: .facility, role: .part),
                   Tie(mention: "VND 600 billion", facility: "kon-tum/provincial/oncology-hospital", province: "Kon Tum", scope: .facility, role: .total)]),
        Row(id: "vi: a shared total and the shares of the facilities it lists",
            text: "Hà Nam xây hai bệnh viện\n\nTỉnh Hà Nam chi 900 tỷ đồng xây 2 bệnh viện mới. Trong đó, bệnh viện tại Duy Tiên 500 tỷ đồng; Kim Bảng 400 tỷ đồng.",
            ties: [Tie(mention: "900 tỷ đồng", facility: nil, province: "Ha Nam", scope: .province, role: .total),
                   Tie(mention: "500 tỷ đồng", facility: "ha-nam/duy-tien/general-hospital", province: "Ha Nam", scope: .facility, role: .part),
                   Tie(mention: "400 tỷ đồng", facility: "ha-nam/kim-bang/general-hospital", province: "Ha Nam", scope: .facility, role: .part)]),
        Row(id: "en: an existing hospital beside the new one is another facility",
            text: "Work starts on Long An hospital\n\nConstruction began on a 900-bed General Hospital in the province of Long An. The province's existing General Hospital has only 600 beds.",
            ties: [Tie(mention: "900-bed", facility: "long-an/provincial/general-hospital", province: "Long An", scope: .facility),
                   Tie(mention: "600 beds", facility: "long-an/provincial/general-hospital/existing", province: "Long An", scope: .facility)]),
        Row(id: "en: two sums read inside one glued word are no conversion pair (this crashed: a backwards range)",
            text: "Total investment: EUR 5000000000A20000000$.",
            ties: [Tie(mention: "EUR 5000000000", facility: nil, province: nil, scope: .national),
                   Tie(mention: "20000000$", facility: nil, province: nil, scope: .national)]),
        Row(id: "en: a province in the possessive is the story's province and owns the place after it",
            text: "Tay Ninh's Go Dau health centre gets a new wing\n\nThe Go Dau District Medical Centre will have 180 beds.",
            ties: [Tie(mention: "180 beds", facility: "tay-ninh/go-dau/district/medical-centre", province: "Tay Ninh", scope: .facility)]),
        Row(id: "en: a possessive province owns a district-level name after it too",
            text: "Upgrades continue in the province\n\nKon Tum's Dak Ha District Medical Centre will have 150 beds.",
            ties: [Tie(mention: "150 beds", facility: "kon-tum/dak-ha/district/medical-centre", province: "Kon Tum", scope: .facility)]),
        Row(id: "en: 'the second facility of' a hospital is its campus 2, and so the story's figures are",
            text: "Work starts on second facility of Ben Tre hospital\n\nThe province broke ground on the second facility of the Ben Tre Provincial General Hospital. The new facility is designed with 600 beds.",
            ties: [Tie(mention: "600 beds", facility: "ben-tre/provincial/general-hospital/facility-2", province: "Ben Tre", scope: .facility)]),
        Row(id: "en: 'a new campus for its' hospital is campus 2, as another page's 'cơ sở 2' of it",
            text: "Ha Tinh builds a new hospital campus\n\nHa Tinh started a new campus for its provincial general hospital, which will have 700 beds.",
            ties: [Tie(mention: "700 beds", facility: "ha-tinh/provincial/general-hospital/facility-2", province: "Ha Tinh", scope: .facility)]),
        Row(id: "vi: 'cơ sở mới' is campus 2, and the campus number before a hospital is no count of hospitals",
            text: "Bến Tre khánh thành cơ sở 2 Bệnh viện Đa khoa tỉnh\n\nCơ sở mới của Bệnh viện Đa khoa tỉnh Bến Tre có 600 giường.",
            ties: [Tie(mention: "600 giường", facility: "ben-tre/provincial/general-hospital/facility-2", province: "Ben Tre", scope: .facility)]),
        Row(id: "vi: where doctors were trained is a partner, and so is every hospital of the list it opens: neither owner nor what 'bệnh viện' points back to; the trainees are the story's hospital's",
            text: "Bệnh viện Đa khoa tỉnh Hà Tĩnh nâng cao chuyên môn\n\nNăm nay có 40 bác sĩ được đào tạo chuyên sâu tại Bệnh viện Chợ Rẫy, Bệnh viện Nhân dân 115 và Bệnh viện Thống Nhất.\n\nBệnh viện cũng mở 6 lớp tập huấn.",
            ties: [Tie(mention: "40 bác sĩ", facility: "ha-tinh/provincial/general-hospital", province: "Ha Tinh", scope: .facility),
                   Tie(mention: "6 lớp tập huấn", facility: "ha-tinh/provincial/general-hospital", province: "Ha Tinh", scope: .facility)]),
        Row(id: "en: a hospital an agreement is signed with owns none of the trainees: they are the story's hospital's",
            text: "Dak Nong General Hospital trains its doctors\n\nUnder an agreement signed with Cho Ray Hospital, 25 doctors will be trained in cardiology.",
            ties: [Tie(mention: "25 doctors", facility: "dak-nong/provincial/general-hospital", province: "Dak Nong", scope: .facility)]),
        Row(id: "en: a count of trainees no name owns is the province's",
            text: "Dak Nong trains its doctors\n\n(DNO) - Dak Nong is building a new training centre.\n\nThis year 25 doctors will be trained in cardiology.",
            ties: [Tie(mention: "25 doctors", facility: nil, province: "Dak Nong", scope: .province)]),
        Row(id: "vi: a ward after 'tại' is the address of a provincial hospital, not part of its name",
            text: "Bệnh viện Mắt tỉnh Bến Tre tại Phường 3 được đầu tư 90 tỷ đồng.",
            ties: [Tie(mention: "90 tỷ đồng", facility: "ben-tre/provincial/eye-hospital", province: "Ben Tre", scope: .facility)]),
        Row(id: "en: a news agency's tag before a dash is no part of the name after it",
            text: "VTV.VN - A 250-bed regional general hospital opened in Dak Nong on Monday.",
            ties: [Tie(mention: "250-bed", facility: "dak-nong/regional/general-hospital", province: "Dak Nong", scope: .facility)]),
        Row(id: "en: a dateline in capitals before a dash is no part of the name after it",
            text: "PLEIKU - Gia Lai Provincial General Hospital opened a ward with 60 beds on Monday.",
            ties: [Tie(mention: "60 beds", facility: "gia-lai/provincial/general-hospital", province: "Gia Lai", scope: .facility)]),
        Row(id: "en: a hospital named once in passing is not what 'the hospital' of a later paragraph means",
            text: "Ninh Thuan General Hospital expands\n\nNinh Thuan General Hospital opened a new wing. A team from Military Hospital 87 helped train its staff.\n\nThe director said the hospital now has 700 beds.",
            ties: [Tie(mention: "700 beds", facility: "ninh-thuan/provincial/general-hospital", province: "Ninh Thuan", scope: .facility)]),
        Row(id: "en: a size right before a name is the name's, though the province opens the clause",
            text: "Binh Phuoc plans new hospitals\n\nThis year the province plans to start a new 400-bed Binh Phuoc Obstetrics and Paediatrics Hospital.",
            ties: [Tie(mention: "400-bed", facility: "binh-phuoc/provincial/obstetrics-paediatrics-hospital", province: "Binh Phuoc", scope: .facility)]),
        Row(id: "vi: 'cơ sở cũ' is the existing hospital, beside the new campus",
            text: "Bình Phước xây cơ sở mới cho bệnh viện tỉnh\n\nHiện BVĐK tỉnh Bình Phước (cơ sở cũ) có 600 giường, còn cơ sở mới của BVĐK tỉnh Bình Phước sẽ có 1.000 giường.",
            ties: [Tie(mention: "600 giường", facility: "binh-phuoc/provincial/general-hospital/existing", province: "Binh Phuoc", scope: .facility),
                   Tie(mention: "1.000 giường", facility: "binh-phuoc/provincial/general-hospital/facility-2", province: "Binh Phuoc", scope: .facility)]),
        Row(id: "en: a 'TB hospital' is a lung hospital",
            text: "Tra Vinh upgrades its TB hospital\n\nThe Tra Vinh TB hospital will get VND60 billion.",
            ties: [Tie(mention: "VND60 billion", facility: "tra-vinh/provincial/lung-hospital", province: "Tra Vinh", scope: .facility)]),
        Row(id: "vi: a hospital techniques came from is a partner, not the owner of the doctors sent",
            text: "Bệnh viện Đa khoa tỉnh Yên Bái phát triển kỹ thuật\n\nBệnh viện Đa khoa tỉnh Yên Bái đã nhận chuyển giao 10 kỹ thuật từ Bệnh viện Bạch Mai, đồng thời cử 15 bác sĩ đi đào tạo.",
            ties: [Tie(mention: "10 kỹ thuật", facility: "yen-bai/provincial/general-hospital", province: "Yen Bai", scope: .facility),
                   Tie(mention: "15 bác sĩ", facility: "yen-bai/provincial/general-hospital", province: "Yen Bai", scope: .facility)]),
        Row(id: "vi: 'trong đó' makes a part of the first figure after it in its clause, however far",
            text: "Bệnh viện Sản Nhi tỉnh Hà Nam có quy mô 400 giường, trong đó giai đoạn đầu đưa vào sử dụng 250 giường.",
            ties: [Tie(mention: "400 giường", facility: "ha-nam/provincial/obstetrics-paediatrics-hospital", province: "Ha Nam", scope: .facility, role: .total),
                   Tie(mention: "250 giường", facility: "ha-nam/provincial/obstetrics-paediatrics-hospital", province: "Ha Nam", scope: .facility, role: .part)]),
        Row(id: "vi: phases that add up to the total are its parts, beds between them notwithstanding",
            text: "Bệnh viện Đa khoa tỉnh Phú Thọ có tổng vốn 1.000 tỷ đồng. Giai đoạn 1 đầu tư 600 tỷ đồng và đưa vào hoạt động 200 giường; giai đoạn 2 đầu tư 400 tỷ đồng.",
            ties: [Tie(mention: "1.000 tỷ đồng", facility: "phu-tho/provincial/general-hospital", province: "Phu Tho", scope: .facility, role: .total),
                   Tie(mention: "600 tỷ đồng", facility: "phu-tho/provincial/general-hospital", province: "Phu Tho", scope: .facility, role: .part),
                   Tie(mention: "200 giường", facility: "phu-tho/provincial/general-hospital", province: "Phu Tho", scope: .facility),
                   Tie(mention: "400 tỷ đồng", facility: "phu-tho/provincial/general-hospital", province: "Phu Tho", scope: .facility, role: .part)]),
        Row(id: "en: 'city centre' names no facility, so the story's hospital keeps its figures",
            text: "Bac Lieu General Hospital gets a new wing\n\nThe new wing near the city centre has 120 beds.",
            ties: [Tie(mention: "120 beds", facility: "bac-lieu/provincial/general-hospital", province: "Bac Lieu", scope: .facility)]),
        Row(id: "en: a headline's campus of an unplaced hospital is the story's facility, and its money's parts are the campus's too",
            text: "Hung Yen approves second campus for general hospital\n\nThe province approved a second campus of its general hospital with a total investment of VND1.5 trillion.\n\nThe money will come from two sources: VND1 trillion from the central budget and VND500 billion from the province. Hung Yen General Hospital now has 900 beds.",
            ties: [Tie(mention: "VND1.5 trillion", facility: "hung-yen/provincial/general-hospital/facility-2", province: "Hung Yen", scope: .facility, role: .total),
                   Tie(mention: "VND1 trillion", facility: "hung-yen/provincial/general-hospital/facility-2", province: "Hung Yen", scope: .facility, role: .part),
                   Tie(mention: "VND500 billion", facility: "hung-yen/provincial/general-hospital/facility-2", province: "Hung Yen", scope: .facility, role: .part),
                   Tie(mention: "900 beds", facility: "hung-yen/provincial/general-hospital", province: "Hung Yen", scope: .facility)]),
        Row(id: "vi: an opener far back, across a sentence's other quantities, makes no part ('từ 150 giường lên 250 giường')",
            text: "Trung tâm Y tế huyện Yên Mô khánh thành nhà mới\n\nCông trình gồm khối nhà điều trị 5 tầng và khối kỹ thuật 3 tầng với tổng diện tích sàn 6.000 m2, nâng quy mô giường bệnh của trung tâm từ 150 giường lên 250 giường.",
            ties: [Tie(mention: "150 giường", facility: "-/yen-mo/district/medical-centre", province: nil, scope: .facility),
                   Tie(mention: "250 giường", facility: "-/yen-mo/district/medical-centre", province: nil, scope: .facility)]),
        Row(id: "en: a province that starts with a word never in names ('Dong', the currency) is still the province",
            text: "Dong Thap Oncology Hospital has 300 beds.",
            ties: [Tie(mention: "300 beds", facility: "dong-thap/provincial/oncology-hospital", province: "Dong Thap", scope: .facility)]),
        Row(id: "en: a 'Maternity and Children's Hospital' is an obstetrics and paediatrics hospital",
            text: "The Bac Kan Maternity and Children's Hospital will have 150 beds.",
            ties: [Tie(mention: "150 beds", facility: "bac-kan/provincial/obstetrics-paediatrics-hospital", province: "Bac Kan", scope: .facility)]),
        Row(id: "en: a province named after a count of trainees is where they were trained, not the count's province",
            text: "Tra Vinh trains grassroots doctors\n\nThis year 45 doctors of the province were trained at hospitals in Ho Chi Minh City.",
            ties: [Tie(mention: "45 doctors", facility: nil, province: "Tra Vinh", scope: .province)]),
        Row(id: "en: a sentence about another province than the story's hospital's gives its figure to that province",
            text: "Tay Ninh General Hospital adds a wing\n\nTay Ninh General Hospital opened a wing with 200 beds.\n\nA new block in Long An city adds 90 beds.",
            ties: [Tie(mention: "200 beds", facility: "tay-ninh/provincial/general-hospital", province: "Tay Ninh", scope: .facility),
                   Tie(mention: "90 beds", facility: nil, province: "Long An", scope: .province)]),
        Row(id: "en: a name after an opening partner phrase and its comma is no list item: it owns the figure",
            text: "Bac Lieu Obstetrics and Paediatrics Hospital grows\n\nWith support from Cho Ray Hospital, Bac Lieu General Hospital has invested VND20 billion in a stroke unit.",
            ties: [Tie(mention: "VND20 billion", facility: "bac-lieu/provincial/general-hospital", province: "Bac Lieu", scope: .facility)]),
        Row(id: "en: a province named without a place word ('travel to Hanoi') leaves the figure with the story's hospital",
            text: "Nghe An Oncology Hospital adds machines\n\nNghe An Oncology Hospital treats 500 patients a day.\n\nPatients no longer need to travel to Hanoi, as two accelerators worth VND90 billion are now in use.",
            ties: [Tie(mention: "VND90 billion", facility: "nghe-an/provincial/oncology-hospital", province: "Nghe An", scope: .facility)]),
        Row(id: "en: trainees 'from' a province are that province's",
            text: "Hanoi hospital trains doctors\n\nThis year, the programme trained 45 doctors from Lao Cai province in emergency care.",
            ties: [Tie(mention: "45 doctors", facility: nil, province: "Lao Cai", scope: .province)]),
        Row(id: "vi: money year by year with beds between is no total and parts, though two years add up to a third",
            text: "Năm 2023, tỉnh Quảng Ngãi đầu tư 200 tỷ đồng, xây thêm 300 giường bệnh; năm 2024 tỉnh đầu tư 100 tỷ đồng, thêm 150 giường bệnh; năm 2025 tỉnh dự kiến đầu tư 300 tỷ đồng.",
            ties: [Tie(mention: "200 tỷ đồng", facility: nil, province: "Quang Ngai", scope: .province),
                   Tie(mention: "300 giường bệnh", facility: nil, province: "Quang Ngai", scope: .province),
                   Tie(mention: "100 tỷ đồng", facility: nil, province: "Quang Ngai", scope: .province),
                   Tie(mention: "150 giường bệnh", facility: nil, province: "Quang Ngai", scope: .province),
                   Tie(mention: "300 tỷ đồng", facility: nil, province: "Quang Ngai", scope: .province)]),
        Row(id: "en: 'City Centre for Disease Control' is a CDC, not a city centre",
            text: "Can Tho City Centre for Disease Control will get VND30 billion for a laboratory.",
            ties: [Tie(mention: "VND30 billion", facility: "can-tho/provincial/cdc", province: "Can Tho", scope: .facility)]),
        Row(id: "en: a province that starts with 'An' after an agency's dash is the province, not an article",
            text: "An Giang (VNA) - An Giang Obstetrics and Paediatrics Hospital opened a block worth VND250 billion.",
            ties: [Tie(mention: "VND250 billion", facility: "an-giang/provincial/obstetrics-paediatrics-hospital", province: "An Giang", scope: .facility)]),
        Row(id: "en: a second hospital that opens its clause is what 'the hospital' of the next paragraph means",
            text: "Ha Tinh General Hospital expands\n\nHa Tinh General Hospital opened two wards.\n\nMeanwhile, Ha Tinh Lung Hospital has started work on a new block.\n\nThe hospital will spend VND90 billion on the block.",
            ties: [Tie(mention: "VND90 billion", facility: "ha-tinh/provincial/lung-hospital", province: "Ha Tinh", scope: .facility)]),
        Row(id: "en: 'tuberculosis and lung disease' names a lung hospital, and 'Named' opening a sentence is no place",
            text: "The Tien Giang Tuberculosis and Lung Disease Hospital will have 200 beds. Named Tien Giang Lung Hospital since 2010, it treats 90 patients a day.",
            ties: [Tie(mention: "200 beds", facility: "tien-giang/provincial/lung-hospital", province: "Tien Giang", scope: .facility)]),
        Row(id: "vi: a headline that opens with a national cue makes the story national; the city where it was said is no province",
            text: "Sức khỏe > Chính sách\n\nToàn quốc có thêm 12.000 giường bệnh\n\nTại hội nghị ở Hà Nội ngày 5/1, Bộ Y tế cho biết số giường bệnh đã tăng mạnh.\n\nMục tiêu đến năm 2030 là đạt 35 giường bệnh trên 10.000 dân.",
            ties: [Tie(mention: "12.000 giường bệnh", facility: nil, province: nil, scope: .national),
                   Tie(mention: "35 giường bệnh trên 10.000 dân", facility: nil, province: nil, scope: .national)]),
        Row(id: "vi: first in the country (đứng đầu cả nước) is said of a province: the story stays provincial",
            text: "Bắc Ninh đứng đầu cả nước về số bác sĩ\n\nTỉnh Bắc Ninh hiện có 2.100 giường bệnh công lập.",
            ties: [Tie(mention: "2.100 giường bệnh", facility: nil, province: "Bac Ninh", scope: .province)]),
        Row(id: "en: a campus before the name and 'of' belongs to the name after it",
            text: "Facility 2 of Quang Tri General Hospital will have 600 beds.",
            ties: [Tie(mention: "600 beds", facility: "quang-tri/provincial/general-hospital/facility-2", province: "Quang Tri", scope: .facility)]),
        Row(id: "vi: campus 1 is the existing hospital, keyed as an English page's existing one",
            text: "Bệnh viện Đa khoa tỉnh Nghệ An (cơ sở 1) có 900 giường.",
            ties: [Tie(mention: "900 giường", facility: "nghe-an/provincial/general-hospital/existing", province: "Nghe An", scope: .facility)]),
        Row(id: "en: a campus number with a leading zero is that campus ('Facility 02' is facility 2)",
            text: "The Ha Tinh General Hospital Facility 02 will have 350 beds.",
            ties: [Tie(mention: "350 beds", facility: "ha-tinh/provincial/general-hospital/facility-2", province: "Ha Tinh", scope: .facility)]),
        Row(id: "vi: a partner (phối hợp với …) owns none of the figures, and the hospital later is the story's, not the partner",
            text: "Bệnh viện Đa khoa tỉnh Lai Châu mở rộng đào tạo\n\nBệnh viện Đa khoa tỉnh Lai Châu đã phối hợp với Bệnh viện Bạch Mai tổ chức 4 khóa đào tạo cho 28 bác sĩ.\n\nTrước đây, bệnh viện chỉ có 300 giường.",
            ties: [Tie(mention: "4 khóa đào tạo", facility: "lai-chau/provincial/general-hospital", province: "Lai Chau", scope: .facility),
                   Tie(mention: "28 bác sĩ", facility: "lai-chau/provincial/general-hospital", province: "Lai Chau", scope: .facility),
                   Tie(mention: "300 giường", facility: "lai-chau/provincial/general-hospital", province: "Lai Chau", scope: .facility)]),
        Row(id: "en: a partner after 'together with' owns none of the figures",
            text: "Lai Chau hospital trains doctors\n\nLai Chau General Hospital, together with Bach Mai Hospital, trained 28 doctors last year. The hospital now has 450 beds.",
            ties: [Tie(mention: "28 doctors", facility: "lai-chau/provincial/general-hospital", province: "Lai Chau", scope: .facility),
                   Tie(mention: "450 beds", facility: "lai-chau/provincial/general-hospital", province: "Lai Chau", scope: .facility)]),
        Row(id: "en: 'of which' after a figure and its conversion makes the figure the total and those after it its parts",
            text: "Quang Tri builds a clinic\n\nThe Cam Lo District Medical Centre will cost VND80 billion (US$3.2 million), of which VND50 billion comes from the central budget and VND30 billion from the province.",
            ties: [Tie(mention: "VND80 billion", facility: "quang-tri/cam-lo/district/medical-centre", province: "Quang Tri", scope: .facility, role: .total),
                   Tie(mention: "US$3.2 million", facility: "quang-tri/cam-lo/district/medical-centre", province: "Quang Tri", scope: .facility, role: .conversion),
                   Tie(mention: "VND50 billion", facility: "quang-tri/cam-lo/district/medical-centre", province: "Quang Tri", scope: .facility, role: .part),
                   Tie(mention: "VND30 billion", facility: "quang-tri/cam-lo/district/medical-centre", province: "Quang Tri", scope: .facility, role: .part)]),
        Row(id: "en: 'Of the total' opening the next sentence points back at the total: its first figure is a part",
            text: "Quang Tri approves a VND300 billion plan for the Quang Tri Lung Hospital. Of the total, VND200 billion will come from the central budget and VND100 billion from the provincial budget.",
            ties: [Tie(mention: "VND300 billion", facility: "quang-tri/provincial/lung-hospital", province: "Quang Tri", scope: .facility, role: .total),
                   Tie(mention: "VND200 billion", facility: "quang-tri/provincial/lung-hospital", province: "Quang Tri", scope: .facility, role: .part),
                   Tie(mention: "VND100 billion", facility: "quang-tri/provincial/lung-hospital", province: "Quang Tri", scope: .facility, role: .part)]),
        Row(id: "vi: 'hiện có' before a number says what the hospital has now; it is not the old hospital",
            text: "Bệnh viện Đa khoa tỉnh Gia Lai hiện có 750 giường kế hoạch.",
            ties: [Tie(mention: "750 giường kế hoạch", facility: "gia-lai/provincial/general-hospital", province: "Gia Lai", scope: .facility)]),
        Row(id: "vi: 'cũ' after the name is the old hospital",
            text: "Gia Lai xây bệnh viện mới\n\nBệnh viện Đa khoa tỉnh Gia Lai cũ có 500 giường.",
            ties: [Tie(mention: "500 giường", facility: "gia-lai/provincial/general-hospital/existing", province: "Gia Lai", scope: .facility)]),
        Row(id: "en: 'the hospital' after 'for' is not the trainer the sentence named first, and joined figures share the link",
            text: "Works begin on Dien Ban hospital\n\n(QNO) - Construction of the Dien Ban Regional General Hospital began in Quang Nam on Friday.\n\nUnder a new agreement, Hoa Vang Central Hospital will train 40 doctors and 70 nurses for the new hospital.",
            ties: [Tie(mention: "40 doctors", facility: "quang-nam/dien-ban/regional/general-hospital", province: "Quang Nam", scope: .facility),
                   Tie(mention: "70 nurses", facility: "quang-nam/dien-ban/regional/general-hospital", province: "Quang Nam", scope: .facility)]),
        Row(id: "vi: 'cho bệnh viện' before the trainees is the hospital trained, not the trainer; 'của bệnh viện' is the one named",
            text: "Bệnh viện Đa khoa tỉnh Sơn La nâng chất lượng\n\nBệnh viện Đa khoa tỉnh Sơn La vừa đưa vào sử dụng khu điều trị mới.\n\nBệnh viện Trung ương Ba Vì đã đào tạo cho bệnh viện 35 bác sĩ.\n\nBệnh viện Phổi Sơn La nâng quy mô của bệnh viện lên 220 giường.",
            ties: [Tie(mention: "35 bác sĩ", facility: "son-la/provincial/general-hospital", province: "Son La", scope: .facility),
                   Tie(mention: "220 giường", facility: "son-la/provincial/lung-hospital", province: "Son La", scope: .facility)]),
        Row(id: "vi: a central hospital that names no place trains the story hospital's staff; a later 'bệnh viện' is the story's",
            text: "Bệnh viện Sản Nhi Lào Cai đón đoàn chuyên gia\n\nBệnh viện Sản Nhi Lào Cai vừa bổ sung 120 giường bệnh.\n\nTheo đề án hỗ trợ, Bệnh viện Phụ sản Trung ương đã mở 4 khóa đào tạo hồi sức sơ sinh.\n\nNgoài ra, bệnh viện cử 9 bác sĩ đi học tại Hà Nội.",
            ties: [Tie(mention: "120 giường bệnh", facility: "lao-cai/provincial/obstetrics-paediatrics-hospital", province: "Lao Cai", scope: .facility),
                   Tie(mention: "4 khóa đào tạo", facility: "lao-cai/provincial/obstetrics-paediatrics-hospital", province: "Lao Cai", scope: .facility),
                   Tie(mention: "9 bác sĩ", facility: "lao-cai/provincial/obstetrics-paediatrics-hospital", province: "Lao Cai", scope: .facility)]),
        Row(id: "vi: a province in brackets after the venue's name places neither the venue's trainees nor the sender; 'năm 2024 bệnh viện' is the sender",
            text: "Bệnh viện Đa khoa tỉnh Bến Tre mở rộng\n\nBệnh viện Đa khoa tỉnh Bến Tre có 900 giường.\n\nNăm 2024 bệnh viện đã cử 16 bác sĩ đi học tại Bệnh viện Nhân dân Gia Định (TP Hồ Chí Minh).",
            ties: [Tie(mention: "900 giường", facility: "ben-tre/provincial/general-hospital", province: "Ben Tre", scope: .facility),
                   Tie(mention: "16 bác sĩ", facility: "ben-tre/provincial/general-hospital", province: "Ben Tre", scope: .facility)]),
        Row(id: "en: provinces a list joins to a venue's are where trainees went, not whose they are",
            text: "Binh Phuoc health sector reviews its year\n\nThe Binh Phuoc health sector ran 30 courses, while 55 nurses were sent to central hospitals in Hanoi and Ho Chi Minh City.",
            ties: [Tie(mention: "30 courses", facility: nil, province: "Binh Phuoc", scope: .province),
                   Tie(mention: "55 nurses", facility: nil, province: "Binh Phuoc", scope: .province)]),
        Row(id: "vi: a province inside a central hospital's name does not make the article that province's",
            text: "Bệnh viện tỉnh nâng cao năng lực nhờ mô hình vệ tinh\n\nBệnh viện Trung ương Huế đã nhận Bệnh viện Đa khoa tỉnh Quảng Trị làm bệnh viện vệ tinh.\n\nHai năm qua, Bệnh viện Trung ương Huế đã cử chuyên gia hỗ trợ thường xuyên. Bệnh viện Trung ương Huế cũng tiếp nhận bác sĩ đến học.\n\nHiện bệnh viện tỉnh có 650 giường bệnh.",
            ties: [Tie(mention: "650 giường bệnh", facility: "quang-tri/provincial/general-hospital", province: "Quang Tri", scope: .facility)]),
        Row(id: "en: a facility an earlier count of trainees went to is where they trained, for a later count of the sentence too",
            text: "Khanh Hoa private hospital opens\n\nTan Phu International Hospital opened in Nha Trang with 200 beds. Before the opening, 40 nurses finished a course at Cho Ray Hospital in Ho Chi Minh City, and six doctors were trained in Singapore.",
            ties: [Tie(mention: "200 beds", facility: "khanh-hoa/tan-phu/international-hospital", province: "Khanh Hoa", scope: .facility),
                   Tie(mention: "40 nurses", facility: "khanh-hoa/tan-phu/international-hospital", province: "Khanh Hoa", scope: .facility),
                   Tie(mention: "six doctors", facility: "khanh-hoa/tan-phu/international-hospital", province: "Khanh Hoa", scope: .facility)]),
        Row(id: "vi: a province at the end of a school's name five words long does not place the trainees",
            text: "Ngành y tế Bình Định tổng kết năm 2024\n\nNăm 2024, ngành đã cử 120 lượt cán bộ đi đào tạo, trong đó 30 bác sĩ học chuyên khoa tại Trường Đại học Y Dược Huế.",
            ties: [Tie(mention: "120 lượt cán bộ", facility: nil, province: "Binh Dinh", scope: .province),
                   Tie(mention: "30 bác sĩ", facility: nil, province: "Binh Dinh", scope: .province)]),
        Row(id: "vi: a sector heading under a site's masthead makes the story the province's",
            text: "Sức khỏe Bình Định - Chuyên trang thông tin của Sở Y tế tỉnh\n\nNgành y tế Bình Định năm 2024: đạt 30 giường bệnh/vạn dân\n\n10/01/2025 09:12 | Lượt xem: 1.284\n\nNăm 2024, Trung tâm Y tế huyện Tuy Phước đưa vào sử dụng 60 giường bệnh mới. Trung tâm Y tế huyện Tuy Phước được đầu tư 40 tỷ đồng.\n\nTrong năm, ngành tổ chức 25 lớp đào tạo cho 700 lượt cán bộ.",
            ties: [Tie(mention: "30 giường bệnh/vạn dân", facility: nil, province: "Binh Dinh", scope: .province),
                   Tie(mention: "60 giường bệnh", facility: "binh-dinh/tuy-phuoc/district/medical-centre", province: "Binh Dinh", scope: .facility),
                   Tie(mention: "40 tỷ đồng", facility: "binh-dinh/tuy-phuoc/district/medical-centre", province: "Binh Dinh", scope: .facility),
                   Tie(mention: "25 lớp đào tạo", facility: nil, province: "Binh Dinh", scope: .province),
                   Tie(mention: "700 lượt cán bộ", facility: nil, province: "Binh Dinh", scope: .province)]),
        Row(id: "en: yen in brackets after a sum is its conversion",
            text: "Phu Yen hospital loan signed\n\nThe project costs VND700 billion (about 4.1 billion yen), of which JICA lends VND500 billion.",
            ties: [Tie(mention: "VND700 billion", facility: "phu-yen/provincial/general-hospital", province: "Phu Yen", scope: .facility, role: .total),
                   Tie(mention: "4.1 billion yen", facility: "phu-yen/provincial/general-hospital", province: "Phu Yen", scope: .facility, role: .conversion),
                   Tie(mention: "VND500 billion", facility: "phu-yen/provincial/general-hospital", province: "Phu Yen", scope: .facility, role: .part)]),
        Row(id: "en: a project's phases are parts of the total stated before them, each run of phases adding to it, and a phase word reaches across its beds to its money",
            text: "Hoa Binh private hospital opens\n\nVan Son International Hospital, with 300 beds and a total investment of VND900 billion, opened in Hoa Binh city on Sunday.\n\nThe first phase, with 200 beds, cost VND600 billion. A second phase adding 100 beds is due in 2027.",
            ties: [Tie(mention: "300 beds", facility: "hoa-binh/van-son/international-hospital", province: "Hoa Binh", scope: .facility, role: .total),
                   Tie(mention: "VND900 billion", facility: "hoa-binh/van-son/international-hospital", province: "Hoa Binh", scope: .facility, role: .total),
                   Tie(mention: "200 beds", facility: "hoa-binh/van-son/international-hospital", province: "Hoa Binh", scope: .facility, role: .part),
                   Tie(mention: "VND600 billion", facility: "hoa-binh/van-son/international-hospital", province: "Hoa Binh", scope: .facility, role: .part),
                   Tie(mention: "100 beds", facility: "hoa-binh/van-son/international-hospital", province: "Hoa Binh", scope: .facility, role: .part)]),
        Row(id: "en: a lone phase before a figure of a later paragraph is not its part",
            text: "Ca Mau General Hospital plans a new wing\n\nThe first phase of the wing, with 400 beds, opens in 2027.\n\nCa Mau General Hospital now has 650 beds.",
            ties: [Tie(mention: "400 beds", facility: "ca-mau/provincial/general-hospital", province: "Ca Mau", scope: .facility),
                   Tie(mention: "650 beds", facility: "ca-mau/provincial/general-hospital", province: "Ca Mau", scope: .facility)]),
        Row(id: "vi: names listed in passing, the list ending in a name no table knows, are not a later paragraph's 'Bệnh viện'; 'trẻ em' is a specialty",
            text: "Bệnh viện Đa khoa Quốc tế Minh An ở Hải Phòng khai trương\n\nBệnh viện Đa khoa Quốc tế Minh An có 200 giường bệnh.\n\nNhiều bác sĩ của bệnh viện từng công tác tại Bệnh viện Hữu nghị, Bệnh viện Trẻ em Hải Phòng và Viện Y học biển.\n\nBệnh viện đã mở 5 khóa đào tạo cho 90 học viên.",
            ties: [Tie(mention: "200 giường bệnh", facility: "hai-phong/minh-an/international-hospital", province: "Hai Phong", scope: .facility),
                   Tie(mention: "5 khóa đào tạo", facility: "hai-phong/minh-an/international-hospital", province: "Hai Phong", scope: .facility),
                   Tie(mention: "90 học viên", facility: "hai-phong/minh-an/international-hospital", province: "Hai Phong", scope: .facility)]),
        Row(id: "vi: a facility named only in a caption is not what the page is about; a level alone names every such facility; each province's share is its own, a sum after a list of provinces none's",
            text: "Ba tỉnh miền núi được cấp 900 tỷ đồng cho y tế cơ sở\n\nHÀ NỘI - Lai Châu, Điện Biên và Sơn La được giao tổng cộng 900 tỷ đồng để nâng cấp trạm y tế xã.\n\nTrong đó, Lai Châu được phân bổ 350 tỷ đồng, Điện Biên 300 tỷ đồng và Sơn La 250 tỷ đồng.\n\nTrạm y tế xã Pa Ủ, Lai Châu, một trạm được sửa chữa bằng nguồn vốn này. Ảnh: Minh Hà",
            ties: [Tie(mention: "900 tỷ đồng", facility: nil, province: "Lai Chau", scope: .province, role: .total),
                   Tie(mention: "900 tỷ đồng", facility: nil, province: nil, scope: .national, role: .total),
                   Tie(mention: "350 tỷ đồng", facility: nil, province: "Lai Chau", scope: .province, role: .part),
                   Tie(mention: "300 tỷ đồng", facility: nil, province: "Dien Bien", scope: .province, role: .part),
                   Tie(mention: "250 tỷ đồng", facility: nil, province: "Son La", scope: .province, role: .part)]),
        Row(id: "vi: plain words may describe a district before its name ('huyện miền núi Lục Ngạn')",
            text: "Bắc Giang đầu tư cho y tế tuyến huyện\n\nTỉnh Bắc Giang dành thêm vốn cho các trung tâm y tế.\n\nTại huyện miền núi Lục Ngạn, Trung tâm Y tế huyện được đầu tư 60 tỷ đồng.",
            ties: [Tie(mention: "60 tỷ đồng", facility: "bac-giang/luc-ngan/district/medical-centre", province: "Bac Giang", scope: .facility)]),
        Row(id: "vi: a title whose subject is the province and that names no facility is about the province; one that only labels the story with its province is not",
            text: "Quảng Trị đặt mục tiêu 32 giường bệnh/vạn dân vào năm 2030\n\n(QTO) - UBND tỉnh Quảng Trị vừa ban hành kế hoạch phát triển y tế với tổng nhu cầu vốn khoảng 3.200 tỷ đồng.\n\nTrung tâm Y tế huyện Cam Lộ sẽ được nâng lên 150 giường. Trung tâm Y tế huyện Cam Lộ đang xây khu nội trú.\n\nGiai đoạn tới, tỉnh sẽ đào tạo 300 bác sĩ.",
            ties: [Tie(mention: "32 giường bệnh/vạn dân", facility: nil, province: "Quang Tri", scope: .province),
                   Tie(mention: "3.200 tỷ đồng", facility: nil, province: "Quang Tri", scope: .province),
                   Tie(mention: "150 giường", facility: "quang-tri/cam-lo/district/medical-centre", province: "Quang Tri", scope: .facility),
                   Tie(mention: "300 bác sĩ", facility: nil, province: "Quang Tri", scope: .province)]),
        Row(id: "vi: a province before a colon only labels the story: its trainees are the hospital's",
            text: "Quảng Trị: 40 lượt cán bộ được tuyến trên đào tạo\n\nBệnh viện Đa khoa tỉnh Quảng Trị vừa hoàn thành đợt đào tạo.\n\nBệnh viện Trung ương Huế đã tổ chức 4 khóa đào tạo cho 40 lượt cán bộ.",
            ties: [Tie(mention: "40 lượt cán bộ", facility: "quang-tri/provincial/general-hospital", province: "Quang Tri", scope: .facility),
                   Tie(mention: "4 khóa đào tạo", facility: "quang-tri/provincial/general-hospital", province: "Quang Tri", scope: .facility),
                   Tie(mention: "40 lượt cán bộ", facility: "quang-tri/provincial/general-hospital", province: "Quang Tri", scope: .facility)]),
        Row(id: "en: a central hospital's own figures are in no province the article assumes, and it is not what the page is about beside a placed one",
            text: "Thanh Hoa Lung Hospital joins a national network\n\nThe National Lung Hospital has 1,000 beds. Thanh Hoa Lung Hospital has 300 beds.",
            ties: [Tie(mention: "1,000 beds", facility: "-/central/lung-hospital", province: nil, scope: .facility),
                   Tie(mention: "300 beds", facility: "thanh-hoa/provincial/lung-hospital", province: "Thanh Hoa", scope: .facility)]),
        Row(id: "en: a named hospital placed in a province after it, or by 'X-based' before it, is in that province",
            text: "Ben Tre hospital gets help\n\nBen Tre General Hospital has 700 beds.\n\nMy Tho Central Hospital in Tien Giang has 1,100 beds. Hanoi-based Long Bien Central Hospital has 1,400 beds.",
            ties: [Tie(mention: "700 beds", facility: "ben-tre/provincial/general-hospital", province: "Ben Tre", scope: .facility),
                   Tie(mention: "1,100 beds", facility: "tien-giang/my-tho/central/general-hospital", province: "Tien Giang", scope: .facility),
                   Tie(mention: "1,400 beds", facility: "hanoi/long-bien/central/general-hospital", province: "Hanoi", scope: .facility)]),
        Row(id: "en: a province alone before a dash opening the lead is a dateline, not the start of the name",
            text: "Soc Trang clinic grows\n\nSoc Trang – Long Phu Regional General Hospital has opened a block with 160 beds.",
            ties: [Tie(mention: "160 beds", facility: "soc-trang/long-phu/regional/general-hospital", province: "Soc Trang", scope: .facility)]),
        Row(id: "en: a sentence opening with the province and naming no facility is the province's; 'hospital beds' names none",
            text: "Phu Yen Tuy Hoa Hospital adds a wing\n\nThe Tuy Hoa Regional General Hospital opened a wing with 120 beds.\n\nPhu Yen now has 3,100 public hospital beds.",
            ties: [Tie(mention: "120 beds", facility: "phu-yen/tuy-hoa/regional/general-hospital", province: "Phu Yen", scope: .facility),
                   Tie(mention: "3,100 public hospital beds", facility: nil, province: "Phu Yen", scope: .province)]),
        Row(id: "en: a headline's partial name counts for the one named facility it fits, over a partner named more often",
            text: "Lang Son regional hospital trains staff\n\n(LSO) - The Loc Binh Regional General Hospital has become a satellite of the Bach Ma Central Hospital.\n\nThe Bach Ma Central Hospital sent experts twice. The Bach Ma Central Hospital will send more.\n\nNow it has 260 beds.",
            ties: [Tie(mention: "260 beds", facility: "lang-son/loc-binh/regional/general-hospital", province: "Lang Son", scope: .facility)]),
        Row(id: "en: 'the hospital' of the text does not point back to a name in a photo's caption",
            text: "Kien Giang opens Rach Gia wing\n\n(KGO) - The Rach Gia Regional General Hospital opened a new wing on Monday.\n\nStaff of the Ha Tien Central Hospital attend the opening. Photo: KGO\n\nThe hospital now has 410 beds.",
            ties: [Tie(mention: "410 beds", facility: "kien-giang/rach-gia/regional/general-hospital", province: "Kien Giang", scope: .facility)]),
        Row(id: "vi: a district's centre named by its level alone is the district its sentence names; a province in brackets is its name's only",
            text: "Hà Giang nâng cấp y tế tuyến huyện\n\nTại huyện Bắc Mê, Trung tâm Y tế huyện được đầu tư 60 tỷ đồng. Trung tâm Y tế huyện Vị Xuyên có 140 giường, gần Bệnh viện Đa khoa khu vực Nghĩa Lộ (Yên Bái).",
            ties: [Tie(mention: "60 tỷ đồng", facility: "ha-giang/bac-me/district/medical-centre", province: "Ha Giang", scope: .facility),
                   Tie(mention: "140 giường", facility: "ha-giang/vi-xuyen/district/medical-centre", province: "Ha Giang", scope: .facility)]),
        Row(id: "vi: figures joined to a part by 'và' or a comma are parts too, and the figure before the opener is their total",
            text: "Sơn La có thêm giường bệnh\n\nToàn tỉnh Sơn La hiện có 3.600 giường bệnh, trong đó tuyến tỉnh 1.900 giường và tuyến huyện 1.700 giường. Năm 2024 tỉnh có 420 tỷ đồng, trong đó vốn trung ương 300 tỷ đồng, vốn tỉnh 120 tỷ đồng.",
            ties: [Tie(mention: "3.600 giường bệnh", facility: nil, province: "Son La", scope: .province, role: .total),
                   Tie(mention: "1.900 giường", facility: nil, province: "Son La", scope: .province, role: .part),
                   Tie(mention: "1.700 giường", facility: nil, province: "Son La", scope: .province, role: .part),
                   Tie(mention: "420 tỷ đồng", facility: nil, province: "Son La", scope: .province, role: .total),
                   Tie(mention: "300 tỷ đồng", facility: nil, province: "Son La", scope: .province, role: .part),
                   Tie(mention: "120 tỷ đồng", facility: nil, province: "Son La", scope: .province, role: .part)]),
        Row(id: "en: 'in total' right after a figure makes it the total, not the part after it; a count of hospitals is no national cue",
            text: "Ben Tre beds\n\nThe province's hospitals currently have 4,200 beds in total, including 2,300 beds at provincial level.",
            ties: [Tie(mention: "4,200 beds", facility: nil, province: "Ben Tre", scope: .province, role: .total),
                   Tie(mention: "2,300 beds", facility: nil, province: "Ben Tre", scope: .province, role: .part)]),
        Row(id: "en: a hospital the lead names in passing is not what 'the hospital' of the next paragraph means",
            text: "Work starts on Tra Linh hospital\n\n(CBO) - Cao Bang broke ground on the Tra Linh General Hospital, which will relieve the existing provincial hospital in Cao Bang city.\n\nAccording to the investor, the hospital carries a total investment of VND900 billion.",
            ties: [Tie(mention: "VND900 billion", facility: "cao-bang/tra-linh/general-hospital", province: "Cao Bang", scope: .facility)]),
        Row(id: "en: a province opening the sentence places its partial name there, over a city named later",
            text: "Hanoi hospital helps provinces\n\n(HNM) - Hoan Kiem Central Hospital in Hanoi trains doctors for many provinces.\n\nIn Lai Chau, the provincial general hospital sent 45 staff to courses in Hanoi and now has 520 beds.",
            ties: [Tie(mention: "45 staff", facility: "lai-chau/provincial/general-hospital", province: "Lai Chau", scope: .facility),
                   Tie(mention: "520 beds", facility: "lai-chau/provincial/general-hospital", province: "Lai Chau", scope: .facility)]),
        Row(id: "en: 'the hospitals' named in passing in the lead do not make the story one about many facilities",
            text: "Work starts on Bat Xat hospital\n\n(LCO) - Lao Cai began building the Bat Xat Regional General Hospital, which will take pressure off the hospitals in Lao Cai city.\n\nThe total investment is VND640 billion.",
            ties: [Tie(mention: "VND640 billion", facility: "lao-cai/bat-xat/regional/general-hospital", province: "Lao Cai", scope: .facility)]),
        Row(id: "en: 'for the hospital' in a sentence naming the story's own hospital is that hospital; a comma ends a list of figures before a link",
            text: "Hung Yen General Hospital expands\n\nHung Yen General Hospital will open a new building in June.\n\nDirector of Hung Yen General Hospital Tran Van B said Bach Mai will train 50 doctors for the hospital. It employs 700 nurses, and 30 doctors for the Van Lam District Medical Centre were trained there.",
            ties: [Tie(mention: "50 doctors", facility: "hung-yen/provincial/general-hospital", province: "Hung Yen", scope: .facility),
                   Tie(mention: "30 doctors", facility: "hung-yen/van-lam/district/medical-centre", province: "Hung Yen", scope: .facility)]),
        Row(id: "en: 'in' a district that shares a province's name does not place a hospital in that province",
            text: "Quang Binh private hospital opens\n\nMinh Duc Hospital in Quang Ninh district of Quang Binh province opened with 150 beds.",
            ties: [Tie(mention: "150 beds", facility: "quang-binh/minh-duc/general-hospital", province: "Quang Binh", scope: .facility)]),
        Row(id: "en: a province opening a sentence, a comma before the figure, is no province aggregate; 'In' opening it is no part of a district",
            text: "Nghe An General Hospital opens new wing\n\nNghe An General Hospital on Monday inaugurated a new treatment wing.\n\nHa Tinh patients will no longer travel to Hanoi, as the wing adds 300 beds.\n\nIn Ky Son district, the district medical centre will get 60 new beds.",
            ties: [Tie(mention: "300 beds", facility: "nghe-an/provincial/general-hospital", province: "Nghe An", scope: .facility),
                   Tie(mention: "60 new beds", facility: "nghe-an/ky-son/district/medical-centre", province: "Nghe An", scope: .facility)]),
        Row(id: "en: a city opening a sentence of saying is where it was said; the figure stays the story's",
            text: "Moc Chau hospital to expand\n\n(SLO) - Son La will expand the Moc Chau Regional General Hospital.\n\nIn Hanoi, the Health Ministry said a new general hospital will receive VND120 billion.\n\nIn Hanoi, officials said the province will add 300 beds.",
            ties: [Tie(mention: "VND120 billion", facility: "son-la/moc-chau/regional/general-hospital", province: "Son La", scope: .facility),
                   Tie(mention: "300 beds", facility: nil, province: "Son La", scope: .province)]),
        Row(id: "vi: a city opening a sentence of saying is where it was said; 'đơn vị' stands for the story's facility",
            text: "Mộc Châu mở rộng bệnh viện\n\n(SLO) - Sơn La mở rộng Bệnh viện Đa khoa khu vực Mộc Châu.\n\nTại Hà Nội, lãnh đạo Bộ Y tế cho biết bệnh viện sẽ được cấp 120 tỷ đồng.\n\nTại Hà Nội, ông A cho biết năm nay Bệnh viện Bạch Mai đã đào tạo cho đơn vị 35 bác sĩ.",
            ties: [Tie(mention: "120 tỷ đồng", facility: "son-la/moc-chau/regional/general-hospital", province: "Son La", scope: .facility),
                   Tie(mention: "35 bác sĩ", facility: "son-la/moc-chau/regional/general-hospital", province: "Son La", scope: .facility)]),
        Row(id: "en: 'its' right before a figure is the hospital's; a province right after a name is the name's; 'hospital capacity' names no hospital",
            text: "Yen Chau hospital readies staff\n\n(SLO) - Son La is finishing the Yen Chau Regional General Hospital.\n\nThe hospital prepared its staff: this year it sent all of its 80 nurses on courses.\n\nThang Long Central Hospital in Hanoi has trained 25 doctors for the district hospital.\n\nThe new block lifts the province's public hospital capacity to 3,900 beds.",
            ties: [Tie(mention: "80 nurses", facility: "son-la/yen-chau/regional/general-hospital", province: "Son La", scope: .facility),
                   Tie(mention: "25 doctors", facility: "son-la/district/general-hospital", province: "Son La", scope: .facility),
                   Tie(mention: "3,900 beds", facility: nil, province: "Son La", scope: .province)]),
        Row(id: "en: a headline's province and bare kind word is the lead's one hospital of that province",
            text: "Son La hospital to expand\n\n(SLO) - Son La will expand the Moc Chau Regional General Hospital.\n\nThe hospital will receive VND120 billion.",
            ties: [Tie(mention: "VND120 billion", facility: "son-la/moc-chau/regional/general-hospital", province: "Son La", scope: .facility)]),
        Row(id: "en: a headline's province and bare kind word that the body names again is the provincial hospital",
            text: "Son La hospital to expand\n\n(SLO) - Son La will expand the Moc Chau Regional General Hospital.\n\nSon La General Hospital, the provincial one, has 900 beds.",
            ties: [Tie(mention: "900 beds", facility: "son-la/provincial/general-hospital", province: "Son La", scope: .facility)]),
        Row(id: "vi: facilities counted after the one a lead sentence names do not make the story one about many; a later paragraph's bare 'Bệnh viện' is that one",
            text: "Bệnh viện Đa khoa tỉnh Hà Giang mở lớp cho tuyến huyện\n\n(HGO) - Năm nay, Bệnh viện Đa khoa tỉnh Hà Giang đã mở 9 lớp tập huấn cho nhân viên của 11 trung tâm y tế huyện.\n\nBệnh viện còn nhận 7 bác sĩ của Bệnh viện Đa khoa tỉnh Tuyên Quang đến học.\n\nBệnh viện hiện có 720 giường bệnh.",
            ties: [Tie(mention: "9 lớp tập huấn", facility: "ha-giang/provincial/general-hospital", province: "Ha Giang", scope: .facility),
                   Tie(mention: "720 giường bệnh", facility: "ha-giang/provincial/general-hospital", province: "Ha Giang", scope: .facility)]),
        Row(id: "en: people trained at partners ('trained at the …', a list joined by 'and the …') are the story's hospital's",
            text: "Hoa Binh Lung Hospital prepares for its new wing\n\n(HBO) - Hoa Binh Lung Hospital is building a new wing for VND90 billion.\n\nBefore it opens, 40 nurses will be trained at the Central Lung Hospital and the National Cancer Hospital in Hanoi.",
            ties: [Tie(mention: "VND90 billion", facility: "hoa-binh/provincial/lung-hospital", province: "Hoa Binh", scope: .facility),
                   Tie(mention: "40 nurses", facility: "hoa-binh/provincial/lung-hospital", province: "Hoa Binh", scope: .facility)]),
        Row(id: "en: doctors trained for places' centres in the plural are the province's, and a province in the trainer's name places neither figure",
            text: "Ha Tinh district centres get new equipment\n\n(HTO) - Ha Tinh will spend VND40 billion on equipment for its district medical centres.\n\nHue Central Hospital has agreed to train 25 doctors for the Ky Anh and Huong Son centres, while the province aims to send 60 district doctors on specialist courses by 2026.",
            ties: [Tie(mention: "VND40 billion", facility: nil, province: "Ha Tinh", scope: .province),
                   Tie(mention: "25 doctors", facility: nil, province: "Ha Tinh", scope: .province),
                   Tie(mention: "60 district doctors", facility: nil, province: "Ha Tinh", scope: .province)]),
        Row(id: "en: a unit a hospital opens ('a new stroke centre') is no facility of its own; its beds are the hospital's",
            text: "Quang Tri hospital opens new unit\n\n(QTO) - Quang Tri General Hospital has opened a new stroke centre with 45 beds.",
            ties: [Tie(mention: "45 beds", facility: "quang-tri/provincial/general-hospital", province: "Quang Tri", scope: .facility)]),
        Row(id: "vi: trainees sent to learn 'tại' a hospital, and 'bác sĩ của bệnh viện' trained by another, are the story's hospital's",
            text: "Bệnh viện Đa khoa tỉnh Kon Tum chuẩn bị nhân lực\n\n(KTO) - Bệnh viện Đa khoa tỉnh Kon Tum đang xây khối nhà mới với tổng vốn 150 tỷ đồng.\n\nNăm nay, 18 điều dưỡng được cử đi học hồi sức tại Bệnh viện Chợ Rẫy.\n\nBệnh viện Trung ương Huế đã đào tạo, chuyển giao kỹ thuật cho 27 bác sĩ của bệnh viện.",
            ties: [Tie(mention: "150 tỷ đồng", facility: "kon-tum/provincial/general-hospital", province: "Kon Tum", scope: .facility),
                   Tie(mention: "18 điều dưỡng", facility: "kon-tum/provincial/general-hospital", province: "Kon Tum", scope: .facility),
                   Tie(mention: "27 bác sĩ", facility: "kon-tum/provincial/general-hospital", province: "Kon Tum", scope: .facility)]),
        Row(id: "vi: a bare 'trung tâm' is the medical centre named before; 'trung tâm huyện' is the district's town, no facility",
            text: "Khởi công mở rộng Trung tâm Y tế huyện Đức Trọng\n\nLÂM ĐỒNG - Sáng 5/3, UBND tỉnh Lâm Đồng khởi công dự án mở rộng Trung tâm Y tế huyện Đức Trọng với tổng vốn 60 tỷ đồng.\n\nTheo thỏa thuận, bệnh viện tuyến tỉnh sẽ đào tạo 14 bác sĩ cho trung tâm trong hai năm tới.\n\nỞ trung tâm huyện, Bệnh viện Chợ Rẫy đã đào tạo, chuyển giao kỹ thuật cho 22 bác sĩ của trung tâm.",
            ties: [Tie(mention: "60 tỷ đồng", facility: "lam-dong/duc-trong/district/medical-centre", province: "Lam Dong", scope: .facility),
                   Tie(mention: "14 bác sĩ", facility: "lam-dong/duc-trong/district/medical-centre", province: "Lam Dong", scope: .facility),
                   Tie(mention: "22 bác sĩ", facility: "lam-dong/duc-trong/district/medical-centre", province: "Lam Dong", scope: .facility)]),
        Row(id: "en: parts that add up to a little more than a total written coarser ('more than VND1.5 trillion') are its parts",
            text: "Yen Bai starts work on lung hospital\n\n(YBO) - Construction began on the Yen Bai Lung Hospital, designed for 200 beds.\n\nThe approved cost is more than VND1.5 trillion. The central budget will cover VND900 billion, while the remaining VND638 billion comes from the province.",
            ties: [Tie(mention: "200 beds", facility: "yen-bai/provincial/lung-hospital", province: "Yen Bai", scope: .facility),
                   Tie(mention: "VND1.5 trillion", facility: "yen-bai/provincial/lung-hospital", province: "Yen Bai", scope: .facility, role: .total),
                   Tie(mention: "VND900 billion", facility: "yen-bai/provincial/lung-hospital", province: "Yen Bai", scope: .facility, role: .part),
                   Tie(mention: "VND638 billion", facility: "yen-bai/provincial/lung-hospital", province: "Yen Bai", scope: .facility, role: .part)]),
        Row(id: "en: an original total and an addition are no parts of the new total; 'the hospital’s' is the hospital",
            text: "Ninh Thuan raises hospital budget\n\n(NTO) - Ninh Thuan has lifted the total investment in its Eye Hospital to VND150 billion. The hospital’s original VND110 billion plan dates from 2021, and VND40 billion was added this year.",
            ties: [Tie(mention: "VND150 billion", facility: "ninh-thuan/provincial/eye-hospital", province: "Ninh Thuan", scope: .facility),
                   Tie(mention: "VND110 billion", facility: "ninh-thuan/provincial/eye-hospital", province: "Ninh Thuan", scope: .facility),
                   Tie(mention: "VND40 billion", facility: "ninh-thuan/provincial/eye-hospital", province: "Ninh Thuan", scope: .facility)]),
        Row(id: "en: trainees their sentence ties to no facility are the story's facility's, as any figure",
            text: "Cao Bang General Hospital prepares staff\n\n(CBO) - Cao Bang General Hospital will open a cancer ward next year.\n\nBefore then, 30 nurses will complete oncology courses.",
            ties: [Tie(mention: "30 nurses", facility: "cao-bang/provincial/general-hospital", province: "Cao Bang", scope: .facility)]),
        Row(id: "en: a count of facilities counts no name of the next sentence ('… to clinics. The hospital has …')",
            text: "Thai Binh Central Hospital trains satellite staff\n\n(TBO) - Thai Binh Central Hospital has trained 300 staff since 2019.\n\nSenior doctors rotate to clinics. The hospital has spent VND18 billion on it.",
            ties: [Tie(mention: "300 staff", facility: "thai-binh/central/general-hospital", province: "Thai Binh", scope: .facility),
                   Tie(mention: "VND18 billion", facility: "thai-binh/central/general-hospital", province: "Thai Binh", scope: .facility)]),
        Row(id: "vi: a figure joined by 'và' to a part, its noun's words between, is a part too",
            text: "Bệnh viện Nhi tỉnh Thái Bình có quy mô 300 giường, gồm 180 giường nội khoa và 120 giường ngoại khoa.",
            ties: [Tie(mention: "300 giường", facility: "thai-binh/provincial/paediatrics-hospital", province: "Thai Binh", scope: .facility, role: .total),
                   Tie(mention: "180 giường", facility: "thai-binh/provincial/paediatrics-hospital", province: "Thai Binh", scope: .facility, role: .part),
                   Tie(mention: "120 giường", facility: "thai-binh/provincial/paediatrics-hospital", province: "Thai Binh", scope: .facility, role: .part)]),
        Row(id: "vi: 'tổng số' after a hospital its sentence names is the hospital's total; with none, the province's",
            text: "Bệnh viện Phổi tỉnh Nghệ An mở rộng\n\n(NAO) - Bệnh viện Phổi tỉnh Nghệ An vừa cải tạo khu điều trị, bổ sung thêm 80 giường, nâng tổng số lên 330 giường.\n\nToàn tỉnh có tổng số 9.800 giường bệnh.",
            ties: [Tie(mention: "80 giường", facility: "nghe-an/provincial/lung-hospital", province: "Nghe An", scope: .facility),
                   Tie(mention: "330 giường", facility: "nghe-an/provincial/lung-hospital", province: "Nghe An", scope: .facility),
                   Tie(mention: "9.800 giường bệnh", facility: nil, province: "Nghe An", scope: .province)]),
        Row(id: "vi: where trainees go to learn ('ra Huế') places none of their names: 'bệnh viện tỉnh' stays the story's province's",
            text: "Bệnh viện Đa khoa tỉnh Kon Tum nâng cao chuyên môn\n\n(KTO) - Bệnh viện Đa khoa tỉnh Kon Tum vừa khánh thành khu điều trị mới.\n\nNăm nay, bệnh viện tỉnh sẽ cử 16 bác sĩ ra Huế học tập dài hạn.",
            ties: [Tie(mention: "16 bác sĩ", facility: "kon-tum/provincial/general-hospital", province: "Kon Tum", scope: .facility)]),
        Row(id: "vi: a title about the province's health sector ('Ngành y tế Hà Nam …') has no facility of its own: figures no name owns are the province's",
            text: "Ngành y tế Hà Nam tổng kết năm 2024\n\n(HNO) - Năm 2024, ngành y tế Hà Nam tổ chức 40 lớp tập huấn cho cán bộ y tế cơ sở.\n\nBệnh viện Đa khoa tỉnh Hà Nam đưa vào sử dụng khu điều trị mới với 200 giường. Bệnh viện Đa khoa tỉnh Hà Nam cũng nhận 12 bác sĩ mới.\n\nCũng trong năm, 75 bác sĩ được cử đi học chuyên khoa I.",
            ties: [Tie(mention: "40 lớp tập huấn", facility: nil, province: "Ha Nam", scope: .province),
                   Tie(mention: "200 giường", facility: "ha-nam/provincial/general-hospital", province: "Ha Nam", scope: .facility),
                   Tie(mention: "75 bác sĩ", facility: nil, province: "Ha Nam", scope: .province)]),
        Row(id: "en: a number that names a hospital is part of its key",
            text: "Military Hospital 175 has 1,200 beds.",
            ties: [Tie(mention: "1,200 beds", facility: "-/military-hospital/no-175", province: nil, scope: .facility)]),
    ]

    @Test("Each figure is tied to its facility, province, scope and role", arguments: rows)
    func ties(_ row: Row) {
        let got = facts(row.text).filter { scoredCategories.contains($0.category) }.map {
            Tie(mention: $0.provenance.text, facility: $0.facility?.key, province: $0.province, scope: $0.scope ?? .national,
                role: $0.role)
        }
        #expect(got == row.ties)
    }

    @Test("A facility's name is built from its parts, the same in both languages")
    func names() {
        let en = facts("The Northern Quang Tri Regional General Hospital (facility 2) has 400 beds.")
        let vi = facts("Bệnh viện Đa khoa khu vực Bắc Quảng Trị (cơ sở 2) có 400 giường.")
        #expect(en.map(\.facility) == [Facility(key: "quang-tri/north/regional/general-hospital/facility-2",
                                                name: "Northern Quang Tri Regional General Hospital Facility 2")])
        #expect(vi.map(\.facility) == en.map(\.facility))
    }

    @Test("One figure in two languages and two roundings shares one key; a real disagreement does not")
    func figures() {
        let en = FactExtractor().extract(Document(path: "a.txt", text:
            "Soc Trang Oncology Hospital\n\nThe Soc Trang Oncology Hospital has a total investment of VND1.2 trillion, with VND 334 billion of counterpart funds."))
        let vi = FactExtractor().extract(Document(path: "b.txt", text:
            "Bệnh viện Ung bướu Sóc Trăng\n\nBệnh viện Ung bướu Sóc Trăng có tổng mức đầu tư hơn 1.215 tỷ đồng, trong đó vốn đối ứng 332 tỷ đồng."))
        let all = [Fact].merged([en, vi])
        let money = all.filter { $0.unit == "VND" }.map { "\($0.provenance.text) \($0.figure)" }
        #expect(money == [
            "VND1.2 trillion soc-trang/provincial/oncology-hospital/investment/VND/1215000000000",
            "VND 334 billion soc-trang/provincial/oncology-hospital/investment/VND/334000000000",
            "1.215 tỷ đồng soc-trang/provincial/oncology-hospital/investment/VND/1215000000000",
            "332 tỷ đồng soc-trang/provincial/oncology-hospital/investment/VND/332000000000",
        ])
    }

    @Test("A named hospital one story only assumes is in its province takes the province another story writes with it")
    func provinceAcrossArticles() {
        let ninhBinh = FactExtractor().extract(Document(path: "a.txt", text:
            "Ninh Binh opens a stroke unit\n\n(NBO) - The Yen Mo District Medical Centre opened a stroke unit.\n\nDoctors of Hoa Xa Central Hospital have trained 30 nurses for it. Hoa Xa Central Hospital has 1,800 beds."))
        let hanoi = FactExtractor().extract(Document(path: "b.txt", text:
            "Hanoi hospital expands\n\nHoa Xa Central Hospital (Hanoi) will add 200 beds."))
        let tuyenQuang = FactExtractor().extract(Document(path: "c.txt", text:
            "Tuyen Quang hospital grows\n\nThe Na Hang District Medical Centre has 90 beds."))
        let all = [Fact].merged([ninhBinh, hanoi, tuyenQuang]).filter { $0.unit == "beds" }
        #expect(all.map { "\($0.provenance.text) \($0.facility?.key ?? "-") \($0.province ?? "-")" } == [
            "1,800 beds hanoi/hoa-xa/central/general-hospital Hanoi",
            "200 beds hanoi/hoa-xa/central/general-hospital Hanoi",
            "90 beds tuyen-quang/na-hang/district/medical-centre Tuyen Quang",
        ])
        // Alone, the Ninh Binh story can only assume its own province.
        #expect([Fact].merged([ninhBinh]).filter { $0.unit == "beds" }.map { $0.facility?.key } == ["ninh-binh/hoa-xa/central/general-hospital"])
        // "in Soc Trang" after a name may be where its team went: it places
        // the name in its own article, and moves no other article's.
        let visit = FactExtractor().extract(Document(path: "d.txt", text:
            "Free check-ups in Soc Trang\n\nA team of the 1,900-bed Hoa Xa Central Hospital in Soc Trang examined patients."))
        #expect([Fact].merged([ninhBinh, visit]).filter { $0.unit == "beds" }.map { $0.facility?.key } == [
            "ninh-binh/hoa-xa/central/general-hospital", "soc-trang/hoa-xa/central/general-hospital"])
    }

    @Test("Values agree when one is the other rounded or cut, within 5 per cent", arguments: [
        ("1727", "1700", true), ("1395", "1390", true), ("4080", "4000", true), ("300", "300", true),
        ("332", "334", false), ("1000", "500", false), ("4200", "4080", false), ("1200", "1000", false),
        ("1.06", "1.1", true), ("1.05", "1.1", false), ("-1727", "-1700", true), ("-332", "-334", false),
        ("1.5e30", "1.6e30", false), ("0.0000000001", "0.00000000012", false),
        // Mantissas beyond 64 bits are compared as decimals.
        ("123456789012345678901234567890", "123456789012345678901234567000", true),
        ("123456789012345678901234567890", "123456789012345678901234560000", true),
    ])
    func agreement(_ a: String, _ b: String, _ same: Bool) {
        #expect(FigureLinker.agrees(Decimal(string: a)!, Decimal(string: b)!) == same)
    }

    @Test("A figure's precision is the place of its last significant digit, once rounded to ten decimals", arguments: [
        ("1700", 2), ("1727", 0), ("32.1", -1), ("1.50", -1), ("-1200000", 5), ("0.0000000001", -10),
        ("0.00000000005", -10), ("0.00000000001", 0), ("0", 0), ("123456789012345678901234567890", 1), ("1.5e30", 29),
    ])
    func precision(_ value: String, _ exponent: Int) {
        #expect(FigureLinker.exponent(Decimal(string: value)!) == exponent)
    }

    @Test("A figure's precision does not depend on how its decimal was built")
    func precisionOfBuiltValues() {
        let built = [Decimal(1500), Decimal(sign: .plus, exponent: -2, significand: 150), Decimal(string: "1.5")! * 1000]
        #expect(built.map(FigureLinker.exponent) == [2, -1, 2])
    }
}

/// A page without full stops is one "sentence": each fact quotes the
/// stretch around its own mention, so the facts of a page grow with the page.
@Suite("Runaway sentences")
struct RunawaySentenceTests {
    @Test("A sentence of thousands of words is quoted around each mention, cut at spaces and marked")
    func quotedAroundMention() {
        let filler = Array(repeating: "the province keeps working on its plans", count: 200).joined(separator: " ")
        let text = filler + " and the Lao Cai General Hospital has 620 beds " + filler + "\n"
        let found = facts(text).filter { $0.category == "beds" }
        #expect(found.count == 1)
        let quote = found[0].provenance.sentence
        #expect(quote.hasPrefix("…") && quote.hasSuffix("…"))
        #expect(quote.contains(" and the Lao Cai General Hospital has 620 beds "))
        #expect(quote.unicodeScalars.count <= 1_000)
        #expect(!quote.dropFirst().hasPrefix(" ") && !quote.dropLast().hasSuffix(" "))
    }
}
