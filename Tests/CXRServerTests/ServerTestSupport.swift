import CXRData
import CXREval
import CXRNN
import CXRServer
import CXRTensor
import CXRTestSupport
import CXRTrain
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import XCTest

/// A tiny served model, written once per test process: MobileNetV2 at 64 x 64 with three
/// classes (randomly initialised, head rescaled so the probabilities spread out), in a run folder
/// with a configuration, per-epoch metrics and thresholds.
enum ServerFixtures {
    static let classNames = ["Atelectasis", "Effusion", "Pneumonia"]
    static let thresholds: [Float] = [0.3, 0.5, 0.7]
    static let imageSize = 64
    static let headScale: Float = 4
    /// Whether the test model has real (ImageNet) features, so that images get distinct probabilities.
    nonisolated(unsafe) static var usesImageNetFeatures = false

    static let run: RunDirectory = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("cxr-serve-test-\(getpid())")
        try? FileManager.default.removeItem(at: url)
        let run = RunDirectory(url.path)
        do {
            try run.create()
            let model = Architecture.mobilenetV2.make(classes: classNames.count, seed: 11)
            let metadata = CheckpointMetadata(cxrkitVersion: Checkpoint.version, architecture: model.architecture, classNames: classNames,
                                              imageSize: imageSize, preprocessing: "RGB, exact resize to \(imageSize), ImageNet mean/std",
                                              loss: .bce, epoch: 2, validationMeanAUC: 0.75, thresholds: thresholds,
                                              dataset: "synthetic test data", splitDescription: "none")
            if let weights = try? ImageNetWeights.path(for: "mobilenet_v2") {
                // ImageNet features tell images apart; torchvision's head initialisation
                // (N(0, 0.01)) gives logits near 0: a larger head spreads the probabilities.
                try model.loadWeights(from: weights, replacingHead: true)
                for i in 0..<model.head.weight.count { model.head.weight.buffer[i] *= headScale }
                usesImageNetFeatures = true
            } else {
                // Random weights with batch norm's initial running statistics pass almost nothing
                // to the head in evaluation mode: a few training-mode passes over synthetic
                // radiographs set the running statistics (the images still get nearly equal
                // probabilities: the comparisons with direct predictions are weaker).
                let pipeline = Predictor.pipeline(for: metadata)
                let inputs = try (0..<4).flatMap { seed in
                    pipeline.tensor(pipeline.preprocess(try ImageDecoder.decode(syntheticPNG(width: 64 + 12 * seed, height: 96, seed: seed))))
                }
                model.train()
                for _ in 0..<10 { _ = noGrad { model(Tensor(shape: [4, 3, imageSize, imageSize], values: inputs)) } }
                model.eval()
                print("note: ImageNet MobileNetV2 weights absent (bash scripts/fetch_weights.sh): the served test model has random features")
            }
            for (k, value) in [0.4, -0.3, 0.1].enumerated() { model.head.bias!.buffer[k] = Float(value) }
            try Checkpoint.write(model: model, metadata: metadata, to: run.best)
            try Data(#"{"epochs": 2, "model": {"architecture": "mobilenet_v2"}}"#.utf8).write(to: run.configuration)
            let history = #"[{"epoch":1,"trainLoss":0.7,"validationLoss":0.69,"validationMeanAUC":0.7,"validationAUCs":[0.7,0.7,0.7],"#
                + #""learningRate":0.001,"seconds":1,"trainImagesPerSecond":10},"#
                + #"{"epoch":2,"trainLoss":0.6,"validationLoss":0.65,"validationMeanAUC":0.75,"validationAUCs":[0.7,0.8,0.75],"#
                + #""learningRate":0.001,"seconds":1,"trainImagesPerSecond":10}]"#
            try Data(history.utf8).write(to: run.metricsJSON)
        } catch {
            fatalError("cannot write the test model: \(error)")
        }
        return run
    }()

    static var quietLogger: Logger {
        var logger = Logger(label: "cxr.serve.test")
        logger.logLevel = .warning
        return logger
    }

    /// A synthetic gray radiograph-like PNG (a bright body with darker lungs) of `width x height`.
    static func syntheticPNG(width: Int = 96, height: Int = 80, seed: Int = 0) throws -> [UInt8] {
        var rgba = [UInt8](repeating: 255, count: 4 * width * height)
        for y in 0..<height {
            for x in 0..<width {
                let u = Double(x) / Double(width) - 0.5, v = Double(y) / Double(height) - 0.5
                var value = 200 - 120 * (u * u + v * v) - Double(seed % 3) * 20
                if abs(abs(u) - 0.2 - 0.02 * Double(seed % 4)) < 0.12 && abs(v) < 0.3 - 0.03 * Double(seed % 5) { value -= 90 }
                value += Double((x * 7 + y * 13 + seed * 31) % 17)
                let g = UInt8(max(0, min(255, value)))
                rgba[4 * (y * width + x)] = g
                rgba[4 * (y * width + x) + 1] = g
                rgba[4 * (y * width + x) + 2] = g
            }
        }
        return try PNGEncoder.encodeRGBA(rgba, width: width, height: height)
    }

    /// Real X-rays from `../shared/data` (NIH PNG and COVID-collection JPEG), or nil when absent.
    static func realImages(count: Int = 4) -> [URL]? {
        let nih = RepositoryPaths.sharedData.appendingPathComponent("nih-chestxray14/images")
        let covid = RepositoryPaths.sharedData.appendingPathComponent("covid-19-image-collection/images")
        func list(_ folder: URL, _ suffixes: [String]) -> [URL] {
            ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
                .filter { name in suffixes.contains { name.lowercased().hasSuffix($0) } }.sorted().map { folder.appendingPathComponent($0) }
        }
        let pngs = list(nih, [".png"]), jpegs = list(covid, [".jpg", ".jpeg"])
        guard !pngs.isEmpty, !jpegs.isEmpty else { return nil }
        var out: [URL] = []
        for i in 0..<count { out.append(i % 2 == 0 ? pngs[(i / 2) % pngs.count] : jpegs[(i / 2) % jpegs.count]) }
        return out
    }

    /// Probabilities of the same model run directly, in-process, one image at a time.
    static func directProbabilities(_ bytes: [UInt8]) throws -> [Float] {
        let predictor = try Predictor.load(run.path)
        let image = try ImageDecoder.decode(bytes)
        return predictor.probabilities([predictor.input(image)])[0]
    }

    static func server(_ configuration: ServerConfiguration = ServerConfiguration(port: 0)) throws -> InferenceServer {
        try InferenceServer.load(model: run.path, configuration: configuration, logger: quietLogger)
    }

    /// A minimal DICOM Part 10 file: explicit VR little endian, 8-bit monochrome2.
    static func dicom(width: Int, height: Int) -> [UInt8] {
        func le16(_ v: Int) -> [UInt8] { [UInt8(v & 0xff), UInt8((v >> 8) & 0xff)] }
        func le32(_ v: Int) -> [UInt8] { (0..<4).map { UInt8((v >> (8 * $0)) & 0xff) } }
        func element(_ group: Int, _ element: Int, _ vr: String, _ value: [UInt8]) -> [UInt8] {
            var value = value
            if value.count % 2 == 1 { value.append(vr == "UI" ? 0 : 0x20) }
            var out = le16(group) + le16(element) + Array(vr.utf8)
            if ["OB", "OW", "SQ", "UN", "UT"].contains(vr) { out += [0, 0] + le32(value.count) } else { out += le16(value.count) }
            return out + value
        }
        let syntax = Array("1.2.840.10008.1.2.1".utf8)
        let meta = element(0x0002, 0x0010, "UI", syntax)
        var file = [UInt8](repeating: 0, count: 128) + Array("DICM".utf8)
        file += element(0x0002, 0x0000, "UL", le32(meta.count)) + meta
        let pixels = (0..<(width * height)).map { UInt8(($0 % width) * 255 / max(width - 1, 1)) }
        file += element(0x0028, 0x0002, "US", le16(1)) + element(0x0028, 0x0004, "CS", Array("MONOCHROME2".utf8))
        file += element(0x0028, 0x0010, "US", le16(height)) + element(0x0028, 0x0011, "US", le16(width))
        file += element(0x0028, 0x0100, "US", le16(8)) + element(0x0028, 0x0101, "US", le16(8))
        file += element(0x0028, 0x0102, "US", le16(7)) + element(0x0028, 0x0103, "US", le16(0))
        file += element(0x7FE0, 0x0010, "OB", pixels)
        return file
    }

    /// A multipart/form-data body with one file part named `file`.
    static func multipart(_ bytes: [UInt8], boundary: String = "cxr-test-boundary-42") -> (body: [UInt8], contentType: String) {
        var body = Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nhello\r\n".utf8)
        body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"../../etc/passwd\"\r\nContent-Type: image/png\r\n\r\n".utf8)
        body += bytes
        body += Array("\r\n--\(boundary)--\r\n".utf8)
        return (body, "multipart/form-data; boundary=\(boundary)")
    }

    /// Resident memory of this process in bytes (`VmRSS` of /proc/self/status), or nil.
    static func residentBytes() -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix("VmRSS:") {
            let parts = line.split(separator: " ", omittingEmptySubsequences: true)
            if parts.count >= 2, let kb = Int(parts[1]) { return kb * 1024 }
        }
        return nil
    }
}

extension TestResponse {
    var json: [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(body.readableBytesView))) as? [String: Any] ?? [:]
    }
    var bytes: [UInt8] { Array(body.readableBytesView) }
    /// The value of a header by its name (case-insensitive).
    func header(_ name: String) -> String? { headers.first { $0.name.canonicalName == name.lowercased() }?.value }
}

/// Width and height from a PNG's IHDR chunk.
func pngSize(_ bytes: [UInt8]) -> (width: Int, height: Int)? {
    guard bytes.count >= 24, bytes[0..<8].elementsEqual([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) else { return nil }
    func be32(_ i: Int) -> Int { bytes[i..<(i + 4)].reduce(0) { $0 << 8 | Int($1) } }
    return (be32(16), be32(20))
}
