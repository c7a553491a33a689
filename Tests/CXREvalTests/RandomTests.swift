import XCTest
@testable import CXREval

final class RandomTests: XCTestCase {
    /// Reference values of SplitMix64 for seed 1234567 (from the reference C implementation).
    func testSplitMix64KnownSequence() {
        var rng = EvalRandom(seed: 1234567)
        let expected: [UInt64] = [6457827717110365317, 3203168211198807973, 9817491932198370423]
        for (i, e) in expected.enumerated() {
            let got = rng.next()
            XCTAssertEqual(got, e, "SplitMix64 output \(i): expected \(e), observed \(got)")
        }
    }

    func testBelowIsInRangeAndCoversAll() {
        var rng = EvalRandom(seed: 7)
        var seen = [Int](repeating: 0, count: 7)
        for _ in 0..<7000 { let v = rng.below(7); XCTAssert((0..<7).contains(v)); seen[v] += 1 }
        for (v, c) in seen.enumerated() {
            XCTAssert(c > 800 && c < 1200, "value \(v) drawn \(c) times of 7000, expected about 1000 (tolerance 200)")
        }
    }
}
