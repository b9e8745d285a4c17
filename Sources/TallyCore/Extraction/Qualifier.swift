/// How a figure is hedged or framed. Raw values are the JSON contract's words.
public enum Qualifier: String, Sendable, Codable, CaseIterable, Comparable {
    case approx
    case moreThan = "more_than"
    case lessThan = "less_than"
    case atLeast = "at_least"
    case upTo = "up_to"
    /// Expected, will, to be built, approved, groundbreaking, a target.
    case planned

    /// Hedges come before `planned`, so the first qualifier is the one a
    /// reader most needs ("hơn 500 giường" in a groundbreaking story is first
    /// of all "more than").
    public static func < (a: Qualifier, b: Qualifier) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
