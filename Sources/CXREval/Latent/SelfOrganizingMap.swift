import Foundation

/// A self-organizing map (Kohonen): a grid of neurons, each with a weight vector in the data
/// space, trained so that neighbouring neurons model neighbouring data.
///
/// The algorithms follow MiniSom 2.3.6 step for step (checked against it on committed
/// fixtures): online training (`train`: find the winner `argmin_n |x - w_n|`, then
/// `w_n += lr(t) h(winner, n; sigma(t)) (x - w_n)` for every neuron), batch training
/// (`train_batch_offline`: per pass, `w_n = (1 - lr) w_n + lr sum_i h(b_i, n) x_i / sum_i h(b_i, n)`
/// where the denominator is positive), PCA initialisation (`pca_weights_init`), quantization
/// and topographic errors and the distance map (U-matrix).
public struct SelfOrganizingMap: Sendable {
    public let grid: SOMGrid
    /// `[grid.count x features]`, row `n` the weight vector of neuron `n`.
    public var weights: Matrix

    public var features: Int { weights.columns }

    /// A map with the given weights (`grid.count` rows).
    public init(grid: SOMGrid, weights: Matrix) throws {
        guard weights.rows == grid.count else {
            throw LatentError.invalidInput("SOM weights have \(weights.rows) rows for \(grid.count) neurons")
        }
        self.grid = grid; self.weights = weights
    }

    /// MiniSom's `pca_weights_init`: `w(r, c) = mean + a_c pc1 + b_r pc2` with `a`, `b` evenly
    /// spaced over `[-1, 1]` along columns and rows, and `pc1`, `pc2` the unit eigenvectors of
    /// the covariance with the two largest eigenvalues (not scaled by them, as MiniSom). Signs of
    /// the components follow `PCA`'s convention (MiniSom's are whatever LAPACK returns, so the two
    /// maps can be mirror images).
    public static func pcaInitialized(grid: SOMGrid, data: Matrix) throws -> SelfOrganizingMap {
        guard data.columns >= 2 else { throw LatentError.invalidInput("PCA initialisation needs at least 2 features") }
        let pca = try PCA(fitting: data, components: 2)
        func spaced(_ k: Int, _ n: Int) -> Double { n == 1 ? -1 : -1 + 2 * Double(k) / Double(n - 1) }
        var w = Matrix(rows: grid.count, columns: data.columns)
        for r in 0..<grid.rows {
            for c in 0..<grid.columns {
                let a = spaced(c, grid.columns), b = spaced(r, grid.rows)
                for j in 0..<data.columns { w[r * grid.columns + c, j] = pca.mean[j] + a * pca.components[0][j] + b * pca.components[1][j] }
            }
        }
        return try SelfOrganizingMap(grid: grid, weights: w)
    }

    /// MiniSom's `random_weights_init`: each neuron takes a sample drawn uniformly (seeded).
    public static func randomSampleInitialized(grid: SOMGrid, data: Matrix, seed: UInt64) throws -> SelfOrganizingMap {
        guard data.rows >= 1 else { throw LatentError.invalidInput("no data to initialise the SOM from") }
        var generator = EvalRandom(seed: seed)
        var w = Matrix(rows: grid.count, columns: data.columns)
        for n in 0..<grid.count {
            let i = generator.below(data.rows)
            for j in 0..<data.columns { w[n, j] = data[i, j] }
        }
        return try SelfOrganizingMap(grid: grid, weights: w)
    }

    /// The neuron closest to row `i` of `data` (Euclidean; the first on ties).
    public func winner(_ data: Matrix, _ i: Int) -> Int {
        var best = 0, bestDistance = Double.infinity
        for n in 0..<grid.count {
            let d = data.squaredDistance(i, weights, n)
            if d < bestDistance { bestDistance = d; best = n }
        }
        return best
    }

    /// The winner of every row of `data` (in parallel).
    public func winners(_ data: Matrix) -> [Int] {
        var out = [Int](repeating: 0, count: data.rows)
        out.withUnsafeMutableBufferPointer { o in
            let p = o.baseAddress!
            ParallelLoop.chunks(data.rows, minimumPerChunk: 8) { range in for i in range { p[i] = winner(data, i) } }
        }
        return out
    }

    func checkFeatures(_ data: Matrix) throws {
        guard data.columns == features else { throw LatentError.invalidInput("data have \(data.columns) features, the SOM \(features)") }
        guard data.rows >= 1 else { throw LatentError.invalidInput("no data") }
    }

    /// Online training (MiniSom `train`): `iterations` steps, step `t` presenting sample
    /// `order[t]`, with `sigma(t)` and `lr(t)` from `decay` over `iterations` steps.
    /// `progress` is called with the number of steps done (every 1 % or so).
    public mutating func trainOnline(_ data: Matrix, iterations: Int, sigma: Double, learningRate: Double,
                                     neighborhood: SOMNeighborhood = .gaussian, decay: SOMDecay = .asymptotic,
                                     order: SOMSampleOrder = .sequential, progress: ((Int) -> Void)? = nil) throws {
        try checkFeatures(data)
        guard iterations >= 1 else { throw LatentError.invalidInput("SOM iterations must be at least 1") }
        let indices = order.indices(samples: data.rows, steps: iterations)
        guard indices.count == iterations, indices.allSatisfy({ $0 >= 0 && $0 < data.rows }) else {
            throw LatentError.invalidInput("the sample order must give \(iterations) indices below \(data.rows)")
        }
        let m = grid.count, d = features
        var h = [Double](repeating: 0, count: m)
        let every = max(iterations / 100, 1)
        for t in 0..<iterations {
            let i = indices[t]
            let win = winner(data, i)
            let eta = decay.learningRate(learningRate, step: t, of: iterations)
            let sig = decay.sigma(sigma, step: t, of: iterations)
            neighborhood.values(grid: grid, winner: win, sigma: sig, into: &h)
            weights.values.withUnsafeMutableBufferPointer { w in
                data.values.withUnsafeBufferPointer { x in
                    let xo = i * d
                    for n in 0..<m {
                        let g = h[n] * eta
                        if g == 0 { continue }
                        let wo = n * d
                        for j in 0..<d { w[wo + j] += g * (x[xo + j] - w[wo + j]) }
                    }
                }
            }
            if let progress, (t + 1) % every == 0 || t + 1 == iterations { progress(t + 1) }
        }
    }

    /// Batch training (MiniSom `train_batch_offline`): `iterations` passes over all samples;
    /// in pass `t`, with winners `b_i` under the current weights,
    /// `w_n = (1 - lr(t)) w_n + lr(t) (sum_i h(b_i, n; sigma(t)) x_i) / (sum_i h(b_i, n; sigma(t)))`
    /// for neurons whose denominator is positive (others keep their weights).
    public mutating func trainBatch(_ data: Matrix, iterations: Int, sigma: Double, learningRate: Double,
                                    neighborhood: SOMNeighborhood = .gaussian, decay: SOMDecay = .asymptotic,
                                    progress: ((Int) -> Void)? = nil) throws {
        try checkFeatures(data)
        guard iterations >= 1 else { throw LatentError.invalidInput("SOM iterations must be at least 1") }
        let m = grid.count, d = features
        var h = [Double](repeating: 0, count: m)
        for t in 0..<iterations {
            let eta = decay.learningRate(learningRate, step: t, of: iterations)
            let sig = decay.sigma(sigma, step: t, of: iterations)
            // Samples grouped by winner: sum of vectors and count per neuron.
            let bmu = winners(data)
            var sums = [Double](repeating: 0, count: m * d), counts = [Double](repeating: 0, count: m)
            for (i, b) in bmu.enumerated() {
                counts[b] += 1
                for j in 0..<d { sums[b * d + j] += data[i, j] }
            }
            var numerator = [Double](repeating: 0, count: m * d), denominator = [Double](repeating: 0, count: m)
            for b in 0..<m where counts[b] > 0 {
                neighborhood.values(grid: grid, winner: b, sigma: sig, into: &h)
                for n in 0..<m where h[n] != 0 {
                    denominator[n] += h[n] * counts[b]
                    for j in 0..<d { numerator[n * d + j] += h[n] * sums[b * d + j] }
                }
            }
            for n in 0..<m where denominator[n] > 0 {
                for j in 0..<d { weights[n, j] = (1 - eta) * weights[n, j] + eta * (numerator[n * d + j] / denominator[n]) }
            }
            progress?(t + 1)
        }
    }

    /// Mean distance from each sample to its winner's weights (MiniSom `quantization_error`).
    public func quantizationError(_ data: Matrix) throws -> Double {
        try checkFeatures(data)
        let bmu = winners(data)
        return (0..<data.rows).reduce(0.0) { $0 + data.squaredDistance($1, weights, bmu[$1]).squareRoot() } / Double(data.rows)
    }

    /// The closest and second-closest neurons of every sample.
    func twoClosest(_ data: Matrix) -> [(Int, Int)] {
        var out = [(Int, Int)](repeating: (0, 0), count: data.rows)
        out.withUnsafeMutableBufferPointer { o in
            let p = o.baseAddress!
            ParallelLoop.chunks(data.rows, minimumPerChunk: 8) { range in
                for i in range {
                    var b1 = -1, b2 = -1, d1 = Double.infinity, d2 = Double.infinity
                    for n in 0..<grid.count {
                        let dd = data.squaredDistance(i, weights, n)
                        if dd < d1 { b2 = b1; d2 = d1; b1 = n; d1 = dd } else if dd < d2 { b2 = n; d2 = dd }
                    }
                    p[i] = (b1, b2)
                }
            }
        }
        return out
    }

    /// Fraction of samples whose closest and second-closest neurons are not adjacent (MiniSom
    /// `topographic_error`): rectangular, grid-index distance above 1.42 (diagonal cells count as
    /// adjacent); hexagonal, plane distance not within `1e-8 + 1e-5` of 1 (numpy `isclose`).
    public func topographicError(_ data: Matrix) throws -> Double {
        try checkFeatures(data)
        let pairs = twoClosest(data)
        var errors = 0
        for (a, b) in pairs {
            switch grid.topology {
            case .rectangular:
                let dr = Double(grid.row(a) - grid.row(b)), dc = Double(grid.column(a) - grid.column(b))
                if (dr * dr + dc * dc).squareRoot() > 1.42 { errors += 1 }
            case .hexagonal:
                let p = grid.position(a), q = grid.position(b)
                let dist = ((p.x - q.x) * (p.x - q.x) + (p.y - q.y) * (p.y - q.y)).squareRoot()
                if !(abs(1 - dist) <= 1e-8 + 1e-5 * abs(dist)) { errors += 1 }
            }
        }
        return Double(errors) / Double(data.rows)
    }

    /// How neighbour distances are combined per neuron in the U-matrix.
    public enum DistanceScaling: String, CaseIterable, Codable, Sendable { case sum, mean }

    /// The U-matrix (MiniSom `distance_map`): for each neuron the sum (or mean) of the Euclidean
    /// distances to its adjacent neurons' weights (`SOMGrid.neighbours`), divided by the
    /// largest such value, so in [0, 1]. (For hexagonal maps with an even number of rows,
    /// MiniSom's own neighbour table does not match its layout; this one follows the layout.)
    public func distanceMap(scaling: DistanceScaling = .sum) -> [Double] {
        var u = [Double](repeating: 0, count: grid.count)
        for n in 0..<grid.count {
            let near = grid.neighbours(n)
            let total = near.reduce(0.0) { $0 + weights.squaredDistance(n, weights, $1).squareRoot() }
            u[n] = scaling == .sum ? total : (near.isEmpty ? 0 : total / Double(near.count))
        }
        let top = u.max() ?? 0
        return top > 0 ? u.map { $0 / top } : u
    }

    /// How many samples each neuron wins (MiniSom `activation_response`).
    public func hitCounts(_ data: Matrix) -> [Int] {
        var counts = [Int](repeating: 0, count: grid.count)
        for b in winners(data) { counts[b] += 1 }
        return counts
    }
}
