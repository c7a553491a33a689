// swift-tools-version:5.4
// 5.4, not newer, on purpose: from 5.5 on SwiftPM links every executable with
// `--defsym main=<Target>_main` (its testable-executables feature), a symbol that does not exist
// under `-parse-as-library`, so the link fails; libFuzzer brings its own `main`.
import PackageDescription

/// libFuzzer targets for CXRKit's parsers (see docs/FUZZING.md). Build (Linux):
///
///     swift build --package-path Fuzz --scratch-path .build-fuzz -c debug \
///         -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
///
/// or simply `make fuzz` / `make fuzz-smoke` (scripts/fuzz.sh) from the repository root.
/// Each executable is a libFuzzer binary: `FuzzDICOM CORPUS_DIR`, `FuzzDICOM crash-file`, ...
let package = Package(
    name: "CXRKitFuzz",
    dependencies: [
        .package(name: "CXRKit", path: ".."),
    ],
    targets: [
        .target(name: "FuzzSupport", dependencies: [.product(name: "CXRData", package: "CXRKit")]),
        // Image containers, through the public entry point `ImageDecoder.decode(_:path:options:)`.
        .executableTarget(name: "FuzzDICOM", dependencies: ["FuzzSupport", .product(name: "CXRData", package: "CXRKit")]),
        .executableTarget(name: "FuzzPNG", dependencies: ["FuzzSupport", .product(name: "CXRData", package: "CXRKit")]),
        .executableTarget(name: "FuzzJPEG", dependencies: ["FuzzSupport", .product(name: "CXRData", package: "CXRKit")]),
        // Tables and uploads.
        .executableTarget(name: "FuzzCSV", dependencies: [.product(name: "CXRData", package: "CXRKit")]),
        .executableTarget(name: "FuzzFoldTable", dependencies: [.product(name: "CXRData", package: "CXRKit")]),
        .executableTarget(name: "FuzzMultipart", dependencies: [.product(name: "CXRData", package: "CXRKit")]),
        // Weight files.
        .executableTarget(name: "FuzzSafeTensors", dependencies: [.product(name: "CXRCheckpoint", package: "CXRKit")]),
        .executableTarget(name: "FuzzTorchZip", dependencies: [.product(name: "CXRCheckpoint", package: "CXRKit")]),
        .executableTarget(name: "FuzzTorchPickle", dependencies: [.product(name: "CXRCheckpoint", package: "CXRKit")]),
        .executableTarget(name: "FuzzZip", dependencies: [.product(name: "CXRCheckpoint", package: "CXRKit")]),
        // The training configuration (CXRTrain pulls in the whole engine: the slowest to build).
        .executableTarget(name: "FuzzConfigJSON", dependencies: [.product(name: "CXRTrain", package: "CXRKit")]),
    ],
    swiftLanguageVersions: [.v5]
)
