import CXRCheckpoint
import CXRData
import CXRNN
import CXRTensor
import CXRTestSupport
import Foundation
import XCTest

/// torchvision's real ImageNet MobileNetV2 file (legacy pickle format) on a real chest X-ray:
/// our decode + preprocessing + model must give PyTorch's logits.
final class RealWeightsTests: XCTestCase {
    static var weightsPath: String {
        let directory = ProcessInfo.processInfo.environment["CXR_WEIGHTS_DIR"]
            ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".cache/cxrkit/weights").path
        return directory + "/mobilenet_v2-b0353104.pth"
    }

    func testImageNetMobileNetV2MatchesPyTorchOnARealXray() throws {
        guard FileManager.default.fileExists(atPath: Self.weightsPath) else {
            throw XCTSkip("\(Self.weightsPath) absent: run scripts/fetch_weights.sh")
        }
        let image = RepositoryPaths.sharedData.appendingPathComponent("covid-19-image-collection/images/000001-17.jpg").path
        guard FileManager.default.fileExists(atPath: image) else { throw XCTSkip("shared data absent: \(image)") }
        guard let python = RepositoryPaths.pythonWithTorch else { throw XCTSkip("PyTorch is not installed") }

        let model = MobileNetV2(classes: 1000)
        try model.loadWeights(from: Self.weightsPath)
        model.eval()
        var unused = SplitMix64(seed: 0)  // evaluation pipeline: no random augmentation
        let pixels = try Pipeline.reference(training: false).tensor(contentsOf: image, using: &unused)
        let logits = noGrad { model(Tensor(shape: [1, 3, 224, 224], values: pixels)) }

        let process = Process()
        let output = Pipe()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [RepositoryPaths.root().appendingPathComponent("scripts/reference_logits.py").path,
                             "--weights", Self.weightsPath, "--image", image]
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let expected = try JSONDecoder().decode([Float].self, from: data)
        assertClose(logits, NamedArray(shape: [1, 1000], values: expected), tolerance: 1e-4, "ImageNet MobileNetV2 logits on \(image)")
        XCTAssertEqual(logits.scalars.indices.max { logits.scalars[$0] < logits.scalars[$1] },
                       expected.indices.max { expected[$0] < expected[$1] }, "top-1 class")
    }

    func testHeadReplacementKeepsTheBackbone() throws {
        guard FileManager.default.fileExists(atPath: Self.weightsPath) else {
            throw XCTSkip("\(Self.weightsPath) absent: run scripts/fetch_weights.sh")
        }
        let model = MobileNetV2(classes: 2)
        XCTAssertThrowsError(try model.loadWeights(from: Self.weightsPath)) { error in
            XCTAssertTrue(String(describing: error).contains("classifier.1.weight"), "\(error)")
        }
        try model.loadWeights(from: Self.weightsPath, replacingHead: true)
        let reference = try WeightsFile.read(Self.weightsPath)
        XCTAssertEqual(model.stateDict()["features.0.0.weight"]?.values, reference["features.0.0.weight"]?.values)
        XCTAssertEqual(model.head.weight.shape, [2, 1280])
    }
}

