import Foundation

/// One figure of one article: what it counts, how much, whose, when, and where
/// it was read. Values are `Decimal` so `1.6 trillion` is exactly
/// 1600000000000, never 1599999999999.9998.
///
/// A value with copy-on-write storage: copying a fact (into a report's
/// rows, a merged list, a sorted sheet) retains one buffer, where copying
/// its fifteen strings, arrays and names one by one was a twelfth of an
/// export in `perf`. The storage is a `ManagedBuffer`.
public struct Fact: @unchecked Sendable, Equatable {
    // @unchecked: a buffer shared between copies is never written (every
    // change goes through `fields`, which copies a shared buffer first).
    private var storage: ManagedBuffer<Fields, Void>

    /// What a fact holds, stored once and shared by its copies.
    struct Fields: Equatable {
        var category: String
        var value: Decimal?
        var min: Decimal?
        var max: Decimal?
        var unit: String
        var subject: String?
        var qualifiers: [Qualifier]
        var period: String?
        var language: Language
        var provenance: Provenance
        var repeatOf: Int?
        var facility: Facility?
        var scope: Scope?
        var province: String?
        var role: Role?
        var figure: String = ""
        var provinceWritten = true
    }

    private static func store(_ fields: Fields) -> ManagedBuffer<Fields, Void> {
        ManagedBuffer<Fields, Void>.create(minimumCapacity: 0) { _ in fields }
    }

    /// The shared fields, reached by the header's address: `header` itself
    /// is a class property, and every read of it began a dynamic
    /// exclusivity access. The address is stable for the buffer's life, and
    /// `storage` keeps the buffer alive for the whole access.
    private var fields: Fields {
        unsafeAddress { UnsafePointer(storage.withUnsafeMutablePointerToHeader { $0 }) }
        mutating unsafeMutableAddress {
            if !isKnownUniquelyReferenced(&storage) { storage = Self.store(storage.withUnsafeMutablePointerToHeader { $0.pointee }) }
            return storage.withUnsafeMutablePointerToHeader { $0 }
        }
    }

    /// `beds`, `investment`, `training`, or another count the extractor knows.
    public var category: String { get { fields.category } _modify { yield &fields.category } }
    public var value: Decimal? { get { fields.value } _modify { yield &fields.value } }
    public var min: Decimal? { get { fields.min } _modify { yield &fields.min } }
    public var max: Decimal? { get { fields.max } _modify { yield &fields.max } }
    /// A normalised English label: `beds`, `VND`, `USD`, `doctors`, `trainees` …
    public var unit: String { get { fields.unit } _modify { yield &fields.unit } }
    public var subject: String? { get { fields.subject } _modify { yield &fields.subject } }
    /// Sorted, hedges first (see `Qualifier`).
    public var qualifiers: [Qualifier] { get { fields.qualifiers } _modify { yield &fields.qualifiers } }
    public var period: String? { get { fields.period } _modify { yield &fields.period } }
    public var language: Language { get { fields.language } _modify { yield &fields.language } }
    public var provenance: Provenance { get { fields.provenance } _modify { yield &fields.provenance } }
    /// Index (in the same list) of the mention this one restates, if any.
    public var repeatOf: Int? { get { fields.repeatOf } _modify { yield &fields.repeatOf } }
    /// The facility or project the figure is about; nil for an aggregate.
    public var facility: Facility? { get { fields.facility } _modify { yield &fields.facility } }
    public var scope: Scope? { get { fields.scope } _modify { yield &fields.scope } }
    /// Canonical English province name without diacritics ("Bac Giang"); nil for a national figure.
    public var province: String? { get { fields.province } _modify { yield &fields.province } }
    public var role: Role? { get { fields.role } _modify { yield &fields.role } }
    /// Shared by every mention of the same real figure, in one article or
    /// across articles, so a report counts it once.
    public var figure: String { get { fields.figure } _modify { yield &fields.figure } }
    /// Whether the facility's province was written as part of its name,
    /// rather than assumed (see `FacilityMention.provinceWritten`).
    var provinceWritten: Bool { get { fields.provinceWritten } _modify { yield &fields.provinceWritten } }

    public init(category: String, value: Decimal?, min: Decimal? = nil, max: Decimal? = nil, unit: String,
                subject: String?, qualifiers: [Qualifier], period: String?, language: Language,
                provenance: Provenance, repeatOf: Int? = nil) {
        storage = Self.store(Fields(category: category, value: value, min: min, max: max, unit: unit, subject: subject,
                                    qualifiers: qualifiers, period: period, language: language, provenance: provenance,
                                    repeatOf: repeatOf))
    }

    public static func == (a: Fact, b: Fact) -> Bool {
        a.storage === b.storage || a.fields == b.fields
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
        FacilityProvinces.unify(&all)
        FigureLinker.link(&all)
        return all
    }
}
