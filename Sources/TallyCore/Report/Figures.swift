import Foundation

/// Aggregates over facts that count each real figure once.
///
/// Many mentions can state one figure: a headline and its body, three
/// articles about one hospital, a rounded restatement. They share a
/// `figure` key, and an aggregate takes one mention per key: the first
/// original (not a restatement) in provenance order, or the first mention
/// when all are restatements. That mention decides what the figure is
/// (planned or not, its role) for a column's `where`; its amount is the
/// most precise among the original mentions ("1,727 billion" rather than
/// an earlier article's "1.7 trillion"; ties keep the representative's).
/// On top of that:
///
/// - `sum` and `average` never add a `conversion` (the same money in another
///   currency, counted in its own), nor a `part` when the facts hold a
///   `total` of the same facility (or, without a facility, of the same
///   file): a stated total already holds its parts.
/// - `sum`, `average`, `min`, `max` and `most_reported` of an amount
///   (`value`, `min`, `max`) are empty when the figures are in different
///   units (beds and courses, VND and USD): a totals row over a column of
///   mixed units shows no total rather than a meaningless one.
/// - A ratio (`beds per 10,000 people`) is never summed: `sum` and
///   `average` of two or more ratio figures are empty.
struct Figures {
    let facts: [Fact]
    let sources: FigureSources

    /// One mention per figure key, in provenance order. A fact without a
    /// key is a figure of its own.
    func representatives(_ group: [Int]) -> [Int] {
        // A small group (most rows) is searched in a list: hashing every
        // key cost more than comparing a few.
        if group.count <= 16 {
            var chosen: [Int] = []
            chosen.reserveCapacity(group.count)
            for i in group {
                let key = key(i)
                if let n = chosen.firstIndex(where: { self.key($0) == key }) {
                    if replaces(i, chosen[n]) { chosen[n] = i }
                } else {
                    chosen.append(i)
                }
            }
            chosen.sort()
            return chosen
        }
        var chosen: [Int32: Int] = [:]
        chosen.reserveCapacity(group.count)
        for i in group {
            let key = key(i)
            if let j = chosen[key] {
                if replaces(i, j) { chosen[key] = i }
            } else {
                chosen[key] = i
            }
        }
        return chosen.values.sorted()
    }

    /// An original mention replaces a restatement as its figure's representative.
    private func replaces(_ i: Int, _ j: Int) -> Bool { facts[j].repeatOf != nil && facts[i].repeatOf == nil }

    /// The number of fact `i`'s figure (see `FigureSources.figureOf`).
    func key(_ i: Int) -> Int32 { sources.figureOf[i] }

    /// The group's facts whose figure passes a column's own `where`, judged
    /// on the figure's representative: a figure is planned or not as a
    /// whole, never counted both as beds now and as beds planned.
    func narrowed(_ group: [Int], _ filter: Predicate?) -> [Int] {
        guard let filter else { return group }
        let passing = Set(representatives(group).filter { filter.matches(facts[$0], sources) }.map(key))
        return group.filter { passing.contains(key($0)) }
    }

    /// Each figure's amount in `field`, by figure key: for an amount
    /// (`value`, `min`, `max`), the most precise among the group's original
    /// mentions of it (ties: the first); other fields are read from the
    /// representative. One pass over the group, so a group of a whole
    /// year's articles stays linear.
    func amounts(_ field: FactField, in group: [Int]) -> [Int32: Decimal] {
        var best: [Int32: (value: Decimal, step: Int)] = [:]
        guard field.isMeasure else { return [:] }
        for i in group where facts[i].repeatOf == nil && !facts[i].figure.isEmpty {
            guard let v = field.number(facts[i], sources) else { continue }
            let step = Self.step(v)
            if let old = best[key(i)], step >= old.step { continue }
            best[key(i)] = (v, step)
        }
        return best.mapValues(\.value)
    }

    /// A representative's amount, given `amounts(field, in:)` of its group.
    func amount(_ representative: Int, _ field: FactField, _ amounts: [Int32: Decimal]) -> Decimal? {
        guard let own = field.number(facts[representative], sources) else { return nil }
        return amounts[key(representative)] ?? own
    }

    /// The place of a number's last significant digit, as a power of ten:
    /// 1,700 is 2, 1,727 is 0, 32.1 is -1. Smaller is more precise. The
    /// figure linker's measure, so a figure's amount is chosen by the
    /// precision its mentions were linked by.
    static func step(_ d: Decimal) -> Int { FigureLinker.exponent(d) }

    func aggregate(_ a: ReportSpec.Aggregate, _ field: FactField?, over group: [Int]) -> Cell {
        switch a {
        case .articles:
            return .number(Decimal(Set(group.map { facts[$0].provenance.file }).count))
        case .count:
            let figures = representatives(group)
            return .number(Decimal(field.map { f in figures.filter { f.number(facts[$0], sources) != nil }.count } ?? figures.count))
        default: break
        }
        guard let field else { return .empty }
        if field == .date { return latestOrEarliest(a, group) }
        var figures = representatives(group).filter { field.number(facts[$0], sources) != nil }
        if field.isMeasure, Set(figures.map { facts[$0].unit }).count > 1 { return .empty }
        if a == .sum || a == .average {
            figures = addable(figures)
            if field.isMeasure, figures.count > 1, figures.contains(where: { KnownValues.isRatio(facts[$0].unit) }) { return .empty }
        }
        if a == .mostReported { figures = figures.filter { facts[$0].role != .conversion } }
        let precise = amounts(field, in: group)
        let values = figures.map { amount($0, field, precise)! }
        guard !values.isEmpty else { return .empty }
        switch a {
        case .sum: return .number(values.reduce(0, +))
        case .min: return .number(values.min()!)
        case .max: return .number(values.max()!)
        case .average: return .number(values.reduce(0, +) / Decimal(values.count))
        case .mostReported:
            return mostReported(field, figures, precise).map { .number(amount($0, field, precise)!) } ?? .empty
        case .count, .articles: return .empty
        }
    }

    /// The figure among `figures` (all with a number in `field`) that the
    /// most articles report; ties go to the larger value, then to the first.
    func mostReported(_ field: FactField, _ figures: [Int], _ precise: [Int32: Decimal]) -> Int? {
        var best: Int?
        for i in figures {
            guard let b = best else { best = i; continue }
            let (n, m) = (sources.articles(reporting: facts[i]), sources.articles(reporting: facts[b]))
            if n > m || (n == m && amount(i, field, precise)! > amount(b, field, precise)!) { best = i }
        }
        return best
    }

    /// The totals row of a `most_reported` column adds the figure each row
    /// shows when it is a facility's (the province's beds are the sum of
    /// its hospitals' stated beds), under the same rules as `sum`. A row of
    /// province or national aggregates, or of figures no facility was found
    /// for, is not added: it may already hold the facilities' figures.
    func totalOfMostReported(_ field: FactField, rows groups: [[Int]]) -> Cell {
        var picks: [Int] = []
        for group in groups {
            let figures = representatives(group).filter { field.number(facts[$0], sources) != nil && facts[$0].role != .conversion }
            if field.isMeasure, Set(figures.map { facts[$0].unit }).count > 1 { continue }
            if let pick = mostReported(field, figures, amounts(field, in: group)), facts[pick].facility != nil {
                // Each pick with its figure's other mentions, for its amount.
                picks += group.filter { key($0) == key(pick) }
            }
        }
        return aggregate(.sum, field, over: picks)
    }

    /// Leaves out what adding would count twice: conversions, and parts
    /// beside a total of their facility (or file).
    func addable(_ figures: [Int]) -> [Int] {
        func owner(_ f: Fact) -> String { f.facility.map { "facility:" + $0.key } ?? "file:" + f.provenance.file }
        let totals = Set(figures.filter { facts[$0].role == .total }.map { owner(facts[$0]) })
        return figures.filter { i in
            switch facts[i].role {
            case .conversion?: return false
            case .part?: return !totals.contains(owner(facts[i]))
            default: return true
            }
        }
    }

    /// `max` of `date` is the latest article date, `min` the earliest.
    func latestOrEarliest(_ a: ReportSpec.Aggregate, _ group: [Int]) -> Cell {
        let days = group.compactMap { facts[$0].provenance.articleDate }
        guard let day = a == .min ? days.min() : (a == .max ? days.max() : nil) else { return .empty }
        return .text(day.description)
    }
}
