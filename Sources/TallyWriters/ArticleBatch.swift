import Dispatch
import Foundation
import TallyCore

/// Reads a list of article files and extracts their facts, merged in input
/// order: the one place both `tally export` and `tally facts` turn files
/// into facts, so they can never disagree.
///
/// Files are read and parsed on every core, each file whole on one thread;
/// the results are merged in input order, so the facts are byte for byte
/// those of one thread (`TALLY_THREADS=1` forces one, to check that).
public enum ArticleBatch {
    public struct Result {
        public var facts: [Fact]
        /// The latest article date of all files, for the workbooks' creation time.
        public var latest: Article.Day?
        /// Files whose text is the same as an earlier file's: their facts are
        /// left out, so one article saved twice is reported once.
        public var duplicates: [Duplicate] = []
        /// Files left out under `.skipUnreadable`, in input order, each with why.
        public var skipped: [ExportError] = []
    }

    public struct Duplicate: Equatable, CustomStringConvertible {
        public var file: String
        public var sameAs: String
        public var description: String {
            "warning: \(file) has the same text as \(sameAs); its facts are reported once, under \(sameAs)"
        }
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

    /// How far the batch is: files done (in any order, as threads finish
    /// them), of the total, and the facts found so far.
    public struct Progress: Sendable, Equatable {
        public var done: Int, total: Int, facts: Int
    }

    /// Threads to parse with: `TALLY_THREADS` when it is a positive number,
    /// else one per core.
    public static var threads: Int {
        if let raw = ProcessInfo.processInfo.environment["TALLY_THREADS"], let n = Int(raw), n > 0 { return n }
        return max(1, ProcessInfo.processInfo.activeProcessorCount)
    }

    /// - Parameter label: how a file is named in the facts, from its path
    ///   (`tally export` names files `<seeds folder>/<file>`).
    ///   - policy: whether an unreadable or non-UTF-8 file stops the batch.
    ///   - progress: called after each file, from the thread that read it
    ///     (one call at a time).
    /// - Throws: the error of the first file, in input order, that cannot be
    ///   read, as a one-thread run would.
    public static func extract(paths: [String], label: (String) -> String = { $0 }, policy: SkipPolicy = .strict,
                               progress: @escaping @Sendable (Progress) -> Void = { _ in }) throws -> Result {
        let labels = paths.map(label)
        let results = Slots<Swift.Result<([Fact], Article.Day?, Fingerprint), Error>>(count: paths.count)
        let workers = min(threads, paths.count)
        let next = WorkCounter()
        let tally = Tally(total: paths.count, report: progress)
        let work: @Sendable () -> Void = {
            while true {
                let i = next.take()
                guard i < paths.count else { return }
                do {
                    let text = try ArticleReader.read(path: paths[i])
                    let document = Document(path: labels[i], text: text)
                    var latest: Article.Day?
                    for a in document.articles { if let d = a.date, latest.map({ d > $0 }) ?? true { latest = d } }
                    let facts = FactExtractor().extract(document)
                    results.set(i, .success((facts, latest, Self.fingerprint(text))))
                    tally.add(facts.count)
                } catch {
                    results.set(i, .failure(error))
                    if policy == .skipUnreadable, error is ExportError { tally.add(0) } else { next.stop() }
                }
            }
        }
        WorkCounter.run(work, on: workers)
        var lists: [[Fact]] = []
        lists.reserveCapacity(paths.count)
        var latest: Article.Day?
        var seen: [Fingerprint: String] = [:]
        var duplicates: [Duplicate] = []
        var skipped: [ExportError] = []
        for i in paths.indices {
            // Taken out of its slot, so the merge below holds each file's facts once.
            switch results.take(i) {
            case .success(let (facts, d, print))?:
                if let first = seen[print] {
                    duplicates.append(Duplicate(file: labels[i], sameAs: first))
                    continue
                }
                seen[print] = labels[i]
                lists.append(facts)
                if let d, latest.map({ d > $0 }) ?? true { latest = d }
            case .failure(let error as ExportError)? where policy == .skipUnreadable: skipped.append(error)
            case .failure(let error)?: throw error
            // Not reached: files after a failing one are left unread.
            case nil: break
            }
        }
        return Result(facts: [Fact].merged(consume lists), latest: latest, duplicates: duplicates, skipped: skipped)
    }

    /// Two 64-bit hashes (FNV-1a and a second multiplier) of the text's
    /// UTF-8 and its length: two different articles never share all three.
    struct Fingerprint: Hashable, Sendable { let a: UInt64, b: UInt64, length: Int }

    static func fingerprint(_ text: String) -> Fingerprint {
        var a: UInt64 = 0xcbf29ce484222325, b: UInt64 = 0x84222325cbf29ce4
        var n = 0
        for byte in text.utf8 {
            a = (a ^ UInt64(byte)) &* 0x100000001b3
            b = (b &+ UInt64(byte)) &* 0x9E3779B97F4A7C15
            n += 1
        }
        return Fingerprint(a: a, b: b, length: n)
    }

    /// Counts files done and facts found across threads, and reports each
    /// step under its lock so progress lines never interleave.
    private final class Tally: @unchecked Sendable {
        private let lock = NSLock()
        private var done = 0, facts = 0
        let total: Int
        let report: @Sendable (Progress) -> Void
        init(total: Int, report: @escaping @Sendable (Progress) -> Void) { self.total = total; self.report = report }
        func add(_ n: Int) {
            lock.lock(); defer { lock.unlock() }
            done += 1; facts += n
            report(Progress(done: done, total: total, facts: facts))
        }
    }
}
