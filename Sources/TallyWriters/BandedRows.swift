internal import CXlsxWriter

/// Banded rows for a plain list, so the eye can follow a long row across a
/// landscape page.
///
/// An Excel table bands its rows by its style, but LibreOffice does not
/// draw table styles, and libxlsxwriter refuses tables in `constant_memory`
/// mode, which keeps a large export's memory flat. A conditional format on
/// the data rows (`MOD(ROW()-3,2)=0` when data starts on row 3: a formula
/// of ours, never text from an article) shades the first data row and every
/// other one after it, as the table style does, in Excel and LibreOffice
/// alike.
struct BandedRows {
    /// 0-based, inclusive: the data rows, without header or totals.
    let firstRow: Int, lastRow: Int, lastColumn: Int

    func add(to ws: UnsafeMutablePointer<lxw_worksheet>, shade: UnsafeMutablePointer<lxw_format>, path: String) throws {
        guard lastRow >= firstRow else { return }
        try withCStrings(["=MOD(ROW()-\(firstRow + 1),2)=0"]) { formula in
            var band = lxw_conditional_format()
            band.type = UInt8(LXW_CONDITIONAL_TYPE_FORMULA.rawValue)
            band.value_string = UnsafeMutablePointer(mutating: formula[0])
            band.format = shade
            try check(worksheet_conditional_format_range(ws, lxw_row_t(firstRow), 0, lxw_row_t(lastRow),
                                                         lxw_col_t(lastColumn), &band), path)
        }
    }
}
