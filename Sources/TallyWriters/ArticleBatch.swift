import Foundation
import TallyCore

/// Reads a list of article files and extracts their facts, merged in input
/// order: the one place both `tally export` and `tally facts` turn files
/// into facts, so they can never disagree.
public enum ArticleBatch {
    public struct Result {
        public var facts: [Fact]
        /// The latest article date of all files, for the workbooks' creation time.
        public var latest: Article.Day?
        /// Files left out under `.skipUnreadable`, each with why.
        public var skipped: [ExportError] = []
    }

    /// What a file that cannot be read as an article does to the batch.
    public enum SkipPolicy: Sendable {
        /// It stops the batch (the default: a daily export never silently
        /// loses an article).
        case strict
        /// It is left out and reported in `Result.skipped` (`--keep-going`):
        /// one bad file does not stop a cron export of all the others.
        case skipUnreadable
    }

    /// How far the batch is, after each file.
    public struct Progress: Sendable, Equatable {
        public var done: Int, total: Int, facts: Int
    }

    /// - Parameter label: how a file is named in the facts, from its path
    ///   (`tally export` names files `<seeds folder>/<file>`).
    public static func extract(paths: [String], label: (String) -> String = { $0 }, policy: SkipPolicy = .strict,
                               progress: (Progress) -> Void = { _ in }) throws -> Result {
        var lists: [[Fact]] = []
        var latest: Article.Day?
        var skipped: [ExportError] = []
        var count = 0
        for (n, path) in paths.enumerated() {
            let text: String
            do { text = try ArticleReader.read(path: path) } catch let e as ExportError where policy == .skipUnreadable {
                skipped.append(e)
                progress(Progress(done: n + 1, total: paths.count, facts: count))
                continue
            }
            let document = Document(path: label(path), text: text)
            for a in document.articles { if let d = a.date, latest.map({ d > $0 }) ?? true { latest = d } }
            let facts = FactExtractor().extract(document)
            count += facts.count
            lists.append(facts)
            progress(Progress(done: n + 1, total: paths.count, facts: count))
        }
        return Result(facts: [Fact].merged(lists), latest: latest, skipped: skipped)
    }
}
