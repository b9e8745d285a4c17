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
    /// The file's text exactly as read (after UTF-8 decoding).
    public let original: String
    /// `original` as UTF-8, so the text behind a span is one contiguous copy
    /// rather than a string grown scalar by scalar (that was 5 % of
    /// extraction: every sentence of every fact asks for its original text).
    let originalUTF8: [UInt8]
    /// Canonical scalars: NFC, `\r\n` and lone `\r` folded to `\n`, BOM dropped.
    public let scalars: [Unicode.Scalar]
    /// `originalOffset[i]` is the scalar offset in `original` where canonical
    /// scalar `i` comes from; one extra entry holds the original length.
    public let originalOffset: [Int]
    /// The same places as `originalOffset`, as byte offsets into `originalUTF8`.
    let originalByte: [Int]

    public init(path: String, text: String) {
        self.path = path
        self.original = text
        let bytes = Array(text.utf8)
        self.originalUTF8 = bytes
        if let simple = SourceText.simpleForm(bytes) {
            (scalars, originalOffset, originalByte) = simple
        } else {
            (scalars, originalOffset, originalByte) = SourceText.generalForm(text)
        }
    }

    /// The canonical form of a text in which every scalar is a character of
    /// its own and already NFC (see `isSimple`): only a leading BOM and
    /// carriage returns change, and no grapheme breaking or normalisation is
    /// needed (it was most of the cost). Decodes the UTF-8 once, and gives up
    /// (nil) at the first scalar that is not simple.
    static func simpleForm(_ bytes: [UInt8]) -> (scalars: [Unicode.Scalar], offsets: [Int], bytes: [Int])? {
        var out: [Unicode.Scalar] = []
        var map: [Int] = []
        var byteMap: [Int] = []
        out.reserveCapacity(bytes.count)
        map.reserveCapacity(bytes.count + 1)
        byteMap.reserveCapacity(bytes.count + 1)
        var scalarIndex = 0
        var b = 0
        var previousCR = false
        let ok: Bool = bytes.withUnsafeBufferPointer { u in
            let n = u.count
            while b < n {
                let start = b
                let lead = u[b]
                var value: UInt32
                // `bytes` come from a String, so they are valid UTF-8.
                if lead < 0x80 { value = UInt32(lead); b += 1 }
                else if lead < 0xE0 { value = UInt32(lead & 0x1F) << 6 | UInt32(u[b + 1] & 0x3F); b += 2 }
                else if lead < 0xF0 {
                    value = UInt32(lead & 0x0F) << 12 | UInt32(u[b + 1] & 0x3F) << 6 | UInt32(u[b + 2] & 0x3F); b += 3
                } else {
                    value = UInt32(lead & 0x07) << 18 | UInt32(u[b + 1] & 0x3F) << 12
                        | UInt32(u[b + 2] & 0x3F) << 6 | UInt32(u[b + 3] & 0x3F); b += 4
                }
                defer { scalarIndex += 1 }
                guard SourceText.isSimple(value, at: scalarIndex) else { return false }
                if scalarIndex == 0, value == 0xFEFF { continue }
                if value == 0x0A, previousCR { previousCR = false; continue }
                previousCR = value == 0x0D
                out.append(value == 0x0D ? "\n" : Unicode.Scalar(value)!)
                map.append(scalarIndex); byteMap.append(start)
            }
            return true
        }
        guard ok else { return nil }
        map.append(scalarIndex); byteMap.append(bytes.count)
        return (out, map, byteMap)
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
        String(decoding: originalUTF8[originalByte[range.lowerBound]..<originalByte[range.upperBound]], as: UTF8.self)
    }

    /// Maps a canonical range to `[start, end)` scalar offsets in the original.
    public func originalSpan(_ range: Range<Int>) -> Range<Int> {
        originalOffset[range.lowerBound]..<originalOffset[range.upperBound]
    }
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
