import Foundation

/// Where things are: the repo (from this file's path), the built `tally`
/// (next to the test bundle, in the build products folder), and the Python
/// helpers under `Tests/Helpers`.
public enum Repo {
    public static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }   // Tests/TallyTestSupport/Repo.swift
        return url.path
    }()

    public static var seeds: String { root + "/seeds" }
    public static var specs: String { root + "/ReportSpecs" }
    public static func helper(_ name: String) -> String { root + "/Tests/Helpers/" + name }

    /// On Linux `Bundle.main` is the test runner, in the products folder
    /// (`.build-tests/debug`), where `tally` was built too.
    public static var tally: String { Bundle.main.bundleURL.appendingPathComponent("tally").path }

    public static func read(_ path: String) -> Data { FileManager.default.contents(atPath: path) ?? Data() }
    public static func text(_ path: String) -> String { String(decoding: read(path), as: UTF8.self) }

    /// Files under `dir` (following links), relative, sorted bytewise.
    public static func files(under dir: String) -> [String] {
        var out: [String] = []
        func walk(_ rel: String) {
            let path = rel.isEmpty ? dir : dir + "/" + rel
            for name in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] {
                let child = rel.isEmpty ? name : rel + "/" + name
                var isDir: ObjCBool = false
                _ = FileManager.default.fileExists(atPath: dir + "/" + child, isDirectory: &isDir)
                if isDir.boolValue { walk(child) } else { out.append(child) }
            }
        }
        walk("")
        return out.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    /// Copies the repo's seeds into `dir/seeds`, in reverse name order when
    /// asked (so the folder lists them in another order), and returns the folder.
    public static func copySeeds(into dir: String, reversed: Bool = false) throws -> String {
        let target = dir + "/seeds"
        try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: true)
        var names = try FileManager.default.contentsOfDirectory(atPath: seeds).filter { $0.hasSuffix(".txt") }.sorted()
        if reversed { names.reverse() }
        for name in names { try FileManager.default.copyItem(atPath: seeds + "/" + name, toPath: target + "/" + name) }
        return target
    }
}
