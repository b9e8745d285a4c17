/// Gives every mention of one real figure the same `figure` key, within a
/// file (its repeats) and across files.
public enum FigureLinker {
    public static func link(_ facts: inout [Fact]) {
        for i in facts.indices {
            if let original = facts[i].repeatOf, original < i {
                facts[i].figure = facts[original].figure
            } else {
                let p = facts[i].provenance
                facts[i].figure = "\(p.file):\(p.span.lowerBound)"
            }
        }
        for i in facts.indices { if let original = facts[i].repeatOf { facts[i].figure = facts[original].figure } }
    }
}
