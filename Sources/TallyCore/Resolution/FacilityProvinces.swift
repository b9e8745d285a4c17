/// One province for a named facility across every article of a run.
///
/// A name with a place of its own ("Kim Lien Central Hospital", "North Hoa
/// Lu General Hospital") is often written without its province: an article
/// then assumes its sentence's province, else its story's, and a Hanoi
/// hospital named in a Ninh Binh story is keyed as Ninh Binh's. Where some
/// mention, in this article or another, was placed more surely (the
/// province written with the name, then one named in its sentence), and at
/// that level the mentions agree on one province, the mentions placed less
/// surely take it: their key, and their province.
enum FacilityProvinces {
    static func unify(_ facts: inout [Fact]) {
        /// Per key without its province: the surest evidence seen, and the
        /// one province at that level (nil once two disagree).
        struct Best { var evidence: ProvinceEvidence; var province: String?; var slug: Substring?; var agree: Bool }
        var best: [Substring: Best] = [:]
        var weak = false
        for f in facts {
            guard let (slug, rest) = split(f), let province = f.province else { continue }
            let e = f.provinceEvidence
            if e < .name { weak = true }
            if var b = best[rest] {
                if e > b.evidence { b = Best(evidence: e, province: province, slug: slug, agree: true) }
                else if e == b.evidence, b.slug != slug { b.agree = false }
                best[rest] = b
            } else {
                best[rest] = Best(evidence: e, province: province, slug: slug, agree: true)
            }
        }
        // Most runs have no facility placed by assumption: nothing to do.
        guard weak else { return }
        var renamed: [String: Facility] = [:]
        for i in facts.indices {
            guard let (slug, rest) = split(facts[i]), let b = best[rest], b.agree, b.evidence == .name,
                  b.evidence > facts[i].provinceEvidence,
                  let target = b.slug, target != slug, let facility = facts[i].facility else { continue }
            let key = String(target) + "/" + String(rest)
            let moved = renamed[key] ?? Facility(key: key, name: facility.name)
            renamed[key] = moved
            facts[i].facility = moved
            facts[i].province = b.province
            facts[i].provinceEvidence = b.evidence
        }
    }

    /// A facility's key as its province's slug and the rest ("hanoi",
    /// "kim-lien/central/general-hospital"), for a named place only.
    private static func split(_ f: Fact) -> (Substring, Substring)? {
        guard let key = f.facility?.key, let slash = key.firstIndex(of: "/") else { return nil }
        let slug = key[..<slash]
        guard slug != "-" else { return nil }
        return (slug, key[key.index(after: slash)...])
    }
}
