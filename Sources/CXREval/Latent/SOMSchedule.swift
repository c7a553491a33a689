import Foundation

/// The neighbourhood function `h(winner, neuron; sigma)` of a self-organizing map, as MiniSom
/// defines it (positions from `SOMGrid.position`, `d = 2 sigma^2`).
public enum SOMNeighborhood: String, CaseIterable, Codable, Sendable {
    /// `exp(-dx^2 / d) * exp(-dy^2 / d)`.
    case gaussian
    /// 1 where `|column - winner column| < sigma` and `|row - winner row| < sigma` (grid
    /// indices, in either topology, as MiniSom), else 0.
    case bubble
    /// `exp(-p / d) * (1 - 2 p / d)` with `p = dx^2 + dy^2`.
    case mexicanHat = "mexican-hat"

    /// MiniSom's name for the function.
    public var miniSomName: String { self == .mexicanHat ? "mexican_hat" : rawValue }

    /// Values over all neurons of `grid` around `winner`.
    public func values(grid: SOMGrid, winner: Int, sigma: Double, into out: inout [Double]) {
        let w = grid.position(winner), wr = grid.row(winner), wc = grid.column(winner)
        let d = 2 * sigma * sigma
        for n in 0..<grid.count {
            switch self {
            case .gaussian:
                let p = grid.position(n)
                out[n] = exp(-(p.x - w.x) * (p.x - w.x) / d) * exp(-(p.y - w.y) * (p.y - w.y) / d)
            case .bubble:
                let r = Double(grid.row(n)), c = Double(grid.column(n))
                let inside = c > Double(wc) - sigma && c < Double(wc) + sigma && r > Double(wr) - sigma && r < Double(wr) + sigma
                out[n] = inside ? 1 : 0
            case .mexicanHat:
                let p = grid.position(n)
                let s = (p.x - w.x) * (p.x - w.x) + (p.y - w.y) * (p.y - w.y)
                out[n] = exp(-s / d) * (1 - 2 / d * s)
            }
        }
    }
}

/// How the neighbourhood radius `sigma` and the learning rate shrink over `T` steps
/// (MiniSom's decay functions; `t` counts from 0).
public enum SOMDecay: String, CaseIterable, Codable, Sendable {
    /// Both: `x / (1 + t / (T / 2))` (MiniSom's `asymptotic_decay`, to a third at the end).
    case asymptotic
    /// Learning rate `lr (1 - t / T)` (`linear_decay_to_zero`); sigma `s + t (1 - s) / T`
    /// (`linear_decay_to_one`).
    case linear
    /// Learning rate `lr C / (C + t)` with `C = T / 100` (`inverse_decay_to_zero`); sigma
    /// `s / (1 + t (s - 1) / T)` (`inverse_decay_to_one`).
    case inverse

    public func learningRate(_ initial: Double, step t: Int, of total: Int) -> Double {
        let t = Double(t), big = Double(total)
        switch self {
        case .asymptotic: return initial / (1 + t / (big / 2))
        case .linear: return initial * (1 - t / big)
        case .inverse: let c = big / 100; return initial * c / (c + t)
        }
    }

    public func sigma(_ initial: Double, step t: Int, of total: Int) -> Double {
        let t = Double(t), big = Double(total)
        switch self {
        case .asymptotic: return initial / (1 + t / (big / 2))
        case .linear: return initial + t * (1 - initial) / big
        case .inverse: return initial / (1 + t * ((initial - 1) / big))
        }
    }

    /// MiniSom's names `(decay_function, sigma_decay_function)`.
    public var miniSomNames: (learningRate: String, sigma: String) {
        switch self {
        case .asymptotic: return ("asymptotic_decay", "asymptotic_decay")
        case .linear: return ("linear_decay_to_zero", "linear_decay_to_one")
        case .inverse: return ("inverse_decay_to_zero", "inverse_decay_to_one")
        }
    }
}

/// Which sample each online step presents.
public enum SOMSampleOrder: Sendable, Equatable {
    /// Step `t` uses sample `t mod N` (MiniSom `train(random_order=False)`).
    case sequential
    /// The sequence `t mod N` shuffled with a seeded generator (MiniSom `random_order=True`
    /// semantics; a different generator, so a different permutation).
    case random(seed: UInt64)
    /// Exactly these sample indices, one per step (e.g. MiniSom's own order, for checks).
    case explicit([Int])

    func indices(samples n: Int, steps: Int) -> [Int] {
        switch self {
        case .sequential: return (0..<steps).map { $0 % n }
        case .random(let seed):
            var order = (0..<steps).map { $0 % n }
            var generator = EvalRandom(seed: seed)
            if order.count > 1 {
                for i in stride(from: order.count - 1, to: 0, by: -1) { order.swapAt(i, generator.below(i + 1)) }
            }
            return order
        case .explicit(let list): return list
        }
    }
}

/// Online (one sample per step, MiniSom `train`) or batch (all samples per step, MiniSom
/// `train_batch_offline`) training.
public enum SOMTrainingMode: String, CaseIterable, Codable, Sendable { case online, batch }

/// Starting weights: spread over the first two principal components, or random samples.
public enum SOMInitialization: String, CaseIterable, Codable, Sendable { case pca, random }
