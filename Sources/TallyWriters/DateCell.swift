internal import CXlsxWriter

/// A `yyyy-mm-dd` day as libxlsxwriter's date, so a workbook holds a real
/// date cell (Excel sorts and filters it by year and month) where the CSV
/// holds the text.
struct DateCell {
    var value: lxw_datetime

    /// Nil for anything but a valid `yyyy-mm-dd` from 1900 on (Excel's
    /// dates start there; an earlier one stays text).
    init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              y >= 1900, (1...12).contains(m), (1...31).contains(d) else { return nil }
        value = lxw_datetime(year: Int32(y), month: Int32(m), day: Int32(d), hour: 0, min: 0, sec: 0)
    }
}
