/// Changes an optimizer's learning rate once per epoch, with PyTorch's `lr_scheduler`
/// semantics: create the schedule after the optimizer (epoch 0 uses the optimizer's learning
/// rate), train an epoch, then call `step(metric:)`, which advances to the next epoch and sets
/// the optimizer's `learningRate` for it.
///
/// The schedule keeps its learning rate in double precision (as PyTorch does) and writes it to
/// the optimizer as a `Float`; it owns the learning rate, so changes made to the optimizer's
/// `learningRate` behind its back are overwritten by the next change.
///
/// ```swift
/// let schedule = ReduceLROnPlateau(optimizer: optimizer, mode: .max, patience: 2)
/// for _ in 0..<epochs {
///     trainOneEpoch()
///     schedule.step(metric: validationAUC)
/// }
/// ```
public protocol LearningRateSchedule: AnyObject {
    /// The optimizer whose learning rate this schedule sets.
    var optimizer: any Optimizer { get }
    /// The learning rate of the current epoch.
    var learningRate: Double { get }
    /// Epochs completed: how many times `step` has been called (PyTorch's `last_epoch`).
    var epoch: Int { get }
    /// Ends an epoch: advances `epoch` and sets the learning rate of the next one.
    /// `metric` is the validation metric for `ReduceLROnPlateau` (required there) and is
    /// ignored by epoch-based schedules.
    func step(metric: Double?)
    /// A copy of the schedule's state, for a checkpoint.
    func state() -> LearningRateScheduleState
    /// Restores a state from `state()` and applies its learning rate to the optimizer.
    /// - Throws: `LearningRateScheduleError` when the state is not this kind of schedule's.
    func load(state: LearningRateScheduleState) throws
}

extension LearningRateSchedule {
    /// Ends an epoch of an epoch-based schedule (`StepLR`, `CosineAnnealingLR`).
    public func step() { step(metric: nil) }
}

/// A learning-rate schedule's progress, saved with a checkpoint to resume training (Codable,
/// so it fits a JSON sidecar or safetensors metadata).
public struct LearningRateScheduleState: Codable, Equatable, Sendable {
    /// The schedule type: `"StepLR"`, `"CosineAnnealingLR"` or `"ReduceLROnPlateau"`.
    public var kind: String
    /// Epochs completed (PyTorch's `last_epoch`).
    public var epoch: Int
    /// The learning rate of the current epoch.
    public var learningRate: Double
    /// The learning rate at epoch 0 (PyTorch's `base_lrs`).
    public var initialLearningRate: Double
    /// `ReduceLROnPlateau`: the best metric so far, nil before the first metric.
    public var bestMetric: Double?
    /// `ReduceLROnPlateau`: epochs since the last improvement (`num_bad_epochs`).
    public var badEpochs: Int
    /// `ReduceLROnPlateau`: epochs of cooldown left (`cooldown_counter`).
    public var cooldownRemaining: Int

    public init(kind: String, epoch: Int, learningRate: Double, initialLearningRate: Double,
                bestMetric: Double? = nil, badEpochs: Int = 0, cooldownRemaining: Int = 0) {
        self.kind = kind
        self.epoch = epoch
        self.learningRate = learningRate
        self.initialLearningRate = initialLearningRate
        self.bestMetric = bestMetric
        self.badEpochs = badEpochs
        self.cooldownRemaining = cooldownRemaining
    }

    /// Checks that the state belongs to a schedule of type `kind` and is consistent.
    func validate(kind expected: String) throws {
        guard kind == expected else { throw LearningRateScheduleError.kindMismatch(expected: expected, actual: kind) }
        guard epoch >= 0, badEpochs >= 0, cooldownRemaining >= 0, learningRate.isFinite, learningRate >= 0,
              initialLearningRate.isFinite, initialLearningRate >= 0
        else { throw LearningRateScheduleError.invalidState("negative or non-finite values in \(self)") }
    }
}

/// Why a schedule refused a state.
public enum LearningRateScheduleError: Error, Equatable {
    /// The state was saved by another type of schedule.
    case kindMismatch(expected: String, actual: String)
    /// Negative counters or a non-finite learning rate.
    case invalidState(String)
}
