import Foundation

/// The fields of a fact a report spec can name, with how each reads as a
/// cell, compares and sorts. The spec reference lists exactly these.
public enum FactField: String, Sendable, CaseIterable {
    case source, file, article, articleTitle = "article_title", date, language, paragraph
    case spanStart = "span_start", spanEnd = "span_end", mention, sentence
    case category, value, min, max, figure, unit, subject, qualifiers, period, isRepeat = "repeat"

    public var isNumeric: Bool {
        switch self {
        case .article, .paragraph, .spanStart, .spanEnd, .value, .min, .max: return true
        default: return false
        }
    }

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

    public func number(_ f: Fact) -> Decimal? {
        switch self {
        case .article: return Decimal(f.provenance.article)
        case .paragraph: return Decimal(f.provenance.paragraph)
        case .spanStart: return Decimal(f.provenance.span.lowerBound)
        case .spanEnd: return Decimal(f.provenance.span.upperBound)
        case .value: return f.value
        case .min: return f.min
        case .max: return f.max
        default: return nil
        }
    }

    public func text(_ f: Fact) -> String? {
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
        default: return number(f).map(NumberText.plain)
        }
    }

    public func cell(_ f: Fact) -> Cell {
        if isNumeric { return number(f).map(Cell.number) ?? .empty }
        return text(f).map(Cell.text) ?? .empty
    }
}
