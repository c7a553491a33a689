/// Which samples an epoch visits, in which order.
public enum Sampling: Sendable, Equatable {
    /// Every index once; shuffled with the epoch's seed when `shuffle` (false: in the given order).
    case sequential(shuffle: Bool)
    /// `count` draws with replacement, each class (and "no finding") equally likely: a sample's weight
    /// is the mean over its positive classes of `1 / positives(class)` (`1 / negatives` when it has
    /// none), computed over the loader's indices. nil count = as many as the indices.
    case classBalanced(count: Int?)
    /// Every index once, plus extra copies of samples positive for a class with fewer positives than
    /// the largest class, up to `factor` times more copies (oversampling), shuffled.
    case oversampleMinority(factor: Int)
}

/// Seeded epoch orders for `Sampling`.
public struct EpochSampler: Sendable {
    public let indices: [Int]
    public let labels: [[Float]]
    public let sampling: Sampling
    public let seed: UInt64
    let cumulative: [Double]

    public init(indices: [Int], labels: [[Float]], sampling: Sampling, seed: UInt64) {
        self.indices = indices; self.labels = labels; self.sampling = sampling; self.seed = seed
        if case .classBalanced = sampling {
            let w = EpochSampler.balancedWeights(indices.map { labels[$0] })
            var c: [Double] = [], acc = 0.0
            for v in w { acc += v; c.append(acc) }
            cumulative = c
        } else { cumulative = [] }
    }

    /// Per-sample weights that give every class the same total weight.
    public static func balancedWeights(_ labels: [[Float]]) -> [Double] {
        guard let classes = labels.first?.count else { return [] }
        var positives = [Int](repeating: 0, count: classes), none = 0
        for y in labels { var any = false; for (c, v) in y.enumerated() where v > 0.5 { positives[c] += 1; any = true }; if !any { none += 1 } }
        return labels.map { y in
            let pos = y.enumerated().filter { $0.element > 0.5 }.map { 1.0 / Double(positives[$0.offset]) }
            return pos.isEmpty ? 1.0 / Double(max(none, 1)) : pos.reduce(0, +) / Double(pos.count)
        }
    }

    /// The dataset indices visited in `epoch`.
    public func order(epoch: Int) -> [Int] {
        var g = SplitMix64(seed: seed, 0x5A4D_504C, UInt64(epoch))
        switch sampling {
        case .sequential(let shuffle):
            return shuffle ? indices.shuffled(using: &g) : indices
        case .classBalanced(let count):
            guard let total = cumulative.last, total > 0 else { return indices }
            return (0..<(count ?? indices.count)).map { _ in
                let r = g.uniform(0, total)
                var lo = 0, hi = cumulative.count - 1
                while lo < hi { let mid = (lo + hi) / 2; if cumulative[mid] > r { hi = mid } else { lo = mid + 1 } }
                return indices[lo]
            }
        case .oversampleMinority(let factor):
            guard let classes = indices.first.map({ labels[$0].count }) else { return [] }
            var positives = [Int](repeating: 0, count: classes)
            for i in indices { for (c, v) in labels[i].enumerated() where v > 0.5 { positives[c] += 1 } }
            let largest = positives.max() ?? 0
            var out = indices
            for i in indices {
                let ratios = labels[i].enumerated().filter { $0.element > 0.5 && positives[$0.offset] > 0 }.map { Double(largest) / Double(positives[$0.offset]) }
                let copies = min(factor, Int((ratios.max() ?? 1).rounded()) ) - 1
                if copies > 0 { out += Array(repeating: i, count: copies) }
            }
            return out.shuffled(using: &g)
        }
    }
}
