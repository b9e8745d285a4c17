import Foundation

/// The text of one input file, prepared for matching while every offset still
/// points into the file as read.
///
/// Vietnamese pages arrive in NFC or NFD, with or without a UTF-8 BOM, with LF
/// or CRLF line ends. Rules match on one canonical form (NFC, LF, no BOM), and
/// `originalOffset` maps each canonical scalar back to the original text, so a
/// fact's span is valid in the file whatever form it came in.
public struct SourceText: Sendable {
    /// The path as given by the caller (it is echoed in facts and errors).
    public let path: String
    /// The file's text exactly as read (after UTF-8 decoding). Its UTF-8 is
    /// what spans are cut from: no second copy of it is kept.
    public let original: String
    /// Canonical scalars: NFC, `\r\n` and lone `\r` folded to `\n`, BOM dropped.
    public let scalars: [Unicode.Scalar]
    /// Where each canonical scalar comes from in `original`.
    let places: Places

    /// Where canonical scalars come from in the original text: scalar
    /// offsets (for spans) and byte offsets (for cutting text).
    ///
    /// A text in the simple form (see `simpleForm`) differs from its
    /// canonical form only by a leading BOM and CR LF pairs, so one place
    /// every `stride` scalars is kept and the rest are walked to from it
    /// (a table per scalar was 16 bytes for each byte of a huge article).
    /// Any other text keeps both tables whole.
    enum Places: Sendable {
        /// `scalar[k]`, `byte[k]`: the places of canonical scalar `k * stride`.
        case sampled(scalar: [Int], byte: [Int])
        /// `scalar[i]`, `byte[i]`: the places of canonical scalar `i`, one
        /// extra entry for the end.
        case full(scalar: [Int], byte: [Int])

        static let stride = 32
    }

    public init(path: String, text: String) {
        var text = text
        text.makeContiguousUTF8()
        self.path = path
        self.original = text
        if let simple = text.utf8.withContiguousStorageIfAvailable({ SourceText.simpleForm($0) }) ?? nil {
            (scalars, places) = simple
        } else {
            let general = SourceText.generalForm(text)
            (scalars, places) = (general.scalars, .full(scalar: general.offsets, byte: general.bytes))
        }
    }

    /// The canonical form of a text in which every scalar is a character of
    /// its own and already NFC (see `isSimple`): only a leading BOM and
    /// carriage returns change, and no grapheme breaking or normalisation is
    /// needed (it was most of the cost). Decodes the UTF-8 once, and gives up
    /// (nil) at the first scalar that is not simple.
    static func simpleForm(_ u: UnsafeBufferPointer<UInt8>) -> (scalars: [Unicode.Scalar], places: Places)? {
        var out: [Unicode.Scalar] = []
        var map: [Int] = []
        var byteMap: [Int] = []
        out.reserveCapacity(u.count)
        map.reserveCapacity(u.count / Places.stride + 2)
        byteMap.reserveCapacity(u.count / Places.stride + 2)
        var scalarIndex = 0
        var b = 0
        var previousCR = false
        let n = u.count
        while b < n {
            let start = b
            let lead = u[b]
            var value: UInt32
            // `u` is a String's UTF-8, so it is valid.
            if lead < 0x80 { value = UInt32(lead); b += 1 }
            else if lead < 0xE0 { value = UInt32(lead & 0x1F) << 6 | UInt32(u[b + 1] & 0x3F); b += 2 }
            else if lead < 0xF0 {
                value = UInt32(lead & 0x0F) << 12 | UInt32(u[b + 1] & 0x3F) << 6 | UInt32(u[b + 2] & 0x3F); b += 3
            } else {
                value = UInt32(lead & 0x07) << 18 | UInt32(u[b + 1] & 0x3F) << 12
                    | UInt32(u[b + 2] & 0x3F) << 6 | UInt32(u[b + 3] & 0x3F); b += 4
            }
            defer { scalarIndex += 1 }
            guard SourceText.isSimple(value, at: scalarIndex) else { return nil }
            if scalarIndex == 0, value == 0xFEFF { continue }
            if value == 0x0A, previousCR { previousCR = false; continue }
            previousCR = value == 0x0D
            if out.count % Places.stride == 0 { map.append(scalarIndex); byteMap.append(start) }
            out.append(value == 0x0D ? "\n" : Unicode.Scalar(value)!)
        }
        if out.count % Places.stride == 0 { map.append(scalarIndex); byteMap.append(n) }
        return (out, .sampled(scalar: map, byte: byteMap))
    }

    /// The scalar and byte offsets in `original` of canonical scalar `i`
    /// (`scalars.count` for the end of the text).
    func place(_ i: Int) -> (scalar: Int, byte: Int) {
        switch places {
        case .full(let scalar, let byte):
            return (scalar[i], byte[i])
        case .sampled(let scalar, let byte):
            let k = i / Places.stride
            var s = scalar[k], b = byte[k]
            var steps = i - k * Places.stride
            guard steps > 0 else { return (s, b) }
            return original.utf8.withContiguousStorageIfAvailable { u in
                // Canonical scalars after a sampled one: each is one
                // original scalar, but a CR before LF, which takes both.
                while steps > 0 {
                    let lead = u[b]
                    let width = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                    if lead == 0x0D, b + 1 < u.count, u[b + 1] == 0x0A { b += 2; s += 2 } else { b += width; s += 1 }
                    steps -= 1
                }
                return (s, b)
            }!
        }
    }

    /// The lowest canonical offset whose original scalar offset is at least
    /// `target`: the inverse of `originalSpan`'s bounds.
    public func canonicalOffset(ofOriginal target: Int) -> Int {
        switch places {
        case .full(let scalar, _):
            var lo = 0, hi = scalar.count - 1
            while lo < hi {
                let mid = (lo + hi) / 2
                if scalar[mid] < target { lo = mid + 1 } else { hi = mid }
            }
            return lo
        case .sampled(let scalar, let byte):
            // The last sample before the target, then walk as `place` does.
            var lo = 0, hi = scalar.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if scalar[mid] < target { lo = mid + 1 } else { hi = mid }
            }
            guard lo > 0 else { return 0 }
            var i = (lo - 1) * Places.stride
            var s = scalar[lo - 1], b = byte[lo - 1]
            let end = scalars.count
            return original.utf8.withContiguousStorageIfAvailable { u in
                while i < end, s < target {
                    let lead = u[b]
                    let width = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                    if lead == 0x0D, b + 1 < u.count, u[b + 1] == 0x0A { b += 2; s += 2 } else { b += width; s += 1 }
                    i += 1
                }
                return i
            }!
        }
    }

    /// The canonical form of any text: character by character, each
    /// normalised to NFC on its own.
    static func generalForm(_ text: String) -> (scalars: [Unicode.Scalar], offsets: [Int], bytes: [Int]) {
        var out: [Unicode.Scalar] = []
        var map: [Int] = []
        var byteMap: [Int] = []
        var offset = 0
        var byte = 0
        for character in text {
            let raw = character.unicodeScalars
            let count = raw.count
            let start = byte
            defer { offset += count; byte += character.utf8.count }
            if offset == 0, raw.first == "\u{FEFF}", count == 1 { continue }
            if character == "\r\n" || character == "\r" {
                out.append("\n"); map.append(offset); byteMap.append(start); continue
            }
            if count == 1, let only = raw.first, only.isASCII {
                out.append(only); map.append(offset); byteMap.append(start); continue
            }
            let canonical = String(character).precomposedStringWithCanonicalMapping.unicodeScalars
            for scalar in canonical where scalar != "\u{FEFF}" || offset != 0 {
                out.append(scalar); map.append(offset); byteMap.append(start)
            }
        }
        map.append(offset); byteMap.append(byte)
        return (out, map, byteMap)
    }

    /// True when a scalar is one the fast path may copy as it is: not a
    /// combining or joining mark, nor anything NFC changes, so each scalar is
    /// a character of its own (but CR LF) and the text is NFC already. Latin,
    /// Vietnamese precomposed letters, general punctuation and currency signs.
    /// A BOM is simple only as the text's first scalar (it is dropped).
    static func isSimple(_ value: UInt32, at index: Int) -> Bool {
        switch value {
        case 0..<0x300, 0x1E00...0x1EFF, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20CF: return true
        case 0xFEFF: return index == 0
        default: return false
        }
    }

    /// Canonical text of `range` (canonical scalar offsets).
    public func canonical(_ range: Range<Int>) -> String {
        String(scalars: scalars[range])
    }

    /// The original text behind a canonical range, exactly as in the file.
    public func originalText(_ range: Range<Int>) -> String {
        let lo = place(range.lowerBound).byte, hi = place(range.upperBound).byte
        return original.utf8.withContiguousStorageIfAvailable { String(decoding: $0[lo..<hi], as: UTF8.self) }!
    }

    /// Maps a canonical range to `[start, end)` scalar offsets in the original.
    public func originalSpan(_ range: Range<Int>) -> Range<Int> {
        place(range.lowerBound).scalar..<place(range.upperBound).scalar
    }

    /// The length of `original` in scalars.
    public var originalLength: Int { place(scalars.count).scalar }
}

extension String {
    /// A string of `scalars`, encoded straight into its storage: appending
    /// scalar by scalar to a `UnicodeScalarView` re-checks and regrows the
    /// string each time (4 % of extraction, making paragraph texts).
    init(scalars: ArraySlice<Unicode.Scalar>) {
        var length = 0
        for s in scalars { length += UTF8.width(s) }
        guard length > 0 else { self = ""; return }
        self.init(unsafeUninitializedCapacity: length) { out in
            var i = 0
            for s in scalars {
                let v = s.value
                switch v {
                case 0..<0x80:
                    out[i] = UInt8(v); i += 1
                case 0x80..<0x800:
                    out[i] = UInt8(0xC0 | v >> 6); out[i + 1] = UInt8(0x80 | v & 0x3F); i += 2
                case 0x800..<0x10000:
                    out[i] = UInt8(0xE0 | v >> 12); out[i + 1] = UInt8(0x80 | v >> 6 & 0x3F)
                    out[i + 2] = UInt8(0x80 | v & 0x3F); i += 3
                default:
                    out[i] = UInt8(0xF0 | v >> 18); out[i + 1] = UInt8(0x80 | v >> 12 & 0x3F)
                    out[i + 2] = UInt8(0x80 | v >> 6 & 0x3F); out[i + 3] = UInt8(0x80 | v & 0x3F); i += 4
                }
            }
            return i
        }
    }
}
