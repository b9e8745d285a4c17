/// Interns words: UTF-8 bytes to a small integer id, by an open-addressing
/// hash over the bytes. Swift's `String` hashing and `==` normalise text
/// (canonical equivalence), which was the largest cost of matching rules
/// (perf); table words and tokens are both NFC, so bytes suffice.
struct WordTable: Sendable {
    private var bytes: [UInt8] = []
    /// Entry `e` (id `e + 1`) is `bytes[starts[e]..<starts[e + 1]]`.
    private var starts: [Int] = [0]
    private var slots: [Int32] = Array(repeating: 0, count: 1024)

    /// Number of ids; ids run from 1, and 0 means "not in the table".
    var count: Int { starts.count - 1 }

    private static func hash(_ p: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in p { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }

    private func find(_ p: UnsafeBufferPointer<UInt8>) -> (slot: Int, id: Int32) {
        let mask = slots.count - 1
        var s = Int(truncatingIfNeeded: WordTable.hash(p)) & mask
        while true {
            let id = slots[s]
            if id == 0 { return (s, 0) }
            let e = Int(id) - 1
            let lo = starts[e], hi = starts[e + 1]
            if hi - lo == p.count {
                var same = true
                bytes.withUnsafeBufferPointer { b in
                    for k in 0..<p.count where b[lo + k] != p[k] { same = false; break }
                }
                if same { return (s, id) }
            }
            s = (s + 1) & mask
        }
    }

    /// The id of `word`, adding it when new.
    mutating func intern(_ word: String) -> Int32 {
        var w = word
        let found = w.withUTF8 { find($0) }
        if found.id != 0 { return found.id }
        bytes.append(contentsOf: word.utf8)
        starts.append(bytes.count)
        let id = Int32(count)
        if count * 2 > slots.count { rehash() } else { slots[found.slot] = id }
        return id
    }

    private mutating func rehash() {
        slots = Array(repeating: 0, count: slots.count * 2)
        for e in 0..<count {
            let slot = bytes.withUnsafeBufferPointer { b in
                find(UnsafeBufferPointer(rebasing: b[starts[e]..<starts[e + 1]])).slot
            }
            slots[slot] = Int32(e + 1)
        }
    }

    /// The id of the word spelt by these bytes, or 0.
    func id(_ p: UnsafeBufferPointer<UInt8>) -> Int32 { find(p).id }

    func id(_ word: String) -> Int32 {
        var w = word
        return w.withUTF8 { id($0) }
    }

    func word(_ id: Int32) -> String {
        let e = Int(id) - 1
        return String(decoding: bytes[starts[e]..<starts[e + 1]], as: UTF8.self)
    }
}
