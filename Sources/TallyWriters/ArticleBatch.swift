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
    }

    public struct Duplicate: Equatable, CustomStringConvertible {
        public var file: String
        public var sameAs: String
        public var description: String {
            "warning: \(file) has the same text as \(sameAs); its facts are reported once, under \(sameAs)"
        }
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
                    results.set(i, .success((FactExtractor().extract(document), latest, Self.fingerprint(text))))
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
        var seen: [Fingerprint: String] = [:]
        var duplicates: [Duplicate] = []
        for i in paths.indices {
            switch results.get(i) {
            case .success(let (facts, d, print))?:
                if let first = seen[print] {
                    duplicates.append(Duplicate(file: labels[i], sameAs: first))
                    continue
                }
                seen[print] = labels[i]
                lists.append(facts)
                if let d, latest.map({ d > $0 }) ?? true { latest = d }
            case .failure(let error)?: throw error
            // Not reached: files after a failing one are left unread.
            case nil: break
            }
        }
        return Result(facts: [Fact].merged(lists), latest: latest, duplicates: duplicates)
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
        private var slots: [Swift.Result<([Fact], Article.Day?, Fingerprint), Error>?]
        init(count: Int) { slots = Array(repeating: nil, count: count) }
        func set(_ i: Int, _ r: Swift.Result<([Fact], Article.Day?, Fingerprint), Error>) { lock.lock(); slots[i] = r; lock.unlock() }
        func get(_ i: Int) -> Swift.Result<([Fact], Article.Day?, Fingerprint), Error>? { lock.lock(); defer { lock.unlock() }; return slots[i] }
    }
}
