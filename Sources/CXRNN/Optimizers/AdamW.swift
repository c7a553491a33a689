import CXRTensor

/// Adam with decoupled weight decay (Loshchilov & Hutter): PyTorch 1.13's `torch.optim.AdamW`
/// (`amsgrad=False`), update for update.
///
/// For each parameter p with gradient g at its t-th update (t counts from 1), learning rate
/// lr, betas (β1, β2), epsilon ε and weight decay λ:
///
///     p ← p (1 - lr λ)                             (decay applied to the weights, not the gradient)
///     m ← β1 m + (1 - β1) g
///     v ← β2 v + (1 - β2) g²
///     p ← p - (lr / (1 - β1ᵗ)) · m / (√v / √(1 - β2ᵗ) + ε)
///
/// Defaults are PyTorch's: lr = 1e-3, betas = (0.9, 0.999), ε = 1e-8, λ = 1e-2.
/// State: `exp_avg` (m) and `exp_avg_sq` (v) per parameter, and its step count t.
public final class AdamW: Optimizer {
    public let parameters: [Tensor]
    public var learningRate: Float
    /// Decay rates (β1, β2) of the first and second moment estimates.
    public let betas: (Float, Float)
    /// ε added to the denominator for numerical stability.
    public let epsilon: Float
    /// Decoupled weight decay λ: each update first scales p by 1 - lr λ.
    public let weightDecay: Float

    private var moments: AdamMoments

    public init(parameters: [Tensor], learningRate: Float = 1e-3, betas: (Float, Float) = (0.9, 0.999),
                epsilon: Float = 1e-8, weightDecay: Float = 1e-2) {
        validateAdamArguments("AdamW", learningRate: learningRate, betas: betas, epsilon: epsilon, weightDecay: weightDecay)
        self.parameters = parameters
        self.learningRate = learningRate
        self.betas = betas
        self.epsilon = epsilon
        self.weightDecay = weightDecay
        moments = AdamMoments(count: parameters.count)
    }

    public func step() {
        moments.update(parameters, learningRate: learningRate, betas: betas, epsilon: epsilon,
                       l2Decay: 0, decoupledDecay: weightDecay)
    }

    public func state() -> OptimizerState { moments.export(learningRate: learningRate) }

    public func load(state: OptimizerState) throws {
        try moments.load(state, parameters: parameters)
        learningRate = state.learningRate
    }
}
