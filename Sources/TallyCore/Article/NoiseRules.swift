import Foundation

/// Page furniture recognised by general rules. Each rule is named, and its doc
/// comment shows one line of the kind it matches (made up, in the style of
/// real pages). No rule names a sentence of any particular article.
public enum NoiseRules {
    /// `Source: https://example.org/story.html`: the address a stored page came from.
    public static func isSourceLine(_ line: String) -> Bool {
        line.hasPrefix("Source: ") && !line.dropFirst(8).contains(" ")
    }

    /// `Today: 03/11/2021 08:15:10 (GMT+7)`, `12/05/2019 09:30 GMT+7`,
    /// `Ngày đăng 02/01/2022 10:00`, `July 19, 2017 - 16:30`,
    /// `HEALTH Updated at 08:05:40 03/14/2022 (Views: 1,204 )`: the capture or
    /// publication date line. Returns the day it names.
    public static func captureDate(_ line: String) -> Article.Day? {
        let words = wordCount(line, upTo: 13)
        guard words <= 12, let day = firstNumericDate(in: line) ?? firstWordDate(in: line) else { return nil }
        // The date must come early, or come with a clock time in a line that
        // is not a sentence: a sentence that merely mentions a date is body text.
        let prefix = line.prefix(while: { !$0.isNumber })
        if words <= 8, prefix.split(separator: " ").count <= 3 { return day }
        return hasClockTime(line) && !line.hasSuffix(".") ? day : nil
    }

    /// `08:15`, `11:23:11`: a clock time.
    static func hasClockTime(_ line: String) -> Bool {
        let chars = Array(line)
        return chars.indices.contains { i in
            chars[i] == ":" && i > 0 && i + 2 < chars.count && chars[i - 1].isNumber
                && chars[i + 1].isNumber && chars[i + 2].isNumber
        }
    }

    /// `July 19, 2017`, `19 July 2017`: a date with an English month name.
    public static func firstWordDate(in text: String) -> Article.Day? {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        for (i, word) in words.enumerated() {
            guard let month = months[word.lowercased()] else { continue }
            let day = i + 1 < words.count ? Int(words[i + 1]) : nil
            let year = i + 2 < words.count ? Int(words[i + 2]) : nil
            if let day, let year, (1...31).contains(day), (1900...2100).contains(year) {
                return Article.Day(year: year, month: month, day: day)
            }
            if i > 0, let day = Int(words[i - 1]), let year, (1...31).contains(day), (1900...2100).contains(year) {
                return Article.Day(year: year, month: month, day: day)
            }
        }
        return nil
    }
    /// Month names of every language's table.
    static let months: [String: Int] = Languages.all.reduce(into: [:]) { $0.merge($1.months) { a, _ in a } }

    /// The noise cues of every language: page furniture is recognised before
    /// the page's language is known.
    static func cues(_ cue: NoiseCue) -> [String] { Languages.all.flatMap { $0.noise[cue] ?? [] } }

    /// Finds `dd/mm/yyyy` (or with `-` / `.`) and returns it as a day, when valid.
    public static func firstNumericDate(in text: String) -> Article.Day? {
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            guard chars[i].isASCII, chars[i].isNumber else { i += 1; continue }
            var groups: [Int] = []
            var j = i
            var separator: Character?
            while j < chars.count, groups.count < 3 {
                var k = j
                while k < chars.count, chars[k].isASCII, chars[k].isNumber { k += 1 }
                guard k > j, let n = Int(String(chars[j..<k])) else { break }
                groups.append(n)
                j = k
                if groups.count < 3, j < chars.count, "/-.".contains(chars[j]),
                   separator == nil || separator == chars[j] {
                    separator = chars[j]; j += 1
                } else { break }
            }
            if groups.count == 3, (1900...2100).contains(groups[2]) {
                if (1...31).contains(groups[0]), (1...12).contains(groups[1]) {
                    return Article.Day(year: groups[2], month: groups[1], day: groups[0])
                }
                // An English page may write the month first (09/21/2021).
                if (1...12).contains(groups[0]), (13...31).contains(groups[1]) {
                    return Article.Day(year: groups[2], month: groups[0], day: groups[1])
                }
            }
            i = max(j, i + 1)
        }
        return nil
    }

    /// `(BGO) - The provincial hospital …`, `Hanoi (VNA) – …`, `TTO - Sáng 26-4, …`,
    /// `Vietstock - …`: a lede opens with an agency tag and a dash, and a
    /// sentence follows (a credit like `Thu Hà - Minh An (Báo X)` is short).
    public static func isLede(_ line: String) -> Bool {
        // The tag's dash must be among the first 48 characters, and it is
        // then the line's first dash: look for it there, not in the whole line.
        let head = line.prefix(48)
        guard let dash = head.firstIndex(where: { $0 == "-" || $0 == "–" || $0 == "—" }),
              wordCount(line[line.index(after: dash)...], upTo: 8) >= 8 else { return false }
        let before = head[..<dash].trimmingCharacters(in: .whitespaces)
        guard dash < head.endIndex, head.index(after: dash) < head.endIndex,
              head[head.index(after: dash)] == " " || head[head.index(after: dash)] == "\u{00A0}" else { return false }
        // `(BGO)`, `(Baonghean.vn)`, `Hanoi (VNA)`: a tag in parentheses.
        if before.hasSuffix(")"), let open = before.lastIndex(of: "(") {
            let tag = before[before.index(after: open)..<before.index(before: before.endIndex)]
            return (2...24).contains(tag.count) && tag.first?.isUppercase == true
                && tag.split(separator: " ").count <= 2 && tag.allSatisfy { $0.isLetter || $0.isNumber || " .".contains($0) }
        }
        // A bare agency tag (`TTO`, `VTV.vn`, `Dân trí`): one or two words, the
        // first capitalised, no sentence punctuation inside.
        let words = before.split(separator: " ")
        return (1...2).contains(words.count) && words.first?.first?.isUppercase == true
            && !before.contains(where: { ",:;()".contains($0) }) && !before.hasSuffix(".")
    }

    /// `… a new level for the provincial hospital. Read more`: a teaser whose
    /// full text follows on the page.
    public static func isReadMoreTeaser(_ line: String) -> Bool {
        // Only the end can match: lower-case the last few scalars, not the line.
        let lower = String(String.UnicodeScalarView(line.unicodeScalars.suffix(readMoreReach))).lowercased()
        return readMoreMarkers.contains { lower.hasSuffix($0) }
    }
    static let readMoreReach = 4 * (readMoreMarkers.map { $0.unicodeScalars.count }.max() ?? 0) + 8
    static let readMoreMarkers = cues(.readMore)

    /// `Tin liên quan`, `Related news`: the header of a list of links to
    /// other stories. Each title under it is a related article of its own,
    /// so its figures never count for the main story.
    public static func isRelatedHeader(_ line: String) -> Bool {
        // Trimming commutes with lower-casing (no trimmed mark has a case), so
        // trim first and lower-case only a line short enough to be a header.
        let trim: Set<Unicode.Scalar> = [" ", ":", "»", ">", "-", "–"]
        let scalars = line.unicodeScalars
        guard let first = scalars.firstIndex(where: { !trim.contains($0) }),
              let last = scalars.lastIndex(where: { !trim.contains($0) }) else { return relatedHeaders.contains("") }
        let core = scalars[first...last]
        guard core.count <= relatedReach else { return false }
        return relatedHeaders.contains(String(String.UnicodeScalarView(core)).lowercased())
    }
    static let relatedReach = 4 * (relatedHeaders.map { $0.unicodeScalars.count }.max() ?? 0) + 8
    static let relatedHeaders = Set(cues(.relatedHeader))

    /// `New comment has just been added. Click here`, `Sort:NewBest News`,
    /// `Bình luận (0)`: comment boxes, sharing and sign-up widgets.
    public static func isWidget(_ line: String) -> Bool {
        let lower = line.lowercased()
        // `![Photo caption](/file/…/img_0584.jpg)`: a stored image or link.
        if line.hasPrefix("![") || line.hasPrefix("[![") { return true }
        if widgetCues.contains(where: { has(lower, $0) }) { return line.count < 120 }
        // `Share   Print`, `Chia sẻ Email`: a row of sharing buttons.
        if allButtonWords(lower) { return true }
        // Lines with no letters at all (`0 0 0`, `|`) are counters and separators.
        return !line.contains(where: { $0.isLetter })
    }
    /// Widget cues of every language, and the image files any page links (no language's words).
    static let widgetCues = cues(.widget) + [".jpg", ".jpeg", ".png", ".gif"]

    static let buttonWords = Set(cues(.button))

    /// `Bac Ninh province, hospital, health sector, investment, beds`: the
    /// keyword list a CMS prints, often several times per page.
    /// A list in prose (`elders, leaders, veterans, and poor families
    /// receive gifts`) joins its last item with a conjunction; a keyword
    /// list never does.
    public static func isKeywordLine(_ line: String) -> Bool {
        guard !endsSentence(line) else { return false }
        let items = line.split(separator: ",")
        guard items.count >= 4 else { return false }
        return items.allSatisfy { item in
            let words = item.split(separator: " ")
            return words.count <= 7 && !(words.first.map { conjunctions.contains($0.lowercased()) } ?? false)
        }
    }
    static let conjunctions = Set(cues(.conjunction))

    /// `Thu Hoa`, `NGUYỄN VĂN AN`, `By Huu Phuc - Translated by Anh Quan`: a
    /// byline is a short name, every word capitalised, or a "By" credit.
    public static func isByline(_ line: String) -> Bool {
        let count = wordCount(line, upTo: 11)
        if let first = line.split(separator: " ", maxSplits: 1).first, bylineOpeners.contains(String(first)),
           (2...10).contains(count) { return true }
        guard (1...4).contains(count) else { return false }
        return line.split(separator: " ").allSatisfy { w in
            w.first?.isUppercase == true && w.allSatisfy { $0.isLetter || $0 == "." || $0 == "-" }
        }
    }

    static let bylineOpeners = Set(cues(.bylineOpener))

    /// `(Photo: VNA)`, `Ảnh: Thu Hà`, `— VNA/VNS Photo Minh Anh`: a credit
    /// that marks a photo caption.
    public static func hasPhotoCredit(_ line: String) -> Bool {
        // Lower-casing a paragraph is costly, and creates no punctuation: a
        // line holding no punctuation of a credit and no dash has neither.
        if let anchors = photoAnchors {
            var needed = false
            for b in line.utf8 where anchors.contains(b) || b == 0xE2 { needed = true; break }
            if !needed { return false }
        }
        let lower = line.lowercased()
        if photoCredits.contains(where: { has(lower, $0) }) {
            return true
        }
        // A dash, then a credit that names a photo: "— Photo thesaigontimes.vn".
        guard let dash = lower.lastIndex(where: { $0 == "—" || $0 == "–" }) else { return false }
        return lower[dash...].split(separator: " ").contains { w in photoWords.contains { w.hasSuffix($0) || w == $0 } }
    }
    static let photoCredits = cues(.photoCredit)
    /// ASCII punctuation every credit holds one of ("(" or ":"); nil when a
    /// credit holds none, and every line is lower-cased. (0xE2 leads the
    /// bytes of "–" and "—".)
    static let photoAnchors: Set<UInt8>? = {
        var anchors: Set<UInt8> = []
        for cue in photoCredits {
            let own = cue.utf8.filter { $0 < 0x80 && !(($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A) && $0 != 0x20 }
            if own.isEmpty { return nil }
            anchors.formUnion(own)
        }
        return anchors
    }()
    static let photoWords = cues(.photoWord)

    /// True when a line ends like a sentence; headings, titles and bylines do
    /// not. A sign-off after a full stop (`… Bình Dương. — VNS`) still ends one.
    public static func endsSentence(_ line: String) -> Bool {
        guard let last = line.last(where: { !$0.isWhitespace }) else { return false }
        if ".!?…;:\"”)'’".contains(last) { return true }
        guard let dash = line.lastIndex(where: { $0 == "—" || $0 == "–" }),
              line[line.index(after: dash)...].split(separator: " ").count <= 3 else { return false }
        let before = line[..<dash].trimmingCharacters(in: .whitespaces)
        return before.last.map { ".!?…".contains($0) } ?? false
    }

    /// Substring search on UTF-8 bytes. Foundation's `contains` goes through
    /// CFString with locale-aware folding, which was a fifth of extraction
    /// time (perf); the cues are plain lower-case text, so bytes suffice.
    static func has(_ haystack: String, _ needle: String) -> Bool {
        var haystack = haystack, needle = needle
        return haystack.withUTF8 { h in
            needle.withUTF8 { n in
                guard let first = n.first, h.count >= n.count else { return n.isEmpty }
                for i in 0...(h.count - n.count) where h[i] == first {
                    if memcmp(h.baseAddress! + i, n.baseAddress!, n.count) == 0 { return true }
                }
                return false
            }
        }
    }

    /// The number of words `split(separator: " ")` gives, counted only up to
    /// `limit`: callers compare it with a small bound, and a paragraph may be
    /// a megabyte long.
    static func wordCount<S: StringProtocol>(_ text: S, upTo limit: Int) -> Int {
        var count = 0
        var inWord = false
        for b in text.utf8 {
            if b == 0x20 { inWord = false } else if !inWord {
                inWord = true; count += 1
                if count >= limit { return count }
            }
        }
        return count
    }

    /// True when the line has words (runs of letters) and every one is a
    /// sharing button's; stops at the first that is not.
    static func allButtonWords(_ lower: String) -> Bool {
        var any = false
        var word = ""
        for c in lower {
            if c.isLetter { word.append(c); continue }
            if !word.isEmpty {
                guard buttonWords.contains(word) else { return false }
                any = true; word = ""
            }
        }
        if !word.isEmpty { guard buttonWords.contains(word) else { return false }; any = true }
        return any
    }
}
