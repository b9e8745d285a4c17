/// The words one language names facilities with: kinds of facility,
/// specialties, levels, the words that point back at a facility already
/// named, and the words that make a figure an aggregate. Engines read these
/// tables and hold no word of any language.
///
/// Phrases are written as pages write them; they are folded (lower case, no
/// diacritics) when the table is compiled, so "Bệnh viện" also matches
/// "BỆNH VIỆN" and "benh vien".
public struct FacilityWords: Sendable {
    /// Where the kind word stands: Vietnamese names put it first ("Bệnh
    /// viện Đa khoa tỉnh Bắc Giang"), English last ("Bac Giang General Hospital").
    public enum Order: Sendable { case headFirst, headLast }
    public var order: Order
    /// Kind words, with a specialty some of them carry ("BVĐK" is a general hospital).
    public var kinds: [(phrase: String, kind: String, specialty: String?)]
    /// Phrases holding a kind word that name no facility ("the city centre").
    public var notKinds: [String]
    /// Kind words that name a facility only alone, pointing back at one of
    /// their kind named before ("trung tâm" for a Trung tâm Y tế huyện …).
    /// Followed by a level, a specialty or a capitalised word they name
    /// something else ("trung tâm huyện", "Trung tâm Hội nghị tỉnh").
    public var bareKinds: [(phrase: String, kind: String)]
    /// Kind words in the plural: many facilities, never one ("72 health clinics").
    public var plurals: [(phrase: String, kind: String)]
    public var specialties: [(phrase: String, specialty: String)]
    public var levels: [(phrase: String, level: Level)]
    /// Compass words that name a part of a province ("Bắc Quảng Bình").
    public var directions: [(phrase: String, direction: String)]
    /// Words before a campus number ("cơ sở 2", "facility 2").
    public var branches: [String]
    /// Words that stand for a campus number beside a campus word, on the
    /// side the language puts modifiers ("second facility", "cơ sở mới"). A
    /// new campus of a hospital is its second: the one another page calls
    /// "cơ sở 2".
    public var campusNumbers: [(phrase: String, number: String)]
    /// Words that name the story's project without naming it ("dự án", "the project").
    public var projects: [String]
    /// Words that link a figure to the facility after it ("cho", "for", "of").
    public var links: [String]
    /// Link words before whom something is for ("for", "cho"): "the
    /// hospital" after one is not a facility its sentence named before it
    /// ("Hai Van Hospital will train 60 doctors for the hospital").
    public var recipients: [String]
    /// Link words after a count that say whose it is ("42 bác sĩ của bệnh
    /// viện", "30 doctors of the hospital"): the hospital after one is, as
    /// after a recipient's link, not a facility its sentence named before.
    /// Before a figure they are a possessive ("quy mô của bệnh viện lên 220
    /// giường" is the hospital just named).
    public var ownerLinks: [String]
    /// Words before a place ("tại Thủ Đức", "in Binh Duong", "province of").
    public var placeLinks: [String]
    /// A word after a province and a dash that places the name after it
    /// in that province ("Hanoi-based Thang Long Central Hospital").
    public var basedWords: [String]
    /// Words before where something happens ("trained in Hanoi", "đào tạo
    /// tại Hà Nội"): a place after them is a venue, not whose it is.
    public var venueLinks: [String]
    /// Verbs of saying ("said", "cho biết"): a province that opens a
    /// sentence of one ("In Hanoi, the ministry said …") is where it was
    /// said, not where its figures are.
    public var reporting: [String]
    /// Possessive pronouns right before a figure ("all of its 120
    /// nurses"): the figure is the facility's its sentence named before it,
    /// else the story's, whatever its category. Only right before it: "its
    /// capacity from 1,873 to 2,041 beds" may be a committee's.
    public var possessives: [String]
    /// An aggregate over many facilities or a whole province ("toàn tỉnh", "the province").
    public var aggregates: [String]
    /// Before a count of people or courses, the sum over many facilities
    /// ("tổng số 100 bác sĩ", "a total of 300 trainees").
    public var countTotals: [String]
    /// A national figure ("cả nước", "nationwide").
    public var national: [String]
    /// Words that open a headline about the whole country ("Cả nước …",
    /// "Nationwide, …"): such a story has no province of its own.
    public var nationalOpeners: [String]
    /// Words that open a title about a province's health sector, alone or
    /// after the province's name ("Ngành y tế Thái Bình …", "Cao Bang health
    /// sector …"): such a story is about all its facilities, none its own.
    public var sectorOpeners: [String]
    /// Schools: a place in their name ("Hà Nội Medical University") says
    /// nothing of the province a story is about.
    public var organisations: [String]
    /// Words that mark a facility as the one already there, beside a new one.
    public var existing: [String]
    /// Words before a facility that works with the story's one rather than
    /// owning the figures ("phối hợp với Bệnh viện Bạch Mai", "with support
    /// from Cho Ray Hospital"): a partner is neither a figure's owner nor
    /// what "the hospital" points back to. Where people were trained, or
    /// who trained them ("đào tạo tại Bệnh viện K", "trained at Cho Ray
    /// Hospital"), is a partner too; so is every name of a list that a
    /// partner word opens ("tại Bệnh viện Bạch Mai, Bệnh viện K và …").
    public var partners: [String]
    /// Words that join the names of a list ("và", "and").
    public var listWords: [String]
    /// Words after a number that make it a size, not a facility's number ("bệnh viện 700 giường").
    public var sizeNouns: [String]
    /// Capitalised words that are never part of a place name ("VND", "US").
    public var notNames: [String]
    /// Words that end a name read leftwards from its kind word: articles and
    /// prepositions ("the", "in", "for"). Compared folded.
    public var nameBreaks: [String]
    /// The name breaks that are also capitalised words inside place names
    /// ("An" in "Nghe An"): they break a name only when written in lower
    /// case, or at a sentence or clause start. Compared folded.
    public var indefinites: [String]
    /// The word of a size written before a kind word ("a 1,500-bed hospital"):
    /// with its number it is no part of the name. Compared folded.
    public var sizeBefore: [String]
    /// The word after a kind word that opens its specialty or place
    /// ("Hospital of Lungs", "Hospital of Ha Tinh"). Compared folded.
    public var kindOf: [String]
    /// Words that count the facilities after them, so they are many
    /// ("các bệnh viện", "two hospitals").
    public var counters: [String]
    /// Words a recipient's link may have before its facility ("for the new
    /// hospital", "cho dự án bệnh viện"), one word at a time.
    public var fillers: [String]
    /// Whether a district's or commune's facility named by its level alone
    /// names every such facility: Vietnamese has no article, so "nâng cấp
    /// trạm y tế xã" is all commune stations, where English "the district
    /// hospital" is one.
    public var levelAloneIsEvery: Bool
    /// Two-word names whose second word is written in lower case inside a
    /// capitalised name ("Bệnh viện Hữu nghị Việt Đức", "Nhân dân 115"), so
    /// the name runs on past it instead of being cut at "Hữu".
    public var nameCompounds: [String] = []
    /// Words between a specialised centre and the hospital it is part of
    /// ("the Oncology Centre at Gia Lai General Hospital", "Trung tâm Ung
    /// bướu thuộc Bệnh viện …"): the two names are one facility, the centre.
    public var hostLinks: [String] = []

    /// Every phrase of every table, for `Vocabulary`.
    var phrases: [String] {
        kinds.map(\.phrase) + notKinds + bareKinds.map(\.phrase) + plurals.map(\.phrase) + specialties.map(\.phrase) + levels.map(\.phrase)
            + directions.map(\.phrase) + branches + campusNumbers.map(\.phrase) + projects + links + recipients + ownerLinks + placeLinks + basedWords + venueLinks + reporting + possessives + aggregates + countTotals
            + national + nationalOpeners + sectorOpeners + organisations + existing + partners + listWords + sizeNouns + notNames
            + counters + fillers + nameCompounds + hostLinks
    }

    /// The phrases of the tables compared folded, for `Vocabulary`.
    var foldedPhrases: [String] { nameBreaks + indefinites + sizeBefore + kindOf }
}

/// How high in the health system a facility stands.
public enum Level: String, Sendable {
    case central, provincial, regional, city, district, commune
}
