import Foundation
import XCTest
@testable import CXREval

final class MetricsReportTests: XCTestCase {
    func makeData(seed: UInt64, patients: Int) throws -> (MultiLabelScores, [Int]) {
        let a = syntheticPatients(patients: patients, imagesPerPatient: 2, separation: 1.2, seed: seed)
        let b = syntheticPatients(patients: patients, imagesPerPatient: 2, separation: 0.6, seed: seed + 100)
        let none = [Bool](repeating: false, count: a.labels.count)
        let data = try MultiLabelScores(classNames: ["Effusion", "Nodule", "Hernia"], labels: [a.labels, b.labels, none],
                                        scores: [a.scores, b.scores, b.scores])
        return (data, a.ids)
    }

    func testReportBundlesEverythingAndRoundTripsThroughJSON() throws {
        let (test, ids) = try makeData(seed: 1, patients: 100)
        let (validation, _) = try makeData(seed: 2, patients: 80)
        let config = BootstrapConfiguration(resamples: 200, seed: 5)
        let report = try MetricsReport.evaluate(
            dataset: "Synthetic-CXR", split: "test", data: test, patientIDs: ids, bootstrap: config,
            thresholdsFrom: ThresholdSelection(split: "validation", data: validation))
        XCTAssertEqual(report.counts.images, 200)
        XCTAssertEqual(report.counts.patients, 100)
        XCTAssertEqual(report.counts.perClass.map(\.positives), [60, 60, 0])
        XCTAssertEqual(report.classes[2].skipReason, "no positive samples")
        XCTAssertNil(report.classes[2].auc)
        XCTAssertNotNil(report.classes[2].operatingPointSkipReason, "no positives in validation either: no threshold")
        for c in 0..<2 {
            let r = report.classes[c]
            let auc = try ROC.auc(labels: test.labels[c], scores: test.scores[c])
            assertClose(r.auc, auc, tolerance: 0, "\(r.name) AUC in report")
            XCTAssert(try XCTUnwrap(r.aucInterval).contains(auc), "\(r.name) CI \(String(describing: r.aucInterval)) should contain \(auc)")
            let op = try XCTUnwrap(r.operatingPoint)
            XCTAssertEqual(op.selectedOn, "validation")
            let youden = try OperatingPoints.youden(labels: validation.labels[c], scores: validation.scores[c])
            XCTAssertEqual(op.selection, youden)
            XCTAssertEqual(op.evaluation.counts.total, 200)
        }
        let mean = try XCTUnwrap(report.meanAUC)
        XCTAssertEqual(mean.classes, ["Effusion", "Nodule"])
        XCTAssertEqual(mean.skippedClasses, ["Hernia"])

        let json = try report.jsonData()
        let back = try MetricsReport.decode(json)
        XCTAssertEqual(back, report, "JSON round trip")
        let object = try JSONSerialization.jsonObject(with: json) as! [String: Any]
        XCTAssertEqual(object["dataset"] as? String, "Synthetic-CXR")
        XCTAssertEqual(object["split"] as? String, "test")
        XCTAssertNotNil(object["counts"])

        let summary = report.summary
        for line in summary.split(separator: "\n") {
            XCTAssert(line.hasPrefix("[Synthetic-CXR / test]"), "summary line without dataset and split: \(line)")
        }
        XCTAssert(summary.contains("200 images, 100 patients"), summary)
        XCTAssert(summary.contains("60 positives, 140 negatives"), summary)
    }

    func testInfiniteThresholdEncodesAsString() throws {
        // Inverted validation scores: Youden picks +inf.
        let data = try MultiLabelScores(classNames: ["x"], labels: [[true, true, false, false]], scores: [[0.1, 0.2, 0.8, 0.9]])
        let report = try MetricsReport.evaluate(dataset: "d", split: "test", data: data, patientIDs: [1, 2, 3, 4],
                                                bootstrap: BootstrapConfiguration(resamples: 20),
                                                thresholdsFrom: ThresholdSelection(split: "validation", data: data))
        XCTAssertEqual(report.classes[0].operatingPoint?.selection.threshold, .infinity)
        let text = String(decoding: try report.jsonData(), as: UTF8.self)
        XCTAssert(text.contains("\"threshold\" : \"inf\""), "expected the +inf threshold written as \"inf\" in:\n\(text)")
        XCTAssertEqual(try MetricsReport.decode(report.jsonData()), report)
    }

    func testMismatchedSelectionClassesAreRejected() throws {
        let a = try MultiLabelScores(classNames: ["x"], labels: [[true, false]], scores: [[0.6, 0.4]])
        let b = try MultiLabelScores(classNames: ["y"], labels: [[true, false]], scores: [[0.6, 0.4]])
        XCTAssertThrowsError(try MetricsReport.evaluate(dataset: "d", split: "test", data: a, patientIDs: [1, 2],
                                                        thresholdsFrom: ThresholdSelection(split: "val", data: b)))
    }
}
