import CXRTensor

/// Adam with L2 weight decay: PyTorch 1.13's `torch.optim.Adam` (`amsgrad=False`), update for update.
///
/// For each parameter p with gradient g at its t-th update (t counts from 1), learning rate
/// lr, betas (β1, β2), epsilon ε and weight decay λ:
///
///     g ← g + λ p                                  (when λ ≠ 0: decay through the gradient)
///     m ← β1 m + (1 - β1) g
///     v ← β2 v + (1 - β2) g²
///     p ← p - (lr / (1 - β1ᵗ)) · m / (√v / √(1 - β2ᵗ) + ε)
///
/// Defaults are PyTorch's: lr = 1e-3, betas = (0.9, 0.999), ε = 1e-8, λ = 0.
/// State: `exp_avg` (m) and `exp_avg_sq` (v) per parameter, and its step count t.
/// For decay applied to the weights directly, use `AdamW`.
public final class Adam: Optimizer {
    public let parameters: [Tensor]
    public var learningRate: Float
    /// Decay rates (β1, β2) of the first and second moment estimates.
    public let betas: (Float, Float)
    /// ε added to the denominator for numerical stability.
    public let epsilon: Float
    /// L2 penalty λ, added to the gradient as λ p.
    public let weightDecay: Float

    private var moments: AdamMoments

    public init(parameters: [Tensor], learningRate: Float = 1e-3, betas: (Float, Float) = (0.9, 0.999),
                epsilon: Float = 1e-8, weightDecay: Float = 0) {
        validateAdamArguments("Adam", learningRate: learningRate, betas: betas, epsilon: epsilon, weightDecay: weightDecay)
        self.parameters = parameters
        self.learningRate = learningRate
        self.betas = betas
        self.epsilon = epsilon
        self.weightDecay = weightDecay
        moments = AdamMoments(count: parameters.count)
    }

    public func step() {
        moments.update(parameters, learningRate: learningRate, betas: betas, epsilon: epsilon,
                       l2Decay: weightDecay, decoupledDecay: 0)
    }

    public func state() -> OptimizerState { moments.export(learningRate: learningRate) }

    public func load(state: OptimizerState) throws {
        try moments.load(state, parameters: parameters)
        learningRate = state.learningRate
    }
}

/// Checks the arguments of `Adam` and `AdamW` as PyTorch does.
func validateAdamArguments(_ name: String, learningRate: Float, betas: (Float, Float), epsilon: Float, weightDecay: Float) {
    precondition(learningRate >= 0, "\(name): invalid learning rate \(learningRate)")
    precondition(epsilon >= 0, "\(name): invalid epsilon \(epsilon)")
    precondition((0..<1).contains(betas.0), "\(name): invalid beta1 \(betas.0)")
    precondition((0..<1).contains(betas.1), "\(name): invalid beta2 \(betas.1)")
    precondition(weightDecay >= 0, "\(name): invalid weight decay \(weightDecay)")
}
