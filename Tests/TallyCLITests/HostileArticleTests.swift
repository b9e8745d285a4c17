import Foundation
import Testing
import TallyTestSupport

/// An article file that cannot be used, and the one located line the export
/// must print for it, with its exit code. `{seeds}` is the seeds folder.
struct BadArticle: CustomTestStringConvertible, Sendable {
    var id: String
    /// The file's name, as bytes (a name need not be UTF-8).
    var name: [UInt8]
    /// Makes the file at the given path (bytes, NUL-terminated).
    var make: @Sendable ([CChar]) -> Int32
    var status: Int32
    var message: String
    var testDescription: String { id }
}

/// A file holding `data`, made with open(2) so any name can be given.
private func bytes(_ data: [UInt8]) -> @Sendable ([CChar]) -> Int32 {
    { path in
        let fd = open(path, O_CREAT | O_WRONLY | O_TRUNC, 0o644)
        guard fd >= 0 else { return -1 }
        defer { close(fd) }
        return write(fd, data, data.count) == data.count ? 0 : -1
    }
}

let badArticles: [BadArticle] = [
    .init(id: "a NUL byte is reported where it is, not at the end", name: Array("zz.txt".utf8),
          make: bytes(Array("Ward notes\nThe clinic has".utf8) + [0] + Array(" 40 beds.\nMore text follows here.\n".utf8)),
          status: 65, message: "{seeds}/zz.txt:2:15: error: the article contains a NUL byte"),
    .init(id: "a file name that is not UTF-8 is named as it is, escaped", name: Array("caf".utf8) + [0xE9] + Array(".txt".utf8),
          make: bytes(Array("Ward notes\n\nThe clinic has 40 beds.\n".utf8)),
          status: 65, message: "{seeds}/caf\\xE9.txt: error: the file name is not UTF-8 (rename the file)"),
    .init(id: "a folder named like an article: the system's reason", name: Array("zz.txt".utf8),
          make: { path in mkdir(path, 0o755) },
          status: 66, message: "{seeds}/zz.txt: error: cannot read the article file: Is a directory"),
    .init(id: "a FIFO named like an article is refused at once, not waited on", name: Array("zz.txt".utf8),
          make: { path in mkfifo(path, 0o644) },
          status: 66, message: "{seeds}/zz.txt: error: cannot read the article file: not a regular file"),
    .init(id: "a link to nothing: the system's reason", name: Array("zz.txt".utf8),
          make: { path in symlink("gone.txt", path) },
          status: 66, message: "{seeds}/zz.txt: error: cannot read the article file: No such file or directory"),
]

@Suite("Hostile articles through the binary")
struct HostileArticleTests {
    @Test("A bad article: its place, its real name, the system's reason; no export", arguments: badArticles)
    func refused(_ c: BadArticle) throws {
        let dir = try TempDir.make("bad-article")
        defer { TempDir.remove(dir) }
        let seeds = try Repo.copySeeds(into: dir)
        let path = (Array(seeds.utf8) + [UInt8(ascii: "/")] + c.name + [0]).map { CChar(bitPattern: $0) }
        #expect(c.make(path) == 0)
        let r = try export(seeds: seeds, out: dir + "/Exports")
        #expect(r.status == c.status)
        #expect(r.out == "")
        #expect(r.err == c.message.replacingOccurrences(of: "{seeds}", with: seeds) + "\n")
        #expect(!FileManager.default.fileExists(atPath: dir + "/Exports/current"))
    }

    @Test("tally facts: a file name that is not UTF-8 is named as it is, escaped")
    func factsNonUTF8Name() throws {
        let dir = try TempDir.make("facts-name")
        defer { TempDir.remove(dir) }
        let path = (Array((dir + "/caf").utf8) + [0xE9] + Array(".txt".utf8) + [0]).map { CChar(bitPattern: $0) }
        #expect(bytes(Array("The clinic has 40 beds.\n".utf8))(path) == 0)
        // Process passes arguments as Strings; a shell passes the bytes as they are.
        let r = try ProcessRun.run("/bin/sh", ["-c", "exec \"$0\" facts \"$1\"/caf$(printf '\\351').txt", Repo.tally, dir])
        #expect(r.status == 65)
        #expect(r.out == "")
        #expect(r.err == "\(dir)/caf\\xE9.txt: error: the file name is not UTF-8 (rename the file)\n")
    }

    @Test("Hostile text in an article: exit 0, and both readers open every workbook")
    func hostileText() throws {
        let dir = try TempDir.make("hostile-article")
        defer { TempDir.remove(dir) }
        let seeds = try Repo.copySeeds(into: dir)
        let text = "Ward notes\n\nThe district clinic\u{07} opened 40 beds\u{FFFE} in March 2026.\u{FFFF}\n\n"
            + "The new wing has 25 beds, a" + String(repeating: "\u{301}", count: 40_000) + ".\n"
        try text.write(toFile: seeds + "/zz.txt", atomically: true, encoding: .utf8)
        let out = dir + "/Exports"
        let r = try export(seeds: seeds, out: out)
        #expect(r.status == 0, "\(r.err)")
        #expect(r.err == "")
        for name in ["beds", "investment", "summary", "training"] {
            let x = try XLSXDump.read(out + "/\(name).xlsx")
            #expect(!x.sheets.isEmpty, "\(name).xlsx")
        }
        let sentences = try #require(try XLSXDump.read(out + "/summary.xlsx").sheet("Sources")).rows.compactMap { $0.last?.value.text }
        #expect(sentences.contains("The district clinic_x0007_ opened 40 beds in March 2026."))
        let long = sentences.filter { String(String.UnicodeScalarView($0.unicodeScalars.prefix(25))) == "The new wing has 25 beds," }
        // A "sentence" of 40,000 combining marks is a runaway one: it is
        // quoted around its mention, cut at the space before the marks.
        #expect(long == ["The new wing has 25 beds,…"])
        let csv = try LibreOffice.firstSheetCSV(out + "/beds.xlsx", in: dir)
        #expect(!csv.isEmpty)
    }
}
