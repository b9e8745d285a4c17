import Foundation
import TallyCore

/// The whole export: read articles, extract facts, run every spec, write
/// each workbook and one CSV per sheet, and publish them together.
///
/// Output depends on the inputs alone: files are taken in byte order of their
/// names whatever order the file system lists them in, paths in the output
/// are `<seeds folder name>/<file>`, and the workbooks' creation time is
/// `SOURCE_DATE_EPOCH` or the latest article date, never the clock.
public struct ExportJob {
    public struct Options {
        public var seeds: String
        public var specs: String
        public var out: String
        public var wait: Bool
        /// From `SOURCE_DATE_EPOCH`, when set.
        public var sourceDateEpoch: Int?
        /// Called with one line per step (the CLI shows it on a terminal only).
        public var progress: (String) -> Void
        /// With `wait`, give up after this many seconds (exit 75).
        public var waitTimeout: Double?
        /// Skip an article that cannot be read as UTF-8 text (`--keep-going`).
        public var policy: ArticleBatch.SkipPolicy = .strict
        /// Called after each article is read, for a progress bar.
        public var articleRead: @Sendable (ArticleBatch.Progress) -> Void = { _ in }
        /// Called with each warning (a sheet that selects nothing); the CLI
        /// prints them on stderr.
        public var warn: (String) -> Void = { _ in }
        public init(seeds: String, specs: String, out: String, wait: Bool = false, sourceDateEpoch: Int? = nil,
                    progress: @escaping (String) -> Void = { _ in }) {
            self.seeds = seeds; self.specs = specs; self.out = out; self.wait = wait
            self.sourceDateEpoch = sourceDateEpoch; self.progress = progress
        }
    }

    public struct Summary: Equatable {
        public var articles: Int
        public var facts: Int
        /// Published entries relative to the output folder, sorted.
        public var files: [String]
        /// Articles left out under `--keep-going`, each with why.
        public var skipped: [ExportError] = []
    }

    public let options: Options
    public init(options: Options) { self.options = options }

    public func run() throws -> Summary {
        // The listings and the specs are checked before the output folder
        // is touched: they are quick, and a bad spec creates nothing.
        let articlePaths = try Self.listing(options.seeds, suffixes: [".txt"], what: "articles")
        let specPaths = try Self.specPaths(options.specs)
        let specs = try specPaths.map { try SpecLoader.load(path: $0) }
        try Self.checkUniqueFiles(specs)
        let corrections = try Self.corrections(in: options.specs)

        // Then the lock, before the articles: reading and extracting takes
        // seconds (minutes on a big input), and a second run must exit 75 at
        // once, not after doing all that work.
        let publisher = Publisher(root: options.out)
        try publisher.prepare()
        let lock = try ExportLock(path: publisher.lockPath, wait: options.wait, timeout: options.waitTimeout)
        defer { withExtendedLifetime(lock) {} }
        publisher.cleanUp()

        // The folder's own name, however it was spelt ('.', 'seeds/', an
        // absolute path), so the paths in the output do not depend on the
        // directory cron starts in.
        let label = URL(fileURLWithPath: options.seeds).standardizedFileURL.lastPathComponent
        var batch = try ArticleBatch.extract(paths: articlePaths, label: { label + "/" + ($0 as NSString).lastPathComponent },
                                             policy: options.policy, progress: options.articleRead)
        // Moved out of the batch, so the facts are corrected in place, not copied.
        let found = batch.facts
        batch.facts = []
        let facts = corrections.corrected(consume found), latest = batch.latest
        for duplicate in batch.duplicates { options.warn(duplicate.description) }
        options.progress("read \(Plural.count(articlePaths.count - batch.skipped.count, "article")), \(Plural.count(facts.count, "fact"))")
        let created = options.sourceDateEpoch ?? latest.map(Self.epoch) ?? Self.epoch(Article.Day(year: 2000, month: 1, day: 1))

        let run = publisher.newRunPath()
        try Interruptions.shared.writing(run) { try publisher.create(run: run) }
        do {
            let summary = try write(specs: specs, facts: facts, created: created, into: run, publisher: publisher)
            return Summary(articles: articlePaths.count - batch.skipped.count, facts: facts.count, files: summary,
                           skipped: batch.skipped)
        } catch {
            // A failed run (disk full, a write refused) leaves nothing behind.
            Interruptions.shared.writing(nil)
            Publisher.discard(run)
            throw error
        }
    }

    /// Writes every workbook and CSV into `run`, then publishes it; the
    /// published files, sorted. Specs are written in parallel (each is its
    /// own files); warnings, progress and the first error come in spec
    /// order, as a one-thread run gives them.
    private func write(specs: [ReportSpec], facts: [Fact], created: Int, into run: String,
                       publisher: Publisher) throws -> [String] {
        let written = Slots<Swift.Result<Written, Error>>.map(specs.count, threads: ArticleBatch.threads) { k in
            Swift.Result { try Self.write(spec: specs[k], facts: facts, created: created, into: run) }
        }
        var entries: [String] = []
        var files: [String] = []
        for result in written {
            let spec = try result.get()
            for warning in spec.warnings { options.warn(warning) }
            entries += spec.entries
            files += spec.files
            options.progress(spec.progress)
        }
        Interruptions.shared.publishingStarted()
        defer { Interruptions.shared.published() }
        try publisher.publish(run: run, entries: entries.sorted())
        options.progress("published \(Plural.count(files.count, "file")) to \(options.out)")
        return files.sorted()
    }

    /// What writing one spec made.
    private struct Written: Sendable {
        var warnings: [String], entries: [String], files: [String], progress: String
    }

    /// One spec's workbook and its sheets as CSV, in `run`.
    private static func write(spec: ReportSpec, facts: [Fact], created: Int, into run: String) throws -> Written {
        let workbook = Query.workbook(spec, facts: facts, created: created)
        let warnings = Query.warnings(spec, workbook).map(\.description)
        let name = workbook.name
        try XLSXWriter().write(workbook, to: run + "/" + name + ".xlsx", tempDirectory: run)
        let folder = run + "/" + name
        do { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false) }
        catch { throw ExportError.cannotCreate(path: folder, message: Publisher.reason(error)) }
        var used = Set<String>()
        var files: [String] = []
        for table in workbook.tables {
            var slug = CSVWriter.slug(table.name)
            var n = 2
            while !used.insert(slug).inserted { slug = CSVWriter.slug(table.name) + "-\(n)"; n += 1 }
            try CSVWriter.write(table, to: folder + "/" + slug + ".csv")
            files.append(name + "/" + slug + ".csv")
        }
        files.append(name + ".xlsx")
        return Written(warnings: warnings, entries: [name + ".xlsx", name], files: files,
                       progress: "wrote \(name).xlsx (\(Plural.count(workbook.tables.count, "sheet")))")
    }

    /// Report specs are YAML, spelt either way.
    public static let specSuffixes = [".yaml", ".yml"]

    /// The workbook specs of a folder: its YAML files, but not the
    /// official's facility corrections (`facilities.yaml`).
    public static func specPaths(_ dir: String) throws -> [String] {
        let all = try listing(dir, suffixes: specSuffixes, what: "report specs")
        let specs = all.filter { !FacilityCorrections.fileNames.contains(($0 as NSString).lastPathComponent) }
        guard !specs.isEmpty else {
            throw ExportError.missingInput(path: dir, what: "no *.yaml or *.yml files but facility corrections (expected report specs)")
        }
        return specs
    }

    /// The facility corrections of a specs folder, or none when it has no
    /// `facilities.yaml`.
    public static func corrections(in dir: String) throws -> FacilityCorrections {
        for name in FacilityCorrections.fileNames {
            let path = dir + "/" + name
            if FileManager.default.fileExists(atPath: path) { return try FacilityCorrectionsLoader.load(path: path) }
        }
        return .none
    }

    /// Files of a folder with one of the suffixes, in byte order of their
    /// names. A chosen name that is not UTF-8 is refused under its real,
    /// escaped name (see `DirectoryListing`).
    public static func listing(_ dir: String, suffixes: [String], what: String) throws -> [String] {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dir, isDirectory: &isDir), isDir.boolValue,
              let entries = DirectoryListing.names(dir) else {
            throw ExportError.missingInput(path: dir, what: "no such folder (expected \(what))")
        }
        var names: [String] = []
        for entry in entries where entry.bytes.first != UInt8(ascii: ".") && suffixes.contains(where: entry.hasSuffix) {
            guard let name = entry.text else { throw ExportError.badFileName(path: dir + "/" + entry.escaped) }
            names.append(name)
        }
        let chosen = names.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        guard !chosen.isEmpty else {
            // Articles filed by year in subfolders are a common layout; say
            // how to export one rather than only that nothing was found.
            let folders = entries.compactMap(\.text).filter { !$0.hasPrefix(".") && isFolder(dir + "/" + $0) }
                .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            let hint = folders.first.map { "; subfolders are not read: use \(dir)/\($0)" } ?? ""
            throw ExportError.missingInput(path: dir, what: "no \(suffixes.map { "*" + $0 }.joined(separator: " or ")) files (expected \(what))\(hint)")
        }
        return chosen.map { dir + "/" + $0 }
    }

    static func isFolder(_ path: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && isDir.boolValue
    }

    /// Two specs writing one workbook would overwrite each other; names are
    /// compared without case, since on a case-insensitive file system (a
    /// shared folder) `Beds.xlsx` is `beds.xlsx`.
    public static func checkUniqueFiles(_ specs: [ReportSpec]) throws {
        var owner: [String: String] = [:]
        for spec in specs {
            let key = spec.workbook.file.lowercased()
            if let other = owner[key] {
                throw SpecError(path: spec.path, line: spec.workbook.fileLine, column: spec.workbook.fileColumn,
                                message: "workbook file '\(spec.workbook.file)' is also written by \(other)")
            }
            owner[key] = spec.path
        }
    }

    /// Midnight UTC of a day, in seconds since 1970 (days-from-civil, so no
    /// calendar or time zone of the machine is consulted).
    static func epoch(_ d: Article.Day) -> Int {
        let y = d.month <= 2 ? d.year - 1 : d.year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (d.month + (d.month > 2 ? -3 : 9)) + 2) / 5 + d.day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return (era * 146097 + doe - 719468) * 86400
    }
}
