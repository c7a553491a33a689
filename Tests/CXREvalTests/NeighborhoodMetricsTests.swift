import XCTest
@testable import CXREval

/// Trustworthiness against scikit-learn's `trustworthiness`, and the k-NN measures on small
/// cases worked by hand.
final class NeighborhoodMetricsTests: XCTestCase {
    func testTrustworthinessEqualsScikitLearn() throws {
        let f = LatentFixtures.trust
        let x = LatentFixtures.matrix(f["X"]), y = LatentFixtures.matrix(f["Y"])
        let expected = f["trustworthiness"] as! [String: Any]
        for k in [1, 5, 10, 20] {
            let ours = try NeighborhoodMetrics.trustworthiness(original: x, embedded: y, k: k)
            assertClose(ours, Fixtures.double(expected["\(k)"]), tolerance: 1e-9, "trustworthiness@\(k)")
        }
        XCTAssertEqual(try NeighborhoodMetrics.trustworthiness(original: x, embedded: x, k: 5), 1, accuracy: 1e-12)
        XCTAssertThrowsError(try NeighborhoodMetrics.trustworthiness(original: x, embedded: y, k: 30), "k must be below n / 2")
    }

    func testNeighbourPreservationCountsSharedNeighbours() throws {
        // Points on a line at 0, 1, 2, 10; the identity keeps every neighbour.
        let line = Matrix([[0], [1], [2], [10]])
        XCTAssertEqual(try NeighborhoodMetrics.neighborPreservation(original: line, embedded: line, k: 1), 1)
        // Moved to 0, 10, 2, 1. Nearest (ties to the lower index): original 0->1, 1->0, 2->1, 3->2;
        // moved 0->3, 1->2, 2->3, 3->0: none kept.
        let moved = Matrix([[0], [10], [2], [1]])
        XCTAssertEqual(try NeighborhoodMetrics.neighborPreservation(original: line, embedded: moved, k: 1), 0)
        // Two nearest: original {1,2} {0,2} {1,0} {2,1}; moved {3,2} {2,3} {3,0} {0,2}: one of two kept each.
        XCTAssertEqual(try NeighborhoodMetrics.neighborPreservation(original: line, embedded: moved, k: 2), 0.5)
    }

    func testKNNAccuracyVotesAndBreaksTiesByTheNearest() throws {
        let points = Matrix([[0], [1], [2], [10], [11], [12]])
        XCTAssertEqual(try NeighborhoodMetrics.knnAccuracy(points, labels: [0, 0, 0, 1, 1, 1], k: 2), 1)
        // Point 2's neighbours are 1 (label 0) and 0 (label 1): a tie, won by the nearer (label 0).
        XCTAssertEqual(try NeighborhoodMetrics.knnAccuracy(Matrix([[0], [1], [1.5]]), labels: [1, 0, 0], k: 2), 2.0 / 3)
    }
}
