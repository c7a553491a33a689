/// Multiplies the learning rate by `factor` when a validation metric has stopped improving for
/// more than `patience` epochs: PyTorch's `ReduceLROnPlateau`, decision for decision.
///
/// After each epoch, `step(metric:)` compares the metric with the best so far. It improves on
/// `best` when (mode, threshold mode):
///
///     min, relative:  metric < best · (1 - threshold)      max, relative:  metric > best · (1 + threshold)
///     min, absolute:  metric < best - threshold            max, absolute:  metric > best + threshold
///
/// An improvement resets the count of bad epochs; otherwise it grows by one. During cooldown
/// (`cooldown` epochs after a reduction) bad epochs are not counted. When the count exceeds
/// `patience`, lr ← max(lr · factor, minimumLearningRate) (skipped when the change is no more
/// than `epsilon`), cooldown starts and the count resets.
///
/// Defaults are PyTorch's: mode .min, factor 0.1, patience 10, threshold 1e-4 relative,
/// cooldown 0, minimum learning rate 0, epsilon 1e-8.
public final class ReduceLROnPlateau: LearningRateSchedule {
    /// Whether the metric should fall (a loss) or rise (an AUC).
    public enum Mode: String, Codable, Sendable { case min, max }
    /// Whether `threshold` is a fraction of the best metric or an amount in its units.
    public enum ThresholdMode: String, Codable, Sendable { case relative, absolute }

    public let optimizer: any Optimizer
    public let mode: Mode
    /// Factor applied to the learning rate at a reduction (below 1).
    public let factor: Double
    /// Bad epochs tolerated before a reduction.
    public let patience: Int
    /// Least change that counts as an improvement.
    public let threshold: Double
    public let thresholdMode: ThresholdMode
    /// Epochs after a reduction during which bad epochs are not counted.
    public let cooldown: Int
    /// The learning rate is never reduced below this.
    public let minimumLearningRate: Double
    /// Reductions smaller than this are skipped.
    public let epsilon: Double

    public private(set) var learningRate: Double
    public private(set) var epoch = 0
    /// The learning rate at epoch 0 (the optimizer's when the schedule was made).
    public private(set) var initialLearningRate: Double
    /// The best metric so far (+∞ for .min, -∞ for .max before the first).
    public private(set) var bestMetric: Double
    /// Consecutive epochs without improvement (`num_bad_epochs`).
    public private(set) var badEpochs = 0
    /// Cooldown epochs left (`cooldown_counter`).
    public private(set) var cooldownRemaining = 0

    public init(optimizer: any Optimizer, mode: Mode = .min, factor: Double = 0.1, patience: Int = 10,
                threshold: Double = 1e-4, thresholdMode: ThresholdMode = .relative, cooldown: Int = 0,
                minimumLearningRate: Double = 0, epsilon: Double = 1e-8) {
        precondition(factor < 1, "ReduceLROnPlateau: factor should be < 1.0, got \(factor)")
        precondition(patience >= 0 && cooldown >= 0, "ReduceLROnPlateau: patience and cooldown must be non-negative")
        self.optimizer = optimizer
        self.mode = mode
        self.factor = factor
        self.patience = patience
        self.threshold = threshold
        self.thresholdMode = thresholdMode
        self.cooldown = cooldown
        self.minimumLearningRate = minimumLearningRate
        self.epsilon = epsilon
        initialLearningRate = Double(optimizer.learningRate)
        learningRate = initialLearningRate
        bestMetric = mode == .min ? .infinity : -.infinity
    }

    /// The starting best: +∞ for .min, -∞ for .max (PyTorch's `mode_worse`).
    private var worstMetric: Double { mode == .min ? .infinity : -.infinity }

    /// Whether `metric` improves on the best so far (false for NaN, as in PyTorch).
    public func isImprovement(_ metric: Double) -> Bool {
        switch (mode, thresholdMode) {
        case (.min, .relative): return metric < bestMetric * (1 - threshold)
        case (.min, .absolute): return metric < bestMetric - threshold
        case (.max, .relative): return metric > bestMetric * (threshold + 1)
        case (.max, .absolute): return metric > bestMetric + threshold
        }
    }

    /// Ends an epoch with its validation `metric` (required).
    public func step(metric: Double?) {
        guard let metric else { preconditionFailure("ReduceLROnPlateau.step needs the epoch's metric") }
        epoch += 1
        if isImprovement(metric) {
            bestMetric = metric
            badEpochs = 0
        } else {
            badEpochs += 1
        }
        if cooldownRemaining > 0 {
            cooldownRemaining -= 1
            badEpochs = 0
        }
        if badEpochs > patience {
            let reduced = max(learningRate * factor, minimumLearningRate)
            if learningRate - reduced > epsilon { learningRate = reduced }
            cooldownRemaining = cooldown
            badEpochs = 0
        }
        optimizer.learningRate = Float(learningRate)
    }

    public func state() -> LearningRateScheduleState {
        LearningRateScheduleState(kind: "ReduceLROnPlateau", epoch: epoch, learningRate: learningRate,
                                  initialLearningRate: initialLearningRate,
                                  bestMetric: bestMetric == worstMetric ? nil : bestMetric,
                                  badEpochs: badEpochs, cooldownRemaining: cooldownRemaining)
    }

    public func load(state: LearningRateScheduleState) throws {
        try state.validate(kind: "ReduceLROnPlateau")
        epoch = state.epoch
        learningRate = state.learningRate
        initialLearningRate = state.initialLearningRate
        bestMetric = state.bestMetric ?? worstMetric
        badEpochs = state.badEpochs
        cooldownRemaining = state.cooldownRemaining
        optimizer.learningRate = Float(learningRate)
    }
}
