import CXRCheckpoint
import CXRNN
import CXRTensor
import CXRTestSupport
import Foundation
import XCTest
@testable import CXREval

/// CAM, Grad-CAM and Grad-CAM++ against PyTorch (scripts/make_cam_fixtures.py) on the narrow
/// model fixtures of CXRNNTests: raw maps, normalised maps and upsampled maps to 1e-4 of the
/// map's maximum, for the last feature maps and named intermediate layers.
final class ClassActivationTests: XCTestCase {
    static let modelFixtures = RepositoryPaths.root().appendingPathComponent("Tests/CXRNNTests/Fixtures")

    static func makeModel(_ name: String) throws -> ImageClassifier {
        let model: ImageClassifier
        switch name {
        case "densenet_narrow": model = DenseNet(growthRate: 8, blockConfig: [2, 2, 2, 2], initialFeatures: 16, classes: 3)
        case "resnet_basic_narrow": model = ResNet(block: .basic, layers: [1, 1, 1, 1], baseWidth: 8, classes: 3)
        case "resnet_bottleneck_narrow": model = ResNet(block: .bottleneck, layers: [1, 2, 1, 1], baseWidth: 8, classes: 3)
        case "mobilenet_v2_narrow": model = MobileNetV2(widthMultiplier: 0.25, dropoutProbability: 0, classes: 3)
        default: fatalError("unknown fixture model \(name)")
        }
        let weights = try Fixture(path: modelFixtures.appendingPathComponent("\(name).safetensors").path)
        try model.load(try weights.tensors.filter { key, _ in key.hasPrefix("state.") }.mapKeys { String($0.dropFirst("state.".count)) })
        model.eval()
        return model
    }

    func testMapsMatchPyTorch() throws {
        let fixture = try Fixture(path: Fixtures.directory.appendingPathComponent("cam.safetensors").path)
        let manifest = Fixtures.load("cam_cases.json")
        let upsampled = Fixtures.ints(manifest["upsampled"])
        let input = fixture.tensor("input")
        var models: [String: ClassActivationExplainer] = [:]
        var worst: [String: Float] = [:]
        for case let spec as [String: Any] in manifest["cases"] as! [Any] {
            let key = spec["key"] as! String, modelName = spec["model"] as! String
            let method = CAMMethod(rawValue: spec["method"] as! String)!
            let target = CAMTarget(rawValue: spec["target"] as! String)!
            let layer = spec["layer"] as? String
            if models[modelName] == nil { models[modelName] = ClassActivationExplainer(model: try Self.makeModel(modelName)) }
            let explanation = try models[modelName]!.explain(input, classIndices: [spec["class"] as! Int], method: method, layer: layer,
                                                              target: target, rectify: spec["rectify"] as! Bool)[0]
            let label = "\(key) \(modelName) \(method.rawValue) layer \(layer ?? "default") target \(target.rawValue)"
            XCTAssertEqual([explanation.map.height, explanation.map.width], fixture["\(key).map"].shape, label)
            let up = explanation.heatMap(width: upsampled[1], height: upsampled[0])
            for (part, observed) in [("logits", explanation.logits), ("weights", explanation.channelWeights), ("raw", explanation.rawMap.values),
                                     ("map", explanation.map.values), ("upsampled", up.values)] {
                let expected = fixture["\(key).\(part)"].values
                guard observed.count == expected.count else { XCTFail("\(label) \(part): \(observed.count) values, expected \(expected.count)"); continue }
                let error = relativeError(observed, expected, floor: 1e-6)
                worst[part] = max(worst[part] ?? 0, error)
                XCTAssertLessThanOrEqual(error, 1e-4, "\(label) \(part): relative error \(error)\n  expected \(expected.prefix(6))\n  observed \(observed.prefix(6))")
            }
        }
        print("CAM parity vs PyTorch, worst relative error over \((manifest["cases"] as! [Any]).count) cases:",
              worst.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
    }

    func testResizeMatchesTorchInterpolate() throws {
        let fixture = try Fixture(path: Fixtures.directory.appendingPathComponent("cam.safetensors").path)
        let source = HeatMap(width: 7, height: 5, values: fixture["resize.input"].values)
        for size in Fixtures.load("cam_cases.json")["resize_sizes"] as! [[Int]] {
            let resized = source.resized(width: size[1], height: size[0])
            let error = relativeError(resized.values, fixture["resize.\(size[0])x\(size[1])"].values)
            XCTAssertLessThanOrEqual(error, 1e-6, "resize to \(size[0])x\(size[1])")
        }
    }

    func testHeatMapMatchesExplainAtInputSize() throws {
        let model = try Self.makeModel("resnet_bottleneck_narrow")
        let explainer = ClassActivationExplainer(model: model)
        let input = Tensor(shape: [1, 3, 64, 96], values: (0..<(3 * 64 * 96)).map { Float(sin(Double($0) * 0.01)) })
        let map = try explainer.heatMap(for: input, classIndex: 2, method: .gradCAM, layer: "layer3")
        XCTAssertEqual([map.width, map.height], [96, 64])
        XCTAssertTrue(map.values.allSatisfy { $0 >= 0 && $0 <= 1 })
        let all = try explainer.explain(input, classIndices: [0, 1, 2], method: .gradCAM, layer: "layer3")
        XCTAssertEqual(all[2].heatMap(width: 96, height: 64), map, "one forward pass for several classes gives the same map")
        // Parameters keep their flags and collect no gradient.
        XCTAssertTrue(model.namedParameters().allSatisfy { $0.tensor.requiresGrad && $0.tensor.grad == nil })
    }

    func testErrors() throws {
        let explainer = ClassActivationExplainer(model: try Self.makeModel("mobilenet_v2_narrow"))
        let input = Tensor(zeros: [1, 3, 64, 64])
        XCTAssertThrowsError(try explainer.explain(Tensor(zeros: [2, 3, 64, 64]), classIndices: [0], method: .cam)) {
            XCTAssertEqual($0 as? ExplanationError, .badInputShape([2, 3, 64, 64]))
        }
        XCTAssertThrowsError(try explainer.explain(input, classIndices: [3], method: .gradCAM)) {
            XCTAssertEqual($0 as? ExplanationError, .classOutOfRange(index: 3, classes: 3))
        }
        XCTAssertThrowsError(try explainer.explain(input, classIndices: [0], method: .cam, layer: "features.18")) {
            XCTAssertEqual($0 as? ExplanationError, .layerNotSupported(method: .cam, layer: "features.18"))
        }
        XCTAssertThrowsError(try explainer.explain(input, classIndices: [0], method: .gradCAM, layer: "features.99")) { error in
            guard case .unknownLayer(let name, let suggestions)? = error as? ExplanationError else { return XCTFail("\(error)") }
            XCTAssertEqual(name, "features.99")
            XCTAssertTrue(suggestions.contains("features.9"), "\(suggestions)")
        }
        // classifier.1 (the head) produces [1, 3], not a map; classifier.0 (dropout) is applied functionally.
        XCTAssertThrowsError(try explainer.explain(input, classIndices: [0], method: .gradCAM, layer: "classifier.0")) {
            guard case .layerNotCapturable? = $0 as? ExplanationError else { return XCTFail("\($0)") }
        }
        XCTAssertThrowsError(try noGrad { try explainer.explain(input, classIndices: [0], method: .gradCAMPlusPlus) }) {
            XCTAssertEqual($0 as? ExplanationError, .gradientsDisabled)
        }
        XCTAssertNoThrow(try noGrad { try explainer.explain(input, classIndices: [0], method: .cam) })
    }

    /// A capture on one thread does not affect the same model running on another.
    func testCaptureIsPerThread() throws {
        let model = try Self.makeModel("resnet_basic_narrow")
        let input = Tensor(shape: [1, 3, 64, 64], values: (0..<(3 * 64 * 64)).map { Float(cos(Double($0) * 0.003)) })
        let expected = noGrad { model(input) }.scalars
        let capture = OutputCapture(module: model.module(named: "layer2")!, retainingGradient: true)
        final class Box: @unchecked Sendable { var values: [Float] = [] }
        let other = Box()
        let logits = capture.run { () -> Tensor in
            let done = DispatchSemaphore(value: 0)
            let thread = Thread { other.values = noGrad { model(input) }.scalars; done.signal() }
            thread.start()
            done.wait()
            return model(input)
        }
        XCTAssertEqual(capture.callCount, 1)
        XCTAssertEqual(capture.output?.shape, [1, 16, 8, 8])
        XCTAssertEqual(other.values, expected)
        XCTAssertLessThanOrEqual(relativeError(logits.scalars, expected), 1e-6)
    }
}
