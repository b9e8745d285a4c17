import CXlsxWriter
import Foundation
import TallyCore

/// The XLSX baseline: libxlsxwriter driven directly, on C strings and
/// doubles, making the same calls as `XLSXWriter` for the bench's sheet —
/// the same properties, formats in the same order, fitted widths, page
/// setup with its header and footer, frozen filtered header and row heights for wrapped sentences — so
/// both write the same bytes (the bench checks) and the ratio is the cost of
/// Tally's Swift layer alone.
enum XLSXBaseline {
    static func write(_ rows: BenchRows, to path: String, tmpdir: String) {
        var options = lxw_workbook_options()
        options.constant_memory = 1
        let tmp = strdup(tmpdir)
        defer { free(tmp) }
        options.tmpdir = tmp
        let wb = workbook_new_opt(path, &options)!
        let title = strdup("Benchmark"), subject = strdup("Synthetic rows"), author = strdup("tally-bench")
        defer { free(title); free(subject); free(author) }
        var props = lxw_doc_properties()
        props.title = title; props.subject = subject; props.author = author
        props.created = time_t(BenchRows.created)
        workbook_set_properties(wb, &props)

        func format() -> UnsafeMutablePointer<lxw_format> {
            let f = workbook_add_format(wb)!
            format_set_align(f, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
            return f
        }
        // Created in the order XLSXWriter first needs them.
        let wrap = format()
        format_set_text_wrap(wrap)
        let header = format()
        format_set_bold(header); format_set_bg_color(header, 0xDDEBF7)
        format_set_bottom(header, UInt8(LXW_BORDER_THIN.rawValue)); format_set_text_wrap(header)
        let body = format()
        let columns = BenchRows.columns
        var numberFormats: [UnsafeMutablePointer<lxw_format>?] = []
        for column in columns {
            if let code = column.format {
                let f = format()
                format_set_num_format(f, code)
                numberFormats.append(f)
            } else { numberFormats.append(nil) }
        }

        let ws = workbook_add_worksheet(wb, "Rows")!
        let widths = fittedWidths(rows)
        var wraps: [Bool] = []
        for (c, column) in columns.enumerated() {
            let wraps_ = !column.isNumeric && column.width != nil
            wraps.append(wraps_)
            worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), widths[c], wraps_ ? wrap : nil)
        }
        worksheet_set_landscape(ws)
        worksheet_set_paper(ws, 9)
        worksheet_fit_to_pages(ws, 1, 0)
        worksheet_repeat_rows(ws, 0, 0)
        // PageSetup's header and footer for this workbook: its title, the
        // sheet's name, the export day and page numbers.
        worksheet_set_header(ws, "&LBenchmark&R&A")
        worksheet_set_footer(ws, "&LExported 2026-01-01&RPage &P of &N")
        worksheet_freeze_panes(ws, 1, 0)
        worksheet_autofilter(ws, 0, 0, lxw_row_t(rows.count), lxw_col_t(columns.count - 1))
        for (c, column) in columns.enumerated() { worksheet_write_string(ws, 0, lxw_col_t(c), column.header, header) }
        for i in 0..<rows.count {
            let r = lxw_row_t(i + 1)
            var lines = 1
            for c in 0..<columns.count where wraps[c] {
                if case .text(let p, let n) = rows.cCell(i, c) {
                    lines = max(lines, Int((Double(scalars(p, n)) / max(widths[c] - 2, 1)).rounded(.up)))
                }
            }
            if lines > 1 { worksheet_set_row(ws, r, min(Double(lines) * 15, 409), nil) }
            for c in 0..<columns.count {
                switch rows.cCell(i, c) {
                case .empty: break
                case .text(let p, let n):
                    precondition(n <= 32_767, "the bench's cells fit Excel's limit")
                    worksheet_write_string(ws, r, lxw_col_t(c), p, wraps[c] ? wrap : body)
                case .number(let v): worksheet_write_number(ws, r, lxw_col_t(c), v, numberFormats[c])
                }
            }
        }
        let status = workbook_close(wb)
        precondition(status == LXW_NO_ERROR, String(cString: lxw_strerror(status)))
    }

    /// Unicode scalars in UTF-8: the bytes that do not continue a sequence.
    static func scalars(_ p: UnsafePointer<CChar>, _ n: Int) -> Int {
        var count = 0
        for i in 0..<n where UInt8(bitPattern: p[i]) & 0xC0 != 0x80 { count += 1 }
        return count
    }

    /// ColumnFitter's rule for the bench's columns: a given width, or the
    /// longest text (in scalars) or header plus room for the filter button.
    static func fittedWidths(_ rows: BenchRows) -> [Double] {
        BenchRows.columns.enumerated().map { c, column in
            if let w = column.width { return w }
            var longest = column.header.utf8.count + 3
            for i in 0..<rows.count {
                if case .text(let p, let n) = rows.cCell(i, c) { longest = max(longest, scalars(p, n)) }
            }
            return Double(min(max(longest + 1, 8), 60))
        }
    }
}
