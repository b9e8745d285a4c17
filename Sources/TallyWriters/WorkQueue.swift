import Foundation

/// Hands out the indices of a batch to worker threads, one at a time, in
/// order; a failure may stop it, so no later item is started.
final class WorkCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    private var stopped = false

    /// The next index, or `Int.max` once stopped.
    func take() -> Int {
        lock.lock(); defer { lock.unlock() }
        if stopped { return Int.max }
        value += 1
        return value - 1
    }

    func stop() { lock.lock(); stopped = true; lock.unlock() }

    /// Runs `work` on `workers` threads (on this one when one is asked).
    static func run(_ work: @Sendable () -> Void, on workers: Int) {
        if workers <= 1 { work() } else { DispatchQueue.concurrentPerform(iterations: workers) { _ in work() } }
    }
}

/// Results by index, filled from worker threads and read back in input
/// order, so output never depends on which thread finished first.
final class Slots<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Value?]
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ value: Value) { lock.lock(); slots[i] = value; lock.unlock() }
    func get(_ i: Int) -> Value? { lock.lock(); defer { lock.unlock() }; return slots[i] }
    /// The value of slot `i`, left empty: the caller holds the only copy.
    func take(_ i: Int) -> Value? {
        lock.lock(); defer { lock.unlock() }
        let value = slots[i]
        slots[i] = nil
        return value
    }

    /// `body` of every index in `0..<count` on `threads` threads, in index order.
    static func map(_ count: Int, threads: Int, _ body: @Sendable @escaping (Int) -> Value) -> [Value] {
        let results = Slots(count: count)
        let next = WorkCounter()
        WorkCounter.run({
            while true {
                let i = next.take()
                guard i < count else { return }
                results.set(i, body(i))
            }
        }, on: min(threads, count))
        return (0..<count).map { results.get($0)! }
    }
}
