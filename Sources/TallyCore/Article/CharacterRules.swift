import Foundation

/// The noise rules as first written, on `String`s and `Character`s: what
/// `NoiseRules` computes on scalars must agree with these, and they still
/// decide any line that holds a character of more than one scalar (a
/// combining mark, an emoji sequence) or one the scalar path does not know.
/// The doc comment of each rule is on its `NoiseRules` counterpart.
enum CharacterRules {
    static func captureDate(_ line: String) -> Article.Day? {
        if let capture = NoiseRules.storeCapture(Array(line.unicodeScalars)) { return capture.day }
        let words = NoiseRules.wordCount(line, upTo: 13)
        guard words <= 12, let day = firstNumericDate(in: line) ?? firstWordDate(in: line) else { return nil }
        // The date must come early, or come with a clock time in a line that
        // is not a sentence: a sentence that merely mentions a date is body text.
        let prefix = line.prefix(while: { !$0.isNumber })
        if words <= 8, prefix.split(separator: " ").count <= 3 { return day }
        return hasClockTime(line) && !line.hasSuffix(".") ? day : nil
    }

    static func hasClockTime(_ line: String) -> Bool {
        let chars = Array(line)
        return chars.indices.contains { i in
            chars[i] == ":" && i > 0 && i + 2 < chars.count && chars[i - 1].isNumber
                && chars[i + 1].isNumber && chars[i + 2].isNumber
        }
    }

    static func firstWordDate(in text: String) -> Article.Day? {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        for (i, word) in words.enumerated() {
            guard let month = NoiseRules.months[word.lowercased()] else { continue }
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

    /// Read by the scalar rule on the characters: only a character of one
    /// ASCII scalar can be a digit or a separator, so any other stands as
    /// U+FFFD, and the groups found are the same.
    static func firstNumericDate(in text: String) -> Article.Day? {
        NoiseRules.firstNumericDate(text.map { $0.isASCII && $0.unicodeScalars.count == 1 ? $0.unicodeScalars.first! : "\u{FFFD}" })
    }

    static func isLede(_ line: String) -> Bool {
        // The tag's dash must be among the first 48 characters, and it is
        // then the line's first dash: look for it there, not in the whole line.
        let head = line.prefix(48)
        guard let dash = head.firstIndex(where: { $0 == "-" || $0 == "–" || $0 == "—" }),
              NoiseRules.wordCount(line[line.index(after: dash)...], upTo: 8) >= 8 else { return false }
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

    static func isReadMoreTeaser(_ line: String) -> Bool {
        // Only the end can match: lower-case the last few scalars, not the line.
        let lower = String(String.UnicodeScalarView(line.unicodeScalars.suffix(NoiseRules.readMoreReach))).lowercased()
        return NoiseRules.readMoreMarkers.contains { lower.hasSuffix($0) }
    }

    static func isWidget(_ line: String) -> Bool {
        if NoiseRules.isNavigation(Array(line.unicodeScalars)) { return true }
        let lower = line.lowercased()
        // `![Photo caption](/file/…/img_0584.jpg)`: a stored image or link.
        if line.hasPrefix("![") || line.hasPrefix("[![") { return true }
        if NoiseRules.widgetCues.contains(where: { NoiseRules.has(lower, $0) }) { return line.count < 120 }
        // `Share   Print`, `Chia sẻ Email`: a row of sharing buttons.
        if allButtonWords(lower) { return true }
        // Lines with no letters at all (`0 0 0`, `|`) are counters and separators.
        return !line.contains(where: { $0.isLetter })
    }

    static func isKeywordLine(_ line: String) -> Bool {
        guard !endsSentence(line) else { return false }
        let items = line.split(separator: ",")
        guard items.count >= 4 else { return false }
        return items.allSatisfy { item in
            let words = item.split(separator: " ")
            return words.count <= 7 && !(words.first.map { NoiseRules.conjunctions.contains($0.lowercased()) } ?? false)
        }
    }

    static func hasPhotoCredit(_ line: String) -> Bool {
        // Lower-casing a paragraph is costly, and creates no punctuation: a
        // line holding no punctuation of a credit and no dash has neither.
        if let anchors = NoiseRules.photoAnchors {
            var needed = false
            for b in line.utf8 where anchors.contains(b) || b == 0xE2 { needed = true; break }
            if !needed { return false }
        }
        let lower = line.lowercased()
        if NoiseRules.photoCredits.contains(where: { NoiseRules.has(lower, $0) }) {
            return true
        }
        // A dash, then a credit that names a photo: "— Photo thesaigontimes.vn".
        guard let dash = lower.lastIndex(where: { $0 == "—" || $0 == "–" }) else { return false }
        return lower[dash...].split(separator: " ").contains { w in NoiseRules.photoWords.contains { w.hasSuffix($0) || w == $0 } }
    }

    static func endsSentence(_ line: String) -> Bool {
        guard let last = line.last(where: { !$0.isWhitespace }) else { return false }
        if ".!?…;:\"”)'’".contains(last) { return true }
        guard let dash = line.lastIndex(where: { $0 == "—" || $0 == "–" }),
              line[line.index(after: dash)...].split(separator: " ").count <= 3 else { return false }
        let before = line[..<dash].trimmingCharacters(in: .whitespaces)
        return before.last.map { ".!?…".contains($0) } ?? false
    }

    static func allButtonWords(_ lower: String) -> Bool {
        var any = false
        var word = ""
        for c in lower {
            if c.isLetter { word.append(c); continue }
            if !word.isEmpty {
                guard NoiseRules.buttonWords.contains(word) else { return false }
                any = true; word = ""
            }
        }
        if !word.isEmpty { guard NoiseRules.buttonWords.contains(word) else { return false }; any = true }
        return any
    }

    static func isSourceLine(_ line: String) -> Bool {
        line.hasPrefix("Source: ") && !line.dropFirst(8).contains(" ")
    }
}

extension CharacterRules {
    static func isImage(_ line: String) -> Bool {
        let lower = line.lowercased()
        return Segmenter.imageExtensions.contains { NoiseRules.has(lower, $0) }
    }
}
