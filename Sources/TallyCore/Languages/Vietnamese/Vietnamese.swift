import Foundation

extension Language {
    public static let vi = Language(rawValue: "vi")
}

extension LanguageTable {
    /// Vietnamese groups thousands with "." and writes decimals with ",":
    /// "1.200 tỷ đồng" is 1,200 billion đồng and "726,8 tỷ" is 726.8 billion.
    /// Multipliers compose, so "17 nghìn tỷ" is 17 × 10³ × 10⁹. A bare "tỷ"
    /// is money in đồng ("5.600 tỷ").
    public static let vietnamese = LanguageTable(
        code: .vi, grouping: ".", decimal: ",", namesGrowRight: true,
        impliedCurrency: "VND",
        scales: [
            "nghìn": 1_000, "ngàn": 1_000, "triệu": 1_000_000, "tỷ": 1_000_000_000, "tỉ": 1_000_000_000,
        ],
        // "năm" (five) is left out: it is far more often "year".
        numberWords: [
            // "năm" (five) is left out: it is far more often "year".
            "hai": 2, "ba": 3, "bốn": 4, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10,
        ],
        currencies: [
            "đồng": "VND", "vnđ": "VND", "vnd": "VND", "đ": "VND", "usd": "USD",
            // "40 triệu đô" is everyday writing for dollars; read as a
            // bare scale it was 40 million đồng.
            "đô": "USD", "đô la": "USD", "đô la mỹ": "USD", "đôla": "USD", "$": "USD", "us $": "USD",
            "euro": "EUR",
            // "yên" alone is also a word of place names (Phú Yên, Yên Bái).
            "yên nhật": "JPY", "jpy": "JPY",
        ],
        units: [
            "giường": .init("beds", "beds"), "giường bệnh": .init("beds", "beds"),
            "giường nội trú": .init("beds", "beds"), "giường bệnh nội trú": .init("beds", "beds"),
            // The official allotment and the beds actually set up ("850 giường
            // kế hoạch, 1.300 giường thực kê"): both bed counts of today;
            // "kế hoạch" here is the kind of bed, not a plan.
            "giường kế hoạch": .init("beds", "beds"), "giường bệnh kế hoạch": .init("beds", "beds"),
            "giường thực kê": .init("beds", "beds"), "giường bệnh thực kê": .init("beds", "beds"),
            "giường thực tế": .init("beds", "beds"), "lớp": .init("courses", "training"),
            "lớp đào tạo": .init("courses", "training"), "lớp tập huấn": .init("courses", "training"),
            "lớp bồi dưỡng": .init("courses", "training"), "khóa tập huấn": .init("courses", "training"),
            "khóa bồi dưỡng": .init("courses", "training"),
            // "12 đợt tập huấn", "8 buổi tập huấn": rounds and sessions of
            // training are counted as courses; a bare "đợt" stays a name
            // ("đợt 2").
            "đợt tập huấn": .init("courses", "training"), "đợt đào tạo": .init("courses", "training"),
            "buổi tập huấn": .init("courses", "training"),
            // A common typo ("đào tại" for "đào tạo") still reads as the full mention.
            "lớp đào tại": .init("courses", "training"), "khóa đào tại": .init("courses", "training"),
            "khóa": .init("courses", "training"), "khoá": .init("courses", "training"),
            "khóa đào tạo": .init("courses", "training"), "khoá đào tạo": .init("courses", "training"),
            "khóa học": .init("courses", "training"), "học viên": .init("trainees", "training"),
            // Students and teachers are trainees only beside a training word.
            "sinh viên": .init("people", "people", training: .inPart),
            "giáo viên": .init("people", "people", training: .inPart), "học sinh": .init("people", "people"),
            "bác sĩ": .init("doctors", "staff", training: .inSentence),
            "y bác sĩ": .init("doctors", "staff", training: .inSentence),
            "điều dưỡng": .init("nurses", "staff", training: .inSentence, trainedAs: "trainees"),
            "nữ hộ sinh": .init("midwives", "staff", training: .inSentence, trainedAs: "trainees"),
            "hộ sinh": .init("midwives", "staff", training: .inSentence, trainedAs: "trainees"),
            "dược sĩ": .init("pharmacists", "staff", training: .inSentence, trainedAs: "trainees"),
            "thạc sĩ": .init("masters", "staff", training: .inSentence),
            "tiến sĩ": .init("doctorates", "staff", training: .inSentence),
            "cán bộ": .init("staff", "staff", training: .inSentence),
            "cán bộ y tế": .init("staff", "staff", training: .inSentence),
            "nhân viên y tế": .init("staff", "staff", training: .inSentence),
            "nhân viên": .init("staff", "staff", training: .inSentence),
            "y sĩ": .init("staff", "staff", training: .inSentence),
            "kỹ thuật viên": .init("staff", "staff", training: .inSentence),
            // Engineers of the technical staff ("kỹ sư vật lý y khoa"), so a
            // list holding them is one count of trainees.
            "kỹ sư": .init("staff", "staff", training: .inSentence),
            "kĩ sư": .init("staff", "staff", training: .inSentence),
            "kỹ sư vật lý y khoa": .init("staff", "staff", training: .inSentence),
            "kỹ thuật": .init("techniques", "techniques"), "kĩ thuật": .init("techniques", "techniques"),
            "gói kỹ thuật": .init("technique packages", "transfer"),
            "gói kĩ thuật": .init("technique packages", "transfer"),
            "đợt chuyển giao": .init("transfer rounds", "transfer"),
            "đợt chuyển giao kỹ thuật": .init("transfer rounds", "transfer"),
            "lượt chuyển giao kỹ thuật": .init("transfer rounds", "transfer"),
            "kỹ thuật y tế": .init("techniques", "techniques"), "bệnh nhân": .init("patients", "patients"),
            "người bệnh": .init("patients", "patients"), "ca": .init("cases", "patients"),
            "trường hợp": .init("cases", "patients"), "ca bệnh": .init("cases", "patients"),
            "tòa nhà": .init("buildings", "buildings"), "toà nhà": .init("buildings", "buildings"),
            "khối nhà": .init("buildings", "buildings"), "dãy nhà": .init("buildings", "buildings"),
            "bệnh viện": .init("hospitals", "facilities"), "trạm y tế": .init("clinics", "facilities"),
            "phòng khám": .init("clinics", "facilities"), "trung tâm": .init("centers", "facilities"),
            "cơ sở": .init("facilities", "facilities"), "khoa": .init("departments", "departments"),
            "dự án": .init("projects", "projects"), "công trình": .init("projects", "projects"),
            "máy": .init("machines", "equipment"), "xe cứu thương": .init("ambulances", "equipment"),
            "người": .init("people", "people", training: .inPart),
            // Distractors: durations, areas, storeys, shares, ordinals.
            "năm": .init("years", nil), "tháng": .init("months", nil), "tuần": .init("weeks", nil),
            "ngày": .init("days", nil), "giờ": .init("hours", nil), "phút": .init("minutes", nil),
            "ha": .init("ha", nil), "héc ta": .init("ha", nil), "m": .init("m", nil), "km": .init("km", nil),
            "tầng": .init("storeys", nil), "%": .init("percent", nil), "phần trăm": .init("percent", nil),
            "lần": .init("times", nil), "hạng mục": .init("items", nil), "đô thị": .init("urban areas", nil),
            "huyện": .init("districts", nil), "tỉnh": .init("provinces", nil), "xã": .init("communes", nil),
            "chuyên ngành": .init("specialties", nil), "chuyên khoa": .init("specialties", nil),
        ],
        hedges: [
            "hơn": .moreThan, "trên": .moreThan, "hơn một": .moreThan, "khoảng": .approx, "gần": .approx,
            "chừng": .approx, "xấp xỉ": .approx, "ước tính": .approx, "tới": .upTo, "lên tới": .upTo,
            "lên đến": .upTo, "tối đa": .upTo, "ít nhất": .atLeast, "tối thiểu": .atLeast, "dưới": .lessThan,
            "chưa đến": .lessThan,
        ],
        ratioBases: [
            "vạn": 10_000, "nghìn": 1_000, "ngàn": 1_000,
        ],
        ratioNouns: [
            "dân": "people", "người": "people",
        ],
        cues: [
            .filler: [
                "lượt", "mới", "hiện", "đại", "cao", "chuyên", "sâu", "trẻ", "tình", "nguyện", "các", "loại",
                "nhiều", "đơn", "vị", "-", "‑",
            ],
            .planned: [
                "dự kiến", "sẽ", "kế hoạch", "khởi công", "phê duyệt", "đăng ký", "mục tiêu", "đặt mục tiêu",
                "phấn đấu", "đề xuất", "chủ trương", "dự định", "sắp", "đang xây dựng", "đang triển khai",
            ],
            .purpose: [
                "để xây", "nhằm xây",
            ],
            .training: [
                "đào tạo", "đào tại", "tập huấn", "bồi dưỡng", "khóa học", "khóa", "khoá", "lớp", "học viên",
                "chuyển giao", "nâng cao trình độ", "học tập", "tiếp thu", "cử đi học", "đi học", "khai giảng",
                "tốt nghiệp", "đào tạo lại",
            ],
            .transfer: [
                "tiếp nhận", "chuyển giao", "làm chủ", "tiếp thu", "nhận",
            ],
            .dispatch: [
                "cử", "luân phiên", "điều động", "tăng cường", "biệt phái",
            ],
            .teaching: [
                "hướng dẫn", "hỗ trợ chuyên môn", "hỗ trợ", "chuyển giao kỹ thuật cho", "đào tạo cho", "tập huấn cho",
                "truyền đạt", "kèm cặp",
            ],
            .headcount: [
                "có", "gồm", "bao gồm",
            ],
            .subset: [
                "trong đó", "trong số đó", "bao gồm",
            ],
            .participation: [
                "tham gia", "tham dự", "đăng ký", "theo học",
            ],
            .beneficiary: [
                "cho",
            ],
            .coordinator: [
                "và", ",", "hoặc", "cùng",
            ],
            .conversion: [
                "tương đương", "tương đương với", "tức", "tức là", "hay", "quy đổi",
            ],
            .unitLink: [
                "lên", "đạt", "là", "gồm",
            ],
            .countWord: [
                "số", "tổng số", "số lượng", "quy mô",
            ],
            .investment: [
                "đầu tư", "vốn", "kinh phí", "chi", "ngân sách", "xây dựng", "nâng cấp", "tổng mức", "trị giá",
                "tài trợ", "cải tạo", "mua sắm", "dự án", "xây", "giải ngân", "chi phí", "mua", "được cấp",
                "sửa chữa", "trang bị",
            ],
            .nonInvestment: [
                "đóng góp ngân sách", "nộp ngân sách", "nộp", "thuế", "tiết kiệm", "chi phí điều trị",
                "tiền điều trị", "doanh thu", "lợi nhuận", "lương", "thu nhập", "viện phí", "phạt", "bảo hiểm",
                "nợ", "thất thu", "lỗ", "grdp", "gdp", "kim ngạch", "xuất khẩu",
            ],
            .nameBefore: [
                "số", "viện", "lớp", "khu", "phòng", "đoàn", "quân đoàn", "tổ", "đội", "phường", "đường",
                "quốc lộ", "tỉnh lộ", "cấp", "hạng", "giai đoạn", "kỳ", "khóa", "khoá", "tầng", "lầu", "nghị định",
                "nghị quyết", "quyết định", "thông tư", "chỉ thị", "covid", "sars", "cov", "điều", "khoản", "mục",
                "trang", "đợt", "tuyến", "quân y", "công nghệ", "ấp", "thôn", "tổ dân phố", "đề án",
                "chương trình", "quận", "lô", "nhà", "điện thoại", "hotline", "đường dây nóng",
            ],
            .prepositionHedge: [
                "trên", "dưới",
            ],
            .hedgeBridge: [
                "là", "tổng cộng", "tổng số", "con số",
            ],
            .ratio: [
                "trên", "/",
            ],
            .share: [
                "chung", "ghép",
            ],
            .currencyAfterOnly: [
                "đồng", "đô", "euro",
            ],
            .rangeWord: [
                "đến", "tới", "-", "–", "—",
            ],
            .rangeOpener: [
                "từ",
            ],
            .change: [
                "tăng", "nâng", "giảm", "mở", "rộng", "lên", "xuống",
            ],
            .changeLink: [
                "lên", "xuống",
            ],
            .subjectHead: [
                "bệnh viện", "trung tâm y tế", "trung tâm", "sở y tế", "bộ y tế", "ubnd", "ủy ban nhân dân",
                "uỷ ban nhân dân", "phòng khám", "trạm y tế", "ngành y tế", "viện", "tp", "thành phố", "tỉnh",
                "huyện", "đơn vị", "dự án", "tập đoàn", "công ty", "chương trình",
            ],
            .placeHead: [
                "tỉnh", "huyện", "tp", "phố", "quận", "xã", "phường",
            ],
            .subjectModifier: [
                "đa", "khoa", "tỉnh", "huyện", "quận", "thành", "phố", "tp", "thị", "xã", "y", "tế", "tuyến",
                "trung", "ương", "quân", "đội", "đại", "học", "tư", "nhân", "khu", "vực", "sản", "nhi", "tim",
                "mạch", "u", "bướu", "phổi", "mắt", "da", "liễu", "tâm", "thần", "cổ", "truyền", "phục", "hồi",
                "chức", "năng", "nội", "tiết", "hữu", "nghị", "đồng", "nhiệt", "đới", "lao", "phụ", "ung", "răng",
                "hàm", "mặt", "chấn", "thương", "chỉnh", "hình", "lão", "thận", "niệu", "dược", "huyết", "máu",
                "điều", "dưỡng", "quốc",
            ],
            .subjectConnector: [
                "tại", "-", "và",
            ],
            .oblique: [
                "với", "tại", "ở", "từ", "của", "cho", "về", "thuộc", "trong",
            ],
            .yearWord: [
                "năm",
            ],
            .periodWord: [
                "năm", "từ", "đến", "trong", "giai", "đoạn", "vào", "cuối", "đầu", "sau", "trước",
            ],
            // "những năm qua" is "recent years", not "năm qua" (last year).
            .periodPhrase: [
                // "những năm qua" is "recent years", not "năm qua" (last year).
                "những năm qua", "các năm qua", "mấy năm qua", "hằng năm", "hàng năm", "mỗi năm", "năm nay",
                "năm qua", "năm tới", "nhiệm kỳ",
            ],
            .periodLead: [
                "trong", "sau", "giai đoạn",
            ],
            .openPeriod: [
                "từ",
            ],
            // Quarters: "quý II/2026", "quý 3 năm 2025".
            .periodPart: [
                // Quarters: "quý II/2026", "quý 3 năm 2025".
                "quý i", "quý ii", "quý iii", "quý iv", "quý 1", "quý 2", "quý 3", "quý 4",
            ],
            .yearPart: [
                "đầu năm", "cuối năm", "giữa năm",
            ],
            .periodTie: [
                "của năm", "năm", "/",
            ],
            .periodEnd: [
                "đầu năm", "cuối năm", "qua", "vừa qua", "gần đây", "tới",
            ],
            .yearDeictic: [
                "nay", "ngoái",
            ],
            .clauseBreak: [
                ", nhưng", "nhưng", "trong khi",
            ],
            .planBreak: [
                "và",
            ],
            .target: [
                "các con số này lên", "các chỉ số này lên", "các con số trên lên", "lần lượt lên",
            ],
            .anaphora: [
                "công trình này", "dự án này", "bệnh viện này", "các công trình",
            ],
            .storyPlanned: [
                "khởi công", "động thổ", "phê duyệt", "sẽ xây", "dự kiến", "dự án", "tiến độ",
            ],
            .now: [
                "giường kế hoạch", "giường bệnh kế hoạch", "thực kê", "hiện nay", "hiện tại", "hiện có",
                "hiện toàn", "hiện đang", "đến nay", "đang hoạt động",
            ],
            .done: [
                "đã", "hoàn thành", "khánh thành",
            ],
            .abbreviation: [
                "tp", "ts", "bs", "ths", "pgs", "gs", "ck", "bsck", "th", "s", "tt", "q", "p",
            ],
        ],
        precedence: [
            .init("khóa", .unit, .nameBefore, "After a number it counts courses; before one it names a cohort (khóa 5)."),
            .init("khoá", .unit, .nameBefore, "After a number it counts courses; before one it names a cohort (khoá 5)."),
            .init("lớp", .unit, .nameBefore, "After a number it counts classes; before one it names a grade (lớp 11)."),
            .init("tầng", .unit, .nameBefore, "After a number it counts storeys; before one it names a floor (tầng 3)."),
            .init("học viên", .unit, .training, "After a number it counts trainees; elsewhere it makes people trainees."),
            .init("khoá", .unit, .training, "After a number it is counted; anywhere else it makes people trainees."),
            .init("khóa", .unit, .training, "After a number it is counted; anywhere else it makes people trainees."),
            .init("khóa học", .unit, .training, "After a number it is counted; anywhere else it makes people trainees."),
            .init("lớp", .unit, .training, "After a number it is counted; anywhere else it makes people trainees."),
            .init("giường bệnh kế hoạch", .unit, .now, "The official allotment: counted, and its \"kế hoạch\" plans nothing."),
            .init("giường kế hoạch", .unit, .now, "The official allotment: counted, and its \"kế hoạch\" plans nothing."),
            .init("năm", .unit, .periodWord, "After a number it is years (a duration); before a year it dates (năm 2018)."),
            .init("đăng ký", .planned, .participation,
                  "After people it is taking part; elsewhere in a clause it plans the clause's figures."),
            .init("chuyển giao", .training, .transfer, "Both: handing over techniques trains who receives them."),
            .init("tiếp thu", .training, .transfer, "Both: taking in techniques trains who receives them."),
            .init("bao gồm", .headcount, .subset, "After a count it opens its parts (a subset); otherwise it has people."),
            .init("tới", .hedge, .rangeWord, "Between two numbers it is a range; before one alone it hedges (up to)."),
            .init("trên", .hedge, .ratio, "After a counted noun it is a ratio (trên vạn dân); before a number a hedge."),
            .init("nghìn", .scale, .ratioBase, "After a number it multiplies; after a ratio word it is the base."),
            .init("ngàn", .scale, .ratioBase, "After a number it multiplies; after a ratio word it is the base."),
        ],
        noise: [
            .readMore: ["xem thêm", "đọc thêm", "xem tiếp"],
            .relatedHeader: ["tin liên quan", "bài liên quan", "tin cùng chuyên mục", "cùng chuyên mục", "tin khác",
                             "xem thêm"],
            .widget: ["bình luận (", "đăng ký ngay", "thông tin tài khoản", "tặng sao", "đã lưu", "quảng cáo", "ưu đãi",
                      "xem mục"],
            .button: ["zalo", "chia", "sẻ", "in", "gửi", "lưu", "bài", "viết", "bình", "luận"],
            .conjunction: ["và", "hoặc"],
            .bylineOpener: ["Theo"],
            .photoCredit: ["ảnh:", "(ảnh"],
        ],
        // Vietnamese marks tone and vowel quality on most syllables (ơ, ư, ă,
        // đ, ạ, ế …), so in Vietnamese prose well over a third of the words
        // carry such a letter. An English story about Vietnam also carries
        // them, but only in its names ("Vạn Phúc Hospital in Thủ Đức
        // District"), which stay under a third of its words even in a short,
        // name-heavy story. Two words in five is the line. A combining mark
        // (NFD input) marks the word it sits in.
        detection: .init(letters: "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ",
                         combiningMarks: true, share: 0.4),
        vagueCounts: [
            "vài chục": 20...90, "mấy chục": 20...90, "hàng chục": 10...90, "vài trăm": 200...900,
            "mấy trăm": 200...900, "hàng trăm": 100...900,
        ],
        facilities: .vietnamese,
        roles: .vietnamese
    )
}
