/// The values a spec's `where` may test for the fields that take words
/// (`category`, `unit`, `language`, `role`, `scope`, `qualifiers`), so that
/// `where: {category: invesment}` is an error with a suggestion instead of
/// an empty sheet.
///
/// Categories are the extractor's `CategoryRegistry`; units are read from
/// the language tables it uses, so a unit added to `English` or
/// `Vietnamese` is known here at once.
public enum KnownValues {
    /// Every category a fact can file under, sorted.
    public static let categories: [String] = CategoryRegistry.names.sorted()

    /// Every unit label a fact can carry, sorted. A ratio unit is one of
    /// these followed by `per …` (`beds per 10,000 people`): see `isKnownUnit`.
    public static let units: [String] = {
        var found = Set(["trainees"])
        for rules in Languages.all {
            for sense in rules.units.values where sense.category != nil { found.insert(sense.unit) }
            for code in rules.currencies.values { found.insert(code) }
        }
        return found.sorted()
    }()

    public static let languageCodes: [String] = Language.allCases.map(\.rawValue)
    public static let roles: [String] = Role.allCases.map(\.rawValue)
    public static let scopes: [String] = Scope.allCases.map(\.rawValue)
    public static let qualifiers: [String] = Qualifier.allCases.map(\.rawValue)

    /// A unit is known when it is listed, or is a listed unit per something
    /// ("beds per 10,000 people": the denominator is as the article wrote it).
    public static func isKnownUnit(_ unit: String) -> Bool {
        if units.contains(unit) { return true }
        guard let range = unit.range(of: " per ") else { return false }
        return units.contains(String(unit[..<range.lowerBound]))
    }

    /// A ratio is never summed: 32.1 beds per 10,000 people in two districts
    /// is not 64.2.
    public static func isRatio(_ unit: String) -> Bool { unit.contains(" per ") }
}
