import CXRData
import CXREval
import CXRNN
import CXRTestSupport
@testable import CXRTrain
import Foundation
import XCTest

/// The report's heatmap pieces on real annotated images: NIH boxes scaled into the model's
/// frame, COVID lung masks, and the gallery's case selection.
final class RunExplanationTests: XCTestCase {
    func explanation(_ dataset: Dataset, indices: [Int], classNames: [String]) throws -> RunExplanation {
        let model = Architecture.mobilenetV2.make(classes: classNames.count, seed: 5)
        let metadata = CheckpointMetadata(cxrkitVersion: Checkpoint.version, architecture: "mobilenet_v2", classNames: classNames,
                                          imageSize: 64, preprocessing: "RGB, exact resize to 64, ImageNet mean/std", loss: .bce, epoch: 0,
                                          validationMeanAUC: nil, thresholds: nil, dataset: dataset.name, splitDescription: "test")
        return try RunExplanation(model: model, metadata: metadata, dataset: dataset, indices: indices, splitName: "test", threads: 2)
    }

    func testBoxScoresCoverEveryBoxOfTheFinding() throws {
        let root = RepositoryPaths.sharedData.appendingPathComponent("nih-chestxray14").path
        guard FileManager.default.fileExists(atPath: root) else { throw XCTSkip("shared data absent: \(root)") }
        let dataset = try NIHChestXray14.load(root: root, allowMissing: true)
        let boxed = dataset.samples.indices.filter { !dataset.samples[$0].boxes.isEmpty }
        guard !boxed.isEmpty else { throw XCTSkip("no NIH images with boxes in \(root)") }
        let e = try explanation(dataset, indices: boxed, classNames: dataset.classNames)
        var total = 0
        for (c, name) in dataset.classNames.enumerated() {
            let expected = boxed.reduce(0) { $0 + dataset.samples[$1].boxes.filter { $0.finding == name }.count }
            let summary = try e.boxScores(classIndex: c)
            XCTAssertEqual(summary?.cases ?? 0, expected, name)
            if let summary {
                XCTAssertEqual(summary.thresholds.count, Localization.thresholds.count)
                XCTAssertTrue((0...1).contains(summary.pointingHitRate))
                for t in summary.thresholds {
                    XCTAssertTrue((0...1).contains(t.meanIntersectionOverUnion) && (0...1).contains(t.meanIntersectionOverDetected), "\(name) T=\(t.threshold)")
                }
            }
            total += expected
        }
        XCTAssertGreaterThan(total, 0)
        // The gallery picks distinct cases of each kind, ranked by probability.
        let cases = e.cases(classIndex: 0, perKind: 2)
        XCTAssertEqual(Set(cases.map(\.index)).count, cases.count, "a case shown twice")
        let confident = cases.filter { $0.kind == "most confident positive" }
        XCTAssertTrue(confident.allSatisfy(\.positive))
        XCTAssertTrue(cases.filter { $0.kind == "false alarm" }.allSatisfy { !$0.positive })
    }

    func testLungMaskScoresStayWithinTheirBounds() throws {
        let root = RepositoryPaths.sharedData.appendingPathComponent("covid-19-image-collection").path
        guard FileManager.default.fileExists(atPath: root) else { throw XCTSkip("shared data absent: \(root)") }
        let dataset = try COVIDCollection.load(root: root)
        let masked = Array(dataset.samples.indices.filter { dataset.samples[$0].maskPath != nil }.prefix(12))
        let e = try explanation(dataset, indices: masked, classNames: dataset.classNames)
        let scores = try e.maskScores(classIndex: 0, onlyPositives: false, maskName: "lungs") { $0.maskPath }
        XCTAssertEqual(scores.summary.images + scores.summary.emptyMaps, masked.count)
        XCTAssertGreaterThan(scores.summary.meanAreaFraction, 0.1, "lung masks cover a real share of the image")
        XCTAssertLessThan(scores.summary.meanAreaFraction, 0.8)
        XCTAssertTrue((0...1).contains(scores.summary.meanEnergyFraction))
    }
}
