/// What a word or phrase of a language's tables means to the extractor.
///
/// Each table of a language is keyed by one cue, so adding a cue to a language
/// is one entry of data and the engine asks `lexicon.has(token, .filler)` or
/// `lexicon.longest(.planned, tokens, at: i)` instead of reading a field per
/// rule. Phrase cues are token sequences, looked up in a trie over word ids;
/// word cues are single tokens, looked up in one bit mask per word.
public enum Cue: Int, CaseIterable, Sendable {
    // MARK: Phrase tables (token sequences)

    /// Counted nouns ("beds", "giường bệnh"); their sense is `LanguageTable.units`.
    case unit
    /// Currency words and symbols ("us $", "đồng"); their code is `LanguageTable.currencies`.
    case currency
    /// Hedges before a figure ("more than", "khoảng"); see `LanguageTable.hedges`.
    case hedge
    /// Words anywhere in a clause that make its figures planned.
    case planned
    /// Words of purpose ("to build", "để xây") that plan only what follows them.
    case purpose
    /// Words that make people counts training figures.
    case training
    /// Words of handing over or receiving techniques ("transferred", "tiếp nhận").
    case transfer
    /// Verbs of having or employing: people counted right after them are a headcount.
    case headcount
    /// Words that make the next count a part of the one before ("of whom", "trong đó").
    case subset
    /// Words of taking part ("attend", "tham gia").
    case participation
    /// Words that open a conversion of a sum ("equivalent to", "tương đương").
    case conversion
    /// Words that make a noun a number to be given ("the number of", "tổng số").
    case countWord
    /// Words that mark money as investment.
    case investment
    /// Words before money that make it savings, revenue, a payment: `finance`.
    case nonInvestment
    /// Words right before a number that make it part of a name (`Hospital 108`, `lớp 11`).
    case nameBefore
    /// Words between a hedge and its number ("a total of", "tổng cộng").
    case hedgeBridge
    /// Head nouns of the bodies facts belong to ("hospital", "trung tâm y tế").
    case subjectHead
    /// Periods on their own ("each year", "hằng năm").
    case periodPhrase
    /// Openers of a counted period ("the past", "trong").
    case periodLead
    /// Parts of a year with no count ("the first half", "quý ii").
    case periodPart
    /// Parts of a year written right before it ("cuối năm 2024", "early
    /// 2023"): with the year they are a period as written, not the year.
    case yearPart
    /// Ties between a period and its year ("of", "của năm").
    case periodTie
    /// Words that end a counted period ("đầu năm", "qua").
    case periodEnd
    /// Words standing for a year ("this year", "nay").
    case yearDeictic
    /// Words that open a new clause with its own verb (", and", "nhưng").
    case clauseBreak
    /// Phrases after which bare numbers are new values of earlier figures.
    case target
    /// Words that open a sentence restating the one before ("They", "Dự án này").
    case anaphora
    /// Words in a headline or lead that make the story one about something not yet built.
    case storyPlanned
    /// Words that say a figure exists now ("currently", "hiện nay").
    case now
    /// Words that say a figure was done already ("spent", "đã").
    case done
    /// Verbs of sending people somewhere ("sent", "cử", "luân phiên").
    case dispatch
    /// Words after people sent that make them teach others ("to train staff", "hướng dẫn").
    case teaching
    /// Counts without a numeral ("dozens of", "vài chục"); their range is `LanguageTable.vagueCounts`.
    case vagueCount

    // MARK: Word tables (one token each)

    /// Scale words ("million", "tỷ"); their factor is `LanguageTable.scales`.
    case scale
    /// Spelled-out numbers ("nine", "chín"); their value is `LanguageTable.numberWords`.
    case numberWord
    /// Bases of a ratio ("vạn" is 10,000); see `LanguageTable.ratioBases`.
    case ratioBase
    /// Nouns a ratio counts by, with English labels; see `LanguageTable.ratioNouns`.
    case ratioNoun
    /// Words that may stand between a number and its noun ("new", "lượt").
    case filler
    /// Words before a people count that make it who something is for ("for", "cho").
    case beneficiary
    /// Words that join a list ("and", ",", "và").
    case coordinator
    /// Words between a counted noun and the number giving its count ("reached", "lên").
    case unitLink
    /// Letters glued after a number that make it an ordinal ("st", "th").
    case ordinalSuffix
    /// Hedges that are prepositions too ("over", "dưới").
    case prepositionHedge
    /// Words after a counted noun that make it a ratio ("per", "/").
    case ratio
    /// Words before a count that make it a share among people ("share", "chung").
    case share
    /// Words between the two numbers of a range ("to", "đến", "-").
    case rangeWord
    /// Words that open a range ("from", "between", "từ").
    case rangeOpener
    /// Verbs of change a few words before "from" ("raise", "tăng").
    case change
    /// Words between two numbers that always mean a change ("lên").
    case changeLink
    /// Heads that name a territory ("province", "tỉnh").
    case placeHead
    /// Lower-case words that may sit inside a name ("provincial", "đa").
    case subjectModifier
    /// Words and marks that join the parts of a name ("of", "tại", "-").
    case subjectConnector
    /// Prepositions that make a name a partner or a place ("with", "tại").
    case oblique
    /// Determiners that open a name ("the").
    case determiner
    /// Words after a head that bring a capitalised complement ("Department of Health").
    case subjectLink
    /// Words before a year that make a period ("in", "năm").
    case periodWord
    /// Words after which a number that can be a year is one, never a count
    /// ("năm 2024 bệnh viện đã cử …", "In 2024 hospitals …").
    case yearWord
    /// Words before a lone year that leave its period open ("since", "từ").
    case openPeriod
    /// Joining words that open a clause when a plan word follows ("and", "và").
    case planBreak
    /// Abbreviations whose dot does not end a sentence ("dr", "ts").
    case abbreviation
    /// Currency words written only after their number ("500 đồng"): before
    /// a number such a word is part of a name ("Bệnh viện Nhi Đồng 1"),
    /// where a code or symbol ("VND500", "US$3") does lead it.
    case currencyAfterOnly
    /// Every word of a hedge phrase (derived from `hedge`, never written).
    case hedgeWord

    /// True for tables whose entries are single tokens.
    public var isWord: Bool { rawValue >= Cue.scale.rawValue }

    var bit: UInt64 { 1 << UInt64(rawValue) }
}

/// Several cues asked at once ("a training or a transfer word").
public struct CueSet: OptionSet, Sendable {
    public let rawValue: UInt64
    public init(rawValue: UInt64) { self.rawValue = rawValue }
    public init(_ cues: Cue...) { rawValue = cues.reduce(0) { $0 | $1.bit } }
}

/// Page furniture named by words of a language. Noise is recognised before a
/// page's language is known, so the rules use the cues of every language.
public enum NoiseCue: String, CaseIterable, Sendable {
    /// Line endings of a teaser whose full text follows ("… Read more").
    case readMore
    /// Whole lines that head a list of related stories ("Tin liên quan").
    case relatedHeader
    /// Text anywhere in a short line that marks a widget ("click here").
    case widget
    /// Words of a row of sharing buttons ("Share Print").
    case button
    /// Words that join the last item of a list in prose ("and"): keyword lines lack them.
    case conjunction
    /// First words of a byline, as written ("By", "Theo").
    case bylineOpener
    /// Text that marks a photo credit ("(photo", "ảnh:").
    case photoCredit
    /// A word that names a photo after a dash ("— VNA Photo").
    case photoWord
}
