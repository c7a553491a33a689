import XCTest
@testable import CXRCheckpoint

final class StateDictValidationTests: XCTestCase {
    func dict() throws -> OrderedStateDict {
        try OrderedStateDict([
            ("features.0.weight", NamedArray(shape: [4, 3], values: Array(repeating: 0, count: 12))),
            ("features.0.bias", NamedArray(shape: [4], values: Array(repeating: 0, count: 4))),
            ("classifier.weight", NamedArray(shape: [1000, 4], values: Array(repeating: 0, count: 4000))),
            ("extra.buffer", NamedArray(shape: [1], values: [0])),
        ])
    }

    func testReportsAllProblemsAtOnce() throws {
        let expected: [(name: String, shape: [Int])] = [
            ("features.0.weight", [4, 3]),
            ("features.0.bias", [5]),
            ("features.1.weight", [2]),
            ("classifier.weight", [14, 4]),
            ("classifier.bias", [14]),
        ]
        do {
            try StateDictValidation.validate(try dict(), expected: expected)
            XCTFail("expected a mismatch")
        } catch let e as StateDictMismatchError {
            XCTAssertEqual(e.missing, ["features.1.weight", "classifier.bias"])
            XCTAssertEqual(e.unexpected, ["extra.buffer"])
            XCTAssertEqual(e.misshaped, [
                ShapeMismatch(key: "features.0.bias", expected: [5], found: [4]),
                ShapeMismatch(key: "classifier.weight", expected: [14, 4], found: [1000, 4]),
            ])
            for fragment in ["features.1.weight", "classifier.bias", "extra.buffer", "expected [14, 4], found [1000, 4]"] {
                XCTAssertTrue(e.description.contains(fragment), e.description)
            }
        }
    }

    func testIgnoredPrefixes() throws {
        let expected: [(name: String, shape: [Int])] = [
            ("features.0.weight", [4, 3]), ("features.0.bias", [4]),
            ("classifier.weight", [14, 4]), ("classifier.bias", [14]),
        ]
        XCTAssertNoThrow(try StateDictValidation.validate(try dict(), expected: expected, ignoringPrefixes: ["classifier.", "extra."]))
        let d = StateDictValidation.differences(try dict(), expected: expected, ignoringPrefixes: ["classifier."])
        XCTAssertEqual(d.unexpected, ["extra.buffer"])
        XCTAssertTrue(d.missing.isEmpty && d.misshaped.isEmpty)
    }

    func testUnorderedVariantAndKeyHelpers() throws {
        let plain = try dict().tensors
        XCTAssertThrowsError(try StateDictValidation.validate(plain, expected: ["features.0.weight": [4, 3]])) { error in
            XCTAssertEqual((error as? StateDictMismatchError)?.unexpected,
                           ["classifier.weight", "extra.buffer", "features.0.bias"])
        }
        var sd = OrderedStateDict()
        sd["module.a"] = NamedArray(shape: [1], values: [1])
        sd["module.module.b"] = NamedArray(shape: [1], values: [2])
        sd["c"] = NamedArray(shape: [1], values: [3])
        XCTAssertEqual(try sd.strippingPrefix().keys, ["a", "b", "c"])
        sd["a"] = NamedArray(shape: [1], values: [4])
        assertCheckpointError(try sd.strippingPrefix(), contains: "duplicate key 'a'")
        sd["a"] = nil
        XCTAssertEqual(sd.keys, ["module.a", "module.module.b", "c"])
        XCTAssertEqual(StateDictKeys.renameLegacyDenseNetKey("features.denseblock2.denselayer10.relu.2.running_var"),
                       "features.denseblock2.denselayer10.relu2.running_var")
        XCTAssertEqual(StateDictKeys.renameLegacyDenseNetKey("features.norm.1.weight"), "features.norm.1.weight")
        XCTAssertEqual(StateDictKeys.renameLegacyDenseNetKey("x.denselayer1.conv.3.weight"), "x.denselayer1.conv.3.weight")
    }
}
