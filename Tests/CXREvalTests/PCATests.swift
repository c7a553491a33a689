import XCTest
@testable import CXREval

/// PCA against MiniSom's `pca_weights_init` (numpy `eigh`), and the iterative path against the exact one.
final class PCATests: XCTestCase {
    func testSOMInitialisationEqualsMiniSomUpToTheSignOfEachAxis() throws {
        let f = LatentFixtures.som
        let data = LatentFixtures.matrix(f["data"])
        let pca = f["pca"] as! [String: Any]
        let grid = try SOMGrid(rows: Fixtures.ints([pca["rows"]!])[0], columns: Fixtures.ints([pca["columns"]!])[0])
        let expected = LatentFixtures.matrix(pca["weights"])
        let ours = try SelfOrganizingMap.pcaInitialized(grid: grid, data: data).weights
        // LAPACK's eigenvector signs are arbitrary: the maps may be mirrored along either axis.
        var best = Double.infinity
        for flipColumns in [false, true] {
            for flipRows in [false, true] {
                var mirrored = Matrix(rows: grid.count, columns: data.columns)
                for r in 0..<grid.rows {
                    for c in 0..<grid.columns {
                        let rr = flipRows ? grid.rows - 1 - r : r, cc = flipColumns ? grid.columns - 1 - c : c
                        for j in 0..<data.columns { mirrored[r * grid.columns + c, j] = ours[rr * grid.columns + cc, j] }
                    }
                }
                best = min(best, maxAbsDifference(mirrored.values, expected.values))
            }
        }
        XCTAssertLessThan(best, 1e-10, "PCA initial weights vs MiniSom (max abs difference, best mirror)")
    }

    func testComponentsAreOrthonormalEigenvectorsWithTheSignConvention() throws {
        let data = LatentFixtures.matrix(LatentFixtures.som["data"])
        let pca = try PCA(fitting: data, components: 3)
        for a in 0..<3 {
            for b in 0..<3 {
                let dot = zip(pca.components[a], pca.components[b]).reduce(0) { $0 + $1.0 * $1.1 }
                XCTAssertEqual(dot, a == b ? 1 : 0, accuracy: 1e-12)
            }
        }
        XCTAssertGreaterThanOrEqual(pca.explainedVariance[0], pca.explainedVariance[1])
        let scores = pca.transform(data)
        for c in 0..<3 {
            let column = (0..<data.rows).map { scores[$0, c] }
            let extreme = column.max { abs($0) < abs($1) }!
            XCTAssertGreaterThan(extreme, 0, "largest-magnitude score of component \(c) is positive")
            // Variance of the scores equals the eigenvalue.
            let variance = column.reduce(0) { $0 + $1 * $1 } / Double(data.rows - 1)
            XCTAssertEqual(variance, pca.explainedVariance[c], accuracy: 1e-9 * pca.explainedVariance[0])
        }
    }

    func testSubspaceIterationAgreesWithTheExactDecomposition() throws {
        // 150 features (above the exact limit) with a decaying spectrum.
        var g = EvalRandom(seed: 9)
        func uniform() -> Double { Double(g.next() >> 11) / 9007199254740992.0 - 0.5 }
        let n = 80, d = 150
        var m = Matrix(rows: n, columns: d)
        for i in 0..<n { for j in 0..<d { m[i, j] = uniform() * 10 / Double(j + 1) } }
        let iterative = try PCA(fitting: m, components: 2)
        let (values, vectors) = PCA.subspaceIteration(m.values.enumerated().map { $0.element - m.columnMeans[$0.offset % d] },
                                                      rows: n, columns: d, components: 2)
        XCTAssertEqual(values.count, 2)
        // Exact: Jacobi on the 150 x 150 covariance.
        let mean = m.columnMeans
        var c = [Double](repeating: 0, count: d * d)
        for i in 0..<n { for p in 0..<d { for q in 0..<d { c[p * d + q] += (m[i, p] - mean[p]) * (m[i, q] - mean[q]) / Double(n - 1) } } }
        let exact = SymmetricEigen.decompose(c, size: d)
        for k in 0..<2 {
            XCTAssertEqual(iterative.explainedVariance[k], exact.values[k], accuracy: 1e-10 * exact.values[0])
            let dot = abs(zip(iterative.components[k], exact.vectors[k]).reduce(0) { $0 + $1.0 * $1.1 })
            XCTAssertEqual(dot, 1, accuracy: 1e-9, "component \(k) direction")
            XCTAssertEqual(values[k], exact.values[k], accuracy: 1e-10 * exact.values[0])
            _ = vectors
        }
    }

    func testBadInputIsRejected() {
        XCTAssertThrowsError(try PCA(fitting: Matrix([[1, 2]]), components: 1))
        XCTAssertThrowsError(try PCA(fitting: Matrix([[1, 2], [3, 4]]), components: 3))
    }
}
