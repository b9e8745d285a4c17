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
    var branch: String?
    /// A number that is part of the name ("Hospital 108").
    var number: String?
    var existing = false
    /// Counted or plural ("3 bệnh viện", "các bệnh viện"): many facilities, not one.
    var counted = false
    /// Only a project word ("dự án", "the project").
    var project = false

    /// The same kind of facility in another place: "bệnh viện tại Thủ Đức
    /// 1.915 tỷ; Hóc Môn 1.895 tỷ" names a second hospital by its place alone.
    func elsewhere(_ words: ArraySlice<Word>) -> FacilityMention {
        var m = self
        m.place = []; m.placeText = ""; m.direction = nil; m.branch = nil; m.number = nil
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
    var partial: Bool { place.isEmpty && province == nil && number == nil && !generic }

    /// Levels a province-named facility has unless it says otherwise.
    var effectiveLevel: Level? {
        if let level {
            if level == .city, place.isEmpty, province != nil { return .provincial }
            return level
        }
        if place.isEmpty, province != nil, number == nil { return .provincial }
        return nil
    }

    var effectiveSpecialty: String? { specialty ?? (kind == "hospital" ? "general" : nil) }

    /// The facility's key: province, place, compass part, level, specialty
    /// and kind, number, campus. Stable across languages by construction.
    var key: String {
        var parts: [String] = [province.map(Gazetteer.slug) ?? "-"]
        if !place.isEmpty { parts.append(place.joined(separator: "-")) }
        if let direction { parts.append(direction) }
        if let level = effectiveLevel { parts.append(level.rawValue) }
        parts.append([effectiveSpecialty, kind].compactMap { $0 }.joined(separator: "-"))
        if let number { parts.append("no-" + number) }
        if let branch { parts.append("facility-" + branch) }
        if existing { parts.append("existing") }
        return parts.joined(separator: "/")
    }

    /// An English display name built from the parts, so one facility shows
    /// one name whichever article named it first.
    var name: String {
        var words: [String] = []
        if let direction { words.append(Self.directionNames[direction] ?? direction) }
        if !place.isEmpty { words.append(placeText) } else if let province { words.append(Gazetteer.provinces[province].name) }
        if let level = effectiveLevel { words.append(Self.levelNames[level] ?? level.rawValue) }
        if let s = effectiveSpecialty { words.append(Self.specialtyNames[s] ?? s) }
        words.append(Self.kindNames[kind] ?? kind)
        if let number { words.append(number) }
        if let branch { words.append("Facility " + branch) }
        if existing { words.append("(existing)") }
        return words.joined(separator: " ")
    }

    static let directionNames = ["north": "Northern", "south": "Southern", "east": "Eastern", "west": "Western"]
    static let levelNames: [Level: String] = [.central: "Central", .provincial: "Provincial", .regional: "Regional",
                                              .city: "City", .district: "District", .commune: "Commune"]
    static let kindNames = ["hospital": "Hospital", "medical-centre": "Medical Centre", "health-station": "Health Station",
                            "clinic": "Clinic", "cdc": "Centre for Disease Control", "infirmary": "Infirmary"]
    static let specialtyNames = [
        "general": "General", "oncology": "Oncology", "obstetrics-paediatrics": "Obstetrics and Paediatrics",
        "paediatrics": "Children's", "obstetrics": "Obstetrics", "lung": "Lung", "dermatology": "Dermatology",
        "cardiology": "Heart", "traditional-medicine": "Traditional Medicine", "eye": "Eye",
        "mental-health": "Mental Health", "rehabilitation": "Rehabilitation", "endocrinology": "Endocrinology",
        "military": "Military", "international": "International", "tropical-diseases": "Tropical Diseases",
    ]
}
