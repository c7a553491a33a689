import Foundation

/// The joint probabilities `P` of t-SNE in compressed sparse rows: row `i` holds `p_ij` for the
/// columns `indices[indptr[i]..<indptr[i+1]]` (all `j != i` for the exact method, the
/// symmetrised nearest-neighbour pattern for Barnes-Hut). `P` is symmetric and sums to 1.
public struct TSNEAffinities: Sendable {
    public let count: Int
    public let indptr: [Int]
    public let indices: [Int]
    public let values: [Double]

    /// scikit-learn's `MACHINE_EPSILON` (float64 machine epsilon), the floor of the exact `P`.
    public static let machineEpsilon = Double.ulpOfOne

    /// `p_ij` (0 outside the stored pattern).
    public func value(_ i: Int, _ j: Int) -> Double {
        for k in indptr[i]..<indptr[i + 1] where indices[k] == j { return values[k] }
        return 0
    }

    /// The dense `count x count` matrix, row-major (zero diagonal).
    public func dense() -> [Double] {
        var out = [Double](repeating: 0, count: count * count)
        for i in 0..<count { for k in indptr[i]..<indptr[i + 1] { out[i * count + indices[k]] = values[k] } }
        return out
    }

    /// Conditional probabilities `p_{j|i} = exp(-beta d_ij) / sum_j exp(-beta d_ij)` over the
    /// squared distances `d` of one point to its candidates, with the precision `beta` found by
    /// scikit-learn's binary search (`_binary_search_perplexity`): start at 1, double/halve until
    /// bracketed, then bisect, until the entropy `log(sum) + beta sum d p` is within 1e-5 of
    /// `log(perplexity)` (at most 100 steps). Distances are rounded to float32 first and the
    /// result too, as scikit-learn does.
    static func conditionalRow(_ squaredDistances: [Double], perplexity: Double) -> [Double] {
        let d = squaredDistances.map { Double(Float($0)) }
        let tolerance = Double(Float(1e-5)), floor = Double(Float(1e-8))
        let desired = log(Double(Float(perplexity)))
        var beta = 1.0, betaMin = -Double.infinity, betaMax = Double.infinity
        var p = [Double](repeating: 0, count: d.count)
        for _ in 0..<100 {
            var sum = 0.0
            for j in d.indices { p[j] = exp(-d[j] * beta); sum += p[j] }
            if sum == 0 { sum = floor }
            var weighted = 0.0
            for j in d.indices { p[j] /= sum; weighted += d[j] * p[j] }
            let difference = log(sum) + beta * weighted - desired
            if abs(difference) <= tolerance { break }
            if difference > 0 {
                betaMin = beta
                beta = betaMax == .infinity ? beta * 2 : (beta + betaMax) / 2
            } else {
                betaMax = beta
                beta = betaMin == -.infinity ? beta / 2 : (beta + betaMin) / 2
            }
        }
        return p.map { Double(Float($0)) }
    }

    static func checkPerplexity(_ perplexity: Double, _ n: Int) throws {
        guard perplexity > 0, perplexity.isFinite else { throw LatentError.invalidInput("perplexity must be positive, got \(perplexity)") }
        guard perplexity < Double(n) else { throw LatentError.invalidInput("perplexity (\(perplexity)) must be less than the number of points (\(n))") }
    }

    /// Exact method (scikit-learn `_joint_probabilities`): conditionals over all other points,
    /// `p_ij = max((p_{j|i} + p_{i|j}) / sum, eps)`.
    public static func exact(_ data: Matrix, perplexity: Double) throws -> TSNEAffinities {
        let n = data.rows
        try checkPerplexity(perplexity, n)
        var conditional = [Double](repeating: 0, count: n * n)
        conditional.withUnsafeMutableBufferPointer { o in
            let out = o.baseAddress!
            ParallelLoop.chunks(n, minimumPerChunk: 4) { range in
                for i in range {
                    let others = (0..<n).filter { $0 != i }
                    let row = conditionalRow(others.map { data.squaredDistance(i, data, $0) }, perplexity: perplexity)
                    for (k, j) in others.enumerated() { out[i * n + j] = row[k] }
                }
            }
        }
        var sum = 0.0
        for i in 0..<n { for j in 0..<n where j != i { sum += conditional[i * n + j] + conditional[j * n + i] } }
        sum = max(sum, machineEpsilon)
        var indptr = [0], indices: [Int] = [], values: [Double] = []
        indices.reserveCapacity(n * (n - 1)); values.reserveCapacity(n * (n - 1))
        for i in 0..<n {
            for j in 0..<n where j != i {
                indices.append(j)
                values.append(max((conditional[i * n + j] + conditional[j * n + i]) / sum, machineEpsilon))
            }
            indptr.append(indices.count)
        }
        return TSNEAffinities(count: n, indptr: indptr, indices: indices, values: values)
    }

    /// Neighbour count of the Barnes-Hut method: `min(n - 1, floor(3 perplexity + 1))`.
    public static func neighborCount(perplexity: Double, points n: Int) -> Int { min(n - 1, Int(3 * perplexity + 1)) }

    /// Barnes-Hut method (scikit-learn `_joint_probabilities_nn`): conditionals over each
    /// point's `neighborCount` nearest neighbours, `P = (C + C^T) / sum` on the union pattern.
    public static func nearestNeighbors(_ data: Matrix, perplexity: Double) throws -> TSNEAffinities {
        let n = data.rows
        try checkPerplexity(perplexity, n)
        let k = neighborCount(perplexity: perplexity, points: n)
        let neighbours = NeighborhoodMetrics.nearestNeighbors(data, k: k)
        var rows = [[(Int, Double)]](repeating: [], count: n)
        rows.withUnsafeMutableBufferPointer { o in
            let out = o.baseAddress!
            ParallelLoop.chunks(n, minimumPerChunk: 4) { range in
                for i in range {
                    let p = conditionalRow(neighbours[i].map { data.squaredDistance(i, data, $0) }, perplexity: perplexity)
                    out[i] = Array(zip(neighbours[i], p))
                }
            }
        }
        // C + C^T on the union of patterns, then normalised.
        var symmetric = [[Int: Double]](repeating: [:], count: n)
        for i in 0..<n {
            for (j, v) in rows[i] {
                symmetric[i][j, default: 0] += v
                symmetric[j][i, default: 0] += v
            }
        }
        var sum = 0.0
        for i in 0..<n { for j in symmetric[i].keys.sorted() { sum += symmetric[i][j]! } }
        sum = max(sum, machineEpsilon)
        var indptr = [0], indices: [Int] = [], values: [Double] = []
        for i in 0..<n {
            for j in symmetric[i].keys.sorted() { indices.append(j); values.append(symmetric[i][j]! / sum) }
            indptr.append(indices.count)
        }
        return TSNEAffinities(count: n, indptr: indptr, indices: indices, values: values)
    }
}
