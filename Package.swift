// swift-tools-version:6.0
import PackageDescription

/// CXRKit: train, evaluate, explain and serve chest X-ray classifiers on a CPU.
///
/// Module map (each depends only on those above it):
/// - `CDNNL`, `CPNG`, `CJPEG`: thin C targets over oneDNN, libpng and libjpeg-turbo.
/// - `CXRTensor`: float32 tensors, reverse-mode autodiff, ops on oneDNN.
/// - `CXRCheckpoint`: safetensors and PyTorch checkpoint files (no tensor dependency).
/// - `CXRNN`: layers, torchvision-compatible models, losses, optimizers, weight loading.
/// - `CXRDICOM`: DICOM files of every transfer syntax chest X-ray archives use (JPEG lossless
///   and 12-bit, JPEG-LS, JPEG 2000, RLE, deflate, big endian), photometric interpretations and
///   LUTs, parsed with checks on; codecs over libjpeg-turbo, OpenJPEG, CharLS and zlib.
/// - `CXRData`: image decoding, preprocessing, augmentation, datasets, splits, loader.
/// - `CXREval`: ROC/AUC, patient bootstrap, operating points, confusion matrices, reports, plots
///   (plain arrays in), and model explanations: class activation maps (CAM, Grad-CAM,
///   Grad-CAM++ on `CXRNN` models), heat-map overlays, localisation scores.
/// - `CXRServer`: the HTTP inference server (`cxr serve`) on Hummingbird: dynamic batching,
///   class activation maps, metrics.
/// - `cxr`: the command-line program.
/// `-Ounchecked` only where no untrusted byte is read: the compute engine (`CXRTensor`), the
/// layers and models (`CXRNN`, whose weight files are parsed by `CXRCheckpoint`). Every
/// target that parses files or requests (images, DICOM, checkpoints, CSV, JSON, uploads) keeps
/// Swift's bounds and overflow checks in release builds.
let computeKernelFlags: [SwiftSetting] = [.unsafeFlags(["-Ounchecked"], .when(configuration: .release))]

let package = Package(
    name: "CXRKit",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "cxr", targets: ["cxr"]),
        .library(name: "CXRTensor", targets: ["CXRTensor"]),
        .library(name: "CXRNN", targets: ["CXRNN"]),
        .library(name: "CXRData", targets: ["CXRData"]),
        .library(name: "CXRDICOM", targets: ["CXRDICOM"]),
        // For the fuzzing package in Fuzz/ (checkpoint readers, training configuration).
        .library(name: "CXRCheckpoint", targets: ["CXRCheckpoint"]),
        .library(name: "CXRTrain", targets: ["CXRTrain"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    ],
    targets: [
        .systemLibrary(name: "CDNNL", path: "Sources/CDNNL"),
        .systemLibrary(name: "CPNG", path: "Sources/CPNG"),
        .systemLibrary(name: "CJPEG", path: "Sources/CJPEG"),
        .systemLibrary(name: "CZlib", path: "Sources/CZlib"),
        .systemLibrary(name: "COpenJPEG", path: "Sources/COpenJPEG"),
        .systemLibrary(name: "CCharLS", path: "Sources/CCharLS"),
        .target(name: "CXRTensor", dependencies: ["CDNNL"], swiftSettings: computeKernelFlags),
        .target(name: "CXRCheckpoint"),
        .target(name: "CXRNN", dependencies: ["CXRTensor", "CXRCheckpoint"], swiftSettings: computeKernelFlags),
        .target(name: "CXRDICOM", dependencies: ["CJPEG", "CZlib", "COpenJPEG", "CCharLS"]),
        .target(name: "CXRData", dependencies: ["CPNG", "CJPEG", "CXRDICOM"]),
        .target(name: "CXREval", dependencies: ["CPNG", "CXRNN", "CXRTensor"]),
        .target(name: "CXRTrain", dependencies: ["CXRNN", "CXRData", "CXRCheckpoint", "CXREval", "CXRTensor"]),
        .target(
            name: "CXRServer",
            dependencies: [
                "CXRTensor", "CXRNN", "CXRData", "CXREval", "CXRTrain",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .executableTarget(
            name: "cxr",
            dependencies: [
                "CXRTensor", "CXRNN", "CXRData", "CXRCheckpoint", "CXREval", "CXRTrain", "CXRServer",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "CXRTestSupport", dependencies: ["CXRTensor", "CXRCheckpoint"], path: "Tests/CXRTestSupport"),
        .testTarget(name: "CXRTensorTests", dependencies: ["CXRTensor", "CXRNN", "CXRCheckpoint", "CXRTestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(name: "CXRCheckpointTests", dependencies: ["CXRCheckpoint"], resources: [.copy("Fixtures")]),
        .testTarget(name: "CXRNNTests", dependencies: ["CXRNN", "CXRTensor", "CXRCheckpoint", "CXRData", "CXRTestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(name: "CXRDataTests", dependencies: ["CXRData"]),
        .testTarget(name: "CXRDICOMTests", dependencies: ["CXRDICOM"]),
        .testTarget(name: "CXREvalTests", dependencies: ["CXREval", "CXRNN", "CXRTensor", "CXRCheckpoint", "CXRTestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(name: "CXRServerTests", dependencies: [
            "CXRServer", "CXRTrain", "CXRNN", "CXRData", "CXREval", "CXRTensor", "CXRTestSupport",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HummingbirdTesting", package: "hummingbird"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
        ], resources: [.copy("Fixtures")]),
        .testTarget(name: "CXRTrainTests", dependencies: ["CXRTrain", "CXRNN", "CXRData", "CXREval", "CXRTensor", "CXRCheckpoint", "CXRTestSupport"]),
    ],
    swiftLanguageModes: [.v5]
)
