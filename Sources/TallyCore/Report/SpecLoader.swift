import Foundation
internal import Yams

/// Reads and validates report specs. YAML is composed into a node tree (not
/// decoded into types) so that every check can point at its node's line and
/// column; the first problem found is thrown as a `SpecError`.
public enum SpecLoader {
    /// Named number formats, so specs need not spell Excel's codes.
    public static let formatPresets: [String: String] = [
        "integer": "#,##0",
        "decimal": "#,##0.0",
        "billions": "#,##0.0,,,\" bn\"",
        "millions": "#,##0.0,,\" m\"",
        "percent": "0.0%",
        "text": "@",
    ]

    public static func load(path: String) throws -> ReportSpec {
        try parse(text(of: path, what: "the spec"), path: path)
    }

    public static func parse(_ yaml: String, path: String) throws -> ReportSpec {
        let reader = Reader(path: path, lines: yaml.components(separatedBy: "\n"))
        guard let root = try document(yaml, reader) else {
            throw SpecError(path: path, line: 1, column: 1, message: "the spec is empty (expected a mapping with 'workbook' and 'sheets')")
        }
        return try reader.spec(root)
    }

    /// A YAML file's text, refused with its reason when it cannot be read
    /// or is not UTF-8 (`what`: "the spec", "the corrections").
    static func text(of path: String, what: String) throws -> String {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw SpecError(path: path, line: 1, column: 1, message: "cannot read \(what): \(error.localizedDescription)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw SpecError(path: path, line: 1, column: 1, message: "\(what) \(what.hasSuffix("s") ? "are" : "is") not UTF-8 text")
        }
        return text
    }

    /// A document's node tree, or nil when it holds nothing, after the
    /// checks every file an official writes must pass: no nesting deeper
    /// than Yams can parse, no text a workbook cannot hold, no alias bomb.
    static func document(_ yaml: String, _ reader: Reader, what: String = "the spec") throws -> Node? {
        try SpecDepth.check(yaml, path: reader.path, what: what)
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: yaml) else { return nil }
            root = node
        } catch let error as YamlError {
            throw reader.error(from: error)
        }
        try reader.checkText(root)
        return root
    }

    /// Workbook file names the export layout uses for itself (see
    /// `Publisher`): a spec writing `current.xlsx` and `current/` would make
    /// `Exports/current` point at itself. Compared without case, as a
    /// case-insensitive file system would.
    public static let reservedFiles = ["current"]
}

/// Walks the node tree; every `fail` carries the node's mark.
struct Reader {
    let path: String
    let lines: [String]

    func fail(_ node: Node?, _ message: String) -> SpecError {
        let line = node?.mark?.line ?? 1
        let column = node?.mark?.column ?? 1
        let text = line - 1 < lines.count ? lines[line - 1].replacingOccurrences(of: "\r", with: "") : nil
        return SpecError(path: path, line: line, column: column, message: message, lineText: text)
    }

    func error(from error: YamlError) -> SpecError {
        switch error {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            let text = mark.line - 1 < lines.count ? lines[mark.line - 1] : nil
            return SpecError(path: path, line: mark.line, column: mark.column, message: "invalid YAML: \(problem)", lineText: text)
        default:
            return SpecError(path: path, line: 1, column: 1, message: "invalid YAML: \(error)")
        }
    }

    /// Every scalar of the document, keys included, against `SpecText`: the
    /// place of the first one a workbook cannot hold. Runs after
    /// `SpecDepth`, so the recursion is bounded; and it counts the nodes it
    /// walks, because YAML aliases repeat a node without repeating its text
    /// (nine lines of `&a`/`*a` make 10⁹ values), which would hang every
    /// later walk.
    func checkText(_ root: Node) throws {
        var budget = SpecText.maxNodes
        func walk(_ node: Node) throws {
            budget -= 1
            if budget < 0 { throw fail(node, "the spec has more than \(SpecText.maxNodes) values (counting each use of an alias)") }
            switch node {
            case .scalar(let s):
                if let problem = SpecText.problem(s.string) { throw fail(node, problem) }
            case .mapping(let m):
                for (k, v) in m { try walk(k); try walk(v) }
            case .sequence(let items):
                for item in items { try walk(item) }
            }
        }
        try walk(root)
    }

    // MARK: Shapes

    func mapping(_ node: Node, _ what: String, known: [String]) throws -> [(key: String, keyNode: Node, value: Node)] {
        guard case .mapping(let m) = node else { throw fail(node, "\(what) must be a mapping (key: value)") }
        var seen = Set<String>()
        var out: [(String, Node, Node)] = []
        for (k, v) in m {
            guard case .scalar(let s) = k else { throw fail(k, "keys in \(what) must be plain words") }
            if !known.isEmpty, !known.contains(s.string) {
                throw fail(k, "unknown key '\(s.string)' in \(what)\(suggestion(s.string, known)) (known: \(known.joined(separator: ", ")))")
            }
            if !seen.insert(s.string).inserted { throw fail(k, "duplicate key '\(s.string)' in \(what)") }
            out.append((s.string, k, v))
        }
        return out
    }

    func string(_ node: Node, _ what: String) throws -> String {
        guard case .scalar(let s) = node else { throw fail(node, "\(what) must be a text value") }
        return s.string
    }

    func bool(_ node: Node, _ what: String) throws -> Bool {
        guard case .scalar(let s) = node, let b = Bool.construct(from: s) else {
            throw fail(node, "\(what) must be true or false")
        }
        return b
    }

    func number(_ node: Node, _ what: String) throws -> Decimal {
        guard case .scalar(let s) = node, let d = Decimal(string: s.string, locale: Locale(identifier: "en_US_POSIX")),
              s.string.allSatisfy({ $0.isNumber || $0 == "." || $0 == "-" || $0 == "e" || $0 == "E" || $0 == "+" }) else {
            throw fail(node, "\(what) must be a number")
        }
        return d
    }

    func sequence(_ node: Node, _ what: String) throws -> [Node] {
        guard case .sequence(let s) = node else { throw fail(node, "\(what) must be a list") }
        return Array(s)
    }

    func field(_ node: Node, _ what: String) throws -> FactField {
        let name = try string(node, what)
        guard let f = FactField(rawValue: name) else {
            let known = FactField.allCases.map(\.rawValue)
            throw fail(node, "unknown field '\(name)'\(suggestion(name, known)) (known: \(known.joined(separator: ", ")))")
        }
        return f
    }

    // MARK: The spec

    func spec(_ root: Node) throws -> ReportSpec {
        var workbook: ReportSpec.WorkbookSpec?
        var sheets: [ReportSpec.SheetSpec]?
        for (key, _, value) in try mapping(root, "the spec", known: ["workbook", "sheets"]) {
            switch key {
            case "workbook": workbook = try workbookSpec(value)
            default:
                let list = try sequence(value, "'sheets'")
                guard !list.isEmpty else { throw fail(value, "'sheets' must list at least one sheet") }
                var names = Set<String>()
                sheets = try list.map { node in
                    let sheet = try sheetSpec(node)
                    guard names.insert(sheet.name.lowercased()).inserted else {
                        throw fail(node, "duplicate sheet name '\(sheet.name)' (Excel compares names without case)")
                    }
                    return sheet
                }
            }
        }
        guard let workbook else { throw fail(root, "missing key 'workbook'") }
        guard let sheets else { throw fail(root, "missing key 'sheets'") }
        if workbook.sources, sheets.contains(where: { $0.name.lowercased() == "sources" }) {
            throw fail(root, "sheet name 'Sources' is reserved for the sources sheet")
        }
        return ReportSpec(path: path, workbook: workbook, sheets: sheets)
    }

    func workbookSpec(_ node: Node) throws -> ReportSpec.WorkbookSpec {
        var w = ReportSpec.WorkbookSpec(file: "")
        var fileSeen = false
        for (key, _, value) in try mapping(node, "'workbook'", known: ["file", "title", "subject", "author", "company", "keywords", "comments", "sources"]) {
            switch key {
            case "file":
                let f = try string(value, "'file'")
                guard !f.isEmpty, f.count <= 100, f.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) else {
                    throw fail(value, "'file' must be a name of letters, digits, '-' and '_' (it becomes <file>.xlsx)")
                }
                if SpecLoader.reservedFiles.contains(f.lowercased()) {
                    throw fail(value, "'file' cannot be '\(f)': the export uses that name for itself (reserved: \(SpecLoader.reservedFiles.joined(separator: ", ")))")
                }
                w.file = f; fileSeen = true
                w.fileLine = value.mark?.line ?? 1; w.fileColumn = value.mark?.column ?? 1
            case "title": w.properties.title = try string(value, "'title'")
            case "subject": w.properties.subject = try string(value, "'subject'")
            case "author": w.properties.author = try string(value, "'author'")
            case "company": w.properties.company = try string(value, "'company'")
            case "keywords": w.properties.keywords = try string(value, "'keywords'")
            case "comments": w.properties.comments = try string(value, "'comments'")
            default: w.sources = try bool(value, "'sources'")
            }
        }
        guard fileSeen else { throw fail(node, "missing key 'file' in 'workbook'") }
        return w
    }

    func sheetSpec(_ node: Node) throws -> ReportSpec.SheetSpec {
        let entries = try mapping(node, "a sheet", known: ["name", "title", "where", "include_repeats", "group_by", "sort", "columns", "totals", "chart", "per"])
        var perFigure = false
        var perNode: Node?
        var name: String?
        var filter: Predicate?
        var includeRepeats = false
        var groupBy: [FactField] = []
        var sortNodes: [Node] = []
        var columnsNode: Node?
        var totals: String?
        var title: String?
        var chartNode: Node?
        for (key, _, value) in entries {
            switch key {
            case "name":
                let n = try string(value, "'name'")
                let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]
                // Excel counts the 31 in UTF-16 code units: 31 decomposed
                // letters are 62 and fail in the C library.
                guard !n.isEmpty, n.utf16.count <= 31, !n.contains(where: forbidden.contains), !n.hasPrefix("'"), !n.hasSuffix("'") else {
                    throw fail(value, "sheet name '\(n)' is not allowed by Excel (1 to 31 characters, none of [ ] : * ? / \\, no leading or trailing ')")
                }
                // Excel keeps 'History' for its change-tracking sheet and
                // repairs a workbook that has one.
                guard n.lowercased() != "history" else {
                    throw fail(value, "sheet name '\(n)' is reserved by Excel")
                }
                guard !n.unicodeScalars.contains(where: { $0.value < 0x20 }) else {
                    throw fail(value, "sheet name \(n.debugDescription) holds a tab or a line break, which Excel does not allow in a sheet name")
                }
                name = n
            case "where": filter = try predicate(value)
            case "include_repeats": includeRepeats = try bool(value, "'include_repeats'")
            case "group_by":
                if case .scalar = value { groupBy = [try field(value, "'group_by'")] }
                else { groupBy = try sequence(value, "'group_by'").map { try field($0, "'group_by'") } }
            case "sort":
                if case .scalar = value { sortNodes = [value] } else { sortNodes = try sequence(value, "'sort'") }
            case "columns": columnsNode = value
            case "title": title = try string(value, "'title'")
            case "chart": chartNode = value
            case "per":
                let per = try string(value, "'per'")
                guard per == "mention" || per == "figure" else {
                    throw fail(value, "'per' is mention (a row per mention, the default) or figure (a row per real figure)")
                }
                perFigure = per == "figure"; perNode = value
            default:
                if case .scalar(let s) = value, Bool.construct(from: s) == nil { totals = s.string }
                else { totals = try bool(value, "'totals'") ? "Total" : nil }
            }
        }
        guard let name else { throw fail(node, "missing key 'name' in a sheet") }
        if perFigure, !groupBy.isEmpty {
            throw fail(perNode, "'per: figure' is for a sheet without 'group_by' (a grouped sheet counts each figure once already)")
        }
        guard let columnsNode else { throw fail(node, "missing key 'columns' in sheet '\(name)'") }
        let columnNodes = try sequence(columnsNode, "'columns'")
        guard !columnNodes.isEmpty else { throw fail(columnsNode, "'columns' must list at least one column") }
        var keys = Set<String>()
        let columns = try columnNodes.map { n -> ReportSpec.ColumnSpec in
            let c = try column(n)
            guard keys.insert(c.key).inserted else { throw fail(n, "duplicate column key '\(c.key)'") }
            if !groupBy.isEmpty, case .field(let f) = c.content, !groupBy.contains(f) {
                throw fail(n, "column '\(c.key)' shows field '\(f.rawValue)', which is neither in 'group_by' nor aggregated")
            }
            if groupBy.isEmpty, case .aggregate = c.content {
                throw fail(n, "column '\(c.key)' aggregates, which needs 'group_by' on the sheet")
            }
            return c
        }
        let sort = try sortNodes.map { try sortKey($0, columns: columns, grouped: !groupBy.isEmpty) }
        var sheet = ReportSpec.SheetSpec(name: name, filter: filter, includeRepeats: includeRepeats, groupBy: groupBy,
                                         sort: sort, columns: columns, totals: totals, perFigure: perFigure,
                                         line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
        sheet.title = title
        sheet.chart = try chartNode.map { try chart($0, columns: columns) }
        return sheet
    }

    /// `chart: {type: bar, category: subject, values: [beds], title: …, position: E2}`:
    /// the category and values name the sheet's own columns, so the chart
    /// can only show what the table shows.
    func chart(_ node: Node, columns: [ReportSpec.ColumnSpec]) throws -> ReportSpec.ChartSpec {
        var kind: ReportSpec.ChartSpec.Kind?, category: String?, values: [String] = [], title: String?
        var valuesNode: Node?, row: Int?, column: Int?, below = false
        let keys = columns.map(\.key)
        func columnKey(_ v: Node, _ what: String) throws -> ReportSpec.ColumnSpec {
            let k = try string(v, what)
            guard let c = columns.first(where: { $0.key == k }) else {
                throw fail(v, "unknown column '\(k)' in 'chart'\(suggestion(k, keys)) (known: \(keys.joined(separator: ", ")))")
            }
            return c
        }
        for (key, _, value) in try mapping(node, "'chart'", known: ["type", "category", "values", "title", "position"]) {
            switch key {
            case "type":
                let t = try string(value, "'type'")
                let known = ReportSpec.ChartSpec.Kind.allCases.map(\.rawValue)
                guard let k = ReportSpec.ChartSpec.Kind(rawValue: t) else {
                    throw fail(value, "unknown chart type '\(t)'\(suggestion(t, known)) (known: \(known.joined(separator: ", ")))")
                }
                kind = k
            case "category": category = try columnKey(value, "'category'").key
            case "values":
                valuesNode = value
                let list: [Node]
                if case .scalar = value { list = [value] } else { list = try sequence(value, "'values'") }
                guard !list.isEmpty else { throw fail(value, "'values' must list at least one column") }
                values = try list.map { v in
                    let c = try columnKey(v, "a value column")
                    guard c.isNumeric else { throw fail(v, "chart value column '\(c.key)' is text, and a chart plots numbers") }
                    return c.key
                }
            case "title": title = try string(value, "'title'")
            default:
                let cell = try string(value, "'position'")
                if cell == "below" { below = true; continue }
                if cell == "right" { continue }
                guard let at = Self.cellReference(cell) else {
                    throw fail(value, "'position' must be right, below, or a cell such as E2 (column letters, then a row number)")
                }
                row = at.row; column = at.column
            }
        }
        guard let kind else { throw fail(node, "missing key 'type' in 'chart' (bar, column, line or pie)") }
        guard let category else { throw fail(node, "missing key 'category' in 'chart' (the column that names each bar)") }
        guard !values.isEmpty else { throw fail(node, "missing key 'values' in 'chart' (the numeric columns to plot)") }
        if kind == .pie, values.count > 1 { throw fail(valuesNode, "a pie chart plots one value column, not \(values.count)") }
        return ReportSpec.ChartSpec(kind: kind, category: category, values: values, title: title, row: row, column: column,
                                    below: below)
    }

    /// `E2` → row 1, column 4 (0-based), within Excel's sheet size.
    static func cellReference(_ text: String) -> (row: Int, column: Int)? {
        let letters = text.prefix { $0.isASCII && $0.isLetter }
        let digits = text.dropFirst(letters.count)
        guard (1...3).contains(letters.count), !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
              let r = Int(digits), r >= 1, r <= 1_048_576 else { return nil }
        let column = letters.uppercased().unicodeScalars.reduce(0) { $0 * 26 + Int($1.value) - 64 }
        guard column <= 16_384 else { return nil }
        return (r - 1, column - 1)
    }

    func column(_ node: Node) throws -> ReportSpec.ColumnSpec {
        let entries = try mapping(node, "a column", known: ["key", "header", "field", "aggregate", "format", "width", "total", "where"])
        var key: String?, header: String?, fieldName: FactField?, aggregate: ReportSpec.Aggregate?
        var format: String?, width: Double?, total: ReportSpec.Aggregate?
        var filter: Predicate?, filterNode: Node?
        for (k, _, value) in entries {
            switch k {
            case "key":
                let s = try string(value, "'key'")
                guard !s.isEmpty, s.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }) else {
                    throw fail(value, "column key '\(s)' must be letters, digits and '_' (it heads the CSV column)")
                }
                key = s
            case "header": header = try string(value, "'header'")
            case "field": fieldName = try field(value, "'field'")
            case "aggregate": aggregate = try aggregateName(value)
            case "total": total = try aggregateName(value)
            case "format": format = try numberFormat(value)
            case "where": filter = try predicate(value); filterNode = value
            default:
                if case .scalar(let s) = value, s.string == "fit" { width = nil }
                else {
                    let w = try number(value, "'width'")
                    guard w > 0, w <= 255 else { throw fail(value, "'width' must be between 1 and 255 characters, or 'fit'") }
                    width = NSDecimalNumber(decimal: w).doubleValue
                }
            }
        }
        let content: ReportSpec.ColumnSpec.Content
        if let aggregate {
            if aggregate == .articles, let f = fieldName {
                throw fail(node, "aggregate 'articles' counts article files and takes no 'field' (remove 'field: \(f.rawValue)')")
            }
            if aggregate != .count, aggregate != .articles, fieldName == nil { throw fail(node, "aggregate '\(aggregate.rawValue)' needs a 'field' to work on") }
            // The latest and earliest article date: max and min of 'date'.
            let dated = fieldName == .date && (aggregate == .min || aggregate == .max)
            if let f = fieldName, aggregate != .count, !f.isNumeric, !dated {
                throw fail(node, "aggregate '\(aggregate.rawValue)' needs a numeric field, and '\(f.rawValue)' is text")
            }
            content = .aggregate(aggregate, fieldName)
        } else if let fieldName {
            if let filterNode { throw fail(filterNode, "'where' on a column narrows an aggregate, and column '\(key ?? fieldName.rawValue)' shows a field") }
            content = .field(fieldName)
        } else {
            throw fail(node, "a column needs 'field' or 'aggregate'")
        }
        let derivedKey: String
        switch content {
        case .field(let f): derivedKey = f.rawValue
        case .aggregate(let a, let f): derivedKey = f.map { "\(a.rawValue)_\($0.rawValue)" } ?? a.rawValue
        }
        let finalKey = key ?? derivedKey
        var spec = ReportSpec.ColumnSpec(key: finalKey, header: header ?? finalKey, content: content, format: format,
                                         width: width, total: total, filter: filter)
        if spec.total == nil, case .aggregate(let a, _) = content { spec.total = a == .count || a == .articles ? .sum : a }
        var latestDate = false
        if case .aggregate(_, .date?) = content { latestDate = true }
        if let t = total, latestDate, t != .min, t != .max { throw fail(node, "'total' of a date column is min or max") }
        if spec.total != nil, !spec.isNumeric, !latestDate { throw fail(node, "'total' needs a numeric column") }
        return spec
    }

    func aggregateName(_ node: Node) throws -> ReportSpec.Aggregate {
        let s = try string(node, "an aggregate")
        let known = ReportSpec.Aggregate.allCases.map(\.rawValue)
        guard let a = ReportSpec.Aggregate(rawValue: s) else {
            throw fail(node, "unknown aggregate '\(s)'\(suggestion(s, known)) (known: \(known.joined(separator: ", ")))")
        }
        return a
    }

    /// Excel's format codes: at most 255 characters, quotes and brackets
    /// balanced, at least one digit placeholder or `@` or `General`. Excel
    /// refuses to open a workbook with a broken code, and libxlsxwriter
    /// passes any string through, so it is checked here.
    func numberFormat(_ node: Node) throws -> String {
        let raw = try string(node, "'format'")
        if let preset = SpecLoader.formatPresets[raw] { return preset }
        var inQuotes = false, depth = 0, placeholder = false
        var previousBackslash = false
        for c in raw {
            if previousBackslash { previousBackslash = false; continue }
            if c == "\\" { previousBackslash = true; continue }
            if c == "\"" { inQuotes.toggle(); continue }
            if inQuotes { continue }
            if c == "[" { depth += 1 } else if c == "]" { depth -= 1; if depth < 0 { break } }
            if "0#?@".contains(c) { placeholder = true }
            if c.isNewline { depth = -1; break }
        }
        let known = SpecLoader.formatPresets.keys.sorted().joined(separator: ", ")
        guard !raw.isEmpty, raw.count <= 255, !inQuotes, depth == 0, placeholder || raw.lowercased().contains("general") else {
            throw fail(node, "number format '\(raw)' is not a valid Excel format code (use a code such as '#,##0' or a preset: \(known))")
        }
        return raw
    }

    func sortKey(_ node: Node, columns: [ReportSpec.ColumnSpec], grouped: Bool) throws -> ReportSpec.SortKey {
        var by: String
        var descending = false
        var at = node
        if case .scalar(let s) = node {
            by = s.string
        } else {
            var found: String?
            for (k, _, v) in try mapping(node, "a sort key", known: ["by", "order"]) {
                if k == "by" { found = try string(v, "'by'"); at = v }
                else {
                    let o = try string(v, "'order'")
                    guard o == "asc" || o == "desc" else { throw fail(v, "'order' must be asc or desc") }
                    descending = o == "desc"
                }
            }
            guard let found else { throw fail(node, "a sort key needs 'by'") }
            by = found
        }
        if by.hasPrefix("-") { by.removeFirst(); descending = true }
        let keys = columns.map(\.key)
        if keys.contains(by) { return .init(by: by, descending: descending) }
        if !grouped, FactField(rawValue: by) != nil { return .init(by: by, descending: descending) }
        let known = grouped ? keys : keys + FactField.allCases.map(\.rawValue)
        throw fail(at, "cannot sort by '\(by)'\(suggestion(by, known)): not a column key\(grouped ? "" : " or a field")")
    }

    // MARK: Filters

    func predicate(_ node: Node) throws -> Predicate {
        if case .sequence(let s) = node { return .all(try s.map(predicate)) }
        var parts: [Predicate] = []
        let known = FactField.allCases.map(\.rawValue) + ["any", "all", "not"]
        for (key, keyNode, value) in try mapping(node, "'where'", known: []) {
            switch key {
            case "any": parts.append(.any(try sequence(value, "'any'").map(predicate)))
            case "all": parts.append(.all(try sequence(value, "'all'").map(predicate)))
            case "not": parts.append(.not(try predicate(value)))
            default:
                guard let f = FactField(rawValue: key) else {
                    throw fail(keyNode, "unknown field '\(key)'\(suggestion(key, known)) (known: \(known.joined(separator: ", ")))")
                }
                parts.append(contentsOf: try tests(f, value))
            }
        }
        return parts.count == 1 ? parts[0] : .all(parts)
    }

    func tests(_ f: FactField, _ node: Node) throws -> [Predicate] {
        switch node {
        case .scalar(let s):
            if s.tag.description.hasSuffix("null") || s.string == "null" || s.string == "~" { return [.test(f, .isNull(true))] }
            if f == .qualifiers { return [.test(f, .includes(try qualifier(node)))] }
            // Numbers compare as numbers: 'value: 485.0' is the fact 485.
            if f.isNumeric { return [.test(f, .compare(.eq, try number(node, "a value of '\(f.rawValue)'")))] }
            if f == .date { return [.test(f, .compareDay(.eq, try day(node)))] }
            return [.test(f, .oneOf([try known(node, of: f, "a value")]))]
        case .sequence(let items):
            // A fact has several qualifiers, so a list means "includes any
            // of these", not "the joined text is one of these".
            if f == .qualifiers { return [.any(try items.map { .test(f, .includes(try qualifier($0))) })] }
            if f.isNumeric {
                return [.any(try items.map { .test(f, .compare(.eq, try number($0, "a value of '\(f.rawValue)'"))) })]
            }
            return [.test(f, .oneOf(try items.map { try known($0, of: f, "a value in a list") }))]
        case .mapping:
            var out: [Predicate] = []
            let ops = Predicate.Comparison.allCases.map(\.rawValue) + ["contains", "in", "not_in", "includes", "excludes", "null"]
                + Predicate.Comparison.symbols.keys.sorted()
            for (op, _, v) in try mapping(node, "a condition on '\(f.rawValue)'", known: ops) {
                switch op {
                case "contains": out.append(.test(f, .contains(try string(v, "'contains'"))))
                case "in": out.append(.test(f, .oneOf(try sequence(v, "'in'").map { try known($0, of: f, "a value") })))
                case "not_in": out.append(.test(f, .notOneOf(try sequence(v, "'not_in'").map { try known($0, of: f, "a value") })))
                case "includes": out.append(.test(f, .includes(try qualifier(v))))
                case "excludes": out.append(.test(f, .excludes(try qualifier(v))))
                case "null": out.append(.test(f, .isNull(try bool(v, "'null'"))))
                default:
                    let cmp = Predicate.Comparison(rawValue: op) ?? Predicate.Comparison.symbols[op]!
                    if f.isNumeric {
                        out.append(.test(f, .compare(cmp, try number(v, "'\(op)'"))))
                    } else if f == .date {
                        // Dates compare as dates, not as text.
                        out.append(.test(f, .compareDay(cmp, try day(v))))
                    } else if cmp == .eq {
                        out.append(.test(f, .oneOf([try known(v, of: f, "'\(op)'")])))
                    } else if cmp == .ne {
                        out.append(.test(f, .notOneOf([try known(v, of: f, "'\(op)'")])))
                    } else {
                        throw fail(v, "'\(op)' compares numbers and dates, and '\(f.rawValue)' is text (use eq, ne, in, contains)")
                    }
                }
            }
            return out
        }
    }

    /// The words a fact can hold in `field`, or nil for free text.
    static func knownValues(_ field: FactField) -> (noun: String, values: [String])? {
        switch field {
        case .category: return ("category", KnownValues.categories)
        case .unit: return ("unit", KnownValues.units)
        case .language: return ("language", KnownValues.languageCodes)
        case .role: return ("role", KnownValues.roles)
        case .scope: return ("scope", KnownValues.scopes)
        default: return nil
        }
    }

    /// A text value to compare `field` with. For a field of known words
    /// it must be one of them: a typo would otherwise select nothing,
    /// silently.
    func known(_ node: Node, of field: FactField, _ what: String) throws -> String {
        let value = try string(node, what)
        guard let (noun, values) = Self.knownValues(field) else { return value }
        if field == .unit ? KnownValues.isKnownUnit(value) : values.contains(value) { return value }
        let ratio = field == .unit ? "; a ratio is a unit followed by 'per …'" : ""
        throw fail(node, "unknown \(noun) '\(value)'\(suggestion(value, values)) (known: \(values.joined(separator: ", "))\(ratio))")
    }

    /// A day written `YYYY-MM-DD`, as `date` shows it.
    func day(_ node: Node) throws -> Article.Day {
        let text = try string(node, "a date")
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]), (1...12).contains(m), (1...31).contains(d) else {
            throw fail(node, "'\(text)' is not a date (write it YYYY-MM-DD, as in 2024-01-31)")
        }
        return Article.Day(year: y, month: m, day: d)
    }

    func qualifier(_ node: Node) throws -> String {
        let q = try string(node, "a qualifier")
        let known = Qualifier.allCases.map(\.rawValue)
        guard known.contains(q) else { throw fail(node, "unknown qualifier '\(q)'\(suggestion(q, known)) (known: \(known.joined(separator: ", ")))") }
        return q
    }

    func suggestion(_ word: String, _ known: [String]) -> String {
        var best: (name: String, distance: Int)?
        for name in known.sorted() {
            let d = Self.distance(word.lowercased(), name.lowercased())
            if best == nil || d < best!.distance { best = (name, d) }
        }
        guard let best, best.distance > 0, best.distance <= max(2, word.count / 3) else { return "" }
        return " (did you mean '\(best.name)'?)"
    }

    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        var row = Array(0...b.count)
        for i in 1...a.count {
            var previous = row[0]; row[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                let current = row[j]
                row[j] = Swift.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                previous = current
            }
        }
        return row[b.count]
    }
}
