import XCTest
@testable import CXRData

/// Epoch orders of the samplers on synthetic labels.
final class SamplerTests: XCTestCase {
    /// 10 images positive for class 0, 2 for class 1, 8 with no finding.
    let labels: [[Float]] = Array(repeating: [1, 0], count: 10) + Array(repeating: [0, 1], count: 2) + Array(repeating: [0, 0], count: 8)

    func testOversamplingRepeatsRareClassesUpToTheFactor() {
        let sampler = EpochSampler(indices: Array(labels.indices), labels: labels, sampling: .oversampleMinority(factor: 4), seed: 1)
        let order = sampler.order(epoch: 0)
        var visits = [Int](repeating: 0, count: labels.count)
        for i in order { visits[i] += 1 }
        // Class 1 has 2 positives against 10 of the largest class: ratio 5, capped at the factor 4.
        XCTAssertEqual(visits[10], 4)
        XCTAssertEqual(visits[11], 4)
        XCTAssertTrue(visits[0..<10].allSatisfy { $0 == 1 }, "the largest class must not be repeated: \(visits)")
        XCTAssertTrue(visits[12...].allSatisfy { $0 == 1 }, "images without findings are kept once: \(visits)")
        XCTAssertEqual(order.count, labels.count + 6)
        XCTAssertEqual(order, sampler.order(epoch: 0), "same epoch, same order")
        XCTAssertNotEqual(order, sampler.order(epoch: 1), "a new epoch reshuffles")
    }

    func testShuffleVisitsEachImageOnce() {
        let sampler = EpochSampler(indices: Array(labels.indices), labels: labels, sampling: .sequential(shuffle: true), seed: 2)
        XCTAssertEqual(sampler.order(epoch: 3).sorted(), Array(labels.indices))
    }
}
