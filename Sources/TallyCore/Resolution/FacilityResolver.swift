/// Ties each fact of one document to its facility, province, scope and role.
public enum FacilityResolver {
    public static func resolve(_ facts: inout [Fact], in document: Document) {
        for i in facts.indices where facts[i].scope == nil {
            facts[i].scope = facts[i].facility == nil ? nil : .facility
        }
    }
}
