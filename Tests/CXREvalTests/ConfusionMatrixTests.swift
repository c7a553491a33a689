import XCTest
@testable import CXREval

final class ConfusionMatrixTests: XCTestCase {
    func testArgmaxConfusionMatrixMatchesScikitLearn() throws {
        let f = Fixtures.load("confusion.json")
        let names = f["classNames"] as! [String]
        let cm = try ConfusionMatrix(classNames: names, trueClasses: Fixtures.ints(f["trueClasses"]),
                                     rowMajorScores: Fixtures.doubles(f["rowMajorScores"]))
        let expected = (f["matrix"] as! [Any]).map { Fixtures.ints($0) }
        XCTAssertEqual(cm.counts, expected, "confusion matrix: expected \(expected), observed \(cm.counts)")
        let precision = Fixtures.optionalDoubles(f["precision"]), recall = Fixtures.optionalDoubles(f["recall"])
        let f1 = Fixtures.optionalDoubles(f["f1"])
        for c in 0..<names.count {
            assertClose(cm.precision(c), precision[c], tolerance: 1e-12, "precision of \(names[c])")
            assertClose(cm.recall(c), recall[c], tolerance: 1e-12, "recall of \(names[c])")
            assertClose(cm.f1(c), f1[c], tolerance: 1e-12, "F1 of \(names[c])")
        }
        assertClose(cm.accuracy, Fixtures.double(f["accuracy"]), tolerance: 1e-12, "accuracy")
        assertClose(cm.balancedAccuracy, Fixtures.double(f["balancedAccuracy"]), tolerance: 1e-12, "balanced accuracy")
        XCTAssertNil(cm.precision(3), "never-predicted class has no precision")
        XCTAssertNil(cm.recall(3), "never-true class has no recall")
    }

    func testArgmaxTiesPickTheFirstClass() throws {
        let cm = try ConfusionMatrix(classNames: ["a", "b", "c"], trueClasses: [2, 2],
                                     rowMajorScores: [Float(0.4), 0.4, 0.2, 0.1, 0.45, 0.45])
        XCTAssertEqual(cm.counts, [[0, 0, 0], [0, 0, 0], [1, 1, 0]])
    }

    func testInvalidClassIsRejected() {
        XCTAssertThrowsError(try ConfusionMatrix(classNames: ["a", "b"], trueClasses: [0, 2], predictedClasses: [0, 1])) {
            XCTAssertEqual($0 as? MetricsError, .invalidClass(index: 1, value: 2, classCount: 2))
        }
    }
}
