import Foundation

/// The second real reader: LibreOffice Calc, headless. It refuses a corrupt
/// package, so a conversion that succeeds proves the workbook loads.
public enum LibreOffice {
    /// The first sheet of `path` as CSV of raw values (not as shown), or a
    /// `DumpFailed` error with what soffice printed. `dir` holds the profile
    /// and the output.
    public static func firstSheetCSV(_ path: String, in dir: String) throws -> String {
        // Tokens: separator, quote, UTF-8, first line, cell formats, language,
        // quoted as text, detect special numbers, save as shown (false).
        let filter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false"
        let r = try ProcessRun.run("/usr/bin/env", [
            "soffice", "-env:UserInstallation=file://\(dir)/profile", "--headless", "--norestore",
            "--convert-to", filter, "--outdir", dir + "/lo", path,
        ])
        let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension + ".csv"
        guard r.status == 0, let csv = FileManager.default.contents(atPath: dir + "/lo/" + name) else {
            throw XLSXDump.DumpFailed(message: "soffice (exit \(r.status)) wrote no CSV: \(r.out) \(r.err)")
        }
        return String(decoding: csv, as: UTF8.self)
    }
}
