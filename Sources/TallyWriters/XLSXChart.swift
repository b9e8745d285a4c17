internal import CXlsxWriter
import TallyCore

/// Draws a sheet's chart with libxlsxwriter's chart API. The series refer
/// to the sheet's own cells (`'Beds by hospital'!$A$3:$A$9`), never to
/// copies of the numbers, so the chart shows what the table shows and a
/// reader that recalculates keeps them together.
struct XLSXChart {
    let chart: Table.Chart
    let table: Table
    /// Data rows written under the header (a table's rows may come from a
    /// `RowSource` instead of `table.rows`).
    let rowCount: Int
    /// The 0-based row of the header; data rows follow it.
    let headerRow: Int

    /// The cells a chart covers, 0-based and inclusive, as the series name them.
    struct Ranges: Equatable {
        var firstRow: Int, lastRow: Int
        var category: Int
        var values: [Int]
    }

    /// Nil when the table has no rows: an empty range is an error in Excel.
    var ranges: Ranges? {
        guard rowCount > 0 else { return nil }
        return Ranges(firstRow: headerRow + 1, lastRow: headerRow + rowCount,
                      category: chart.category, values: chart.values)
    }

    /// The top-left cell: the spec's `position`; below the table, a row
    /// after its totals; otherwise one column right of it, at the header row.
    var anchor: (row: Int, column: Int) {
        if chart.below { return (headerRow + rowCount + (table.totals == nil ? 0 : 1) + 2, 0) }
        return (chart.row ?? headerRow, chart.column ?? table.columns.count + 1)
    }

    func insert(into wb: UnsafeMutablePointer<lxw_workbook>, sheet ws: UnsafeMutablePointer<lxw_worksheet>,
                path: String) throws {
        guard let ranges else { return }
        let type: lxw_chart_type
        switch chart.kind {
        case .bar: type = LXW_CHART_BAR
        case .column: type = LXW_CHART_COLUMN
        case .line: type = LXW_CHART_LINE
        case .pie: type = LXW_CHART_PIE
        }
        guard let c = workbook_add_chart(wb, UInt8(type.rawValue)) else {
            throw WriterError.xlsx(code: Int(LXW_ERROR_MEMORY_MALLOC_FAILED.rawValue), message: "cannot add a chart", path: path)
        }
        let sheet = table.name
        for v in ranges.values {
            guard let series = chart_add_series(c, nil, nil) else { continue }
            chart_series_set_categories(series, sheet, lxw_row_t(ranges.firstRow), lxw_col_t(ranges.category),
                                        lxw_row_t(ranges.lastRow), lxw_col_t(ranges.category))
            chart_series_set_values(series, sheet, lxw_row_t(ranges.firstRow), lxw_col_t(v),
                                    lxw_row_t(ranges.lastRow), lxw_col_t(v))
            // The series is named by its header cell, not by a copy of it.
            chart_series_set_name_range(series, sheet, lxw_row_t(headerRow), lxw_col_t(v))
            if chart.kind == .pie { chart_series_set_labels(series); chart_series_set_labels_percentage(series) }
        }
        if let title = chart.title {
            // A title starting with `=` would be read as a cell reference.
            let safe = XMLText.safe(title)
            chart_title_set_name(c, safe.hasPrefix("=") ? " " + safe : safe)
        }
        if chart.kind != .pie {
            if ranges.values.count == 1 { chart_legend_set_position(c, UInt8(LXW_CHART_LEGEND_NONE.rawValue)) }
            else { chart_legend_set_position(c, UInt8(LXW_CHART_LEGEND_BOTTOM.rawValue)) }
            // A bar chart draws its first category at the bottom; reversed,
            // the bars read top to bottom in the table's order.
            // libxlsxwriter swaps the axes of a bar chart: its x axis is the
            // horizontal one, which holds the values there.
            let categoryAxis = chart.kind == .bar ? c.pointee.y_axis! : c.pointee.x_axis!
            let valueAxis = chart.kind == .bar ? c.pointee.x_axis! : c.pointee.y_axis!
            if chart.kind == .bar { chart_axis_set_reverse(categoryAxis) }
            if let format = table.columns[ranges.values[0]].format { chart_axis_set_num_format(valueAxis, format) }
        }
        // Taller for many categories, so every label has room.
        var options = lxw_chart_options()
        options.x_scale = 1.25
        options.y_scale = chart.kind == .bar ? Swift.max(1, Double(ranges.lastRow - ranges.firstRow + 1) / 12) : 1
        try check(worksheet_insert_chart_opt(ws, lxw_row_t(anchor.row), lxw_col_t(anchor.column), c, &options), path)
    }
}
