/// The words that say how one money figure stands to another: a part of a
/// total, a total, the same money in another currency, or neither (an
/// increase, money paid out so far).
public struct RoleWords: Sendable {
    /// Words near a figure, before or after it, that make it a component of
    /// a total ("vốn đối ứng", "counterpart funds").
    public var parts: [String]
    /// A project's phases ("the first phase", "giai đoạn 1"): their figures
    /// are parts of the whole project's, even where they add something
    /// ("giai đoạn 2 sẽ bổ sung 250 giường"), and a phase that opens its
    /// sentence reaches every figure of it.
    public var phases: [String]
    /// Words that open a list of components ("of which", "trong đó", "of
    /// the total"): the figures after them are parts, the figure before
    /// them is not (it is what they are parts of). A total word inside one
    /// ("of the total") names the total, so it does not make a total.
    public var partOpeners: [String]
    /// Words that make a figure the total ("total investment", "tổng mức đầu tư").
    public var totals: [String]
    /// Figures that are neither ("tăng thêm", "has been disbursed").
    public var neither: [String]
    /// Words between a figure and its conversion ("equivalent to", "tương đương").
    public var conversions: [String]

    /// Every phrase of every table, for `Vocabulary`.
    var phrases: [String] { parts + phases + partOpeners + totals + neither + conversions }

    struct Compiled: Sendable {
        let parts, phases, partOpeners, totals, neither, conversions: PhraseTable<Bool>
        init(_ r: RoleWords) {
            parts = PhraseTable(r.parts); phases = PhraseTable(r.phases); partOpeners = PhraseTable(r.partOpeners); totals = PhraseTable(r.totals)
            neither = PhraseTable(r.neither); conversions = PhraseTable(r.conversions)
        }
    }
}
