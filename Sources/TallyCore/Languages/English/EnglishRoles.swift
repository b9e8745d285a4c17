extension RoleWords {
    /// "of which", "counterpart funds", "total investment", "(US$65 million)".
    public static let english = RoleWords(
        parts: ["oda", "loan", "loans", "counterpart", "counterpart funds", "central budget", "local budget",
                "provincial budget", "construction cost", "construction costs", "equipment", "for construction",
                "for equipment", "socialised capital", "non-refundable aid", "grant", "grants"],
        phases: ["first phase", "second phase", "third phase", "phase 1", "phase 2", "phase 3", "phase one", "phase two",
                 "phase i", "phase ii", "stage 1", "stage 2", "first stage", "second stage"],
        partOpeners: ["of which", "of the total", "of this", "including", "includes", "consisting of", "consists of",
                      "comprising", "comprises"],
        totals: ["total", "totalling", "totaling", "in total", "a total of", "overall"],
        neither: ["increase", "increased", "increases", "additional", "disbursed", "spent", "paid", "saved",
                  "rise", "more than planned", "original", "originally", "initial", "initially"],
        conversions: ["equivalent to", "equal to", "or", "about", "around", "approximately", "some", "nearly",
                      "over", "more than", "roughly", "almost"])
}
