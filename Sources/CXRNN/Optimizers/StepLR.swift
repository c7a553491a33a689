/// Multiplies the learning rate by `gamma` every `stepSize` epochs: PyTorch's `StepLR`.
///
///     lr(epoch) = lr(epoch - 1) · γ   when epoch is a positive multiple of stepSize
///     lr(epoch) = lr(epoch - 1)       otherwise
///
/// i.e. lr₀ · γ^⌊epoch / stepSize⌋, computed recursively as PyTorch does. Default γ = 0.1.
public final class StepLR: LearningRateSchedule {
    public let optimizer: any Optimizer
    /// Epochs between decays.
    public let stepSize: Int
    /// Multiplicative decay factor γ.
    public let gamma: Double
    public private(set) var learningRate: Double
    public private(set) var epoch = 0
    /// The learning rate at epoch 0 (the optimizer's when the schedule was made).
    public private(set) var initialLearningRate: Double

    public init(optimizer: any Optimizer, stepSize: Int, gamma: Double = 0.1) {
        precondition(stepSize > 0, "StepLR: step size must be positive, got \(stepSize)")
        self.optimizer = optimizer
        self.stepSize = stepSize
        self.gamma = gamma
        initialLearningRate = Double(optimizer.learningRate)
        learningRate = initialLearningRate
    }

    public func step(metric: Double? = nil) {
        epoch += 1
        if epoch % stepSize == 0 { learningRate *= gamma }
        optimizer.learningRate = Float(learningRate)
    }

    public func state() -> LearningRateScheduleState {
        LearningRateScheduleState(kind: "StepLR", epoch: epoch, learningRate: learningRate, initialLearningRate: initialLearningRate)
    }

    public func load(state: LearningRateScheduleState) throws {
        try state.validate(kind: "StepLR")
        epoch = state.epoch
        learningRate = state.learningRate
        initialLearningRate = state.initialLearningRate
        optimizer.learningRate = Float(learningRate)
    }
}
