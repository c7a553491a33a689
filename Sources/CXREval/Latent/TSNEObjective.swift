import Foundation

/// The t-SNE cost `KL(P || Q) = sum_{i != j} p_ij log(p_ij / q_ij)` with the Student-t
/// similarities `q_ij = w_ij / Z`, `w_ij = 1 / (1 + |y_i - y_j|^2)`, `Z = sum_{k != l} w_kl`
/// (one degree of freedom, 2-D embedding), and its gradient
/// `dC/dy_i = 4 sum_j (p_ij - q_ij) w_ij (y_i - y_j)`.
///
/// Positions are `y[2i], y[2i+1]`. `exaggeration` multiplies `P` (early exaggeration), as
/// scikit-learn multiplies its `P` in place. Work is split over rows in parallel; sums are
/// taken per row and then in row order, so results do not depend on the thread count.
struct TSNEObjective {
    let p: TSNEAffinities

    /// Exact gradient and cost, `O(n^2)` (scikit-learn `_kl_divergence`: `q` and `p` floored at
    /// the float64 machine epsilon in the cost and the gradient).
    func exact(_ y: [Double], exaggeration: Double, computeError: Bool = true, gradient: inout [Double]) -> Double {
        let n = p.count, eps = TSNEAffinities.machineEpsilon
        var rowZ = [Double](repeating: 0, count: n)
        y.withUnsafeBufferPointer { yb in
            let y = yb.baseAddress!
            rowZ.withUnsafeMutableBufferPointer { zb in
                let z = zb.baseAddress!
                ParallelLoop.chunks(n, minimumPerChunk: 16) { range in
                    for i in range {
                        var s = 0.0
                        let xi = y[2 * i], yi = y[2 * i + 1]
                        for j in 0..<n where j != i {
                            let dx = xi - y[2 * j], dy = yi - y[2 * j + 1]
                            s += 1 / (1 + dx * dx + dy * dy)
                        }
                        z[i] = s
                    }
                }
            }
        }
        let sumW = rowZ.reduce(0, +)
        var rowCost = [Double](repeating: 0, count: n)
        y.withUnsafeBufferPointer { yb in
            let y = yb.baseAddress!
            gradient.withUnsafeMutableBufferPointer { gb in
                let g = gb.baseAddress!
                rowCost.withUnsafeMutableBufferPointer { cb in
                    let cost = cb.baseAddress!
                    p.values.withUnsafeBufferPointer { pv in
                        p.indices.withUnsafeBufferPointer { pi in
                            ParallelLoop.chunks(n, minimumPerChunk: 16) { range in
                                for i in range {
                                    var gx = 0.0, gy = 0.0, c = 0.0
                                    let xi = y[2 * i], yi = y[2 * i + 1]
                                    for k in p.indptr[i]..<p.indptr[i + 1] {
                                        let j = pi[k]
                                        let dx = xi - y[2 * j], dy = yi - y[2 * j + 1]
                                        let w = 1 / (1 + dx * dx + dy * dy)
                                        let q = max(w / sumW, eps)
                                        let pij = pv[k] * exaggeration
                                        if computeError { c += pij * log(max(pij, eps) / q) }
                                        let f = (pij - q) * w
                                        gx += f * dx; gy += f * dy
                                    }
                                    g[2 * i] = 4 * gx; g[2 * i + 1] = 4 * gy
                                    cost[i] = c
                                }
                            }
                        }
                    }
                }
            }
        }
        return computeError ? rowCost.reduce(0, +) : .nan
    }

    /// Barnes-Hut gradient and cost, `O(n log n)` (scikit-learn `_kl_divergence_bh`): the
    /// attractive part over the stored `p_ij`, the repulsive part and `Z` from the quad tree
    /// with opening angle `theta`; the cost is `sum p_ij log(max(p_ij, tiny) / max(w_ij / Z, tiny))`
    /// over the stored pairs (`tiny` = the smallest normal float32, as scikit-learn).
    func barnesHut(_ y: [Double], exaggeration: Double, theta: Double, computeError: Bool = true, gradient: inout [Double]) -> Double {
        let n = p.count
        let tree = QuadTree(y)
        let squaredTheta = theta * theta
        var rowQ = [Double](repeating: 0, count: n)
        var negative = [Double](repeating: 0, count: 2 * n)
        rowQ.withUnsafeMutableBufferPointer { qb in
            let q = qb.baseAddress!
            negative.withUnsafeMutableBufferPointer { nb in
                let neg = nb.baseAddress!
                ParallelLoop.chunks(n, minimumPerChunk: 16) { range in
                    for i in range {
                        let r = tree.repulsion(x: y[2 * i], y: y[2 * i + 1], squaredTheta: squaredTheta)
                        q[i] = r.sumQ; neg[2 * i] = r.forceX; neg[2 * i + 1] = r.forceY
                    }
                }
            }
        }
        let sumQ = rowQ.reduce(0, +)
        let tiny = Double(Float.leastNormalMagnitude)
        var rowCost = [Double](repeating: 0, count: n)
        gradient.withUnsafeMutableBufferPointer { gb in
            let g = gb.baseAddress!
            rowCost.withUnsafeMutableBufferPointer { cb in
                let cost = cb.baseAddress!
                ParallelLoop.chunks(n, minimumPerChunk: 16) { range in
                    for i in range {
                        var px = 0.0, py = 0.0, c = 0.0
                        for k in p.indptr[i]..<p.indptr[i + 1] {
                            let j = p.indices[k]
                            let dx = y[2 * i] - y[2 * j], dy = y[2 * i + 1] - y[2 * j + 1]
                            let w = 1 / (1 + dx * dx + dy * dy)
                            let pij = p.values[k] * exaggeration
                            if computeError { c += pij * log(max(pij, tiny) / max(w / sumQ, tiny)) }
                            px += pij * w * dx; py += pij * w * dy
                        }
                        g[2 * i] = 4 * (px - negative[2 * i] / sumQ)
                        g[2 * i + 1] = 4 * (py - negative[2 * i + 1] / sumQ)
                        cost[i] = c
                    }
                }
            }
        }
        return computeError ? rowCost.reduce(0, +) : .nan
    }
}
