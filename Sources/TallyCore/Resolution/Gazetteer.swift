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

    /// Folded word sequences of every name, keyed by their first word,
    /// longest first, so the longest name at a place wins.
    static let index: [String: [(words: [String], province: Int)]] = {
        var map: [String: [(words: [String], province: Int)]] = [:]
        for (n, entry) in provinces.enumerated() {
            for spelling in [entry.name] + entry.aliases {
                let words = Fold.string(spelling).split(separator: " ").map(String.init)
                guard let first = words.first else { continue }
                map[first, default: []].append((words, n))
            }
        }
        for key in map.keys { map[key]!.sort { $0.words.count > $1.words.count } }
        return map
    }()

    /// The province whose name starts at `words[at]`, and how many words it takes.
    static func match(_ words: [Word], at: Int) -> (province: Int, length: Int)? {
        guard at < words.count, let candidates = index[words[at].folded] else { return nil }
        for c in candidates where at + c.words.count <= words.count {
            var ok = true
            for k in 1..<c.words.count where words[at + k].folded != c.words[k] || !words[at + k].gap.subtracting([.dash, .period]).isEmpty {
                ok = false; break
            }
            if ok { return (c.province, c.words.count) }
        }
        return nil
    }

    /// A province named by a host ("baobacgiang.vn", "quangbinh24h.com").
    static func province(inHost host: String) -> Int? {
        let host = host.lowercased()
        var best: (Int, Int)?
        for (n, entry) in provinces.enumerated() {
            let slug = Fold.string(entry.name).replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "-", with: "")
            if slug.count >= 6, host.contains(slug), best.map({ slug.count > $0.1 }) ?? true { best = (n, slug.count) }
        }
        return best?.0
    }

    static func slug(_ province: Int) -> String { slugs[province] }

    /// "bac-giang", "ho-chi-minh-city": keys' first part, folded once.
    private static let slugs: [String] = provinces.map { Fold.string($0.name).replacingOccurrences(of: " ", with: "-") }
}
