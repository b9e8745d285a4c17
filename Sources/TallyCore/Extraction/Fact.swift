import Foundation

/// One figure of one article: what it counts, how much, whose, when, and where
/// it was read. Values are `Decimal` so `1.6 trillion` is exactly
/// 1600000000000, never 1599999999999.9998.
public struct Fact: Sendable, Equatable {
    /// `beds`, `investment`, `training`, or another count the extractor knows.
    public var category: String
    public var value: Decimal?
    public var min: Decimal?
    public var max: Decimal?
    /// A normalised English label: `beds`, `VND`, `USD`, `doctors`, `trainees` …
    public var unit: String
    public var subject: String?
    /// Sorted, hedges first (see `Qualifier`).
    public var qualifiers: [Qualifier]
    public var period: String?
    public var language: Language
    public var provenance: Provenance
    /// Index (in the same list) of the mention this one restates, if any.
    public var repeatOf: Int?
    /// The facility or project the figure is about; nil for an aggregate.
    public var facility: Facility?
    public var scope: Scope?
    /// Canonical English province name without diacritics ("Bac Giang"); nil for a national figure.
    public var province: String?
    public var role: Role?
    /// Shared by every mention of the same real figure, in one article or
    /// across articles, so a report counts it once.
    public var figure: String = ""

    public init(category: String, value: Decimal?, min: Decimal? = nil, max: Decimal? = nil, unit: String,
                subject: String?, qualifiers: [Qualifier], period: String?, language: Language,
                provenance: Provenance, repeatOf: Int? = nil) {
        self.category = category; self.value = value; self.min = min; self.max = max; self.unit = unit
        self.subject = subject; self.qualifiers = qualifiers; self.period = period; self.language = language
        self.provenance = provenance; self.repeatOf = repeatOf
    }
}

extension Array where Element == Fact {
    /// Joins per-file fact lists into one list, shifting `repeatOf` indices.
    /// Given the only copy of `lists`, it holds each fact twice at most
    /// while it joins: a list is dropped once it is copied, and one list
    /// alone is the result itself, not copied.
    public static func concatenating(_ lists: consuming [[Fact]]) -> [Fact] {
        if lists.count == 1 { return lists.removeLast() }
        var all: [Fact] = []
        all.reserveCapacity(lists.reduce(0) { $0 + $1.count })
        for n in lists.indices {
            // Each fact is copied once, and only a repeat is changed in place.
            let base = all.count
            all.append(contentsOf: lists[n])
            lists[n] = []
            if base > 0 { for k in base..<all.count where all[k].repeatOf != nil { all[k].repeatOf! += base } }
        }
        return all
    }

    /// The facts of several files as one list, in input order, with every
    /// mention of one real figure sharing its `figure` key across files.
    public static func merged(_ lists: consuming [[Fact]]) -> [Fact] {
        var all = concatenating(lists)
        FigureLinker.link(&all)
        return all
    }
}
