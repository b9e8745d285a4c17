// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Tally",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "tally", targets: ["tally"]),
    ],
    dependencies: [
        // Command-line parsing with generated help and usage errors (exit 64).
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // YAML with node marks (line, column), so spec errors can point at the place.
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CXlsxWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev", "zlib1g-dev"])]
        ),
        .target(
            name: "TallyCore",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "TallyWriters",
            dependencies: ["TallyCore", "CXlsxWriter"]
        ),
        .executableTarget(
            name: "tally",
            dependencies: [
                "TallyCore", "TallyWriters",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Measures the writers against libxlsxwriter driven directly (the
        // baseline), in one process: `swift run -c release tally-bench`.
        .executableTarget(
            name: "tally-bench",
            dependencies: ["TallyCore", "TallyWriters", "CXlsxWriter"]
        ),
        .testTarget(name: "TallyCoreTests", dependencies: ["TallyCore"]),
        .testTarget(name: "TallyReportTests", dependencies: ["TallyCore"]),
        .testTarget(name: "TallyWritersTests", dependencies: ["TallyWriters", "TallyCore", "TallyTestSupport"]),
        // Runs the built `tally` binary end to end; Golden/ holds the reviewed
        // CSV of the seeds (RECORD_GOLDEN=1 rewrites it).
        .testTarget(name: "TallyCLITests", dependencies: ["tally", "TallyWriters", "TallyCore", "TallyTestSupport"],
                    exclude: ["Golden"]),
        // Replays the inputs kept from fuzzing (Regressions/) through the code
        // each libFuzzer target drives; scripts/fuzz builds the targets.
        .testTarget(name: "TallyFuzzTests", dependencies: ["TallyWriters", "TallyCore"],
                    exclude: ["Targets", "Dictionaries", "Regressions"]),
        // Test-only helpers shared by the test targets: running processes,
        // temp folders, and reading workbooks through openpyxl (Tests/Helpers).
        .target(name: "TallyTestSupport", path: "Tests/TallyTestSupport"),
    ]
)
