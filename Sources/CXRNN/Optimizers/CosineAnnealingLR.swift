import Foundation

/// Cosine annealing from the initial learning rate lr₀ down to `minimumLearningRate` over
/// `maximumEpochs` epochs: PyTorch's `CosineAnnealingLR` (T_max, eta_min), with its recursive
/// (chainable) update, so epochs beyond T_max follow the cosine back up as PyTorch's do:
///
///     lr(e) = lr(e-1) + (lr₀ - η) (1 - cos(π / T)) / 2                          when (e - 1 - T) mod 2T = 0
///     lr(e) = η + (lr(e-1) - η) (1 + cos(π e / T)) / (1 + cos(π (e - 1) / T))    otherwise
///
/// For e ≤ T this equals the closed form η + (lr₀ - η)(1 + cos(π e / T)) / 2 up to rounding.
/// Default η = 0.
public final class CosineAnnealingLR: LearningRateSchedule {
    public let optimizer: any Optimizer
    /// T_max: epochs of one half-period (from lr₀ down to η).
    public let maximumEpochs: Int
    /// eta_min: the learning rate reached at epoch T_max.
    public let minimumLearningRate: Double
    public private(set) var learningRate: Double
    public private(set) var epoch = 0
    /// The learning rate at epoch 0 (the optimizer's when the schedule was made).
    public private(set) var initialLearningRate: Double

    public init(optimizer: any Optimizer, maximumEpochs: Int, minimumLearningRate: Double = 0) {
        precondition(maximumEpochs > 0, "CosineAnnealingLR: maximumEpochs must be positive, got \(maximumEpochs)")
        self.optimizer = optimizer
        self.maximumEpochs = maximumEpochs
        self.minimumLearningRate = minimumLearningRate
        initialLearningRate = Double(optimizer.learningRate)
        learningRate = initialLearningRate
    }

    public func step(metric: Double? = nil) {
        epoch += 1
        let (e, t, eta) = (Double(epoch), Double(maximumEpochs), minimumLearningRate)
        let period = 2 * maximumEpochs
        // Python's modulo: non-negative for a positive divisor.
        if ((epoch - 1 - maximumEpochs) % period + period) % period == 0 {
            learningRate += (initialLearningRate - eta) * (1 - cos(Double.pi / t)) / 2
        } else {
            learningRate = (1 + cos(Double.pi * e / t)) / (1 + cos(Double.pi * (e - 1) / t)) * (learningRate - eta) + eta
        }
        optimizer.learningRate = Float(learningRate)
    }

    public func state() -> LearningRateScheduleState {
        LearningRateScheduleState(kind: "CosineAnnealingLR", epoch: epoch, learningRate: learningRate,
                                  initialLearningRate: initialLearningRate)
    }

    public func load(state: LearningRateScheduleState) throws {
        try state.validate(kind: "CosineAnnealingLR")
        epoch = state.epoch
        learningRate = state.learningRate
        initialLearningRate = state.initialLearningRate
        optimizer.learningRate = Float(learningRate)
    }
}
