/// Vietnam's provinces and centrally-run cities, as named before the July
/// 2025 mergers (the names the news of those years uses), with the other
/// ways pages write them. Matching is on folded words, so "Bắc Giang",
/// "Bac Giang" and "BẮC GIANG" are one name.
///
/// Each entry: the canonical English name (no diacritics), then aliases as
/// pages write them. The canonical name itself always matches.
enum Gazetteer {
    static let provinces: [(name: String, aliases: [String])] = [
        ("An Giang", []), ("Ba Ria-Vung Tau", ["Bà Rịa - Vũng Tàu", "Bà Rịa Vũng Tàu", "Vũng Tàu", "BR-VT"]),
        ("Bac Giang", []), ("Bac Kan", ["Bắc Cạn"]), ("Bac Lieu", []), ("Bac Ninh", []), ("Ben Tre", []),
        ("Binh Dinh", []), ("Binh Duong", []), ("Binh Phuoc", []), ("Binh Thuan", []), ("Ca Mau", []),
        ("Can Tho", []), ("Cao Bang", []), ("Da Nang", ["Danang"]), ("Dak Lak", ["Đắc Lắc", "Daklak"]),
        ("Dak Nong", ["Đắc Nông", "Daknong"]), ("Dien Bien", []), ("Dong Nai", []), ("Dong Thap", []),
        ("Gia Lai", []), ("Ha Giang", []), ("Ha Nam", []), ("Hanoi", ["Hà Nội", "Ha Noi"]), ("Ha Tinh", []),
        ("Hai Duong", []), ("Hai Phong", ["Haiphong"]), ("Hau Giang", []),
        ("Ho Chi Minh City", ["Hồ Chí Minh", "TP HCM", "TPHCM", "TP.HCM", "HCM City", "HCMC", "Sài Gòn", "Saigon"]),
        ("Hoa Binh", []), ("Hung Yen", []), ("Khanh Hoa", []), ("Kien Giang", []), ("Kon Tum", []),
        ("Lai Chau", []), ("Lam Dong", []), ("Lang Son", []), ("Lao Cai", []), ("Long An", []), ("Nam Dinh", []),
        ("Nghe An", []), ("Ninh Binh", []), ("Ninh Thuan", []), ("Phu Tho", []), ("Phu Yen", []),
        ("Quang Binh", []), ("Quang Nam", []), ("Quang Ngai", []), ("Quang Ninh", []), ("Quang Tri", []),
        ("Soc Trang", []), ("Son La", []), ("Tay Ninh", []), ("Thai Binh", []), ("Thai Nguyen", []),
        ("Thanh Hoa", []), ("Thua Thien Hue", ["Thừa Thiên - Huế", "Huế"]), ("Tien Giang", []), ("Tra Vinh", []),
        ("Tuyen Quang", []), ("Vinh Long", []), ("Vinh Phuc", []), ("Yen Bai", []),
    ]

    /// Site tags that open a provincial paper's ledes ("(BGO) - …").
    static let siteTags: [String: String] = [
        "bgo": "Bac Giang", "qbdt": "Quang Binh", "bto": "Binh Thuan", "bqn": "Quang Ninh", "bna": "Nghe An",
        "hnm": "Hanoi", "btn": "Tay Ninh", "baohaiduong": "Hai Duong", "qni": "Quang Ngai",
    ]

    /// Every spelling of every name, folded, longest first at each first
    /// word, so the longest name at a place wins; each also as an English
    /// possessive ("Phu Yen's Tuy An health centre"), which `Words` keeps
    /// as part of its last word.
    static let spellings: [(text: String, province: Int)] = provinces.enumerated().flatMap { n, entry in
        ([entry.name] + entry.aliases).flatMap { [($0, n), ($0 + "'s", n)] }
    }
    private static let index = PhraseTable<Int>(spellings.map { ($0.text, $0.province) }, spelling: .folded)

    /// The province whose name starts at `words[at]` (ending before `limit`), and how many words it takes.
    static func match(_ words: [Word], at: Int, limit: Int? = nil) -> (province: Int, length: Int)? {
        index.match(words, at: at, limit: limit).map { ($0.value, $0.length) }
    }

    /// A province named by a host ("baobacgiang.vn", "quangbinh24h.com").
    static func province(inHost host: String) -> Int? {
        let host = host.lowercased()
        let bytes = Array(host.utf8)
        // Slugs are ASCII: in an ASCII host, finding one is finding its bytes.
        let ascii = bytes.allSatisfy { $0 < 0x80 }
        var best: (Int, Int)?
        for (n, slug) in hostSlugs.enumerated() where slug.bytes.count >= 6 {
            let found = ascii ? Self.bytes(bytes, contain: slug.bytes) : host.contains(slug.text)
            if found, best.map({ slug.bytes.count > $0.1 }) ?? true { best = (n, slug.bytes.count) }
        }
        return best?.0
    }

    private static func bytes(_ text: [UInt8], contain part: [UInt8]) -> Bool {
        guard part.count <= text.count else { return false }
        for start in 0...(text.count - part.count) where text[start] == part[0] {
            if text[start..<(start + part.count)].elementsEqual(part) { return true }
        }
        return false
    }

    /// "bacgiang", "hochiminhcity": names as hosts write them, folded once.
    private static let hostSlugs: [(text: String, bytes: [UInt8])] = provinces.map {
        let slug = Fold.string($0.name).replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "-", with: "")
        precondition(slug.utf8.allSatisfy { $0 < 0x80 }, "a host slug is ASCII")
        return (slug, Array(slug.utf8))
    }

    static func slug(_ province: Int) -> String { slugs[province] }

    /// Hospitals run from Hanoi and Ho Chi Minh City that pages name by
    /// their own name alone, with no level or place ("Bệnh viện Chợ Rẫy",
    /// "Bach Mai Hospital"): each is keyed by the name as it is parsed with
    /// no province, in every spelling (`FacilityMention.key`), to its name
    /// and its city. Without this, each article put such a hospital in its
    /// own province, and an article's training venue in Hanoi became a
    /// hospital of the province that sent its doctors there.
    static let knownHospitals: [(keys: [String], place: String, number: String?, province: String)] = [
        (["-/bach-mai/general-hospital"], "bach mai", nil, "Hanoi"),
        (["-/viet-duc/general-hospital", "-/viet-duc-friendship/general-hospital", "-/huu-nghi-viet-duc/general-hospital",
          "-/viet-duc-university/general-hospital"],
         "viet duc", nil, "Hanoi"),
        (["-/k/general-hospital"], "k", nil, "Hanoi"),
        (["-/e/general-hospital"], "e", nil, "Hanoi"),
        (["-/saint-paul/general-hospital", "-/xanh-pon/general-hospital"], "saint paul", nil, "Hanoi"),
        (["-/cho-ray/general-hospital"], "cho ray", nil, "Ho Chi Minh City"),
        (["-/tu-du/general-hospital"], "tu du", nil, "Ho Chi Minh City"),
        (["-/paediatrics-hospital/no-1", "-/nhi-dong-1/general-hospital"], "nhi dong", "1", "Ho Chi Minh City"),
        (["-/paediatrics-hospital/no-2", "-/nhi-dong-2/general-hospital"], "nhi dong", "2", "Ho Chi Minh City"),
        (["-/nhan-dan/general-hospital", "-/nhan-dan/general-hospital/no-115", "-/people's/general-hospital/no-115"],
         "nhan dan", "115", "Ho Chi Minh City"),
        (["-/nhan-dan-gia-dinh/general-hospital", "-/gia-dinh-people's/general-hospital"], "nhan dan gia dinh", nil,
         "Ho Chi Minh City"),
    ]
    private static let knownIndex: [String: Int] = Dictionary(
        knownHospitals.enumerated().flatMap { n, h in h.keys.map { ($0, n) } }, uniquingKeysWith: { a, _ in a })

    /// Gives a hospital of `knownHospitals` its one name, its city and the
    /// central level, when the page names it with no place of its own.
    static func placeKnownHospital(_ m: inout FacilityMention) {
        // Every entry has a place or a number: a name with neither is not
        // looked up (its key is built only for a name that may be one).
        guard m.province == nil, m.level == nil, m.branch == nil, !m.existing, !m.place.isEmpty || m.number != nil,
              let n = knownIndex[m.key] else { return }
        let h = knownHospitals[n]
        m.place = h.place.split(separator: " ").map(String.init)
        m.placeText = h.place.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
        m.number = h.number
        m.specialty = nil
        m.province = provinces.firstIndex { $0.name == h.province }
        m.level = .central
        m.provinceWritten = true
        m.known = true
    }

    /// "bac-giang", "ho-chi-minh-city": keys' first part, folded once.
    private static let slugs: [String] = provinces.map { Fold.string($0.name).replacingOccurrences(of: " ", with: "-") }
}
