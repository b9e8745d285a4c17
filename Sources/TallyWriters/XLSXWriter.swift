import Foundation
internal import CXlsxWriter
import TallyCore

/// Writes a workbook through libxlsxwriter, finished for an official: bold
/// frozen header, autofilter, fitted widths, the spec's number formats, a
/// totals row, document properties, and a `Sources` sheet that every number
/// links to.
///
/// A workbook of more than `inMemoryCellLimit` cells is written in
/// libxlsxwriter's `constant_memory` mode: each row goes to a temp file as
/// soon as the next row starts, so memory stays flat however many facts an
/// export holds. That mode needs rows in order, which is how tables are
/// written here anyway, and it has no Excel tables, so its lists are banded
/// by a conditional format; a smaller workbook is built in memory and its
/// lists are Excel tables.
public struct XLSXWriter: Sendable {
    /// Excel allows 65,530 hyperlinks per worksheet, and libxlsxwriter fails
    /// the whole workbook at `workbook_close` past it. A detail sheet of a
    /// large export has more numbers than that: they are still written, and
    /// only the numbers past the limit go without their link to Sources.
    static let maxLinksPerSheet = Int(LXW_MAX_NUMBER_URLS)

    /// Up to this many cells a workbook is built in memory, which lets
    /// plain lists be Excel tables; past it, `constant_memory` keeps memory
    /// flat and lists are banded by a conditional format instead.
    let inMemoryCellLimit: Int

    public init(inMemoryCellLimit: Int = 250_000) { self.inMemoryCellLimit = inMemoryCellLimit }

    /// Cell text as XML can hold it and Excel accepts it (see `XMLText`).
    static func clipped(_ s: String) -> String { XMLText.safe(s, limit: XMLText.maxCellUnits) }

    /// Writes `workbook` with the rows of `workbook.tables[i]` taken from
    /// `rows[i]` (rows made on demand, as the benchmark makes a million):
    /// each source is read twice, to fit the widths and to write, and no
    /// row is kept once it is written.
    public func write(_ workbook: Workbook, rows: [RowSource], to path: String, tempDirectory: String? = nil) throws {
        precondition(rows.count == workbook.tables.count, "one row collection per table")
        try write(workbook, sheets: Array(zip(workbook.tables, rows)), to: path, tempDirectory: tempDirectory)
    }

    /// Writes `workbook` to `path` (the caller renames it into place).
    /// `tempDirectory` holds libxlsxwriter's row files; keep it on the same
    /// file system as the export so a full `/tmp` cannot fail a run.
    public func write(_ workbook: Workbook, to path: String, tempDirectory: String? = nil) throws {
        try write(workbook, sheets: workbook.tables.map { ($0, RowSource($0.rows)) }, to: path, tempDirectory: tempDirectory)
    }

    /// Each sheet's table (for all but its rows) with the source of its rows.
    private func write(_ workbook: Workbook, sheets: [(table: Table, rows: RowSource)], to path: String,
                       tempDirectory: String?) throws {
        var sheets = sheets
        if workbook.includeSources {
            let sources = workbook.sourcesTable
            sheets.append((sources, RowSource(sources.rows)))
        }
        try withCStrings(tempDirectory.map { [$0] } ?? []) { tmp in
            var options = lxw_workbook_options()
            let cells = sheets.map { ($0.rows.count + 3) * $0.table.columns.count }.reduce(0, +)
            let inMemory = cells <= inMemoryCellLimit
            options.constant_memory = inMemory ? 0 : 1
            options.tmpdir = tmp.first.map { UnsafeMutablePointer(mutating: $0) }
            guard let wb = workbook_new_opt(path, &options) else {
                throw WriterError.xlsx(code: Int(LXW_ERROR_CREATING_XLSX_FILE.rawValue),
                                       message: "cannot create the workbook file", path: path)
            }
            let session = Session(wb: wb, path: path, workbook: workbook)
            session.excelTables = inMemory
            do {
                try session.writeProperties()
                for (i, sheet) in sheets.enumerated() {
                    try session.write(sheet.table, rows: sheet.rows, isSources: workbook.includeSources && i == sheets.count - 1)
                }
            } catch {
                workbook_close(wb)
                throw error
            }
            try check(workbook_close(wb), path)
        }
    }
}

func check(_ code: lxw_error, _ path: String) throws {
    guard code == LXW_NO_ERROR else {
        throw WriterError.xlsx(code: Int(code.rawValue), message: String(cString: lxw_strerror(code)), path: path)
    }
}

/// Runs `body` with C strings that live until it returns.
func withCStrings<R>(_ strings: [String], _ body: ([UnsafePointer<CChar>]) throws -> R) throws -> R {
    let copies = strings.map { strdup($0)! }
    defer { copies.forEach { free($0) } }
    return try body(copies.map { UnsafePointer($0) })
}

/// The state of one workbook being written: its formats, cached by code.
private final class Session {
    let wb: UnsafeMutablePointer<lxw_workbook>
    let path: String
    let workbook: Workbook
    var numberFormats: [String: UnsafeMutablePointer<lxw_format>] = [:]
    var linkFormats: [String: UnsafeMutablePointer<lxw_format>] = [:]
    var totalFormats: [String: UnsafeMutablePointer<lxw_format>] = [:]
    /// Whether lists become Excel tables (not in `constant_memory` mode).
    var excelTables = false
    /// Links written on the current sheet (see `XLSXWriter.maxLinksPerSheet`).
    var linksOnSheet = 0
    lazy var header = makeFormat {
        format_set_bold($0)
        format_set_bg_color($0, 0xDDEBF7)
        format_set_bottom($0, UInt8(LXW_BORDER_THIN.rawValue))
        format_set_text_wrap($0)
    }
    lazy var wrap = makeFormat { format_set_text_wrap($0) }
    lazy var bodyText = makeFormat()
    lazy var totalText = makeFormat {
        format_set_bold($0)
        format_set_top($0, UInt8(LXW_BORDER_THIN.rawValue))
    }

    /// A format of this workbook. Every cell sits at the top of its row, so
    /// short cells line up with the first line of a wrapped sentence.
    func makeFormat(_ configure: (UnsafeMutablePointer<lxw_format>) -> Void = { _ in }) -> UnsafeMutablePointer<lxw_format> {
        let f = workbook_add_format(wb)!
        format_set_align(f, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
        configure(f)
        return f
    }

    init(wb: UnsafeMutablePointer<lxw_workbook>, path: String, workbook: Workbook) {
        self.wb = wb; self.path = path; self.workbook = workbook
    }

    func writeProperties() throws {
        let p = workbook.properties
        let texts = [p.title, p.subject, p.author, p.company, p.keywords, p.comments].map { XMLText.safe($0 ?? "") }
        try withCStrings(texts) { c in
            var props = lxw_doc_properties()
            func set(_ i: Int) -> UnsafeMutablePointer<CChar>? { texts[i].isEmpty ? nil : UnsafeMutablePointer(mutating: c[i]) }
            props.title = set(0); props.subject = set(1); props.author = set(2)
            props.company = set(3); props.keywords = set(4); props.comments = set(5)
            // A fixed creation time: libxlsxwriter otherwise stamps the clock
            // into docProps/core.xml and the zip entries.
            props.created = time_t(workbook.created)
            try check(workbook_set_properties(wb, &props), path)
        }
    }

    func numberFormat(_ code: String?, link: Bool = false, total: Bool = false) -> UnsafeMutablePointer<lxw_format>? {
        let key = code ?? "General"
        if total, let f = totalFormats[key] { return f }
        if link, let f = linkFormats[key] { return f }
        if !link, !total, let f = numberFormats[key] { return f }
        let f = makeFormat()
        if let code { format_set_num_format(f, XMLText.safe(code)) }
        if link {
            format_set_font_color(f, 0x0563C1)
            format_set_underline(f, UInt8(LXW_UNDERLINE_SINGLE.rawValue))
            linkFormats[key] = f
        } else if total {
            format_set_bold(f)
            format_set_top(f, UInt8(LXW_BORDER_THIN.rawValue))
            totalFormats[key] = f
        } else {
            numberFormats[key] = f
        }
        return f
    }

    lazy var titleFormat = makeFormat {
        format_set_bold($0)
        format_set_font_size($0, 14)
        format_set_align($0, UInt8(LXW_ALIGN_VERTICAL_BOTTOM.rawValue))
    }
    /// The shade of every other row of a list (a conditional format's fill).
    lazy var band: UnsafeMutablePointer<lxw_format> = {
        let f = workbook_add_format(wb)!
        format_set_bg_color(f, 0xF2F2F2)
        return f
    }()
    lazy var dateFormat = makeFormat { format_set_num_format($0, "yyyy-mm-dd") }
    lazy var dateTotalFormat = makeFormat {
        format_set_num_format($0, "yyyy-mm-dd")
        format_set_bold($0)
        format_set_top($0, UInt8(LXW_BORDER_THIN.rawValue))
    }
    lazy var urlFormat = makeFormat {
        format_set_font_color($0, 0x0563C1)
        format_set_underline($0, UInt8(LXW_UNDERLINE_SINGLE.rawValue))
        format_set_text_wrap($0)
    }

    /// Header and footer of every printed page of this workbook.
    lazy var page = PageSetup(title: workbook.properties.title ?? workbook.name, date: PageSetup.dayText(workbook.created))

    /// Prints as landscape A4, one page wide, the header repeated on every
    /// page, with the workbook's title, sheet name, date and page numbers.
    func setUpPage(_ ws: UnsafeMutablePointer<lxw_worksheet>, headerRow: Int) throws {
        worksheet_set_landscape(ws)
        worksheet_set_paper(ws, 9)
        worksheet_fit_to_pages(ws, 1, 0)
        try check(worksheet_repeat_rows(ws, 0, lxw_row_t(headerRow)), path)
        try check(worksheet_set_header(ws, page.header), path)
        try check(worksheet_set_footer(ws, page.footer), path)
    }

    /// What the writer needs of a column for every cell, worked out once per
    /// sheet. Formats are looked up on a column's first cell that needs
    /// one, as before, so they are made in the same order and the bytes do
    /// not change; after that a cell costs an array read, not a hash of
    /// its format code.
    struct ColumnPlan {
        var isDate: Bool
        /// Text wraps inside the column's width (and makes the row taller).
        var wraps: Bool
        /// The width less its margins, in characters a line holds.
        var lineWidth: Double
        /// The number format code, and the code for a whole value
        /// (`NumberFormatCode.forValue`), nil when it is the same.
        var code: String?
        var wholeCode: String?
        /// The format of its text cells, once one is written.
        var text: UnsafeMutablePointer<lxw_format>?
        /// The formats of its numbers, once used, by `slot(link:whole:)`.
        var numbers: [UnsafeMutablePointer<lxw_format>?] = [nil, nil, nil, nil]
    }

    func write(_ table: Table, rows: RowSource, isSources: Bool) throws {
        guard let ws = workbook_add_worksheet(wb, XMLText.safe(table.name)) else {
            throw WriterError.xlsx(code: Int(LXW_ERROR_SHEETNAME_ALREADY_USED.rawValue),
                                   message: "cannot add sheet '\(table.name)'", path: path)
        }
        linksOnSheet = 0
        // A title row, when the spec gives one, stands above the header.
        let headerRow = table.title == nil ? 0 : 1
        let firstData = headerRow + 1
        let widths = ColumnFitter.widths(table.columns, rows: rows, totals: table.totals)
        var plans: [ColumnPlan] = []
        for (c, column) in table.columns.enumerated() {
            // A text column given a width (sentences) wraps inside it rather
            // than spilling over its neighbours.
            let wrapText = !column.isNumeric && column.width != nil
            try check(worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), widths[c], wrapText ? wrap : nil), path)
            plans.append(ColumnPlan(isDate: column.isDate, wraps: wrapText, lineWidth: max(widths[c] - 2, 1), code: column.format,
                                    wholeCode: column.format.flatMap(NumberFormatCode.wholeNumberCode)))
        }
        try setUpPage(ws, headerRow: headerRow)
        worksheet_freeze_panes(ws, lxw_row_t(firstData), 0)
        // In constant_memory mode every range must be set before its rows are
        // written: the filter covers the header and the data, not the
        // totals; a plain list has banded rows.
        let lastColumn = lxw_col_t(max(table.columns.count - 1, 0))
        let lastData = lxw_row_t(headerRow + rows.count)
        if let title = table.title {
            try check(worksheet_set_row(ws, 0, 24, nil), path)
            try check(worksheet_write_string(ws, 0, 0, clipped(title), titleFormat), path)
        }
        if table.isList, excelTables, ExcelTable.canHold(table, rowCount: rows.count) {
            try ExcelTable(table: table, headerRow: headerRow, headerFormat: header).add(to: ws, lastRow: Int(lastData), path: path)
        } else {
            try check(worksheet_autofilter(ws, lxw_row_t(headerRow), 0, lastData, lastColumn), path)
        }
        if table.isList {
            try BandedRows(firstRow: firstData, lastRow: Int(lastData), lastColumn: Int(lastColumn)).add(to: ws, shade: band, path: path)
        }
        for (c, column) in table.columns.enumerated() {
            try check(worksheet_write_string(ws, lxw_row_t(headerRow), lxw_col_t(c), clipped(column.header), header), path)
        }
        let wrapped = plans.indices.filter { plans[$0].wraps }
        let links = !isSources && workbook.includeSources
        var r = lxw_row_t(firstData)
        for i in 0..<rows.count {
            let row = rows.row(i)
            // Readers do not grow rows for wrapped text on their own: give the
            // row the height of its longest wrapped cell (15 points a line).
            var lines = 1
            for c in wrapped where c < row.cells.count {
                guard case .text(let s) = row.cells[c] else { continue }
                lines = max(lines, Int((Double(TextMeasure.scalars(s)) / plans[c].lineWidth).rounded(.up)))
            }
            if lines > 1 { try check(worksheet_set_row(ws, r, min(Double(lines) * 15, 409), nil), path) }
            try write(row, at: r, in: ws, plans: &plans, linkToSources: links, isSources: isSources)
            r += 1
        }
        if let totals = table.totals {
            try writeTotals(totals, at: r, in: ws, plans: plans)
        }
        if let chart = table.chart {
            try XLSXChart(chart: chart, table: table, rowCount: rows.count, headerRow: headerRow).insert(into: wb, sheet: ws, path: path)
        }
    }

    /// Where a number cell's format is kept in `ColumnPlan.numbers`.
    private static func slot(link: Bool, whole: Bool) -> Int { (link ? 2 : 0) + (whole ? 1 : 0) }

    /// The format of a number `value` in column `c`, made on first use.
    private func numberFormat(_ value: Double, _ plans: inout [ColumnPlan], _ c: Int, link: Bool) -> UnsafeMutablePointer<lxw_format>? {
        // NumberFormatCode.forValue, with the whole-value code worked out once.
        let whole = plans[c].wholeCode != nil && value.rounded() == value
        let slot = Self.slot(link: link, whole: whole)
        if let known = plans[c].numbers[slot] { return known }
        let f = numberFormat(whole ? plans[c].wholeCode : plans[c].code, link: link)
        plans[c].numbers[slot] = f
        return f
    }

    /// One data row. Every string reaches libxlsxwriter through
    /// `XMLText.withSafeCString`: the cell's own bytes when they need no
    /// change (nearly always), the `XMLText.safe` copy otherwise.
    func write(_ row: Table.Row, at r: lxw_row_t, in ws: UnsafeMutablePointer<lxw_worksheet>, plans: inout [ColumnPlan],
               linkToSources: Bool, isSources: Bool) throws {
        for c in 0..<min(row.cells.count, plans.count) {
            let col = lxw_col_t(c)
            switch row.cells[c] {
            case .empty:
                break
            case .text(let s):
                if plans[c].isDate, var day = DateCell(s)?.value {
                    try check(worksheet_write_datetime(ws, r, col, &day, dateFormat), path)
                } else if isSources && c == Workbook.sourcesAddressColumn && linksOnSheet < XLSXWriter.maxLinksPerSheet {
                    // The page's own address: a link out, written as a URL cell
                    // (libxlsxwriter escapes it), never as a HYPERLINK formula.
                    linksOnSheet += 1
                    try check(worksheet_write_url_opt(ws, r, col, s, urlFormat, clipped(s), nil), path)
                } else {
                    // Always a string cell: text from articles never becomes a formula.
                    let f: UnsafeMutablePointer<lxw_format>
                    if let known = plans[c].text { f = known } else {
                        f = plans[c].wraps ? wrap : bodyText
                        plans[c].text = f
                    }
                    let path = self.path
                    try XMLText.withSafeCString(s, limit: XMLText.maxCellUnits) {
                        try check(worksheet_write_string(ws, r, col, $0, f), path)
                    }
                }
            case .number(let d):
                let value = DecimalFields.double(d)
                if linkToSources, let first = row.link(c), linksOnSheet < XLSXWriter.maxLinksPerSheet {
                    linksOnSheet += 1
                    let target = "internal:'Sources'!A\(first + 2)"
                    let tip = row.sources.count == 1 ? "Source: row \(first + 2) of Sources"
                        : "Sources: \(row.sources.count) facts; this figure's at row \(first + 2) of Sources"
                    let f = numberFormat(value, &plans, c, link: true)
                    try check(worksheet_write_url_opt(ws, r, col, target, f, nil, tip), path)
                    try check(worksheet_write_number(ws, r, col, value, f), path)
                } else {
                    try check(worksheet_write_number(ws, r, col, value, numberFormat(value, &plans, c, link: false)), path)
                }
            }
        }
    }

    /// The totals row: bold over a rule, blanks included, never linked.
    func writeTotals(_ row: Table.Row, at r: lxw_row_t, in ws: UnsafeMutablePointer<lxw_worksheet>, plans: [ColumnPlan]) throws {
        for c in 0..<min(row.cells.count, plans.count) {
            let col = lxw_col_t(c)
            switch row.cells[c] {
            case .empty:
                try check(worksheet_write_blank(ws, r, col, totalText), path)
            case .text(let s) where plans[c].isDate && DateCell(s) != nil:
                var day = DateCell(s)!.value
                try check(worksheet_write_datetime(ws, r, col, &day, dateTotalFormat), path)
            case .text(let s):
                try clipped(s).withCString { try check(worksheet_write_string(ws, r, col, $0, totalText), path) }
            case .number(let d):
                let value = DecimalFields.double(d)
                let code = plans[c].code.map { NumberFormatCode.forValue(value, code: $0) }
                try check(worksheet_write_number(ws, r, col, value, numberFormat(code, total: true)), path)
            }
        }
    }

    /// Cell text as XML can hold it and Excel accepts it (see `XMLText`).
    func clipped(_ s: String) -> String { XLSXWriter.clipped(s) }
}
