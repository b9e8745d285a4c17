/// Lengths of cell text as the writers measure it, from UTF-8 bytes.
enum TextMeasure {
    /// The number of Unicode scalars: every byte that does not continue a
    /// UTF-8 sequence starts one. Equal to `s.unicodeScalars.count` (a
    /// String is always valid UTF-8), but a byte loop rather than a decode
    /// of every scalar, which was the writers' largest own cost per cell.
    static func scalars(_ s: String) -> Int {
        s.utf8.withContiguousStorageIfAvailable { bytes in
            // Eight bytes at a time: a continuation byte (10xxxxxx) has bit 7
            // set and bit 6 clear; `w & ~(w << 1)` keeps bit 7 of exactly those.
            var continuations = 0
            var i = 0
            let raw = UnsafeRawPointer(bytes.baseAddress!)
            while i + 8 <= bytes.count {
                let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                continuations += (w & ~(w << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
                i += 8
            }
            while i < bytes.count {
                if bytes[i] & 0xC0 == 0x80 { continuations += 1 }
                i += 1
            }
            return bytes.count - continuations
        } ?? s.unicodeScalars.count
    }
}
