import Foundation

/// The fields of a fact a report spec can name, with how each reads as a
/// cell, compares and sorts. The spec reference lists exactly these.
public enum FactField: String, Sendable, CaseIterable {
    case source, file, article, articleTitle = "article_title", date, year, language, paragraph
    case spanStart = "span_start", spanEnd = "span_end", mention, sentence
    case category, value, min, max, figure, unit, subject, qualifiers, period, isRepeat = "repeat"
    case facility, facilityKey = "facility_key", facilityLabel = "facility_label", province, scope, role
    case figureKey = "figure_key", sources

    public var isNumeric: Bool {
        switch self {
        case .article, .paragraph, .spanStart, .spanEnd, .value, .min, .max, .year, .sources: return true
        default: return false
        }
    }

    /// The fields whose numbers are amounts in the fact's `unit`: an
    /// aggregate of them must not mix units (see `Query`).
    public var isMeasure: Bool { self == .value || self == .min || self == .max }

    /// `seeds/a.txt:11:485 beds`: file, paragraph and the mention as
    /// written. It keys rows for review (`tally diff`), so it holds no
    /// character offset: a sentence added earlier in the paragraph moves
    /// every span after it, and the facts it moves must not read as removed
    /// and added again. Two equal mentions in one paragraph share it, and
    /// the diff tells them apart by their order.
    public static func sourceID(_ f: Fact) -> String {
        "\(f.provenance.file):\(f.provenance.paragraph):\(f.provenance.text)"
    }

    /// `1234-1242`: the mention's span in the file, for the Sources sheet of
    /// a workbook, where a reader may want to find the exact characters.
    public static func spanText(_ f: Fact) -> String {
        "\(f.provenance.span.lowerBound)-\(f.provenance.span.upperBound)"
    }

    /// The year a figure is about: the latest year written in its period
    /// ("2021-2025" is 2025, the year the figure holds by; "quý II/2026" is
    /// 2026), or, when the period names none ("each year") or there is no
    /// period, the year of the article's date.
    public static func year(_ f: Fact) -> Int? {
        if let period = f.period, let y = latestYear(in: period) { return y }
        return f.provenance.articleDate?.year
    }

    /// Four-digit runs from 1900 to 2100 that are not part of a longer number.
    static func latestYear(in text: String) -> Int? {
        var best: Int?
        var run: [Unicode.Scalar] = []
        func flush() {
            if run.count == 4, let y = Int(String(String.UnicodeScalarView(run))), (1900...2100).contains(y) {
                best = Swift.max(best ?? y, y)
            }
            run = []
        }
        for s in text.unicodeScalars {
            if ("0"..."9").contains(s) { run.append(s) } else { flush() }
        }
        flush()
        return best
    }

    /// What a figure without a facility is shown as in a per-facility
    /// sheet, so that no row there is blank: "Province aggregates (Bac
    /// Giang)", "National figures", or "Not attributed" when resolution
    /// found neither.
    public static func facilityLabel(_ f: Fact) -> String {
        if let facility = f.facility { return facility.name }
        switch scope(f) {
        case .province: return f.province.map { "Province aggregates (\($0))" } ?? "Province aggregates"
        case .national: return "National figures"
        default: return "Not attributed"
        }
    }

    /// A fact with a facility is about that facility even when the
    /// resolver left `scope` unset.
    static func scope(_ f: Fact) -> Scope? { f.scope ?? (f.facility == nil ? nil : .facility) }

    public func number(_ f: Fact, _ sources: FigureSources? = nil) -> Decimal? {
        switch self {
        case .article: return Decimal(f.provenance.article)
        case .paragraph: return Decimal(f.provenance.paragraph)
        case .spanStart: return Decimal(f.provenance.span.lowerBound)
        case .spanEnd: return Decimal(f.provenance.span.upperBound)
        case .value: return f.value
        case .min: return f.min
        case .max: return f.max
        case .year: return Self.year(f).map { Decimal($0) }
        case .sources: return Decimal((sources ?? FigureSources([f])).articles(reporting: f))
        default: return nil
        }
    }

    public func text(_ f: Fact, _ sources: FigureSources? = nil) -> String? {
        switch self {
        case .source: return Self.sourceID(f)
        case .file: return f.provenance.file
        case .articleTitle: return f.provenance.articleTitle
        case .date: return f.provenance.articleDate?.description
        case .language: return f.language.rawValue
        case .mention: return f.provenance.text
        case .sentence: return f.provenance.sentence
        case .category: return f.category
        case .figure:
            if let v = f.value { return NumberText.plain(v) }
            return "\(f.min.map(NumberText.plain) ?? "")-\(f.max.map(NumberText.plain) ?? "")"
        case .unit: return f.unit
        case .subject: return f.subject
        case .qualifiers: return f.qualifiers.isEmpty ? nil : f.qualifiers.map(\.rawValue).joined(separator: ", ")
        case .period: return f.period
        case .isRepeat: return f.repeatOf == nil ? "no" : "yes"
        case .facility: return f.facility?.name
        case .facilityKey: return f.facility?.key
        case .facilityLabel: return Self.facilityLabel(f)
        case .province: return f.province
        case .scope: return Self.scope(f)?.rawValue
        case .role: return f.role?.rawValue
        case .figureKey: return f.figure.isEmpty ? nil : f.figure
        default: return number(f, sources).map(NumberText.plain)
        }
    }

    public func cell(_ f: Fact, _ sources: FigureSources? = nil) -> Cell {
        if isNumeric { return number(f, sources).map(Cell.number) ?? .empty }
        return text(f, sources).map(Cell.text) ?? .empty
    }
}

/// How many articles report each figure: the distinct files among the
/// mentions sharing its `figure` key, over every fact of the export (not
/// only a sheet's), so `sources` says the same on every sheet.
public struct FigureSources: Sendable {
    var files: [String: Set<String>] = [:]
    /// `figureOf[i]`: a number for fact `i`'s figure, shared by the facts
    /// with its `figure` key (a fact without one has a number of its own),
    /// so aggregates group mentions by integer rather than by key text.
    let figureOf: [Int32]

    public init(_ facts: [Fact]) {
        var numbers: [String: Int32] = [:]
        var figureOf: [Int32] = []
        figureOf.reserveCapacity(facts.count)
        for f in facts {
            let next = Int32(figureOf.count)
            if f.figure.isEmpty { figureOf.append(next); continue }
            figureOf.append(numbers[f.figure, default: next])
            if numbers[f.figure] == nil { numbers[f.figure] = next }
            files[f.figure, default: []].insert(f.provenance.file)
        }
        self.figureOf = figureOf
    }

    /// A fact without a figure key is a figure of its own, in its one file.
    public func articles(reporting f: Fact) -> Int {
        f.figure.isEmpty ? 1 : (files[f.figure]?.count ?? 1)
    }
}
