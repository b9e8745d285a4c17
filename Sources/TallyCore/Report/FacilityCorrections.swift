import Foundation

/// An official's corrections to the facilities that resolution found, from
/// `ReportSpecs/facilities.yaml`: a display name for a key, more ways of
/// writing a facility, two keys that are one facility, and keys that are no
/// facility at all (a contractor's name, a generic word).
///
/// They are applied to the facts after extraction, in `tally export`,
/// `tally facts` and `tally facilities` alike, so every output agrees.
public struct FacilityCorrections: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        /// A key as `tally facilities` lists it.
        public var key: String
        /// How every workbook shows this facility.
        public var name: String?
        /// Names as articles write them; a fact whose facility name (or,
        /// without a facility, whose subject) reads as one of them is this
        /// facility. Compared without case, diacritics or punctuation.
        public var aliases: [String] = []
        /// Other keys that are this same facility.
        public var merge: [String] = []
        /// The key names no facility: its figures become aggregates of their
        /// province (or national figures when they have no province).
        public var notAFacility = false
        /// Where the entry stands in the file.
        public var line = 1
        public var column = 1

        public init(key: String, name: String? = nil, aliases: [String] = [], merge: [String] = [], notAFacility: Bool = false,
                    line: Int = 1, column: Int = 1) {
            self.key = key; self.name = name; self.aliases = aliases; self.merge = merge; self.notAFacility = notAFacility
            self.line = line; self.column = column
        }
    }

    /// The file the corrections came from (empty when there is none).
    public var path: String
    public var entries: [Entry]

    public init(path: String, entries: [Entry]) { self.path = path; self.entries = entries }

    /// No corrections: facts stay as resolution left them, but for one name per key.
    public static let none = FacilityCorrections(path: "", entries: [])

    /// The file names looked for in a specs folder (`facilities.yaml`, or
    /// `.yml`). It is not a workbook spec: spec listings leave it out.
    public static let fileNames = ["facilities.yaml", "facilities.yml"]

    /// The facts corrected, with figure keys linked again: two keys merged
    /// into one facility may now state one figure.
    /// Given the only copy of `facts` (`corrected(consume facts)`), it
    /// corrects them in place rather than in a copy.
    public func corrected(_ facts: consuming [Fact]) -> [Fact] {
        var out = facts
        apply(to: &out)
        if !entries.isEmpty { FigureLinker.link(&out) }
        return out
    }

    /// Corrects every fact's facility, then gives every mention of one key
    /// the same name: the official's, else the first mention's (in
    /// provenance order), so a group by facility shows one name per row.
    public func apply(to facts: inout [Fact]) {
        var target: [String: String] = [:]
        var alias: [String: String] = [:]
        var named: [String: String] = [:]
        var dropped = Set<String>()
        for e in entries {
            for k in e.merge { target[k] = e.key }
            for a in e.aliases { alias[Self.fold(a)] = e.key }
            if let n = e.name { named[e.key] = n }
            if e.notAFacility { dropped.insert(e.key) }
        }
        // Each fact is changed in place, and only where a correction says
        // so: copying every fact out and back was 1 % of `tally facts`
        // (perf).
        for i in facts.indices where !entries.isEmpty {
            if let facility = facts[i].facility {
                // Folding a name costs; with no alias there is nothing to look up.
                let key = (alias.isEmpty ? nil : alias[Self.fold(facility.name)]) ?? target[facility.key] ?? facility.key
                if key != facility.key { facts[i].facility!.key = key }
            } else if !alias.isEmpty, let subject = facts[i].subject, let key = alias[Self.fold(subject)] {
                facts[i].facility = Facility(key: key, name: subject)
                facts[i].scope = .facility
            }
            if let key = facts[i].facility?.key, dropped.contains(key) {
                facts[i].facility = nil
                facts[i].scope = facts[i].province == nil ? .national : .province
            }
        }
        var first: [String: String] = [:]
        for i in facts.indices {
            if let facility = facts[i].facility, first[facility.key] == nil { first[facility.key] = facility.name }
        }
        for i in facts.indices {
            guard let key = facts[i].facility?.key else { continue }
            facts[i].facility?.name = named[key] ?? first[key]!
        }
    }

    /// "Bệnh viện Đa khoa  tỉnh Bắc Giang" and "benh vien da khoa tinh bac
    /// giang" are one alias: lower case, without diacritics (đ is d), every
    /// run of other characters one space.
    public static func fold(_ name: String) -> String { Fold.string(name) }
}
