import Foundation
internal import CXlsxWriter
import TallyCore

/// A plain list written as an Excel table: banded rows, so the eye can
/// follow a long row across the page, and the table's own filter buttons.
/// libxlsxwriter refuses tables in `constant_memory` mode, so a workbook too
/// large to hold in memory bands its lists with `BandedRows` instead.
struct ExcelTable {
    let table: Table
    let headerRow: Int
    let headerFormat: UnsafeMutablePointer<lxw_format>

    /// A table needs a data row, and one header per column: Excel repairs a
    /// workbook whose table has two columns of one name (without case).
    static func canHold(_ table: Table, rowCount: Int) -> Bool {
        var seen = Set<String>()
        return rowCount > 0 && table.columns.allSatisfy { !$0.header.isEmpty && seen.insert($0.header.lowercased()).inserted }
    }

    /// Adds the table over the header and data rows (not the totals row).
    /// libxlsxwriter writes the header cells from the column names given
    /// here, so they are the sheet's headers, in the header format.
    func add(to ws: UnsafeMutablePointer<lxw_worksheet>, lastRow: Int, path: String) throws {
        try withCStrings(table.columns.map { XLSXWriter.clipped($0.header) }) { headers in
            var columns = headers.map { h -> lxw_table_column in
                var c = lxw_table_column()
                c.header = UnsafeMutablePointer(mutating: h)
                c.header_format = headerFormat
                return c
            }
            try columns.withUnsafeMutableBufferPointer { buffer in
                var pointers: [UnsafeMutablePointer<lxw_table_column>?] = (0..<buffer.count).map { buffer.baseAddress! + $0 }
                pointers.append(nil)
                try pointers.withUnsafeMutableBufferPointer { list in
                    var options = lxw_table_options()
                    options.style_type = UInt8(LXW_TABLE_STYLE_TYPE_LIGHT.rawValue)
                    options.style_type_number = 1
                    options.columns = list.baseAddress
                    try check(worksheet_add_table(ws, lxw_row_t(headerRow), 0, lxw_row_t(lastRow),
                                                  lxw_col_t(table.columns.count - 1), &options), path)
                }
            }
        }
    }
}
