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
    }

    /// Threads to parse with: `TALLY_THREADS` when it is a positive number,
    /// else one per core.
    public static var threads: Int {
        if let raw = ProcessInfo.processInfo.environment["TALLY_THREADS"], let n = Int(raw), n > 0 { return n }
        return max(1, ProcessInfo.processInfo.activeProcessorCount)
    }

    /// - Parameter label: how a file is named in the facts, from its path
    ///   (`tally export` names files `<seeds folder>/<file>`).
    /// - Throws: the error of the first file, in input order, that cannot be
    ///   read, as a one-thread run would.
    public static func extract(paths: [String], label: (String) -> String = { $0 }) throws -> Result {
        let labels = paths.map(label)
        let results = Slots(count: paths.count)
        let workers = min(threads, paths.count)
        let next = Counter()
        let work: @Sendable () -> Void = {
            while true {
                let i = next.take()
                guard i < paths.count else { return }
                do {
                    let text = try ArticleReader.read(path: paths[i])
                    let document = Document(path: labels[i], text: text)
                    var latest: Article.Day?
                    for a in document.articles { if let d = a.date, latest.map({ d > $0 }) ?? true { latest = d } }
                    results.set(i, .success((FactExtractor().extract(document), latest)))
                } catch {
                    results.set(i, .failure(error))
                    next.stop()
                }
            }
        }
        if workers <= 1 { work() } else { DispatchQueue.concurrentPerform(iterations: workers) { _ in work() } }
        var lists: [[Fact]] = []
        lists.reserveCapacity(paths.count)
        var latest: Article.Day?
        for i in paths.indices {
            switch results.get(i) {
            case .success(let (facts, d))?:
                lists.append(facts)
                if let d, latest.map({ d > $0 }) ?? true { latest = d }
            case .failure(let error)?: throw error
            // Not reached: files after a failing one are left unread.
            case nil: break
            }
        }
        return Result(facts: [Fact].merged(lists), latest: latest)
    }

    /// Hands out file indices in order; after a failure, none past it.
    private final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        private var stopped = false
        func take() -> Int {
            lock.lock(); defer { lock.unlock() }
            if stopped { return Int.max }
            value += 1
            return value - 1
        }
        func stop() { lock.lock(); stopped = true; lock.unlock() }
    }

    private final class Slots: @unchecked Sendable {
        private let lock = NSLock()
        private var slots: [Swift.Result<([Fact], Article.Day?), Error>?]
        init(count: Int) { slots = Array(repeating: nil, count: count) }
        func set(_ i: Int, _ r: Swift.Result<([Fact], Article.Day?), Error>) { lock.lock(); slots[i] = r; lock.unlock() }
        func get(_ i: Int) -> Swift.Result<([Fact], Article.Day?), Error>? { lock.lock(); defer { lock.unlock() }; return slots[i] }
    }
}
