import Foundation

extension Language {
    public static let en = Language(rawValue: "en")
}

extension LanguageTable {
    /// English groups thousands with "," and writes decimals with ".":
    /// "1,300" is 1300 and "1.6 trillion" is 1.6 × 10¹².
    public static let english = LanguageTable(
        code: .en, grouping: ",", decimal: ".", namesGrowRight: false,
        impliedCurrency: nil,
        scales: [
            "thousand": 1_000, "million": 1_000_000, "mln": 1_000_000, "m": 1_000_000, "billion": 1_000_000_000,
            "bln": 1_000_000_000, "bn": 1_000_000_000, "bil": 1_000_000_000, "trillion": 1_000_000_000_000,
            "tril": 1_000_000_000_000, "tn": 1_000_000_000_000,
        ],
        numberWords: [
            "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
            "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
            "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
            "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
        ],
        currencies: [
            "vnd": "VND", "vnđ": "VND", "dong": "VND", "đồng": "VND", "usd": "USD", "$": "USD", "us $": "USD",
            "dollars": "USD", "us dollars": "USD", "eur": "EUR", "euros": "EUR", "€": "EUR",
            "yen": "JPY", "jpy": "JPY", "¥": "JPY", "japanese yen": "JPY",
        ],
        units: [
            "beds": .init("beds", "beds"), "bed": .init("beds", "beds"), "hospital beds": .init("beds", "beds"),
            "patient beds": .init("beds", "beds"), "sickbeds": .init("beds", "beds"),
            "inpatient beds": .init("beds", "beds"),
            // The official allotment and the beds in use ("licensed for 450
            // planned beds, it runs 780 actual beds"): both are bed counts, and
            // "planned" here names the kind of bed, not a plan.
            "planned beds": .init("beds", "beds"), "actual beds": .init("beds", "beds"),
            "licensed beds": .init("beds", "beds"), "approved beds": .init("beds", "beds"),
            "courses": .init("courses", "training"), "course": .init("courses", "training"),
            "training courses": .init("courses", "training"), "classes": .init("courses", "training"),
            "training classes": .init("courses", "training"), "workshops": .init("courses", "training"),
            // "15 training sessions": a session alone may be a dialysis or
            // check-up session, so only with "training".
            "training sessions": .init("courses", "training"), "training workshops": .init("courses", "training"),
            "trainees": .init("trainees", "training"), "learners": .init("trainees", "training"),
            // Students are trainees only beside a training word: "about 2.1
            // million students" of a city's schools are no training figure.
            "students": .init("people", "people", training: .inPart), "interns": .init("trainees", "training"),
            "teachers": .init("people", "people", training: .inPart), "pupils": .init("people", "people"),
            "schoolchildren": .init("people", "people"),
            "doctors": .init("doctors", "staff", training: .inSentence),
            "physicians": .init("doctors", "staff", training: .inSentence),
            "nurses": .init("nurses", "staff", training: .inSentence, trainedAs: "trainees"),
            "midwives": .init("midwives", "staff", training: .inSentence, trainedAs: "trainees"),
            "pharmacists": .init("pharmacists", "staff", training: .inSentence, trainedAs: "trainees"),
            "technicians": .init("technicians", "staff", training: .inSentence, trainedAs: "trainees"),
            // The other trades of a hospital's technical staff, so a list of
            // them is one count of trainees ("14 doctors, medical physicists
            // and technicians"), not of the first trade.
            "physicists": .init("staff", "staff", training: .inSentence),
            "medical physicists": .init("staff", "staff", training: .inSentence),
            "engineers": .init("staff", "staff", training: .inSentence),
            "biomedical engineers": .init("staff", "staff", training: .inSentence),
            "specialists": .init("doctors", "staff", training: .inSentence),
            "surgeons": .init("doctors", "staff", training: .inSentence),
            // Doctors named by their specialty ("trained 60 paediatricians").
            "paediatricians": .init("doctors", "staff", training: .inSentence),
            "pediatricians": .init("doctors", "staff", training: .inSentence),
            "obstetricians": .init("doctors", "staff", training: .inSentence),
            "cardiologists": .init("doctors", "staff", training: .inSentence),
            "anaesthetists": .init("doctors", "staff", training: .inSentence),
            "anesthesiologists": .init("doctors", "staff", training: .inSentence),
            "radiologists": .init("doctors", "staff", training: .inSentence),
            "oncologists": .init("doctors", "staff", training: .inSentence),
            "gps": .init("doctors", "staff", training: .inSentence),
            "doctor": .init("doctors", "staff", training: .inSentence),
            "officials": .init("staff", "staff", training: .inSentence),
            "health officials": .init("staff", "staff", training: .inSentence),
            "health workers": .init("staff", "staff", training: .inSentence),
            "medical workers": .init("staff", "staff", training: .inSentence),
            "workers": .init("staff", "staff", training: .inSentence),
            "staff": .init("staff", "staff", training: .inSentence),
            "cadres": .init("staff", "staff", training: .inSentence),
            "employees": .init("staff", "staff", training: .inSentence),
            "techniques": .init("techniques", "techniques"), "technique": .init("techniques", "techniques"),
            "technique packages": .init("technique packages", "transfer"),
            "technical packages": .init("technique packages", "transfer"),
            "packages of techniques": .init("technique packages", "transfer"),
            "rounds of technology transfer": .init("transfer rounds", "transfer"),
            "rounds of technical transfer": .init("transfer rounds", "transfer"),
            "technology transfer rounds": .init("transfer rounds", "transfer"),
            "technologies": .init("techniques", "techniques"), "patients": .init("patients", "patients"),
            "inpatients": .init("patients", "patients"), "outpatients": .init("patients", "patients"),
            "cases": .init("cases", "patients"), "surgeries": .init("surgeries", "patients"),
            "operations": .init("surgeries", "patients"), "buildings": .init("buildings", "buildings"),
            "building": .init("buildings", "buildings"), "hospitals": .init("hospitals", "facilities"),
            "clinics": .init("clinics", "facilities"), "health centers": .init("health centers", "facilities"),
            "health centres": .init("health centers", "facilities"), "centers": .init("centers", "facilities"),
            "centres": .init("centers", "facilities"), "stations": .init("stations", "facilities"),
            "facilities": .init("facilities", "facilities"), "departments": .init("departments", "departments"),
            "wards": .init("departments", "departments"), "projects": .init("projects", "projects"),
            "investment projects": .init("projects", "projects"), "machines": .init("machines", "equipment"),
            "ambulances": .init("ambulances", "equipment"), "people": .init("people", "people", training: .inPart),
            "persons": .init("people", "people", training: .inPart), "residents": .init("people", "people"),
            "participants": .init("people", "people", training: .inPart),
            "attendees": .init("people", "people", training: .inPart),
            // "trained 350 volunteers in first aid": trainees only beside a
            // training word, like "people".
            "volunteers": .init("people", "people", training: .inPart),
            "caregivers": .init("people", "people", training: .inPart), "labourers": .init("people", "people"),
            "laborers": .init("people", "people"),
            // Distractors: durations, areas, heights, shares.
            "years": .init("years", nil), "year": .init("years", nil), "months": .init("months", nil),
            "month": .init("months", nil), "weeks": .init("weeks", nil), "days": .init("days", nil),
            "day": .init("days", nil), "hours": .init("hours", nil), "hour": .init("hours", nil),
            "minutes": .init("minutes", nil), "ha": .init("ha", nil), "hectares": .init("ha", nil),
            "hectare": .init("ha", nil), "km": .init("km", nil), "sq": .init("m2", nil),
            "square": .init("m2", nil), "storey": .init("storeys", nil), "storeys": .init("storeys", nil),
            "story": .init("storeys", nil), "stories": .init("storeys", nil), "floors": .init("storeys", nil),
            "floor": .init("storeys", nil), "%": .init("percent", nil), "percent": .init("percent", nil),
            "per cent": .init("percent", nil), "times": .init("times", nil), "am": .init("time", nil),
            "pm": .init("time", nil),
        ],
        hedges: [
            "more than": .moreThan, "over": .moreThan, "above": .moreThan, "upwards of": .moreThan,
            "in excess of": .moreThan, "about": .approx, "around": .approx, "approximately": .approx,
            "nearly": .approx, "almost": .approx, "some": .approx, "roughly": .approx, "an estimated": .approx,
            "up to": .upTo, "as many as": .upTo, "at least": .atLeast, "less than": .lessThan,
            "fewer than": .lessThan, "under": .lessThan,
        ],
        ratioBases: [
            "thousand": 1_000,
        ],
        ratioNouns: [
            "people": "people", "inhabitants": "people", "residents": "people", "population": "people",
        ],
        cues: [
            .filler: [
                "new", "modern", "higher", "level", "high", "tech", "more", "other", "specialized", "specialised",
                "general", "district", "provincial", "private", "public", "medical", "health", "additional",
                "extra", "young", "volunteer", "short", "term", "long", "advanced", "key", "intensive", "large",
                "small", "major", "icu", "care", "treatment", "isolation", "field", "emergency", "village",
                "grassroots", "commune", "local", "junior", "senior", "resident", "inpatient", "outpatient",
                "covid", "specialist", "refresher", "continuing", "practical", "online", "education", "nursing",
                "midwifery", "pharmacy", "clinical", "postgraduate", "undergraduate",
                // Kinds of bed ("650 official beds", "40 neonatal beds").
                "official", "functional", "operational", "available", "usable", "regular", "neonatal", "surgical",
                "maternity", "paediatric", "pediatric", "stroke", "burn", "dialysis", "oncology", "cancer",
                "recovery", "rehabilitation", "hospital", "professional", "skills", "-", "‑",
            ],
            .planned: [
                "expected", "will", "plan", "plans", "planned", "planning", "to be built", "approved",
                "groundbreaking", "ground breaking", "ground - breaking", "target", "targets", "aims", "aim",
                "proposed", "is building", "are building", "under construction", "scheduled", "set to", "would",
                "registered", "wants to", "want to", "intends to", "intend to", "hopes to", "seeks to", "is to",
                "are to",
            ],
            .purpose: [
                "to build", "to construct", "to set up", "to open", "to add",
            ],
            .training: [
                "training", "trained", "train", "trains", "postgraduate", "courses", "course", "classes",
                "retraining", "retrained", "workshops", "learn", "study", "studying", "fellowship", "graduated",
                "graduates", "internship", "internships", "residency", "refresher",
            ],
            .transfer: [
                "transfer", "transferred", "transfers", "receive", "received", "receives", "receiving", "learned",
                "mastered",
            ],
            .dispatch: [
                "sent", "send", "sends", "sending", "dispatched", "rotated", "seconded", "assigned", "mobilised",
                "mobilized",
            ],
            .teaching: [
                "to train staff", "to train local", "to train doctors", "to train nurses", "to train health",
                "to train medical", "to train colleagues", "to train their", "to teach", "to guide", "to instruct",
                "to mentor", "to coach", "to support", "to provide training", "to transfer", "teach", "and teach",
            ],
            .headcount: [
                "has", "have", "had", "employs", "employ", "employed", "employing", "workforce of", "staffed by",
            ],
            .subset: [
                "of whom", "of which", "among them", "including",
            ],
            .participation: [
                "attend", "attended", "attending", "participate", "participated", "participating", "enrolled",
                "registered", "took part", "take part",
            ],
            .beneficiary: [
                "for", "to",
            ],
            .coordinator: [
                "and", ",", "or", "&",
            ],
            .conversion: [
                "equivalent to", "equal to", "or", "i . e .", "worth",
            ],
            .unitLink: [
                "to", "reached", "reach", "reaches", "totalled", "totaled", "totals", "of", "is", "was", "at",
            ],
            .countWord: [
                "number of", "total number of", "total of",
            ],
            .investment: [
                "invest", "invested", "investment", "investments", "capital", "budget", "spend", "spending",
                "spent", "earmark", "earmarked", "disburse", "disbursed", "cost", "costs", "fund", "funds",
                "funding", "funded", "build", "building", "construction", "construct", "upgrade", "allocate",
                "allocated", "total", "worth", "grant", "loan", "project", "spends", "invests", "builds",
                "allocates", "allocation", "earmarks", "disburses", "poured", "pours", "financed", "constructs",
                "upgrading", "upgraded", "costing", "expansion",
            ],
            .nonInvestment: [
                "tax", "taxes", "saving", "treatment costs", "treatment cost", "medical bills", "savings", "saved",
                "save", "saves", "revenues", "profits", "earned", "earns", "revenue", "profit", "salary",
                "salaries", "income", "fee", "fees", "fine", "fined", "insurance", "debt", "debts", "owed", "owes",
                "reimbursed", "reimbursement", "turnover", "losses", "lost", "gdp", "grdp", "exports", "export",
                "price", "prices", "priced",
            ],
            .nameBefore: [
                "no", "number", "hospital", "unit", "corps", "division", "regiment", "decree", "directive",
                "resolution", "decision", "circular", "route", "road", "street", "room", "ward", "floor", "level",
                "grade", "phase", "stage", "class", "covid", "sars", "cov", "article", "clause", "item", "page",
                "region", "zone", "lot", "block", "km", "model", "version", "group", "team", "station", "military",
                "army", "district", "hotline", "tel", "phone", "fax", "building", "batch", "project", "scheme",
                "programme", "program",
            ],
            .ordinalSuffix: [
                "st", "nd", "rd", "th",
            ],
            .prepositionHedge: [
                "over", "under", "above",
            ],
            .hedgeBridge: [
                "a total of", "total of", "a",
            ],
            .ratio: [
                "per",
            ],
            .share: [
                "share", "shares", "shared", "sharing",
            ],
            .currencyAfterOnly: [
                "dong", "đồng", "dollars", "euros", "yen",
            ],
            .rangeWord: [
                "to", "and", "-", "–", "—",
            ],
            .rangeOpener: [
                "from", "between",
            ],
            .change: [
                "raise", "raises", "raised", "raising", "increase", "increases", "increased", "increasing",
                "expand", "expands", "expanded", "expanding", "grow", "grows", "grew", "grown", "growing", "rise",
                "rises", "rose", "risen", "lift", "lifts", "lifted", "boost", "boosts", "boosted", "double",
                "doubles", "doubled", "reduce", "reduces", "reduced", "cut", "cuts", "fall", "falls", "fell",
                "drop", "drops", "dropped", "decrease", "decreases", "decreased", "jump", "jumped", "upgrade",
                "upgrades", "upgraded", "upgrading", "up",
            ],
            .subjectHead: [
                "hospital", "medical center", "medical centre", "health center", "health centre",
                "department of health", "ministry of health", "clinic", "polyclinic", "infirmary", "center",
                "centre", "institute", "committee", "province", "city", "unit", "health sector", "sector",
                "department", "ministry", "university",
                // Projects, programmes and companies own figures too
                // ("The project trained 78 doctors", "Hoan An Healthcare
                // plans to invest …").
                "project", "programme", "program", "group", "corporation", "company", "jsc", "healthcare", "chain",
            ],
            .placeHead: [
                "province", "city", "district", "commune", "country",
            ],
            .subjectModifier: [
                "provincial", "district", "general", "city", "central", "national", "military", "regional",
                "municipal", "level", "specialized", "specialised", "traditional", "medicine", "private", "new",
                "public", "health", "medical", "obstetric", "obstetrics", "paediatric", "pediatric", "oncology",
                "cardiology", "lung", "eye", "dermatology", "rehabilitation", "entire", "whole", "s",
            ],
            .subjectConnector: [
                "and", "of", "for", "-", "&", "'", "’",
            ],
            .oblique: [
                "with", "at", "from", "by", "to", "of", "for", "in", "under", "between", "among",
            ],
            .determiner: [
                "the", "this", "that",
            ],
            .subjectLink: [
                "of", "for",
            ],
            .yearWord: [
                "year", "in", "since",
            ],
            .periodWord: [
                "in", "by", "until", "from", "since", "during", "for", "of", "before", "after",
            ],
            .periodPhrase: [
                "each year", "every year", "per year", "annually", "this year", "last year", "next year",
                "this month", "last month",
            ],
            .periodLead: [
                "the past", "the last", "the first", "the next", "the coming", "within", "over",
            ],
            .openPeriod: [
                "since", "from",
            ],
            .periodPart: [
                "the first half", "the second half", "the first quarter", "the second quarter",
                "the third quarter", "the fourth quarter", "the last quarter",
            ],
            .yearPart: [
                "early", "late", "the end of", "the beginning of", "the middle of",
            ],
            .periodTie: [
                "of",
            ],
            .yearDeictic: [
                "this year", "the year", "last year", "next year",
            ],
            .clauseBreak: [
                ", and", ", but", "but", "while", "whereas", "; and",
            ],
            .planBreak: [
                "and",
            ],
            .target: [
                "these figures to", "the figures to", "these numbers to", "these rates to", "these ratios to",
                "them to",
            ],
            .anaphora: [
                "they", "it", "these", "the project", "the projects", "the buildings", "the building",
                "the hospital", "the works",
            ],
            .storyPlanned: [
                "groundbreaking", "ground breaking", "ground - breaking", "breaks ground", "broke ground",
                "approved", "approves", "will build", "plans to build", "to be built", "will be built",
                "expected to open", "project", "construction began", "construction begins", "construction started",
                "construction starts", "work commences", "work begins", "work began", "designed to", "progress",
                "to get", "to have",
            ],
            .now: [
                "planned beds", "actual beds", "licensed beds", "currently", "at present", "now", "existing",
                "so far", "to date", "which has", "which have",
            ],
            .done: [
                "spent", "was built", "were built", "completed", "opened", "inaugurated", "last year", "upgraded",
                "renovated",
            ],
            .abbreviation: [
                "no", "mr", "mrs", "ms", "dr", "st", "prof", "assoc", "co", "ltd", "inc", "jr", "sr", "vs", "u",
                "s", "e", "g", "i", "approx", "dept", "gov", "corp", "jan", "feb", "mar", "apr", "jun", "jul",
                "aug", "sep", "sept", "oct", "nov", "dec",
            ],
        ],
        precedence: [
            .init("building", .unit, .nameBefore, "Before a number it names (Building 3); after one it counts."),
            .init("floor", .unit, .nameBefore, "Before a number it names (floor 5); after one it counts storeys."),
            .init("km", .unit, .nameBefore, "Before a number it names a milestone (km 12); after one it is a distance."),
            .init("classes", .unit, .training, "After a number it is counted; anywhere else it makes people trainees."),
            .init("course", .unit, .training, "After a number it is counted; anywhere else it makes people trainees."),
            .init("courses", .unit, .training, "After a number it is counted; anywhere else it makes people trainees."),
            .init("workshops", .unit, .training, "After a number it is counted; anywhere else it makes people trainees."),
            .init("actual beds", .unit, .now, "A kind of bed that exists now: counted, and never planned."),
            .init("licensed beds", .unit, .now, "A kind of bed that exists now: counted, and never planned."),
            .init("planned beds", .unit, .now, "The official allotment: counted, and its \"planned\" plans nothing."),
            .init("registered", .planned, .participation,
                  "After people it is taking part; elsewhere in a clause it plans the clause's figures."),
            .init("and", .rangeWord, .coordinator, "A range only after \"between\"; otherwise it joins two figures."),
            .init("thousand", .scale, .ratioBase, "After a number it multiplies; after a ratio word it is the base."),
        ],
        noise: [
            .readMore: ["read more", "read more »", "read more…"],
            .relatedHeader: ["related news", "related articles", "related stories", "related", "see also", "more news",
                             "other news"],
            .widget: ["new comment", "click here", "sort:", "newsletter", "share this", "print this", "log in", "sign up",
                      "subscribe", "advertisement"],
            .button: ["share", "print", "email", "e", "mail", "facebook", "twitter", "tweet", "like", "save", "copy",
                      "link", "comment", "comments", "top"],
            .conjunction: ["and", "or"],
            .bylineOpener: ["By", "BY"],
            .photoCredit: ["(photo", "photo:"],
            .photoWord: ["photo"],
        ],
        months: [
            "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
            "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4,
            "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
        ],
        // The language of a page in which no other is recognised.
        detection: nil,
        vagueCounts: [
            "dozens of": 24...96, "several dozen": 24...96, "a few dozen": 24...96, "tens of": 20...90,
            "hundreds of": 100...900, "several hundred": 200...900, "a few hundred": 200...900,
        ],
        facilities: .english,
        roles: .english
    )
}
