import Foundation
import Testing
import TallyTestSupport

/// The reviewed CSV of the seeds: `Golden/<workbook>/<sheet>.csv`, exactly as
/// `tally export` writes it with the repo's specs. When extraction or a spec
/// changes on purpose, `RECORD_GOLDEN=1 swift test --filter GoldenTests`
/// (or `scripts/record-golden`) rewrites them, and review reads the diff.
@Suite("Golden CSV of the seeds")
struct GoldenTests {
    static let golden = Repo.root + "/Tests/TallyCLITests/Golden"
    static var recording: Bool { ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" }

    @Test("Every CSV of the seeds' export equals its golden file, and no golden file is stale")
    func matchesGolden() throws {
        let dir = try TempDir.make("golden")
        defer { TempDir.remove(dir) }
        let r = try export(out: dir + "/Exports")
        #expect(r.status == 0, "\(r.err)")
        let current = dir + "/Exports/current"
        let produced = Repo.files(under: current).filter { $0.hasSuffix(".csv") }
        #expect(!produced.isEmpty)
        let fm = FileManager.default
        if Self.recording {
            try? fm.removeItem(atPath: Self.golden)
            for rel in produced {
                let target = Self.golden + "/" + rel
                try fm.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try Repo.read(current + "/" + rel).write(to: URL(fileURLWithPath: target))
            }
            return
        }
        let recorded = Repo.files(under: Self.golden).filter { $0.hasSuffix(".csv") }
        #expect(recorded == produced, "golden files differ from the export's files; rerun with RECORD_GOLDEN=1 and review")
        for rel in produced {
            let got = Repo.text(current + "/" + rel)
            let want = Repo.text(Self.golden + "/" + rel)
            #expect(got == want, "\(rel) differs from Golden/\(rel); if intended, rerun with RECORD_GOLDEN=1 and review the diff")
        }
    }
}
