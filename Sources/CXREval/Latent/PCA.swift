import Foundation

/// Principal component analysis: the centred data's top `k` directions of variance.
///
/// `components[c]` is the unit eigenvector of the sample covariance
/// `C = Xc^T Xc / (n - 1)` (`Xc` = data minus column means) with the `c`-th largest eigenvalue
/// `explainedVariance[c]`. Computed exactly (Jacobi on `C`) when there are at most
/// `exactLimit` features; otherwise by block subspace iteration on `C` (block `k + 8`, the
/// product `Xc^T (Xc V)` without forming `C`) with Rayleigh-Ritz, until each Ritz pair's residual
/// `|C v - lambda v|` is below 1e-11 of the largest eigenvalue (at most 1000 iterations).
///
/// Sign convention (deterministic, as scikit-learn's `svd_flip`): each component is oriented so
/// that the projected score of largest magnitude is positive.
///
/// Used for the self-organizing map's PCA initialisation and the t-SNE initial embedding.
public struct PCA: Sendable {
    public let mean: [Double]
    /// `k` unit vectors of length `features`.
    public let components: [[Double]]
    /// Eigenvalues of the covariance (unbiased, `n - 1`) for each component.
    public let explainedVariance: [Double]

    /// Feature counts up to this use the exact covariance eigen-decomposition.
    public static let exactLimit = 128

    /// Fits `k` components (`1 <= k <= features`; needs at least two rows).
    public init(fitting data: Matrix, components k: Int) throws {
        let n = data.rows, d = data.columns
        guard n >= 2 else { throw LatentError.invalidInput("PCA needs at least 2 points, got \(n)") }
        guard k >= 1, k <= d else { throw LatentError.invalidInput("PCA: \(k) components asked of \(d) features") }
        let mean = data.columnMeans
        var centred = data.values
        for i in 0..<n { for j in 0..<d { centred[i * d + j] -= mean[j] } }
        let (values, vectors): ([Double], [[Double]])
        if d <= PCA.exactLimit {
            var c = [Double](repeating: 0, count: d * d)
            for i in 0..<n {
                for p in 0..<d {
                    let x = centred[i * d + p]
                    if x == 0 { continue }
                    for q in p..<d { c[p * d + q] += x * centred[i * d + q] }
                }
            }
            for p in 0..<d { for q in p..<d { c[p * d + q] /= Double(n - 1); c[q * d + p] = c[p * d + q] } }
            let e = SymmetricEigen.decompose(c, size: d)
            (values, vectors) = (Array(e.values.prefix(k)), Array(e.vectors.prefix(k)))
        } else {
            (values, vectors) = PCA.subspaceIteration(centred, rows: n, columns: d, components: k)
        }
        // Orient: the largest-magnitude score of each component is positive.
        var oriented = vectors
        for c in 0..<k {
            var best = 0.0
            for i in 0..<n {
                var s = 0.0
                for j in 0..<d { s += centred[i * d + j] * vectors[c][j] }
                if abs(s) > abs(best) { best = s }
            }
            if best < 0 { oriented[c] = vectors[c].map { -$0 } }
        }
        self.mean = mean
        self.components = oriented
        self.explainedVariance = values
    }

    /// Scores `(x - mean) . component` of every row, `[rows x k]`.
    public func transform(_ data: Matrix) -> Matrix {
        let k = components.count
        var out = Matrix(rows: data.rows, columns: k)
        for i in 0..<data.rows {
            for c in 0..<k {
                var s = 0.0
                for j in 0..<data.columns { s += (data[i, j] - mean[j]) * components[c][j] }
                out[i, c] = s
            }
        }
        return out
    }

    static func subspaceIteration(_ x: [Double], rows n: Int, columns d: Int, components k: Int) -> ([Double], [[Double]]) {
        let b = min(d, k + 8)
        var generator = EvalRandom(seed: 0x5CA)
        // Random start, orthonormalised.
        var basis = (0..<b).map { _ in (0..<d).map { _ in Double(generator.next() >> 11) / 9007199254740992.0 - 0.5 } }
        orthonormalise(&basis)
        var result: ([Double], [[Double]]) = ([], [])
        for _ in 0..<1000 {
            // Z = C V: for each basis vector, Xc^T (Xc v) / (n - 1).
            var z = [[Double]](repeating: [], count: b)
            DispatchQueue.concurrentPerform(iterations: b) { c in
                let v = basis[c]
                var xv = [Double](repeating: 0, count: n)
                for i in 0..<n { var s = 0.0; for j in 0..<d { s += x[i * d + j] * v[j] }; xv[i] = s }
                var out = [Double](repeating: 0, count: d)
                for i in 0..<n { let s = xv[i]; if s == 0 { continue }; for j in 0..<d { out[j] += x[i * d + j] * s } }
                let scale = 1 / Double(n - 1)
                z[c] = out.map { $0 * scale }
            }
            // Rayleigh-Ritz: H = V^T C V, rotate V by H's eigenvectors.
            var h = [Double](repeating: 0, count: b * b)
            for p in 0..<b { for q in 0..<b { var s = 0.0; for j in 0..<d { s += basis[p][j] * z[q][j] }; h[p * b + q] = s } }
            for p in 0..<b { for q in (p + 1)..<max(b, p + 1) { let m = (h[p * b + q] + h[q * b + p]) / 2; h[p * b + q] = m; h[q * b + p] = m } }
            let e = SymmetricEigen.decompose(h, size: b)
            let ritz = (0..<b).map { c in (0..<d).map { j in (0..<b).reduce(0.0) { $0 + e.vectors[c][$1] * basis[$1][j] } } }
            result = (Array(e.values.prefix(k)), Array(ritz.prefix(k)))
            // C (V W) = Z W: the next basis before orthonormalising, and the residuals
            // |C r - lambda r| of the Ritz pairs.
            basis = (0..<b).map { c in (0..<d).map { j in (0..<b).reduce(0.0) { $0 + e.vectors[c][$1] * z[$1][j] } } }
            let scale = max(abs(e.values[0]), 1e-300)
            let converged = (0..<k).allSatisfy { c in
                (0..<d).reduce(0.0) { let r = basis[c][$1] - e.values[c] * ritz[c][$1]; return $0 + r * r }.squareRoot() <= 1e-11 * scale
            }
            if converged { break }
            orthonormalise(&basis)
        }
        return result
    }

    /// Modified Gram-Schmidt (twice, for stability); a vector that vanishes is replaced by a unit axis.
    static func orthonormalise(_ vectors: inout [[Double]]) {
        for _ in 0..<2 {
            for i in vectors.indices {
                for j in 0..<i {
                    let dot = zip(vectors[i], vectors[j]).reduce(0.0) { $0 + $1.0 * $1.1 }
                    for t in vectors[i].indices { vectors[i][t] -= dot * vectors[j][t] }
                }
                var norm = vectors[i].reduce(0.0) { $0 + $1 * $1 }.squareRoot()
                if norm < 1e-300 {
                    vectors[i] = vectors[i].indices.map { $0 == i % vectors[i].count ? 1 : 0 }
                    norm = 1
                }
                vectors[i] = vectors[i].map { $0 / norm }
            }
        }
    }
}

/// Why a latent-space computation cannot run.
public enum LatentError: Error, CustomStringConvertible, Equatable, Sendable {
    case invalidInput(String)

    public var description: String {
        switch self {
        case .invalidInput(let s): return s
        }
    }
}
