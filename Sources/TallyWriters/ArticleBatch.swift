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
    }

    /// - Parameter label: how a file is named in the facts, from its path
    ///   (`tally export` names files `<seeds folder>/<file>`).
    public static func extract(paths: [String], label: (String) -> String = { $0 }) throws -> Result {
        var lists: [[Fact]] = []
        var latest: Article.Day?
        for path in paths {
            let text = try ArticleReader.read(path: path)
            let document = Document(path: label(path), text: text)
            for a in document.articles { if let d = a.date, latest.map({ d > $0 }) ?? true { latest = d } }
            lists.append(FactExtractor().extract(document))
        }
        return Result(facts: [Fact].merged(lists), latest: latest)
    }
}
