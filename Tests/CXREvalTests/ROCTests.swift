import XCTest
@testable import CXREval

final class ROCTests: XCTestCase {
    let tolerance = 1e-12

    func testCurvesAndAUCMatchScikitLearn() throws {
        let fixture = Fixtures.load("roc.json")
        let cases = fixture["cases"] as! [[String: Any]]
        XCTAssertGreaterThanOrEqual(cases.count, 8)
        for c in cases {
            let name = c["name"] as! String
            let labels = Fixtures.bools(c["labels"]), scores = Fixtures.doubles(c["scores"])
            let roc = try ROC.curve(labels: labels, scores: scores)
            assertClose(roc.falsePositiveRates, Fixtures.doubles(c["fpr"]), tolerance: tolerance, "\(name) fpr")
            assertClose(roc.truePositiveRates, Fixtures.doubles(c["tpr"]), tolerance: tolerance, "\(name) tpr")
            assertClose(roc.thresholds, Fixtures.doubles(c["thresholds"]), tolerance: 0, "\(name) thresholds")
            XCTAssertEqual(roc.thresholds.first, .infinity, "\(name): first threshold")
            let expectedAUC = Fixtures.double(c["auc"])!
            assertClose(try ROC.auc(labels: labels, scores: scores), expectedAUC, tolerance: tolerance, "\(name) AUC (rank formula)")
            assertClose(roc.trapezoidArea, expectedAUC, tolerance: tolerance, "\(name) trapezoid area")
        }
    }

    func testSpecialCasesHaveKnownAreas() throws {
        let fixture = Fixtures.load("roc.json")
        let byName = Dictionary(uniqueKeysWithValues: (fixture["cases"] as! [[String: Any]]).map { ($0["name"] as! String, $0) })
        for (name, expected) in [("all_equal_scores", 0.5), ("perfect", 1.0), ("inverted", 0.0)] {
            let c = byName[name]!
            let auc = try ROC.auc(labels: Fixtures.bools(c["labels"]), scores: Fixtures.doubles(c["scores"]))
            assertClose(auc, expected, tolerance: 0, "\(name) AUC")
        }
        // All-equal scores: a single diagonal step from (0,0) to (1,1).
        let flat = try ROC.curve(labels: [false, true, true, false, true], scores: [Double](repeating: 0.3, count: 5))
        XCTAssertEqual(flat.thresholds, [.infinity, 0.3])
        XCTAssertEqual(flat.truePositives, [0, 3])
        XCTAssertEqual(flat.falsePositives, [0, 2])
    }

    func testOneClassInputIsRejectedWithReason() {
        let fixture = Fixtures.load("roc.json")
        for c in fixture["degenerate"] as! [[String: Any]] {
            let name = c["name"] as! String
            let labels = Fixtures.bools(c["labels"]), scores = Fixtures.doubles(c["scores"])
            let p = labels.filter { $0 }.count
            let expected = MetricsError.singleClass(positives: p, negatives: labels.count - p)
            XCTAssertThrowsError(try ROC.auc(labels: labels, scores: scores), name) { error in
                XCTAssertEqual(error as? MetricsError, expected, "\(name): expected \(expected), observed \(error)")
                XCTAssert("\(error)".contains("only one class"), "\(name): reason \(error)")
            }
            XCTAssertThrowsError(try ROC.curve(labels: labels, scores: scores), name)
        }
    }

    func testInvalidInputsAreRejected() {
        XCTAssertThrowsError(try ROC.auc(labels: [true, false], scores: [0.5])) {
            XCTAssertEqual($0 as? MetricsError, .lengthMismatch(what: "scores (one per label)", expected: 2, observed: 1))
        }
        XCTAssertThrowsError(try ROC.auc(labels: [], scores: [Double]())) {
            XCTAssertEqual($0 as? MetricsError, .empty("ROC"))
        }
        XCTAssertThrowsError(try ROC.auc(labels: [true, false], scores: [0.5, .nan])) {
            XCTAssertEqual($0 as? MetricsError, .nonFiniteScore(index: 1))
        }
        XCTAssertThrowsError(try binaryLabels([Float(0), 1, 0.5])) {
            XCTAssertEqual($0 as? MetricsError, .invalidLabel(index: 2, value: 0.5))
        }
    }

    func testFloatScoresGiveTheSameAUCAsTheirDoubles() throws {
        let labels = [false, true, false, true, true, false]
        let scores: [Float] = [0.1, 0.7, 0.7, 0.9, 0.3, 0.2]
        let a = try ROC.auc(labels: labels, scores: scores)
        let b = try ROC.auc(labels: labels, scores: scores.map(Double.init))
        XCTAssertEqual(a, b)
        // Pairs: positives {0.7, 0.9, 0.3} vs negatives {0.1, 0.7, 0.2}: 3 + 2.5 + 2 = 7.5 of 9.
        assertClose(a, 7.5 / 9, tolerance: 1e-15, "hand-counted AUC")
    }

    func testMacroAUCSkipsClassesAndMatchesScikitLearn() throws {
        let f = Fixtures.load("macro.json")
        let names = f["classNames"] as! [String]
        let labels = (f["labels"] as! [Any]).map { Fixtures.bools($0) }
        let scores = (f["scores"] as! [Any]).map { Fixtures.doubles($0) }
        let data = try MultiLabelScores(classNames: names, labels: labels, scores: scores)
        for e in f["expected"] as! [[String: Any]] {
            let mp = (e["minimumPositives"] as! NSNumber).intValue
            let macro = ROC.macroAUC(data, minimumPositives: mp)
            let expected = Fixtures.optionalDoubles(e["perClass"])
            for c in 0..<names.count {
                assertClose(macro.perClass[c].auc, expected[c], tolerance: tolerance, "minimumPositives \(mp), class \(names[c]) AUC")
                XCTAssertEqual(macro.perClass[c].skipReason != nil, expected[c] == nil, "minimumPositives \(mp), \(names[c]) skip reason")
            }
            assertClose(macro.mean, Fixtures.double(e["mean"]), tolerance: tolerance, "minimumPositives \(mp) mean AUC")
            XCTAssertEqual(macro.skipped, names.indices.filter { expected[$0] == nil }.map { names[$0] })
        }
        let macro = ROC.macroAUC(data)
        XCTAssertEqual(macro.perClass[1].skipReason, "no positive samples")
        XCTAssertEqual(macro.perClass[2].skipReason, "no negative samples")
        XCTAssertEqual(ROC.macroAUC(data, minimumPositives: 4).perClass[3].skipReason,
                       "3 positive samples, fewer than the minimum 4")
    }

    func testRowMajorConstructionTransposes() throws {
        // 3 samples x 2 classes.
        let data = try MultiLabelScores(classNames: ["a", "b"], rowMajorLabels: [Float(1), 0, 0, 1, 1, 1],
                                        rowMajorScores: [Float(0.9), 0.1, 0.2, 0.8, 0.7, 0.6])
        XCTAssertEqual(data.labels, [[true, false, true], [false, true, true]])
        XCTAssertEqual(data.scores[1].map { Float($0) }, [0.1, 0.8, 0.6])
        XCTAssertEqual(data.sampleCount, 3)
        XCTAssertThrowsError(try MultiLabelScores(classNames: ["a", "b"], rowMajorLabels: [Float(1), 0, 0],
                                                  rowMajorScores: [Float(0.9), 0.1, 0.2]))
    }
}
