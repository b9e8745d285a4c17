/// One province for a named facility across every article of a run.
///
/// A name with a place of its own ("Kim Lien Central Hospital", "North Hoa
/// Lu General Hospital") is often written without its province: an article
/// then assumes its sentence's province, else its story's, and a Hanoi
/// hospital named in a Ninh Binh story is keyed as Ninh Binh's. Where
/// mentions, in this article or another, write the province as part of the
/// name and agree on one, the mentions that assumed theirs take it: their
/// key, and their province.
enum FacilityProvinces {
    static func unify(_ facts: inout [Fact]) {
        // Most runs have no facility placed by assumption: nothing to do.
        guard facts.contains(where: { !$0.provinceWritten }) else { return }
        /// Per key without its province, the one province written with the
        /// name (`agree` false once two disagree).
        struct Written { var slug: Substring; var province: String; var agree: Bool }
        var written: [Substring: Written] = [:]
        for f in facts where f.provinceWritten {
            guard let (slug, rest) = split(f), let province = f.province else { continue }
            if let w = written[rest] {
                if w.slug != slug { written[rest]?.agree = false }
            } else {
                written[rest] = Written(slug: slug, province: province, agree: true)
            }
        }
        var renamed: [String: Facility] = [:]
        for i in facts.indices where !facts[i].provinceWritten {
            guard let (slug, rest) = split(facts[i]), let w = written[rest], w.agree, w.slug != slug,
                  let facility = facts[i].facility else { continue }
            let key = String(w.slug) + "/" + String(rest)
            let moved = renamed[key] ?? Facility(key: key, name: facility.name)
            renamed[key] = moved
            facts[i].facility = moved
            facts[i].province = w.province
            facts[i].provinceWritten = true
        }
    }

    /// A facility's key as its province's slug and the rest ("hanoi",
    /// "kim-lien/central/general-hospital"), for a named province only.
    private static func split(_ f: Fact) -> (Substring, Substring)? {
        guard let key = f.facility?.key, let slash = key.firstIndex(of: "/") else { return nil }
        let slug = key[..<slash]
        guard slug != "-" else { return nil }
        return (slug, key[key.index(after: slash)...])
    }
}
