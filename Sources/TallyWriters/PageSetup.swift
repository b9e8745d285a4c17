import Foundation

/// The printed page of a sheet: what its header and footer say. Excel's
/// header codes (`&A` sheet name, `&P` page, `&N` pages) are expanded by the
/// reader at print time; the rest is text, where `&` must be doubled.
struct PageSetup {
    /// The workbook's title (its document property), or its file name.
    var title: String
    /// The export date, `yyyy-mm-dd`, from the workbook's creation time (never the clock).
    var date: String

    /// Title on the left, the sheet's name on the right.
    var header: String { "&L" + Self.escaped(title, limit: 100) + "&R&A" }
    /// Export date on the left, `Page 1 of 3` on the right.
    var footer: String { "&LExported " + date + "&RPage &P of &N" }

    /// Header text is a little language: `&` starts a code. Excel refuses
    /// a header over 255 characters, so the title is clipped first.
    static func escaped(_ text: String, limit: Int) -> String {
        let text = XMLText.safe(text)
        let clipped = text.count > limit ? String(text.prefix(limit - 1)) + "…" : text
        return clipped.replacingOccurrences(of: "&", with: "&&")
    }

    /// `yyyy-mm-dd` of seconds since 1970, UTC (civil-from-days: no calendar
    /// or time zone of the machine is consulted).
    static func day(_ seconds: Int) -> (year: Int, month: Int, day: Int) {
        let z = Int((Double(seconds) / 86400).rounded(.down)) + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    static func dayText(_ seconds: Int) -> String {
        let d = day(seconds)
        func pad(_ n: Int, _ w: Int) -> String { let s = String(n); return String(repeating: "0", count: max(0, w - s.count)) + s }
        return "\(pad(d.year, 4))-\(pad(d.month, 2))-\(pad(d.day, 2))"
    }
}
