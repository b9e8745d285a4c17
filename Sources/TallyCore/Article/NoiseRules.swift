import Foundation

/// Page furniture recognised by general rules. Each rule is named, and its doc
/// comment shows one line of the kind it matches (made up, in the style of
/// real pages). No rule names a sentence of any particular article.
public enum NoiseRules {
    /// `Source: https://example.org/story.html`: the address a stored page came from.
    public static func isSourceLine(_ line: String) -> Bool { isSourceLine(Line(line)) }

    static func isSourceLine(_ line: Line) -> Bool {
        guard line.plain else { return CharacterRules.isSourceLine(line.text) }
        let s = line.scalars
        return s.count >= 8 && s.starts(with: "Source: ".unicodeScalars) && !s[8...].contains(" ")
    }

    /// The address of a `Source:` line when it is a web address
    /// (`http://` or `https://`), the only kind a workbook may link to.
    public static func sourceAddress(_ line: String) -> String? {
        guard isSourceLine(line) else { return nil }
        let address = String(line.dropFirst(8))
        let lower = address.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://") ? address : nil
    }

    /// `Today: 03/11/2021 08:15:10 (GMT+7)`, `12/05/2019 09:30 GMT+7`,
    /// `Ngày đăng 02/01/2022 10:00`, `July 19, 2017 - 16:30`,
    /// `HEALTH Updated at 08:05:40 03/14/2022 (Views: 1,204 )`: the capture or
    /// publication date line. Returns the day it names.
    public static func captureDate(_ line: String) -> Article.Day? { captureDate(Line(line)) }

    static func captureDate(_ line: Line) -> Article.Day? {
        guard line.plain else { return CharacterRules.captureDate(line.text) }
        let s = line.scalars
        if let capture = storeCapture(s) { return capture.day }
        let words = wordCount(s, upTo: 13)
        guard words <= 12 else { return nil }
        guard let day = firstNumericDate(s) ?? firstWordDate(line) else { return nil }
        // The date must come early, or come with a clock time in a line that
        // is not a sentence: a sentence that merely mentions a date is body text.
        let digit = s.firstIndex { ScalarTraits.of($0).contains(.number) } ?? s.count
        if words <= 8, wordCount(s[..<digit], upTo: 4) <= 3 { return day }
        return hasClockTime(s) && s.last != "." ? day : nil
    }

    /// A store's capture prefix (" date 2025-01-10 ") before the site's
    /// name is page chrome, the page's date; before a sentence of the story
    /// it is not (the line is the story's). Nil when the line has no prefix.
    static func storeCapture(_ s: [Unicode.Scalar]) -> StoreCapture? {
        guard let (day, end) = storePrefix(s) else { return nil }
        return end == s.count || !endsSentence(s, end..<s.count) && wordCount(s[end...], upTo: 17) <= 16 ? .chrome(day) : .sentence
    }

    enum StoreCapture {
        case chrome(Article.Day)
        case sentence

        /// The page's date when the line is chrome, else nil.
        var day: Article.Day? { if case .chrome(let d) = self { d } else { nil } }
    }

    /// ` date 2025-01-10 `: a store's capture prefix, with where it ends.
    static func storePrefix(_ s: [Unicode.Scalar]) -> (Article.Day, Int)? {
        var i = 0
        while i < s.count, s[i] == " " { i += 1 }
        guard s.count >= i + 15, s[i..<(i + 5)].elementsEqual("date ".unicodeScalars) else { return nil }
        func number(_ r: Range<Int>) -> Int? {
            r.allSatisfy { s[$0].value &- 0x30 < 10 } ? integer(s[r]) : nil
        }
        let at = i + 5
        guard s[at + 4] == "-", s[at + 7] == "-",
              let year = number(at..<(at + 4)), let month = number((at + 5)..<(at + 7)), let day = number((at + 8)..<(at + 10)),
              (1900...2100).contains(year), (1...12).contains(month), (1...31).contains(day),
              at + 10 == s.count || s[at + 10] == " " else { return nil }
        var end = at + 10
        while end < s.count, s[end] == " " { end += 1 }
        return (Article.Day(year: year, month: month, day: day), end)
    }

    /// `08:15`, `11:23:11`: a clock time.
    static func hasClockTime(_ s: [Unicode.Scalar]) -> Bool {
        func number(_ i: Int) -> Bool { ScalarTraits.of(s[i]).contains(.number) }
        return s.indices.contains { i in s[i] == ":" && i > 0 && i + 2 < s.count && number(i - 1) && number(i + 1) && number(i + 2) }
    }

    /// `July 19, 2017`, `19 July 2017`: a date with an English month name.
    public static func firstWordDate(in text: String) -> Article.Day? {
        let line = Line(text)
        return line.plain ? firstWordDate(line) : CharacterRules.firstWordDate(in: text)
    }

    /// `firstWordDate` of a plain line.
    static func firstWordDate(_ line: Line) -> Article.Day? {
        let s = line.scalars
        var words: [Range<Int>] = []
        var start = 0
        for i in 0...s.count where i == s.count || s[i] == " " || s[i] == "," {
            if i > start { words.append(start..<i) }
            start = i + 1
        }
        func number(_ w: Int) -> Int? { w < words.count ? integer(s[words[w]]) : nil }
        for (i, word) in words.enumerated() {
            guard word.count <= monthReach,
                  let month = months[String(scalars: line.lower[word])] else { continue }
            let day = number(i + 1)
            let year = number(i + 2)
            if let day, let year, (1...31).contains(day), (1900...2100).contains(year) {
                return Article.Day(year: year, month: month, day: day)
            }
            if i > 0, let day = number(i - 1), let year, (1...31).contains(day), (1900...2100).contains(year) {
                return Article.Day(year: year, month: month, day: day)
            }
        }
        return nil
    }
    /// Month names of every language's table.
    static let months: [String: Int] = Languages.all.reduce(into: [:]) { $0.merge($1.months) { a, _ in a } }
    /// No text longer than this many scalars equals a month name: a string
    /// has no more scalars than its NFD, and equal strings share their NFD.
    static let monthReach = months.keys.map { $0.decomposedStringWithCanonicalMapping.unicodeScalars.count }.max() ?? 0

    /// `Int(String)` of ASCII text: an optional sign, then decimal digits;
    /// nil for anything else or on overflow.
    static func integer(_ s: ArraySlice<Unicode.Scalar>) -> Int? {
        var digits = s[...]
        let negative = digits.first == "-"
        if negative || digits.first == "+" { digits = digits.dropFirst() }
        guard !digits.isEmpty else { return nil }
        var n = 0
        for d in digits {
            let v = d.value &- 0x30
            guard v < 10 else { return nil }
            let (times, o1) = n.multipliedReportingOverflow(by: 10)
            let (next, o2) = negative ? times.subtractingReportingOverflow(Int(v)) : times.addingReportingOverflow(Int(v))
            if o1 || o2 { return nil }
            n = next
        }
        return n
    }

    /// The noise cues of every language: page furniture is recognised before
    /// the page's language is known.
    static func cues(_ cue: NoiseCue) -> [String] { Languages.all.flatMap { $0.noise[cue] ?? [] } }

    /// Finds `dd/mm/yyyy` (or with `-` / `.`) and returns it as a day, when valid.
    public static func firstNumericDate(in text: String) -> Article.Day? {
        let line = Line(text)
        return line.plain ? firstNumericDate(line.scalars) : CharacterRules.firstNumericDate(in: text)
    }

    /// `firstNumericDate` of a plain line's scalars.
    static func firstNumericDate(_ s: [Unicode.Scalar]) -> Article.Day? {
        func digit(_ k: Int) -> Bool { s[k].value &- 0x30 < 10 }
        var i = 0
        while i < s.count {
            guard digit(i) else { i += 1; continue }
            var groups: [Int] = []
            var j = i
            var separator: Unicode.Scalar?
            while j < s.count, groups.count < 3 {
                var k = j
                while k < s.count, digit(k) { k += 1 }
                guard k > j, let n = integer(s[j..<k]) else { break }
                groups.append(n)
                j = k
                if groups.count < 3, j < s.count, s[j] == "/" || s[j] == "-" || s[j] == ".",
                   separator == nil || separator == s[j] {
                    separator = s[j]; j += 1
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
    public static func isLede(_ line: String) -> Bool { isLede(Line(line)) }

    static func isLede(_ line: Line) -> Bool {
        guard line.plain else { return CharacterRules.isLede(line.text) }
        let s = line.scalars
        // The tag's dash must be among the first 48 characters, and it is
        // then the line's first dash: look for it there, not in the whole line.
        let head = min(48, s.count)
        guard let dash = s[..<head].firstIndex(where: { $0 == "-" || $0 == "–" || $0 == "—" }),
              wordCount(s[(dash + 1)...], upTo: 8) >= 8,
              dash + 1 < head, s[dash + 1] == " " || s[dash + 1] == "\u{00A0}" else { return false }
        let before = trimmed(s, 0..<dash)
        func traits(_ i: Int) -> ScalarTraits { ScalarTraits.of(s[i]) }
        // `(BGO)`, `(Baonghean.vn)`, `Hanoi (VNA)`: a tag in parentheses.
        if !before.isEmpty, s[before.upperBound - 1] == ")", let open = s[before].lastIndex(of: "(") {
            let tag = (open + 1)..<(before.upperBound - 1)
            return (2...24).contains(tag.count) && traits(tag.lowerBound).contains(.upper)
                && wordCount(s[tag], upTo: 3) <= 2
                && tag.allSatisfy { !traits($0).isDisjoint(with: [.letter, .number]) || s[$0] == " " || s[$0] == "." }
        }
        // A bare agency tag (`TTO`, `VTV.vn`, `Dân trí`): one or two words, the
        // first capitalised, no sentence punctuation inside.
        let words = wordCount(s[before], upTo: 3)
        guard (1...2).contains(words), let first = s[before].firstIndex(where: { $0 != " " }) else { return false }
        return traits(first).contains(.upper)
            && !s[before].contains(where: { $0 == "," || $0 == ":" || $0 == ";" || $0 == "(" || $0 == ")" })
            && s[before.upperBound - 1] != "."
    }

    /// `s[range]` less the scalars `trimmingCharacters(in: .whitespaces)` drops at either end.
    static func trimmed(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Range<Int> {
        var lo = range.lowerBound, hi = range.upperBound
        while lo < hi, ScalarTraits.of(s[lo]).contains(.trimmed) { lo += 1 }
        while hi > lo, ScalarTraits.of(s[hi - 1]).contains(.trimmed) { hi -= 1 }
        return lo..<hi
    }

    /// `… a new level for the provincial hospital. Read more`: a teaser whose
    /// full text follows on the page.
    public static func isReadMoreTeaser(_ line: String) -> Bool { isReadMoreTeaser(Line(line)) }

    static func isReadMoreTeaser(_ line: Line) -> Bool {
        guard line.plain, let markers = plainReadMoreMarkers else { return CharacterRules.isReadMoreTeaser(line.text) }
        return markers.contains { line.lower.ends(with: $0) }
    }
    static let readMoreReach = 4 * (readMoreMarkers.map { $0.unicodeScalars.count }.max() ?? 0) + 8
    static let readMoreMarkers = cues(.readMore)
    static let plainReadMoreMarkers = plainScalars(readMoreMarkers)

    /// The cues' scalars when every one is plain, so that comparing them
    /// scalar by scalar with a plain line is comparing characters; else nil.
    static func plainScalars(_ cues: [String]) -> [[Unicode.Scalar]]? {
        let scalars = cues.map { Array($0.unicodeScalars) }
        return scalars.allSatisfy { Line(text: "", scalars: $0).plain } ? scalars : nil
    }

    /// `Tin liên quan`, `Related news`: the header of a list of links to
    /// other stories. Each title under it is a related article of its own,
    /// so its figures never count for the main story.
    public static func isRelatedHeader(_ line: String) -> Bool { isRelatedHeader(Line(line)) }

    static func isRelatedHeader(_ line: Line) -> Bool {
        // Trimming commutes with lower-casing (no trimmed mark has a case), so
        // trim first and lower-case only a line short enough to be a header.
        func trim(_ s: Unicode.Scalar) -> Bool {
            s == " " || s == ":" || s == "»" || s == ">" || s == "-" || s == "–"
        }
        let scalars = line.scalars
        guard let first = scalars.firstIndex(where: { !trim($0) }),
              let last = scalars.lastIndex(where: { !trim($0) }) else { return relatedHeaders.contains("") }
        let core = scalars[first...last]
        guard core.count <= relatedReach else { return false }
        // A plain line lower-cases scalar for scalar, and equals a plain
        // header only if it has as many scalars.
        if line.plain, let lengths = plainRelatedLengths, !lengths.contains(core.count) { return false }
        return relatedHeaders.contains(String(scalars: core).lowercased())
    }
    static let relatedReach = 4 * (relatedHeaders.map { $0.unicodeScalars.count }.max() ?? 0) + 8
    static let relatedHeaders = Set(cues(.relatedHeader))
    static let plainRelatedLengths = plainScalars(Array(relatedHeaders)).map { Set($0.map(\.count)) }

    /// `New comment has just been added. Click here`, `Sort:NewBest News`,
    /// `Bình luận (0)`: comment boxes, sharing and sign-up widgets.
    public static func isWidget(_ line: String) -> Bool { isWidget(Line(line)) }

    static func isWidget(_ line: Line) -> Bool {
        guard line.plain else { return CharacterRules.isWidget(line.text) }
        if isNavigation(line.scalars) { return true }
        let s = line.scalars
        // `![Photo caption](/file/…/img_0584.jpg)`: a stored image or link.
        if s.starts(with: "![".unicodeScalars) || s.starts(with: "[![".unicodeScalars) { return true }
        // `Share   Print`, `Chia sẻ Email`: a row of sharing buttons; and
        // lines with no letters at all (`0 0 0`, `|`): counters and separators.
        func buttonsOrNoLetters() -> Bool {
            allButtonWords(line.lower) || !s.contains(where: { ScalarTraits.of($0).contains(.letter) })
        }
        // A line of 120 scalars or more with a widget cue is prose that
        // mentions one; without a cue it is a widget only by the rules
        // above. So a long line (every body paragraph) is searched for
        // cues only when those rules hold: the search was 2 % of extraction.
        if s.count >= 120 { return buttonsOrNoLetters() && !widgetSearch.occurs(in: line.lower) }
        return widgetSearch.occurs(in: line.lower) || buttonsOrNoLetters()
    }
    /// `Trang chủ | Giới thiệu | Tin tức`, `Home » News » Health`: a site's
    /// menu or breadcrumb, short items between bars (three or more) or
    /// between arrows (two or more), none of them a sentence.
    static func isNavigation(_ s: [Unicode.Scalar]) -> Bool {
        guard s.count < 200 else { return false }
        var items: [Range<Int>] = []
        var start = 0, bars = 0, arrows = 0
        for i in 0...s.count {
            let separator = i < s.count ? s[i] : "|"
            guard separator == "|" || separator == "»" || separator == "›" || separator == ">" else { continue }
            if i < s.count { if separator == "|" { bars += 1 } else { arrows += 1 } }
            items.append(start..<i)
            start = i + 1
        }
        guard bars + arrows >= 1, bars == 0 || arrows == 0, bars >= 2 || arrows >= 1 else { return false }
        return items.allSatisfy { r in
            let n = wordCount(s[r], upTo: 6)
            return (1...5).contains(n) && !endsSentence(s, r) && !s[r].contains { ScalarTraits.of($0).contains(.number) }
        }
    }

    /// Widget cues of every language, and the image files any page links (no language's words).
    static let widgetCues = cues(.widget) + [".jpg", ".jpeg", ".png", ".gif"]
    static let widgetSearch = CueSearch(widgetCues)

    static let buttonWords = Set(cues(.button))

    /// `Bac Ninh province, hospital, health sector, investment, beds`: the
    /// keyword list a CMS prints, often several times per page.
    /// A list in prose (`elders, leaders, veterans, and poor families
    /// receive gifts`) joins its last item with a conjunction; a keyword
    /// list never does.
    public static func isKeywordLine(_ line: String) -> Bool { isKeywordLine(Line(line)) }

    static func isKeywordLine(_ line: Line) -> Bool {
        guard line.plain else { return CharacterRules.isKeywordLine(line.text) }
        let s = line.scalars
        // Four items need three commas: most lines have fewer, and are
        // not cut into items at all.
        var commas = 0
        for c in s where c == "," { commas += 1 }
        guard commas >= 3 else { return false }
        var items: [Range<Int>] = []
        var start = 0
        for i in 0...s.count where i == s.count || s[i] == "," {
            if i > start { items.append(start..<i) }
            start = i + 1
        }
        guard items.count >= 4, !endsSentence(line) else { return false }
        return items.allSatisfy { item in
            guard wordCount(s[item], upTo: 8) <= 7 else { return false }
            guard let first = s[item].firstIndex(where: { $0 != " " }) else { return true }
            let end = s[first..<item.upperBound].firstIndex(of: " ") ?? item.upperBound
            return !conjunctions.contains(String(scalars: line.lower[first..<end]))
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
    public static func hasPhotoCredit(_ line: String) -> Bool { hasPhotoCredit(Line(line)) }

    static func hasPhotoCredit(_ line: Line) -> Bool {
        guard line.plain, let words = plainPhotoWords else { return CharacterRules.hasPhotoCredit(line.text) }
        // Lower-casing a paragraph is costly, and creates no punctuation: a
        // line holding no punctuation of a credit and no dash has neither.
        // (U+2000 to U+2FFF are the scalars whose UTF-8 opens with 0xE2, as
        // "–" and "—" do.)
        if let anchors = photoAnchorBits {
            guard line.scalars.contains(where: { s in
                s.value < 0x80 ? anchors[Int(s.value)] : (0x2000...0x2FFF).contains(s.value)
            }) else { return false }
        }
        let lower = line.lower
        if photoCreditSearch.occurs(in: lower) {
            return true
        }
        // A dash, then a credit that names a photo: "— Photo thesaigontimes.vn".
        guard let dash = lower.lastIndex(where: { $0 == "—" || $0 == "–" }) else { return false }
        var start = dash
        for i in dash...lower.count where i == lower.count || lower[i] == " " {
            let w = lower[start..<i]
            if !w.isEmpty, words.contains(where: { w.ends(with: $0) }) { return true }
            start = i + 1
        }
        return false
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
    /// `photoAnchors` as a table by byte (a set look-up per scalar was most of the rule's time).
    static let photoAnchorBits: [Bool]? = photoAnchors.map { anchors in (0..<128).map { anchors.contains(UInt8($0)) } }
    static let photoCreditSearch = CueSearch(photoCredits)
    /// A word equal to a photo word ends with it too.
    static let plainPhotoWords = plainScalars(photoWords)

    /// True when a line ends like a sentence; headings, titles and bylines do
    /// not. A sign-off after a full stop (`… Bình Dương. — VNS`) still ends one.
    public static func endsSentence(_ line: String) -> Bool { endsSentence(Line(line)) }

    static func endsSentence(_ line: Line) -> Bool {
        guard line.plain else { return CharacterRules.endsSentence(line.text) }
        return endsSentence(line.scalars, 0..<line.scalars.count)
    }

    /// `endsSentence` of `s[range]`, every scalar of which is plain.
    static func endsSentence(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        guard let last = s[range].lastIndex(where: { !ScalarTraits.of($0).contains(.whitespace) }) else { return false }
        switch s[last] {
        case ".", "!", "?", "…", ";", ":", "\"", "”", ")", "'", "’": return true
        default: break
        }
        guard let dash = s[range].lastIndex(where: { $0 == "—" || $0 == "–" }),
              wordCount(s[(dash + 1)..<range.upperBound], upTo: 4) <= 3 else { return false }
        let before = trimmed(s, range.lowerBound..<dash)
        guard !before.isEmpty else { return false }
        switch s[before.upperBound - 1] {
        case ".", "!", "?", "…": return true
        default: return false
        }
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

    /// `wordCount` of scalars (a space is the one byte 0x20, and a word
    /// starts at any other scalar as at its first byte).
    static func wordCount<C: Collection>(_ scalars: C, upTo limit: Int) -> Int where C.Element == Unicode.Scalar {
        var count = 0
        var inWord = false
        for s in scalars {
            if s == " " { inWord = false } else if !inWord {
                inWord = true; count += 1
                if count >= limit { return count }
            }
        }
        return count
    }

    /// True when the line has words (runs of letters) and every one is a
    /// sharing button's; stops at the first that is not.
    static func allButtonWords(_ lower: [Unicode.Scalar]) -> Bool {
        var any = false
        var start = 0
        for i in 0...lower.count where i == lower.count || !ScalarTraits.of(lower[i]).contains(.letter) {
            if i > start {
                guard buttonWords.contains(String(scalars: lower[start..<i])) else { return false }
                any = true
            }
            start = i + 1
        }
        return any
    }
}
