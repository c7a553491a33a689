import XCTest
@testable import CXREval

/// Localisation scores on hand-computed cases, including the degenerate ones.
final class LocalizationTests: XCTestCase {
    /// 6 x 5 map: a 3-pixel diagonal region top-left (8-connected), a 5-pixel region bottom-right.
    let twoRegions = HeatMap(width: 6, height: 5, values: [
        1.0, 0.0, 0.0, 0.0, 0.0, 0.0,
        0.0, 0.9, 0.0, 0.0, 0.0, 0.0,
        0.0, 0.0, 0.8, 0.0, 0.0, 0.0,
        0.0, 0.0, 0.0, 0.0, 0.6, 0.7,
        0.0, 0.0, 0.0, 0.6, 0.6, 0.6,
    ])

    func testRegionsAreEightConnectedAndLargestFirst() {
        let regions = Localization.regions(twoRegions, threshold: 0.5)
        XCTAssertEqual(regions.count, 2)
        XCTAssertEqual(regions[0].pixels, 5)
        XCTAssertEqual(regions[0].box, PixelBox(x: 3, y: 3, width: 3, height: 2))
        XCTAssertEqual(regions[1].pixels, 3)
        XCTAssertEqual(regions[1].box, PixelBox(x: 0, y: 0, width: 3, height: 3))
        // At 0.65 * max only 1.0, 0.9, 0.8 and 0.7 pass: the diagonal (3) beats the lone 0.7.
        XCTAssertEqual(Localization.predictedBox(twoRegions, threshold: 0.65), PixelBox(x: 0, y: 0, width: 3, height: 3))
        // At 0.95 only the peak.
        XCTAssertEqual(Localization.predictedBox(twoRegions, threshold: 0.95), PixelBox(x: 0, y: 0, width: 1, height: 1))
        // Equal sizes: the region met first in row-major order wins.
        let tie = HeatMap(width: 3, height: 1, values: [1, 0, 1])
        XCTAssertEqual(Localization.predictedBox(tie, threshold: 0.5), PixelBox(x: 0, y: 0, width: 1, height: 1))
    }

    func testThresholdIsAFractionOfTheMapsOwnMaximum() {
        let map = HeatMap(width: 4, height: 1, values: [0.1, 0.3, 0.4, 0.8])
        // T = 0.5 of max 0.8 is 0.4: pixels 2 and 3.
        XCTAssertEqual(Localization.predictedBox(map, threshold: 0.5), PixelBox(x: 2, y: 0, width: 2, height: 1))
    }

    func testOverlapMeasures() {
        // Predicted [1, 3) x [1, 3) (area 4), truth [2, 5) x [1, 4) (area 9): intersection
        // [2, 3) x [1, 3) = 2, union 11.
        let values = (0..<36).map { i -> Float in (1...2).contains(i % 6) && (1...2).contains(i / 6) ? 1 : 0 }
        let map = HeatMap(width: 6, height: 6, values: values)
        let truth = PixelBox(x: 2, y: 1, width: 3, height: 3)
        let s = Localization.score(map, truth: truth, threshold: 0.5)
        XCTAssertEqual(s.predictedBox, PixelBox(x: 1, y: 1, width: 2, height: 2))
        XCTAssertEqual(s.intersectionOverUnion, 2.0 / 11, accuracy: 1e-12)
        XCTAssertEqual(s.intersectionOverDetected, 2.0 / 4, accuracy: 1e-12)
        XCTAssertEqual(s.intersectionOverTruth, 2.0 / 9, accuracy: 1e-12)
        // Disjoint boxes: all zero; identical: all one.
        XCTAssertEqual(Localization.score(map, truth: PixelBox(x: 4, y: 4, width: 2, height: 2), threshold: 0.5).intersectionOverUnion, 0)
        let same = Localization.score(map, truth: PixelBox(x: 1, y: 1, width: 2, height: 2), threshold: 0.5)
        XCTAssertEqual([same.intersectionOverUnion, same.intersectionOverDetected, same.intersectionOverTruth], [1, 1, 1])
    }

    func testBoxAtTheBorder() {
        var values = [Float](repeating: 0, count: 20)
        values[19] = 1  // bottom-right pixel of 5 x 4
        let map = HeatMap(width: 5, height: 4, values: values)
        XCTAssertEqual(Localization.predictedBox(map, threshold: 0.1), PixelBox(x: 4, y: 3, width: 1, height: 1))
        // A ground-truth box running past the image edge.
        let truth = PixelBox(x: 3.5, y: 2.5, width: 5, height: 5)
        XCTAssertTrue(Localization.pointingHit(map, truth: truth))
        let s = Localization.score(map, truth: truth, threshold: 0.1)
        XCTAssertEqual(s.intersectionOverDetected, 1)
        XCTAssertEqual(s.intersectionOverTruth, 1.0 / 25, accuracy: 1e-12)
        XCTAssertEqual(s.intersectionOverUnion, 1.0 / 25, accuracy: 1e-12)
    }

    func testPointingGame() {
        XCTAssertTrue(Localization.pointingHit(twoRegions, truth: PixelBox(x: 0, y: 0, width: 1, height: 1)))
        // The peak's centre (0.5, 0.5): left/top edges are inside, right/bottom edges outside.
        XCTAssertTrue(Localization.pointingHit(twoRegions, truth: PixelBox(x: 0.5, y: 0.5, width: 2, height: 2)))
        XCTAssertFalse(Localization.pointingHit(twoRegions, truth: PixelBox(x: 0, y: 0, width: 0.5, height: 3)))
        XCTAssertFalse(Localization.pointingHit(twoRegions, truth: PixelBox(x: 3, y: 3, width: 3, height: 2)))
        // Ties: the first maximum in row-major order.
        let tie = HeatMap(width: 3, height: 2, values: [0, 0, 1, 1, 0, 0])
        XCTAssertEqual(tie.argmax.x, 2)
        XCTAssertEqual(tie.argmax.y, 0)
    }

    func testAllZeroMapIsDefined() {
        let zero = HeatMap(width: 4, height: 3, values: [Float](repeating: 0, count: 12))
        XCTAssertEqual(zero.normalized(), zero)
        XCTAssertTrue(Localization.regions(zero, threshold: 0.5).isEmpty)
        let s = Localization.score(zero, truth: PixelBox(x: 0, y: 0, width: 4, height: 3), threshold: 0.5)
        XCTAssertNil(s.predictedBox)
        XCTAssertEqual([s.intersectionOverUnion, s.intersectionOverDetected, s.intersectionOverTruth], [0, 0, 0])
        XCTAssertFalse(Localization.pointingHit(zero, truth: PixelBox(x: 0, y: 0, width: 4, height: 3)))
        XCTAssertNil(Localization.energyFraction(zero, mask: [Bool](repeating: true, count: 12)))
        let summary = BoxLocalizationSummary(scores: [[s]], hits: [false])
        XCTAssertEqual(summary.emptyMaps, 1)
        XCTAssertEqual(summary.thresholds[0].meanIntersectionOverUnion, 0)
        XCTAssertEqual(summary.pointingHitRate, 0)
        let energy = MaskEnergySummary(energy: [nil], area: [0.5])
        XCTAssertEqual(energy.images, 0)
        XCTAssertEqual(energy.emptyMaps, 1)
        XCTAssertEqual(energy.meanEnergyFraction, 0)
        XCTAssertFalse(energy.standardDeviationEnergyFraction.isNaN)
        // No cases at all.
        let none = BoxLocalizationSummary(scores: [], hits: [])
        XCTAssertEqual(none.cases, 0)
        XCTAssertTrue(none.thresholds.isEmpty)
    }

    func testNormalization() {
        XCTAssertEqual(HeatMap(width: 3, height: 1, values: [2, 4, 6]).normalized().values, [0, 0.5, 1])
        XCTAssertEqual(HeatMap(width: 2, height: 1, values: [3, 3]).normalized().values, [0, 0])
        XCTAssertEqual(HeatMap(width: 3, height: 1, values: [-2, 0, 2]).rectified().normalized().values, [0, 0, 1])
    }

    func testEnergyFraction() {
        let map = HeatMap(width: 2, height: 2, values: [1, 2, 3, 4])
        XCTAssertEqual(Localization.energyFraction(map, mask: [true, false, true, false])!, 0.4, accuracy: 1e-12)
        XCTAssertEqual(Localization.areaFraction([true, false, true, false]), 0.5)
        XCTAssertEqual(Localization.energyFraction(map, mask: [false, false, false, false]), 0)
        XCTAssertEqual(Localization.energyFraction(map, mask: [true, true, true, true]), 1)
        // Negative values carry no energy.
        XCTAssertEqual(Localization.energyFraction(HeatMap(width: 2, height: 1, values: [-1, 1]), mask: [true, false]), 0)
        // A uniform map's energy fraction is the mask's area fraction.
        let mask = (0..<12).map { $0 % 3 == 0 }
        XCTAssertEqual(Localization.energyFraction(HeatMap(width: 4, height: 3, values: [Float](repeating: 0.7, count: 12)), mask: mask)!,
                       Localization.areaFraction(mask), accuracy: 1e-12)
    }

    func testSummaries() {
        func case_(_ iou: Double, _ iobb: Double, _ iot: Double) -> [BoxLocalization] {
            [BoxLocalization(threshold: 0.5, predictedBox: PixelBox(x: 0, y: 0, width: 1, height: 1),
                             intersectionOverUnion: iou, intersectionOverDetected: iobb, intersectionOverTruth: iot)]
        }
        let summary = BoxLocalizationSummary(scores: [case_(0.05, 0.3, 0.1), case_(0.3, 0.6, 0.5), case_(0.6, 1, 0.7)], hits: [true, false, true])
        XCTAssertEqual(summary.cases, 3)
        XCTAssertEqual(summary.emptyMaps, 0)
        XCTAssertEqual(summary.pointingHitRate, 2.0 / 3, accuracy: 1e-12)
        let t = summary.thresholds[0]
        XCTAssertEqual(t.threshold, 0.5)
        XCTAssertEqual(t.meanIntersectionOverUnion, 0.95 / 3, accuracy: 1e-12)
        XCTAssertEqual(t.meanIntersectionOverDetected, 1.9 / 3, accuracy: 1e-12)
        XCTAssertEqual(t.meanIntersectionOverTruth, 1.3 / 3, accuracy: 1e-12)
        XCTAssertEqual(t.accuracyIntersectionOverUnion, [2.0 / 3, 2.0 / 3, 1.0 / 3])
        XCTAssertEqual(t.accuracyIntersectionOverDetected, [1, 1, 2.0 / 3])

        let energy = MaskEnergySummary(energy: [0.8, nil, 0.6], area: [0.4, 0.9, 0.5])
        XCTAssertEqual(energy.images, 2)
        XCTAssertEqual(energy.emptyMaps, 1)
        XCTAssertEqual(energy.meanEnergyFraction, 0.7, accuracy: 1e-12)
        XCTAssertEqual(energy.standardDeviationEnergyFraction, (0.02 as Double).squareRoot(), accuracy: 1e-12)
        XCTAssertEqual(energy.meanAreaFraction, 0.45, accuracy: 1e-12)
    }

    func testBoxScaling() {
        // NIH boxes are in 1024-px coordinates; on a 512-px image they halve.
        let box = PixelBox(x: 100, y: 200, width: 300, height: 50).scaled(x: 0.5, y: 0.5)
        XCTAssertEqual(box, PixelBox(x: 50, y: 100, width: 150, height: 25))
    }
}
