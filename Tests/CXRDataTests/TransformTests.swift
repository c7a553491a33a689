import Foundation
import XCTest
@testable import CXRData

/// Each preprocessing/augmentation step against PIL/torchvision outputs written by
/// scripts/make_data_fixtures.py (deterministic parameters).
final class TransformTests: XCTestCase {
    func testTransformsMatchTorchvision() throws {
        let manifest = try TestPaths.manifest()
        var inputs: [String: Image] = [:]
        for name in ["synthetic_rgb.png", "synthetic_gray.png"] {
            inputs[name] = try ImageDecoder.decode(contentsOf: TestPaths.fixtures + "/" + name)
        }
        var checked = 0
        for case let out as [String: Any] in manifest["outputs"] as! [Any] {
            let name = out["name"] as! String, op = out["op"] as! String
            let p = out["params"] as! [String: Any]
            let input = inputs[out["input"] as! String]!
            func d(_ k: String) -> Double { (p[k] as! NSNumber).doubleValue }
            func i(_ k: String) -> Int { (p[k] as! NSNumber).intValue }
            // (result, tolerance in 8-bit levels, allowed fraction of values beyond it)
            var result: Image
            var tolerance: Float = 0, fraction = 0.0
            switch op {
            case "resize": result = input.resized(width: i("width"), height: i("height"))
            case "resizeShorter": result = input.resized(shorterSide: i("size"))
            case "rotate": result = input.rotated(degrees: d("degrees")); fraction = 0.002
            case "affine":
                result = input.affine(degrees: d("degrees"), translate: (d("tx"), d("ty")), scale: d("scale"), shear: (d("shear"), 0))
                fraction = 0.002
            case "flip": result = input.flippedHorizontally()
            case "brightness": result = input.adjustedBrightness(factor: d("factor"))
            case "contrast": result = input.adjustedContrast(factor: d("factor"))
            case "resizedCrop":
                result = input.cropped(x: i("x"), y: i("y"), width: i("width"), height: i("height"))
                    .resized(width: i("outWidth"), height: i("outHeight"))
            case "centerCrop": result = input.centerCropped(width: i("width"), height: i("height"))
            case "gray": result = input.converted(toChannels: 1)
            case "referenceTensor":
                let pipeline = Pipeline(channels: 3, resize: .exact(width: 56, height: 56), normalization: .imageNet)
                let tensor = pipeline.tensor(pipeline.preprocess(input))
                let raw = try TestPaths.fixtureBytes(name + ".f32")
                let expected = raw.withUnsafeBytes { Array($0.bindMemory(to: Float.self)) }
                assertClose(tensor, expected, tolerance: 1e-5, "reference recipe tensor (CHW, ImageNet mean/std)")
                checked += 1
                continue
            default: XCTFail("unknown op \(op)"); continue
            }
            XCTAssertEqual(result.width, out["width"] as? Int, name)
            XCTAssertEqual(result.height, out["height"] as? Int, name)
            XCTAssertEqual(result.channels, out["channels"] as? Int, name)
            let expected = try TestPaths.fixtureBytes(name + ".u8").map(Float.init)
            assertClose(result.bytePixels.map(Float.init), expected, tolerance: tolerance, maxBadFraction: fraction, "\(name) vs torchvision/PIL")
            checked += 1
        }
        XCTAssertEqual(checked, (manifest["outputs"] as! [Any]).count)
    }

    func testFloatPathMatchesBytePath() throws {
        let image = try ImageDecoder.decode(contentsOf: TestPaths.fixtures + "/synthetic_rgb.png")
        let a = image.resized(width: 37, height: 29).floatPixels
        let b = image.toFloat().resized(width: 37, height: 29).floatPixels
        assertClose(b, a, tolerance: 1.0, "float resize vs PIL-exact 8-bit resize")
    }

    func testAugmentationsAreSeededAndReproducible() throws {
        let image = try ImageDecoder.decode(contentsOf: TestPaths.fixtures + "/synthetic_rgb.png")
        let pipeline = Pipeline(channels: 3, resize: .exact(width: 64, height: 64), augmentations: [
            .horizontalFlip(), .rotation(), .affine(maxDegrees: 5, maxTranslate: (0.1, 0.1), scale: 0.9...1.1, maxShear: 5),
            .colorJitter(brightness: 0.2, contrast: 0.2), .randomResizedCrop(width: 48, height: 48),
        ])
        let pre = pipeline.preprocess(image)
        var g1 = SplitMix64(seed: 42, 1, 7), g2 = SplitMix64(seed: 42, 1, 7), g3 = SplitMix64(seed: 43, 1, 7)
        let a = pipeline.tensor(pipeline.augment(pre, using: &g1))
        let b = pipeline.tensor(pipeline.augment(pre, using: &g2))
        let c = pipeline.tensor(pipeline.augment(pre, using: &g3))
        XCTAssertEqual(a, b, "same seed, same output")
        XCTAssertNotEqual(a, c, "different seed, different output")
        XCTAssertEqual(a.count, 3 * 48 * 48)
        XCTAssertEqual(pipeline.outputShape, [3, 48, 48])
    }

    func testResizedCropBoxFollowsTorchvisionRules() {
        var g = SplitMix64(seed: 1)
        for _ in 0..<200 {
            let box = Augmentation.resizedCropBox(width: 100, height: 80, scale: 0.08...1, ratio: 0.75...(4.0 / 3), using: &g)
            XCTAssertTrue(box.x >= 0 && box.y >= 0 && box.x + box.width <= 100 && box.y + box.height <= 80)
            let area = Double(box.width * box.height) / 8000
            XCTAssertTrue(area > 0.05 && area <= 1.0, "area fraction \(area)")
        }
    }

    func testNormalizationRangesAndWarning() {
        let image = Image(width: 2, height: 1, channels: 1, bytes: [0, 255])
        XCTAssertEqual(image.tensor(normalization: .xrv), [-1024, 1024])
        XCTAssertEqual(image.tensor(normalization: .unit), [0, 1])
        final class Box: @unchecked Sendable { var messages: [String] = [] }
        let box = Box()
        DataWarnings.handler = { box.messages.append($0) }
        defer { DataWarnings.handler = nil }
        let out = Image(width: 2, height: 1, channels: 1, floats: [-50, 300], valueRange: 0...255)
        _ = out.tensor(normalization: .imageNet)
        XCTAssertEqual(box.messages.count, 1, "a value outside the expected range warns")
        XCTAssertTrue(box.messages.first?.contains("outside the expected range") ?? false)
    }
}
