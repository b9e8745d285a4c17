/// The real-world facility or project a figure is about: a hospital, a
/// medical centre, a health station, a named building project.
///
/// `key` is what reports group by. It is the same for every way of writing
/// one facility — English or Vietnamese, with or without diacritics, an
/// abbreviation (BVĐK, TTYT), "the provincial General Hospital" in a story
/// about one province — and differs between two facilities, even two of one
/// kind in two provinces. `name` is how a workbook shows it.
public struct Facility: Sendable, Equatable, Hashable {
    public var key: String
    public var name: String
    public init(key: String, name: String) { self.key = key; self.name = name }
}

/// What a figure without a facility is a figure of.
public enum Scope: String, Sendable, CaseIterable {
    /// About one facility or project (`facility` is set).
    case facility
    /// An aggregate over a province's facilities ("the province's 72 clinics").
    case province
    /// A national figure (a ministry programme, the whole country).
    case national
}

/// How a figure stands to the other figures of its article, so a report
/// that sums never adds a part to its total or a conversion to its money.
public enum Role: String, Sendable, CaseIterable {
    /// A stated total whose parts are stated too.
    case total
    /// A component of a stated total ("of which", "trong đó", "from the central budget …").
    case part
    /// The same money in another currency ("(US$65 million)").
    case conversion
}
