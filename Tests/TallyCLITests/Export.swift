import Foundation
import TallyTestSupport

/// Runs `tally export` with the repo's specs unless told otherwise.
func export(seeds: String = Repo.seeds, specs: String = Repo.specs, out: String, _ extra: [String] = [],
            environment: [String: String] = [:], removing: [String] = ["SOURCE_DATE_EPOCH"]) throws -> ProcessResult {
    try ProcessRun.run(Repo.tally, ["export", "--seeds", seeds, "--specs", specs, "--out", out] + extra,
                       environment: environment, removing: removing)
}

/// Every file of the published export, by relative path, as bytes.
func snapshot(_ out: String) -> [String: Data] {
    let current = out + "/current"
    var files: [String: Data] = [:]
    for name in Repo.files(under: current) { files[name] = Repo.read(current + "/" + name) }
    return files
}

/// Waits (polling) until `path` exists, for at most `seconds`.
func waitFor(_ path: String, seconds: Double = 30) -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
        if FileManager.default.fileExists(atPath: path) { return true }
        usleep(20_000)
    }
    return false
}
