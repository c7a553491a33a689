import CXRTensor

/// Stochastic gradient descent with optional momentum, dampening, Nesterov momentum and L2
/// weight decay: PyTorch's `torch.optim.SGD`, update for update.
///
/// For each parameter p with gradient g, learning rate lr, momentum μ, dampening τ and weight
/// decay λ:
///
///     g ← g + λ p                                  (when λ ≠ 0)
///     b ← g                                        (first step: the buffer starts as g, undampened)
///     b ← μ b + (1 - τ) g                          (later steps)
///     d ← g + μ b  if nesterov,  d ← b  otherwise  (when μ ≠ 0; else d ← g)
///     p ← p - lr d
///
/// Defaults are PyTorch's: no momentum, dampening, weight decay or Nesterov.
/// State: `momentum_buffer` per parameter (when μ ≠ 0).
public final class SGD: Optimizer {
    public let parameters: [Tensor]
    public var learningRate: Float
    /// Momentum factor μ.
    public let momentum: Float
    /// Dampening τ of the gradient's contribution to the momentum buffer (after the first step).
    public let dampening: Float
    /// L2 penalty λ, added to the gradient as λ p.
    public let weightDecay: Float
    /// Whether to use Nesterov momentum (needs μ > 0 and τ = 0).
    public let nesterov: Bool

    private var momentumBuffers: ParameterBuffers
    private var steps: [Int]

    public init(parameters: [Tensor], learningRate: Float, momentum: Float = 0, dampening: Float = 0,
                weightDecay: Float = 0, nesterov: Bool = false) {
        precondition(learningRate >= 0, "SGD: invalid learning rate \(learningRate)")
        precondition(momentum >= 0, "SGD: invalid momentum \(momentum)")
        precondition(weightDecay >= 0, "SGD: invalid weight decay \(weightDecay)")
        precondition(!nesterov || (momentum > 0 && dampening == 0), "SGD: Nesterov momentum requires a momentum and zero dampening")
        self.parameters = parameters
        self.learningRate = learningRate
        self.momentum = momentum
        self.dampening = dampening
        self.weightDecay = weightDecay
        self.nesterov = nesterov
        momentumBuffers = ParameterBuffers(name: "momentum_buffer", count: parameters.count)
        steps = Array(repeating: 0, count: parameters.count)
    }

    public func step() {
        let (lr, mu, decay, nesterov) = (learningRate, momentum, weightDecay, nesterov)
        let gradientShare = 1 - dampening
        for (index, parameter) in parameters.enumerated() {
            guard let gradient = updatableGradient(parameter) else { continue }
            let p = parameter.pointer, g = gradient.pointer
            if mu == 0 {
                parallelChunks(parameter.count, minimumPerThread: 65_536) { range in
                    for i in range {
                        let d = decay != 0 ? g[i] + decay * p[i] : g[i]
                        p[i] -= lr * d
                    }
                }
            } else {
                let first = momentumBuffers.tensors[index] == nil
                let buffer = momentumBuffers.tensors[index] ?? Tensor(zeros: parameter.shape)
                momentumBuffers.tensors[index] = buffer
                let b = buffer.pointer
                parallelChunks(parameter.count, minimumPerThread: 65_536) { range in
                    for i in range {
                        let d = decay != 0 ? g[i] + decay * p[i] : g[i]
                        b[i] = first ? d : b[i] * mu + gradientShare * d
                        p[i] -= lr * (nesterov ? d + mu * b[i] : b[i])
                    }
                }
            }
            steps[index] += 1
        }
    }

    public func state() -> OptimizerState {
        var arrays: [String: [Float]] = [:]
        momentumBuffers.export(into: &arrays)
        return OptimizerState(learningRate: learningRate, steps: steps, arrays: arrays)
    }

    public func load(state: OptimizerState) throws {
        let momentum = momentum
        let loaded = try state.buffers(for: parameters, names: [momentumBuffers.name]) { $0 > 0 && momentum != 0 }
        momentumBuffers.tensors = loaded[0]
        steps = state.steps
        learningRate = state.learningRate
    }
}
