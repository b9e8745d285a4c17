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

    /// "bac-giang", "ho-chi-minh-city": keys' first part, folded once.
    private static let slugs: [String] = provinces.map { Fold.string($0.name).replacingOccurrences(of: " ", with: "-") }
}
