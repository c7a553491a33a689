import XCTest
@testable import CXREval

/// The self-organizing map against MiniSom 2.3.6 (fixtures from scripts/make_latent_fixtures.py):
/// from MiniSom's initial weights and sample order, trained weights, quantization and
/// topographic errors, U-matrix and hit counts for rectangular and hexagonal grids, each
/// neighbourhood, each decay, online and batch training.
final class SelfOrganizingMapTests: XCTestCase {
    /// Trained weights may differ from MiniSom's by float rounding only (same operations, same
    /// order per neuron; batch sums in another order).
    static let weightTolerance = 1e-9

    func testTrainingMatchesMiniSomInEveryCase() throws {
        let f = LatentFixtures.som
        let data = LatentFixtures.matrix(f["data"])
        let cases = f["cases"] as! [[String: Any]]
        XCTAssertEqual(cases.count, 11)
        for c in cases {
            let topology = SOMTopology(rawValue: c["topology"] as! String)!
            let neighborhood = SOMNeighborhood(rawValue: c["neighborhood"] as! String)!
            let decay = SOMDecay(rawValue: c["decay"] as! String)!
            let mode = SOMTrainingMode(rawValue: c["mode"] as! String)!
            let rows = (c["rows"] as! NSNumber).intValue, columns = (c["columns"] as! NSNumber).intValue
            let sigma = Fixtures.double(c["sigma"])!, rate = Fixtures.double(c["learning_rate"])!
            let iterations = (c["iterations"] as! NSNumber).intValue
            let name = "\(topology.rawValue) \(rows)x\(columns) \(neighborhood.rawValue) \(decay.rawValue) \(mode.rawValue)"
            let grid = try SOMGrid(rows: rows, columns: columns, topology: topology)
            var som = try SelfOrganizingMap(grid: grid, weights: LatentFixtures.matrix(c["initial"]))
            switch mode {
            case .online:
                try som.trainOnline(data, iterations: iterations, sigma: sigma, learningRate: rate, neighborhood: neighborhood, decay: decay,
                                    order: .explicit(Fixtures.ints(c["order"])))
            case .batch:
                try som.trainBatch(data, iterations: iterations, sigma: sigma, learningRate: rate, neighborhood: neighborhood, decay: decay)
            }
            let expected = LatentFixtures.matrix(c["weights"])
            let difference = maxAbsDifference(som.weights.values, expected.values)
            XCTAssertLessThanOrEqual(difference, Self.weightTolerance, "\(name): weights, max abs difference")
            assertClose(try som.quantizationError(data), Fixtures.double(c["quantization_error"]), tolerance: 1e-9, "\(name): quantization error")
            assertClose(try som.topographicError(data), Fixtures.double(c["topographic_error"]), tolerance: 1e-12, "\(name): topographic error")
            XCTAssertEqual(som.hitCounts(data), Fixtures.ints(c["activation_response"]), "\(name): hits")
            // MiniSom's hexagonal neighbour table matches its layout only for an odd row count.
            if topology == .rectangular || rows % 2 == 1 {
                assertClose(som.distanceMap(), Fixtures.doubles(c["distance_map"]), tolerance: 1e-9, "\(name): U-matrix")
            }
            print("SOM vs MiniSom, \(name): weights max |diff| \(difference), QE \(try som.quantizationError(data)), TE \(try som.topographicError(data))")
        }
    }

    func testDefaultSideFollowsTheFiveSqrtNRule() {
        // 5 sqrt(150) = 61.2 neurons -> 8 x 8 (MiniSom's documented example).
        XCTAssertEqual(SOMGrid.defaultSide(samples: 150), 8)
        XCTAssertEqual(SOMGrid.defaultSide(samples: 621), 12)
        XCTAssertEqual(SOMGrid.defaultSide(samples: 1), 3)
    }

    func testHexagonalNeighboursAreSixAtUnitDistance() throws {
        let grid = try SOMGrid(rows: 5, columns: 6, topology: .hexagonal)
        let interior = 2 * 6 + 2
        XCTAssertEqual(grid.neighbours(interior).count, 6)
        for n in grid.neighbours(interior) {
            let a = grid.position(interior), b = grid.position(n)
            XCTAssertEqual(((a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y)).squareRoot(), 1, accuracy: 1e-12)
        }
        XCTAssertEqual(try SOMGrid(rows: 5, columns: 6).neighbours(interior).count, 8)
    }

    func testRandomInitialisationUsesSamplesAndIsSeeded() throws {
        let data = LatentFixtures.matrix(LatentFixtures.som["data"])
        let grid = try SOMGrid(rows: 3, columns: 4)
        let a = try SelfOrganizingMap.randomSampleInitialized(grid: grid, data: data, seed: 5)
        let b = try SelfOrganizingMap.randomSampleInitialized(grid: grid, data: data, seed: 5)
        XCTAssertEqual(a.weights, b.weights)
        let rows = Set(data.rowArrays)
        for n in 0..<grid.count { XCTAssertTrue(rows.contains(a.weights.row(n)), "neuron \(n) is not a sample") }
    }

    func testRandomOrderIsAPermutationOfTheCyclicOrder() {
        let order = SOMSampleOrder.random(seed: 3).indices(samples: 7, steps: 20)
        XCTAssertEqual(order.sorted(), (0..<20).map { $0 % 7 }.sorted())
        XCTAssertNotEqual(order, (0..<20).map { $0 % 7 })
    }

    func testClassMapsCountAndVote() throws {
        let maps = try SOMClassMaps(neurons: 3, winners: [0, 0, 0, 1, 2], labels: [[1, 0], [1, 0], [0, 1], [0, 0], [1, 1]], classNames: ["a", "b"])
        XCTAssertEqual(maps.hits, [3, 1, 1])
        XCTAssertEqual(maps.classHits, [[2, 0, 1], [1, 0, 1]])
        XCTAssertEqual(maps.categoryNames, ["a", "b", SOMClassMaps.noLabel, SOMClassMaps.severalLabels])
        XCTAssertEqual(maps.majority, [0, 2, 3])
        XCTAssertThrowsError(try SOMClassMaps(neurons: 2, winners: [0], labels: [[1]], classNames: ["a", "b"]))
        XCTAssertEqual(SOMClassMaps.categories(labels: [[1], [0]], classNames: ["COVID-19"]).names, ["COVID-19", "not COVID-19"])
    }

    func testBadInputIsRejected() throws {
        XCTAssertThrowsError(try SOMGrid(rows: 0, columns: 3))
        let grid = try SOMGrid(rows: 2, columns: 2)
        var som = try SelfOrganizingMap(grid: grid, weights: Matrix(rows: 4, columns: 2))
        XCTAssertThrowsError(try som.trainOnline(Matrix([[1, 2, 3]]), iterations: 5, sigma: 1, learningRate: 0.5), "feature count mismatch")
        XCTAssertThrowsError(try som.trainOnline(Matrix([[1, 2]]), iterations: 2, sigma: 1, learningRate: 0.5, order: .explicit([0, 4])), "index out of range")
    }
}
