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
    /// `original` as scalars, so text at an offset is found without walking
    /// the string from its start (files may be long).
    let originalScalars: [Unicode.Scalar]
    /// Canonical scalars: NFC, `\r\n` and lone `\r` folded to `\n`, BOM dropped.
    public let scalars: [Unicode.Scalar]
    /// `originalOffset[i]` is the scalar offset in `original` where canonical
    /// scalar `i` comes from; one extra entry holds the original length.
    public let originalOffset: [Int]

    public init(path: String, text: String) {
        self.path = path
        self.original = text
        self.originalScalars = Array(text.unicodeScalars)
        var out: [Unicode.Scalar] = []
        var map: [Int] = []
        out.reserveCapacity(originalScalars.count)
        map.reserveCapacity(originalScalars.count + 1)
        if SourceText.isSimple(originalScalars) {
            // Every scalar is a character of its own and already NFC: only a
            // leading BOM and carriage returns change, and no grapheme
            // breaking or normalisation is needed (it was most of the cost).
            let s = originalScalars
            var i = s.first == "\u{FEFF}" ? 1 : 0
            while i < s.count {
                if s[i] == "\r" {
                    out.append("\n"); map.append(i)
                    i += i + 1 < s.count && s[i + 1] == "\n" ? 2 : 1
                    continue
                }
                out.append(s[i]); map.append(i); i += 1
            }
            map.append(s.count)
            self.scalars = out
            self.originalOffset = map
            return
        }
        var offset = 0
        for character in text {
            let raw = character.unicodeScalars
            let count = raw.count
            defer { offset += count }
            if offset == 0, raw.first == "\u{FEFF}", count == 1 { continue }
            if character == "\r\n" || character == "\r" {
                out.append("\n"); map.append(offset); continue
            }
            if count == 1, let only = raw.first, only.isASCII {
                out.append(only); map.append(offset); continue
            }
            let canonical = String(character).precomposedStringWithCanonicalMapping.unicodeScalars
            for scalar in canonical where scalar != "\u{FEFF}" || offset != 0 {
                out.append(scalar); map.append(offset)
            }
        }
        map.append(offset)
        self.scalars = out
        self.originalOffset = map
    }

    /// True when every scalar is one the fast path may copy as it is: not a
    /// combining or joining mark, nor anything NFC changes, so each scalar is
    /// a character of its own (but CR LF) and the text is NFC already. Latin,
    /// Vietnamese precomposed letters, general punctuation and currency signs.
    static func isSimple(_ s: [Unicode.Scalar]) -> Bool {
        for (i, c) in s.enumerated() {
            switch c.value {
            case 0..<0x300, 0x1E00...0x1EFF, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20CF: continue
            case 0xFEFF where i == 0: continue
            default: return false
            }
        }
        return true
    }

    /// Canonical text of `range` (canonical scalar offsets).
    public func canonical(_ range: Range<Int>) -> String {
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars[range])
        return String(s)
    }

    /// The original text behind a canonical range, exactly as in the file.
    public func originalText(_ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: originalScalars[originalSpan(range)])
        return String(view)
    }

    /// Maps a canonical range to `[start, end)` scalar offsets in the original.
    public func originalSpan(_ range: Range<Int>) -> Range<Int> {
        originalOffset[range.lowerBound]..<originalOffset[range.upperBound]
    }
}
