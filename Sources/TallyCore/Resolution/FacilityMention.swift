/// A facility named in the text, taken apart: "Bệnh viện Đa khoa khu vực
/// Bắc Quảng Bình (cơ sở 2)" is a hospital, general, regional, in the north
/// of Quang Binh, campus 2. Two mentions with the same parts are one
/// facility, whatever language or spelling they were written in.
struct FacilityMention: Sendable {
    /// Word indices in the paragraph, inclusive.
    var first: Int
    var last: Int
    var kind: String
    var specialty: String?
    var level: Level?
    /// Folded words of a place that is not a province ("thu duc", "tan phu"), and as written.
    var place: [String] = []
    var placeText: String = ""
    var province: Int?
    var direction: String?
    /// The campus number ("cơ sở 2", "Facility 02" → "2"), set through
    /// `setCampus`.
    private(set) var branch: String?
    /// For a name with a place of its own ("Kim Lien Central Hospital"):
    /// whether `province` was written as part of it ("(Hanoi)", "Hanoi-based",
    /// a possessive), rather than assumed from its sentence or story or read
    /// from "in X" after it (where its team may have gone). The mentions that
    /// assumed one take the province others write (see `FacilityProvinces`).
    var provinceWritten = true
    /// A number that is part of the name ("Hospital 108").
    var number: String?
    var existing = false
    /// Campus 1 is the hospital as it was before its second campus: the
    /// facility another article calls "the existing hospital", so it is
    /// keyed as that. Leading zeros are dropped, so "Facility 01" is campus 1.
    mutating func setCampus(_ number: String) {
        let digits = number.drop { $0 == "0" }
        if digits == "1" { branch = nil; existing = true } else { branch = digits.isEmpty ? "0" : String(digits) }
    }
    /// Named after a word of its own clause ("a team from Military Hospital
    /// 211 helped"), not as the one the clause is about.
    var oblique = false
    /// Named as a partner of the story's facility (see `FacilityWords.partners`).
    var partner = false
    /// Counted or plural ("3 bệnh viện", "các bệnh viện"): many facilities, not one.
    var counted = false
    /// A plural with no number, after a word of its clause ("off the hospitals in Nha Trang").
    var bare = false
    /// Only a project word ("dự án", "the project").
    var project = false
    /// One of `Gazetteer.knownHospitals`: shown by its own name ("Bach Mai
    /// Hospital"), not built from its parts.
    var known = false

    /// The same kind of facility in another place: "bệnh viện tại Thủ Đức
    /// 1.915 tỷ; Hóc Môn 1.895 tỷ" names a second hospital by its place alone.
    func elsewhere(_ words: ArraySlice<Word>) -> FacilityMention {
        var m = self
        m.place = []; m.placeText = ""; m.direction = nil; m.branch = nil; m.number = nil; m.known = false
        let list = Array(words)
        if let g = Gazetteer.match(list, at: 0), g.length == list.count {
            m.province = g.province
            if m.level == .district || m.level == .commune { m.level = nil }
        } else {
            m.place = list.map(\.folded)
            m.placeText = FacilityMention.display(list)
        }
        return m
    }

    /// Folded words as a title-case name ("thu duc" → "Thu Duc").
    static func display(_ words: [Word]) -> String {
        words.map { w in
            w.folded.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: "-")
        }.joined(separator: " ")
    }

    /// Names no place, number or level: "the hospital", "bệnh viện", "dự án".
    var generic: Bool { place.isEmpty && province == nil && number == nil && level == nil && specialty == nil }
    /// Says what it is but not where: "the provincial General Hospital", "Bệnh viện Đa khoa tỉnh".
    /// A central hospital is not partial: it is one in the whole country.
    var partial: Bool { place.isEmpty && province == nil && number == nil && !generic && !national }
    /// A central hospital that names no place ("Bệnh viện Nhi Trung ương",
    /// "the National Lung Hospital", "Military Central Hospital 108"): one
    /// in the whole country, not in the province of the article naming it.
    var national: Bool { level == .central && place.isEmpty && province == nil }

    /// Levels a province-named facility has unless it says otherwise.
    var effectiveLevel: Level? {
        if let level {
            if level == .city, place.isEmpty, province != nil { return .provincial }
            return level
        }
        if place.isEmpty, province != nil, number == nil { return .provincial }
        // "TTYT Hải Hậu", "the Can Giuoc medical centre": a medical centre
        // named by a place that is not a province is that district's.
        if kind == "medical-centre", specialty == nil, !place.isEmpty, number == nil { return .district }
        return nil
    }

    var effectiveSpecialty: String? { specialty ?? (kind == "hospital" ? "general" : nil) }

    /// The facility's key: province, place, compass part, level, specialty
    /// and kind, number, campus. Stable across languages by construction.
    var key: String {
        var out = province.map(Gazetteer.slug) ?? "-"
        out.reserveCapacity(64)
        if !place.isEmpty {
            out += "/"
            for (n, word) in place.enumerated() { if n > 0 { out += "-" }; out += word }
        }
        if let direction { out += "/"; out += direction }
        if let level = effectiveLevel { out += "/"; out += level.rawValue }
        out += "/"
        if let specialty = effectiveSpecialty { out += specialty; out += "-" }
        out += kind
        if let number { out += "/no-"; out += number }
        if let branch { out += "/facility-"; out += branch }
        if existing { out += "/existing" }
        return out
    }

    /// An English display name built from the parts, so one facility shows
    /// one name whichever article named it first.
    var name: String {
        var out = ""
        out.reserveCapacity(64)
        var first = true
        func add(_ word: String) {
            if !first { out += " " }
            out += word
            first = false
        }
        if known {
            add(placeText)
            add(Self.englishName(kind, in: Self.kindNames))
            if let number { add(number) }
            return out
        }
        if let direction { add(Self.englishName(direction, in: Self.directionNames)) }
        if !place.isEmpty { add(placeText) } else if let province { add(Gazetteer.provinces[province].name) }
        if let level = effectiveLevel { add(Self.levelName(level)) }
        if let s = effectiveSpecialty { add(Self.englishName(s, in: Self.specialtyNames)) }
        add(Self.englishName(kind, in: Self.kindNames))
        if let number { add(number) }
        if let branch { add("Facility " + branch) }
        if existing { add("(existing)") }
        return out
    }

    /// The English word of a part, else the part as it is. The tables are a
    /// few pairs each, scanned rather than hashed: a name is built per figure.
    private static func englishName(_ part: String, in table: [(String, String)]) -> String {
        for (key, name) in table where key == part { return name }
        return part
    }

    private static func levelName(_ level: Level) -> String {
        switch level {
        case .central: "Central"
        case .provincial: "Provincial"
        case .regional: "Regional"
        case .city: "City"
        case .district: "District"
        case .commune: "Commune"
        }
    }

    static let directionNames = [("north", "Northern"), ("south", "Southern"), ("east", "Eastern"), ("west", "Western")]
    static let kindNames = [("hospital", "Hospital"), ("medical-centre", "Medical Centre"), ("health-station", "Health Station"),
                            ("clinic", "Clinic"), ("cdc", "Centre for Disease Control"), ("infirmary", "Infirmary")]
    static let specialtyNames = [
        ("general", "General"), ("oncology", "Oncology"), ("obstetrics-paediatrics", "Obstetrics and Paediatrics"),
        ("paediatrics", "Children's"), ("obstetrics", "Obstetrics"), ("lung", "Lung"), ("dermatology", "Dermatology"),
        ("cardiology", "Heart"), ("traditional-medicine", "Traditional Medicine"), ("eye", "Eye"),
        ("mental-health", "Mental Health"), ("rehabilitation", "Rehabilitation"), ("endocrinology", "Endocrinology"),
        ("military", "Military"), ("international", "International"), ("tropical-diseases", "Tropical Diseases"),
    ]
}
