/// The words that say how one money figure stands to another: a part of a
/// total, a total, the same money in another currency, or neither (an
/// increase, money paid out so far).
public struct RoleWords: Sendable {
    /// Words near a figure that make it a component of a total ("of which",
    /// "trong đó", "vốn đối ứng", "counterpart funds").
    public var parts: [String]
    /// Words that make a figure the total ("total investment", "tổng mức đầu tư").
    public var totals: [String]
    /// Figures that are neither ("tăng thêm", "has been disbursed").
    public var neither: [String]
    /// Words between a figure and its conversion ("equivalent to", "tương đương").
    public var conversions: [String]

    struct Compiled: Sendable {
        let parts, totals, neither, conversions: PhraseTable<Bool>
        init(_ r: RoleWords) {
            parts = PhraseTable(r.parts); totals = PhraseTable(r.totals)
            neither = PhraseTable(r.neither); conversions = PhraseTable(r.conversions)
        }
    }

    public static let english = RoleWords(
        parts: ["of which", "including", "includes", "consisting of", "consists of", "comprising", "comprises",
                "oda", "loan", "loans", "counterpart", "counterpart funds", "central budget", "local budget",
                "provincial budget", "construction cost", "construction costs", "equipment", "for construction",
                "for equipment", "socialised capital", "non-refundable aid", "grant", "grants"],
        totals: ["total", "totalling", "totaling", "in total", "a total of", "overall"],
        neither: ["increase", "increased", "increases", "additional", "disbursed", "spent", "paid", "saved",
                  "rise", "more than planned"],
        conversions: ["equivalent to", "equal to", "or", "about", "around", "approximately", "some", "nearly",
                      "over", "more than", "roughly", "almost"])

    public static let vietnamese = RoleWords(
        parts: ["trong đó", "bao gồm", "gồm", "ngân sách trung ương", "ngân sách địa phương", "ngân sách tỉnh",
                "vốn oda", "oda", "vốn vay", "vay", "vốn đối ứng", "đối ứng", "chi phí xây lắp", "xây lắp",
                "chi phí thiết bị", "thiết bị", "vốn viện trợ", "viện trợ", "vốn xã hội hóa", "xã hội hóa"],
        totals: ["tổng", "tổng mức", "tổng mức đầu tư", "tổng vốn", "tổng cộng", "tổng kinh phí"],
        neither: ["tăng thêm", "tăng", "bổ sung", "giải ngân", "đã chi", "tiết kiệm", "nộp"],
        conversions: ["tương đương", "tương đương với", "tức", "tức là", "hay", "quy đổi", "khoảng", "gần",
                      "hơn", "trên"])
}
