import Foundation

/// How well an embedding keeps the neighbourhoods of the original space, and how well a space
/// separates classes. Distances are Euclidean; neighbours exclude the point itself and are
/// ordered by (distance, index).
public enum NeighborhoodMetrics {
    /// Indices of all other points ordered by distance from point `i` (ties by index).
    static func ranking(_ data: Matrix, _ i: Int) -> [Int] {
        var d = [(Double, Int)]()
        d.reserveCapacity(data.rows - 1)
        for j in 0..<data.rows where j != i { d.append((data.squaredDistance(i, data, j), j)) }
        d.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
        return d.map(\.1)
    }

    /// The `k` nearest other points of point `i`.
    static func nearest(_ data: Matrix, _ i: Int, _ k: Int) -> [Int] {
        var best: [(Double, Int)] = []
        best.reserveCapacity(k + 1)
        for j in 0..<data.rows where j != i {
            let d = data.squaredDistance(i, data, j)
            if best.count == k, let last = best.last, !(d < last.0 || (d == last.0 && j < last.1)) { continue }
            var pos = best.count
            while pos > 0 && (best[pos - 1].0 > d || (best[pos - 1].0 == d && best[pos - 1].1 > j)) { pos -= 1 }
            best.insert((d, j), at: pos)
            if best.count > k { best.removeLast() }
        }
        return best.map(\.1)
    }

    /// The `k` nearest neighbours of every point, `[rows][k]` (in parallel).
    public static func nearestNeighbors(_ data: Matrix, k: Int) -> [[Int]] {
        var out = [[Int]](repeating: [], count: data.rows)
        out.withUnsafeMutableBufferPointer { o in
            let p = o.baseAddress!
            ParallelLoop.chunks(data.rows, minimumPerChunk: 8) { range in for i in range { p[i] = nearest(data, i, k) } }
        }
        return out
    }

    static func check(_ original: Matrix, _ embedded: Matrix, _ k: Int) throws {
        guard original.rows == embedded.rows else { throw LatentError.invalidInput("\(original.rows) original points but \(embedded.rows) embedded") }
        guard k >= 1, k < original.rows else { throw LatentError.invalidInput("k = \(k) must be between 1 and \(original.rows - 1)") }
    }

    /// Trustworthiness (Venna & Kaski 2001; scikit-learn's `trustworthiness`):
    /// `T(k) = 1 - 2 / (n k (2n - 3k - 1)) * sum_i sum_{j in N_k^emb(i)} max(0, r(i, j) - k)`,
    /// where `r(i, j)` is the rank of `j` among `i`'s neighbours in the original space (1 = nearest).
    /// Requires `k < n / 2`, as scikit-learn.
    public static func trustworthiness(original: Matrix, embedded: Matrix, k: Int) throws -> Double {
        try check(original, embedded, k)
        let n = original.rows
        guard Double(k) < Double(n) / 2 else { throw LatentError.invalidInput("trustworthiness needs k (\(k)) < n / 2 (\(Double(n) / 2))") }
        var penalty = [Double](repeating: 0, count: n)
        penalty.withUnsafeMutableBufferPointer { o in
            let p = o.baseAddress!
            ParallelLoop.chunks(n, minimumPerChunk: 8) { range in
                var rank = [Int](repeating: 0, count: n)
                for i in range {
                    for (r, j) in ranking(original, i).enumerated() { rank[j] = r + 1 }
                    var s = 0
                    for j in nearest(embedded, i, k) { s += max(0, rank[j] - k) }
                    p[i] = Double(s)
                }
            }
        }
        let total = penalty.reduce(0, +)
        return 1 - total * (2 / (Double(n) * Double(k) * (2 * Double(n) - 3 * Double(k) - 1)))
    }

    /// k-NN preservation: the mean over points of `|N_k^orig(i) ∩ N_k^emb(i)| / k`.
    public static func neighborPreservation(original: Matrix, embedded: Matrix, k: Int) throws -> Double {
        try check(original, embedded, k)
        let a = nearestNeighbors(original, k: k), b = nearestNeighbors(embedded, k: k)
        var total = 0.0
        for i in 0..<original.rows { total += Double(Set(a[i]).intersection(b[i]).count) / Double(k) }
        return total / Double(original.rows)
    }

    /// Leave-one-out k-NN classification accuracy of `labels` (one category per point) in a
    /// space: each point gets the most frequent label among its `k` nearest other points (ties:
    /// the tied label of the nearest such neighbour). A "class separation" number: 1 when every
    /// neighbourhood is pure.
    public static func knnAccuracy(_ data: Matrix, labels: [Int], k: Int) throws -> Double {
        guard labels.count == data.rows else { throw LatentError.invalidInput("\(labels.count) labels for \(data.rows) points") }
        guard k >= 1, k < data.rows else { throw LatentError.invalidInput("k = \(k) must be between 1 and \(data.rows - 1)") }
        let neighbours = nearestNeighbors(data, k: k)
        var correct = 0
        for i in 0..<data.rows {
            var votes: [Int: Int] = [:]
            for j in neighbours[i] { votes[labels[j], default: 0] += 1 }
            let top = votes.values.max() ?? 0
            let predicted = neighbours[i].map { labels[$0] }.first { votes[$0] == top }!
            if predicted == labels[i] { correct += 1 }
        }
        return Double(correct) / Double(data.rows)
    }
}
