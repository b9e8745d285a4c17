internal import CXlsxWriter

/// Banded rows for a plain list, so the eye can follow a long row across a
/// landscape page.
///
/// An Excel table would band them too, but libxlsxwriter refuses tables in
/// `constant_memory` mode, which keeps a large export's memory flat. A
/// conditional format on the data rows (`MOD(ROW(),2)=0`, a formula of
/// ours, never text from an article) shades every other row in Excel and
/// LibreOffice alike, and the sheet keeps its autofilter.
struct BandedRows {
    /// 0-based, inclusive: the data rows, without header or totals.
    let firstRow: Int, lastRow: Int, lastColumn: Int

    func add(to ws: UnsafeMutablePointer<lxw_worksheet>, shade: UnsafeMutablePointer<lxw_format>, path: String) throws {
        guard lastRow >= firstRow else { return }
        try withCStrings(["=MOD(ROW(),2)=0"]) { formula in
            var band = lxw_conditional_format()
            band.type = UInt8(LXW_CONDITIONAL_TYPE_FORMULA.rawValue)
            band.value_string = UnsafeMutablePointer(mutating: formula[0])
            band.format = shade
            try check(worksheet_conditional_format_range(ws, lxw_row_t(firstRow), 0, lxw_row_t(lastRow),
                                                         lxw_col_t(lastColumn), &band), path)
        }
    }
}
