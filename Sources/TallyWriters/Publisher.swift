import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Publishes an export of several files all at once, or not at all.
///
/// Files are written into a fresh run folder, `Exports/.tally/runs/<id>/`,
/// flushed and fsynced. Publishing is then one `rename(2)` of a symlink over
/// `Exports/current`, which the kernel does atomically: a reader sees the
/// whole previous export or the whole new one, and a run killed at any
/// moment leaves `current` on the previous export. Each published entry also
/// gets a stable link at the top (`Exports/beds.xlsx` → `current/beds.xlsx`),
/// so officials and scripts open the same path every day.
public struct Publisher {
    public let root: String
    var state: String { root + "/.tally" }
    var runs: String { state + "/runs" }
    public var current: String { root + "/current" }

    public init(root: String) { self.root = root }

    /// Creates the folders; throws `cannotCreate` when the output folder is unusable.
    public func prepare() throws {
        for dir in [root, state, runs] {
            do { try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true) }
            catch { throw ExportError.cannotCreate(path: dir, message: Publisher.reason(error)) }
        }
    }

    /// The path of the lock file for this output folder.
    public var lockPath: String { state + "/lock" }

    /// Removes what killed or failed runs left (the caller holds the lock):
    /// unfinished `tmp-` folders, `del-` folders whose removal was cut short,
    /// and half-made `.current-` links. No other run owns them.
    public func cleanUp() {
        let fm = FileManager.default
        let live = (try? fm.destinationOfSymbolicLink(atPath: current)).map { ($0 as NSString).lastPathComponent }
        for name in (try? fm.contentsOfDirectory(atPath: runs)) ?? []
        where (name.hasPrefix("tmp-") || name.hasPrefix("del-")) && name != live {
            try? fm.removeItem(atPath: runs + "/" + name)
        }
        // A run killed between making its new link and renaming it over
        // `current` leaves `.current-<pid>` behind.
        for name in (try? fm.contentsOfDirectory(atPath: root)) ?? [] where name.hasPrefix(".current-") {
            unlink(root + "/" + name)
        }
    }

    /// Removes a run folder so that a kill midway cannot leave something
    /// that looks like a run: it is first renamed to `del-<name>` (one
    /// atomic step), then deleted; `cleanUp` finishes what a kill cut short.
    static func discard(_ dir: String) {
        let parent = (dir as NSString).deletingLastPathComponent
        let name = (dir as NSString).lastPathComponent
        let doomed = parent + "/" + (name.hasPrefix("del-") ? name : "del-" + name)
        let target = rename(dir, doomed) == 0 ? doomed : dir
        try? FileManager.default.removeItem(atPath: target)
    }

    /// The path of a new run folder for this export to fill (the caller
    /// holds the lock, and has cleaned up); `create(run:)` makes it.
    public func newRunPath() -> String {
        runs + "/tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    }

    /// Makes the empty run folder `dir`.
    public func create(run dir: String) throws {
        do { try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: false) }
        catch { throw ExportError.cannotCreate(path: dir, message: Publisher.reason(error)) }
    }

    /// Makes `run` the current export in one atomic step, then refreshes the
    /// stable top-level links and removes runs older than the previous one.
    public func publish(run: String, entries: [String]) throws {
        let fm = FileManager.default
        try Durable.syncTree(run)
        // Runs are numbered, not dated: nothing in an export reads the clock.
        let numbers = ((try? fm.contentsOfDirectory(atPath: runs)) ?? []).compactMap { name in
            name.hasPrefix("run-") ? Int(name.dropFirst(4)) : nil
        }
        let number = String((numbers.max() ?? 0) + 1)
        let id = "run-" + String(repeating: "0", count: max(0, 6 - number.count)) + number
        let final = runs + "/" + id
        try Durable.rename(run, final)
        try Durable.syncDirectory(runs)
        let previous = try? fm.destinationOfSymbolicLink(atPath: current)
        let link = root + "/.current-\(getpid())"
        unlink(link)
        guard symlink(".tally/runs/" + id, link) == 0 else {
            throw ExportError.cannotCreate(path: link, message: String(cString: strerror(errno)))
        }
        try Durable.rename(link, current)
        try Durable.syncDirectory(root)
        // After the switch: top-level links for new entries, none for removed ones.
        let wanted = Set(entries)
        for entry in entries {
            let top = root + "/" + entry
            if (try? fm.destinationOfSymbolicLink(atPath: top)) == "current/" + entry { continue }
            if let attrs = try? fm.attributesOfItem(atPath: top), attrs[.type] as? FileAttributeType != .typeSymbolicLink {
                try? fm.removeItem(atPath: top)   // a plain file left by an older layout
            }
            unlink(top)
            _ = symlink("current/" + entry, top)
        }
        for name in (try? fm.contentsOfDirectory(atPath: root)) ?? [] where !wanted.contains(name) {
            let top = root + "/" + name
            if let dest = try? fm.destinationOfSymbolicLink(atPath: top), dest.hasPrefix("current/") { unlink(top) }
        }
        let keep: Set<String> = [id, previous.map { ($0 as NSString).lastPathComponent } ?? id]
        for name in (try? fm.contentsOfDirectory(atPath: runs)) ?? [] where name.hasPrefix("run-") && !keep.contains(name) {
            Publisher.discard(runs + "/" + name)
        }
        try Durable.syncDirectory(root)
    }

    /// The system's reason (`Not a directory`): on Linux, FileManager's
    /// errors describe themselves only as "The operation could not be
    /// completed", and keep the errno in their underlying POSIX error.
    static func reason(_ error: Error) -> String {
        let e = error as NSError
        if e.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(e.code))) }
        if let underlying = e.userInfo[NSUnderlyingErrorKey] as? Error {
            let posix = underlying as NSError
            if posix.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(posix.code))) }
        }
        return e.localizedFailureReason ?? e.localizedDescription
    }
}
