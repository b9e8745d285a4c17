/// Refuses a spec nested too deeply before the YAML parser sees it.
///
/// Yams composes the node tree by recursion, one stack frame per level: a
/// document a few thousand levels deep (`where: {not: {not: …}}`, or
/// `[[[[…` under any key, even an unknown one) overflows the stack and the
/// process dies of SIGSEGV, with no message. No real spec needs more than a
/// dozen levels, so this scan estimates the depth from the text and stops
/// at `limit` with the place where it was passed.
///
/// The estimate never undercounts: flow brackets outside quotes and
/// comments, block indentation levels and `- ` entries on one line each
/// count as a level; block scalars (`|`, `>`) are skipped as text.
enum SpecDepth {
    static let limit = 100

    static func check(_ yaml: String, path: String, what: String = "the spec") throws {
        var flow = 0
        var quote: Unicode.Scalar?            // inside '…' or "…", across lines
        var blocks: [Int] = []                // columns of open block levels
        var blockScalarIndent: Int?           // lines indented past this are text
        for (n, rawLine) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = Array(rawLine.unicodeScalars)
            let indent = line.prefix { $0 == " " }.count
            let blank = indent == line.count || line[indent] == "#" || line[indent] == "\r"
            if let scalarIndent = blockScalarIndent {
                if blank || indent > scalarIndent { continue }
                blockScalarIndent = nil
            }
            if blank, quote == nil { continue }
            var i = 0
            func passed(_ column: Int) -> SpecError? {
                guard blocks.count + flow > limit else { return nil }
                return SpecError(path: path, line: n + 1, column: column + 1,
                                 message: "\(what) \(what.hasSuffix("s") ? "are" : "is") nested more than \(limit) levels deep",
                                 lineText: String(String.UnicodeScalarView(line)))
            }
            if flow == 0, quote == nil {
                while let top = blocks.last, top >= indent { blocks.removeLast() }
                blocks.append(indent)
                i = indent
                // Each `- ` (or `? `) starting the line opens one more level.
                while i < line.count, line[i] == "-" || line[i] == "?", i + 1 == line.count || line[i + 1] == " " {
                    if let e = passed(i) { throw e }
                    i += 1
                    while i < line.count, line[i] == " " { i += 1 }
                    blocks.append(i)
                }
            }
            if let e = passed(i) { throw e }
            var previous: Unicode.Scalar = " "
            var lastContent: Unicode.Scalar?
            while i < line.count {
                let c = line[i]
                if let q = quote {
                    if c == q {
                        // '' inside '…' is a quote, not the end.
                        if q == "'", i + 1 < line.count, line[i + 1] == "'" { i += 2; continue }
                        quote = nil
                    } else if q == "\"", c == "\\" { i += 1 }
                } else if c == "#", previous == " " || previous == "\t" {
                    break
                } else if (c == "'" || c == "\"") && " \t[{,:-".unicodeScalars.contains(previous) {
                    quote = c
                } else if c == "[" || c == "{" {
                    flow += 1
                    if let e = passed(i) { throw e }
                } else if c == "]" || c == "}" {
                    flow = max(0, flow - 1)
                }
                if c != " " && c != "\t" && c != "\r" { lastContent = c }
                previous = c
                i += 1
            }
            if quote == nil, flow == 0, let last = lastContent, "|>-+0123456789".unicodeScalars.contains(last),
               endsWithBlockIndicator(line) {
                blockScalarIndent = indent
            }
        }
    }

    /// `key: |`, `- >-`, `text: |2`: the lines that follow are a block scalar.
    private static func endsWithBlockIndicator(_ line: [Unicode.Scalar]) -> Bool {
        var end = line.count
        while end > 0, line[end - 1] == " " || line[end - 1] == "\r" { end -= 1 }
        var start = end
        while start > 0, "|>-+0123456789".unicodeScalars.contains(line[start - 1]) { start -= 1 }
        guard start < end, line[start] == "|" || line[start] == ">" else { return false }
        return start == 0 || line[start - 1] == " "
    }
}
