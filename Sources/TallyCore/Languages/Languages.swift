/// Every language Tally reads. A language is one folder beside this file
/// (its `LanguageTable` and its `Language` code) and one line here.
public enum Languages {
    public static let all: [LanguageTable] = [.english, .vietnamese]
}
