import Foundation
import TallyWriters

/// The progress line of an export on a terminal: a bar, articles read of
/// the total, facts so far and the time taken, redrawn in place with `\r`.
/// Only a terminal sees it; cron's stderr stays empty on success.
struct ProgressBar {
    static let width = 24

    /// `[############------------] 12/24 articles, 310 facts, 3.2 s`
    static func line(_ p: ArticleBatch.Progress, elapsed: Double) -> String {
        let filled = p.total == 0 ? width : p.done * width / p.total
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        let tenths = Int((elapsed * 10).rounded())
        return "[\(bar)] \(p.done)/\(Plural.count(p.total, "article")), \(Plural.count(p.facts, "fact")), \(tenths / 10).\(tenths % 10) s"
    }
}
