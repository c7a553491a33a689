import Foundation

/// t-distributed stochastic neighbour embedding (van der Maaten & Hinton 2008) into two
/// dimensions, following scikit-learn 1.2's `TSNE` (checked against it on committed fixtures).
///
/// - Affinities: Gaussian conditionals with the precision of each point found by binary search
///   to match `perplexity`, symmetrised (`TSNEAffinities`); over all points (exact) or over the
///   `3 perplexity + 1` nearest neighbours (Barnes-Hut).
/// - Gradient: exact `O(n^2)`, or Barnes-Hut with a quad tree and opening angle `theta`
///   (default 0.5). `.auto` uses exact up to `barnesHutThreshold` points (1000) and Barnes-Hut
///   above; `.exact` / `.barnesHut` force one.
/// - Optimisation (scikit-learn `_gradient_descent`, two calls): `explorationIterations` (250)
///   with `P` times `earlyExaggeration` (12) and momentum 0.5, then the rest with momentum 0.8;
///   each call starts with zero update and unit gains; gains (delta-bar-delta) `+0.2` where the
///   update and gradient disagree in sign, `* 0.8` elsewhere, at least 0.01;
///   `update = momentum update - learningRate gains * gradient`. Every 50 iterations the cost is
///   checked: a call stops after 300 (first call: 250) iterations without improvement or when
///   the gradient norm is at most 1e-7.
/// - Learning rate `auto` = `max(n / earlyExaggeration / 4, 50)` (scikit-learn 1.2).
/// - Initial embedding: the first two principal components scaled so the first has standard
///   deviation 1e-4 (scikit-learn's `init="pca"`), or a given one.
/// - `klDivergence` is, as scikit-learn's `kl_divergence_`, the cost at the last iteration's
///   gradient evaluation (for Barnes-Hut, over the stored pairs with the tree's `Z`).
public struct TSNE: Sendable {
    public enum Method: String, CaseIterable, Codable, Sendable {
        case auto, exact
        case barnesHut = "barnes-hut"
    }

    public var perplexity = 30.0
    public var iterations = 1000
    public var method = Method.auto
    public var theta = 0.5
    public var earlyExaggeration = 12.0
    public var explorationIterations = 250
    /// nil: `auto` (`max(n / earlyExaggeration / 4, 50)`).
    public var learningRate: Double? = nil
    /// Seed of the random initial embedding, used only when PCA cannot be (one feature).
    public var seed: UInt64 = 0

    /// `.auto` switches from exact to Barnes-Hut above this many points.
    public static let barnesHutThreshold = 1000

    public init(perplexity: Double = 30, iterations: Int = 1000, method: Method = .auto, seed: UInt64 = 0) {
        self.perplexity = perplexity; self.iterations = iterations; self.method = method; self.seed = seed
    }

    public struct Result: Sendable {
        /// `[n x 2]`.
        public var embedding: Matrix
        public var klDivergence: Double
        /// Iterations run (fewer than asked when a stopping rule fired).
        public var iterationsRun: Int
        /// The method used (`.exact` or `.barnesHut`).
        public var method: Method
        public var learningRate: Double
    }

    /// The method `.auto` resolves to for `n` points.
    public func resolvedMethod(points n: Int) -> Method {
        method == .auto ? (n > TSNE.barnesHutThreshold ? .barnesHut : .exact) : method
    }

    /// scikit-learn's PCA initialisation: scores on two principal components divided by the
    /// standard deviation (population) of the first and multiplied by 1e-4. With one feature, a
    /// seeded `N(0, 1e-4^2)` sample instead.
    public func initialEmbedding(_ data: Matrix) throws -> Matrix {
        if data.columns >= 2 {
            let scores = try PCA(fitting: data, components: 2).transform(data)
            let first = (0..<data.rows).map { scores[$0, 0] }
            let mean = first.reduce(0, +) / Double(first.count)
            let std = (first.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(first.count)).squareRoot()
            let scale = std > 0 ? 1e-4 / std : 1
            return Matrix(rows: data.rows, columns: 2, values: scores.values.map { $0 * scale })
        }
        var generator = EvalRandom(seed: seed)
        var values: [Double] = []
        while values.count < 2 * data.rows {
            // Box-Muller on two uniforms in (0, 1].
            let u1 = (Double(generator.next() >> 11) + 1) / 9007199254740992.0, u2 = Double(generator.next() >> 11) / 9007199254740992.0
            let r = (-2 * log(u1)).squareRoot()
            values.append(1e-4 * r * cos(2 * .pi * u2)); values.append(1e-4 * r * sin(2 * .pi * u2))
        }
        return Matrix(rows: data.rows, columns: 2, values: Array(values.prefix(2 * data.rows)))
    }

    /// The affinities `fit` would use for `data`.
    public func affinities(_ data: Matrix) throws -> TSNEAffinities {
        resolvedMethod(points: data.rows) == .exact
            ? try TSNEAffinities.exact(data, perplexity: perplexity)
            : try TSNEAffinities.nearestNeighbors(data, perplexity: perplexity)
    }

    /// Embeds the rows of `data` in two dimensions. `initial` replaces the PCA start; `progress`
    /// is called with (iterations done, current cost) every 50 iterations.
    public func fit(_ data: Matrix, initial: Matrix? = nil, progress: ((Int, Double) -> Void)? = nil) throws -> Result {
        let n = data.rows
        guard n >= 2 else { throw LatentError.invalidInput("t-SNE needs at least 2 points, got \(n)") }
        guard data.values.allSatisfy(\.isFinite) else { throw LatentError.invalidInput("the data contain NaN or infinite values") }
        guard iterations >= 1 else { throw LatentError.invalidInput("t-SNE iterations must be at least 1") }
        guard theta >= 0 else { throw LatentError.invalidInput("theta must be non-negative") }
        if let initial, initial.rows != n || initial.columns != 2 {
            throw LatentError.invalidInput("the initial embedding must be \(n) x 2, got \(initial.rows) x \(initial.columns)")
        }
        let resolved = resolvedMethod(points: n)
        let p = try affinities(data)
        let start = try initial ?? initialEmbedding(data)
        return try optimise(affinities: p, initial: start, method: resolved, progress: progress)
    }

    /// The optimisation alone, from given affinities and start (for checks and reuse).
    public func optimise(affinities p: TSNEAffinities, initial: Matrix, method resolved: Method,
                         progress: ((Int, Double) -> Void)? = nil) throws -> Result {
        let n = p.count
        guard initial.rows == n, initial.columns == 2 else { throw LatentError.invalidInput("the initial embedding must be \(n) x 2") }
        guard resolved != .auto else { throw LatentError.invalidInput("optimise needs .exact or .barnesHut, not .auto") }
        if resolved == .exact, p.indices.count != n * (n - 1) {
            throw LatentError.invalidInput("the exact gradient needs affinities over all pairs (TSNEAffinities.exact)")
        }
        let rate = learningRate ?? max(Double(n) / earlyExaggeration / 4, 50)
        let objective = TSNEObjective(p: p)
        var y = initial.values
        var gradient = [Double](repeating: 0, count: 2 * n)
        func evaluate(_ exaggeration: Double, _ computeError: Bool) -> Double {
            resolved == .exact
                ? objective.exact(y, exaggeration: exaggeration, computeError: computeError, gradient: &gradient)
                : objective.barnesHut(y, exaggeration: exaggeration, theta: theta, computeError: computeError, gradient: &gradient)
        }
        // scikit-learn's _gradient_descent from iteration `first` up to `last` (exclusive).
        func descend(from first: Int, to last: Int, momentum: Double, exaggeration: Double, patience: Int) -> (error: Double, last: Int) {
            var update = [Double](repeating: 0, count: 2 * n), gains = [Double](repeating: 1, count: 2 * n)
            var error = Double.greatestFiniteMagnitude, best = Double.greatestFiniteMagnitude, bestIteration = first
            var i = first
            while i < last {
                let check = (i + 1) % 50 == 0
                let computeError = check || i == last - 1
                let cost = evaluate(exaggeration, computeError)
                if computeError { error = cost }
                var norm = 0.0
                for k in 0..<(2 * n) {
                    if update[k] * gradient[k] < 0 { gains[k] += 0.2 } else { gains[k] *= 0.8 }
                    gains[k] = max(gains[k], 0.01)
                    let g = gradient[k] * gains[k]
                    norm += g * g
                    update[k] = momentum * update[k] - rate * g
                    y[k] += update[k]
                }
                if check {
                    progress?(i + 1, error)
                    if error < best { best = error; bestIteration = i } else if i - bestIteration > patience { break }
                    if norm.squareRoot() <= 1e-7 { break }
                }
                i += 1
            }
            return (error, min(i, last - 1))
        }
        let exploration = min(explorationIterations, iterations)
        var (error, last) = descend(from: 0, to: exploration, momentum: 0.5, exaggeration: earlyExaggeration, patience: exploration)
        if iterations > exploration {
            (error, last) = descend(from: last + 1, to: iterations, momentum: 0.8, exaggeration: 1, patience: 300)
        }
        return Result(embedding: Matrix(rows: n, columns: 2, values: y), klDivergence: error, iterationsRun: last + 1,
                      method: resolved, learningRate: rate)
    }
}
