import XCTest
@testable import CXREval

final class OperatingPointTests: XCTestCase {
    func testYoudenThresholdAndTestCountsMatchScikitLearnAndNumpy() throws {
        let f = Fixtures.load("youden.json")
        for c in f["cases"] as! [[String: Any]] {
            let name = c["name"] as! String
            let v = c["validation"] as! [String: Any], t = c["test"] as! [String: Any]
            let r = try OperatingPoints.youden(
                selectedOn: "validation", selectionLabels: Fixtures.bools(v["labels"]), selectionScores: Fixtures.doubles(v["scores"]),
                evaluatedOn: "test", labels: Fixtures.bools(t["labels"]), scores: Fixtures.doubles(t["scores"]))
            assertClose(r.selection.threshold, Fixtures.double(c["threshold"]), tolerance: 0, "\(name) Youden threshold")
            assertClose(r.selection.youdenJ, Fixtures.double(c["youdenJ"]), tolerance: 1e-12, "\(name) J")
            assertClose(r.selection.truePositiveRate, Fixtures.double(c["tpr"]), tolerance: 1e-12, "\(name) validation TPR")
            assertClose(r.selection.falsePositiveRate, Fixtures.double(c["fpr"]), tolerance: 1e-12, "\(name) validation FPR")
            let counts = c["counts"] as! [String: Any]
            let expected = BinaryCounts(truePositives: (counts["tp"] as! NSNumber).intValue, falsePositives: (counts["fp"] as! NSNumber).intValue,
                                        trueNegatives: (counts["tn"] as! NSNumber).intValue, falseNegatives: (counts["fn"] as! NSNumber).intValue)
            let e = r.evaluation
            XCTAssertEqual(e.counts, expected, "\(name) test counts: expected \(expected), observed \(e.counts)")
            assertClose(e.sensitivity, Fixtures.double(c["sensitivity"]), tolerance: 1e-12, "\(name) sensitivity")
            assertClose(e.specificity, Fixtures.double(c["specificity"]), tolerance: 1e-12, "\(name) specificity")
            assertClose(e.positivePredictiveValue, Fixtures.double(c["ppv"]), tolerance: 1e-12, "\(name) PPV")
            assertClose(e.negativePredictiveValue, Fixtures.double(c["npv"]), tolerance: 1e-12, "\(name) NPV")
            assertClose(e.accuracy, Fixtures.double(c["accuracy"]), tolerance: 1e-12, "\(name) accuracy")
            assertClose(e.f1, Fixtures.double(c["f1"]), tolerance: 1e-12, "\(name) F1")
            XCTAssertEqual(r.selectedOn, "validation"); XCTAssertEqual(r.evaluatedOn, "test")
        }
    }

    func testUndefinedRatesAreNil() {
        // Nothing predicted positive: PPV undefined; nothing negative in truth: specificity undefined.
        let p = OperatingPoint(threshold: 0.5, counts: BinaryCounts(truePositives: 0, falsePositives: 0, trueNegatives: 0, falseNegatives: 4))
        XCTAssertNil(p.positivePredictiveValue)
        XCTAssertNil(p.specificity)
        XCTAssertEqual(p.sensitivity, 0)
        XCTAssertEqual(p.negativePredictiveValue, 0)
        XCTAssertEqual(p.f1, 0)
        let q = OperatingPoint(threshold: 0.5, counts: BinaryCounts(truePositives: 3, falsePositives: 1, trueNegatives: 0, falseNegatives: 0))
        XCTAssertNil(q.negativePredictiveValue)
        assertClose(q.positivePredictiveValue, 0.75, tolerance: 0, "PPV 3/4")
        assertClose(q.f1, 6.0 / 7, tolerance: 1e-15, "F1 = 2*3/(2*3+1+0)")
    }

    func testThresholdIsInclusive() throws {
        let p = try OperatingPoint(threshold: 0.5, labels: [true, false, true], scores: [0.5, 0.5, 0.49])
        XCTAssertEqual(p.counts, BinaryCounts(truePositives: 1, falsePositives: 1, trueNegatives: 0, falseNegatives: 1))
    }
}
