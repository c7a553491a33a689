import Foundation
import XCTest
@testable import CXRCheckpoint

/// Loads torchvision's real ImageNet MobileNetV2 weights (legacy torch.save format) when
/// present; fetch them with scripts/fetch_weights.sh.
final class MobileNetWeightsTests: XCTestCase {
    static let fileName = "mobilenet_v2-b0353104.pth"

    func weightsPath() throws -> String {
        var dirs: [String] = []
        if let d = ProcessInfo.processInfo.environment["CXR_WEIGHTS_DIR"] { dirs.append(d) }
        dirs.append(FileManager.default.homeDirectoryForCurrentUser.path + "/.cache/cxrkit/weights")
        for d in dirs where FileManager.default.fileExists(atPath: d + "/" + Self.fileName) {
            return d + "/" + Self.fileName
        }
        let reason = "\(Self.fileName) not found in \(dirs); run scripts/fetch_weights.sh"
        print("skipping MobileNetV2 weights test: \(reason)")
        throw XCTSkip(reason)
    }

    func testLoadsTorchvisionMobileNetV2() throws {
        let path = try weightsPath()
        guard let exp = Fixtures.expected["mobilenet_v2"] as? [String: Any] else {
            throw XCTSkip("expected.json has no mobilenet_v2 entry (fixtures generated without the weights)")
        }
        let start = Date()
        let sd = try TorchCheckpoint.load(contentsOf: path)
        let elapsed = Date().timeIntervalSince(start)
        print("loaded \(sd.count) tensors from \(path) in \(String(format: "%.3f", elapsed)) s")

        XCTAssertEqual(sd.count, exp["count"] as! Int)
        XCTAssertEqual(sd.count, 314)
        XCTAssertEqual(sd.keys, exp["keys"] as! [String])
        XCTAssertTrue(sd.skippedKeys.isEmpty)
        let shapes = exp["shapes"] as! [String: [Int]]
        let dtypes = exp["dtypes"] as! [String: String]
        for k in sd.keys {
            XCTAssertEqual(sd[k]!.shape, shapes[k], k)
            XCTAssertEqual(sd[k]!.sourceType.rawValue, dtypes[k], k)
            XCTAssertEqual(sd[k]!.values.count, sd[k]!.elementCount, k)
        }
        XCTAssertEqual(sd["features.1.conv.0.0.weight"]?.shape, [32, 1, 3, 3])
        XCTAssertEqual(sd["classifier.1.weight"]?.shape, [1000, 1280])
        for (k, v) in exp["abs_sums"] as! [String: Double] {
            let sum = sd[k]!.values.reduce(0.0) { $0 + Double(abs($1)) }
            XCTAssertEqual(sum, v, accuracy: abs(v) * 1e-9, k)
        }
        for (k, v) in exp["first_values"] as! [String: [Double]] {
            XCTAssertEqual(Array(sd[k]!.values.prefix(5)), v.map { Float($0) }, k)
        }
        XCTAssertEqual(sd["features.0.1.num_batches_tracked"]?.isInteger, true)
        let nbt = (exp["num_batches_tracked"] as! [String: Int])["features.0.1.num_batches_tracked"]!
        XCTAssertEqual(sd["features.0.1.num_batches_tracked"]?.values, [Float(nbt)])
        // Release-mode budget: well under a second for the 14 MB file.
        #if !DEBUG
        XCTAssertLessThan(elapsed, 1.0)
        #endif
        // A validation against its own shapes passes; with a 14-class head it names exactly the head.
        let expected = sd.keys.map { (name: $0, shape: sd[$0]!.shape) }
        XCTAssertNoThrow(try StateDictValidation.validate(sd, expected: expected))
        var modified = expected
        modified[modified.count - 2].shape = [14, 1280]
        modified[modified.count - 1].shape = [14]
        let d = StateDictValidation.differences(sd, expected: modified)
        XCTAssertEqual(d.misshaped.map(\.key), ["classifier.1.weight", "classifier.1.bias"])
        XCTAssertTrue(StateDictValidation.differences(sd, expected: modified, ignoringPrefixes: ["classifier."]).isEmpty)
    }
}
