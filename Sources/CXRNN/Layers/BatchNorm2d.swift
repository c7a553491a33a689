import CXRTensor

/// Batch normalisation over channels, PyTorch's `nn.BatchNorm2d`: parameters `weight` (1s)
/// and `bias` (0s), buffers `running_mean` (0s), `running_var` (1s) and
/// `num_batches_tracked`. Momentum 0.1 and epsilon 1e-5 by default.
public final class BatchNorm2d: Module, UnaryLayer {
    public let weight, bias, runningMean, runningVariance, batchesTracked: Tensor
    public let momentum: Float, epsilon: Float

    public init(channels: Int, momentum: Float = 0.1, epsilon: Float = 1e-5) {
        weight = Tensor(shape: [channels], repeating: 1)
        bias = Tensor(zeros: [channels])
        runningMean = Tensor(zeros: [channels])
        runningVariance = Tensor(shape: [channels], repeating: 1)
        batchesTracked = Tensor(zeros: [])
        self.momentum = momentum
        self.epsilon = epsilon
        super.init()
        registerParameter("weight", weight)
        registerParameter("bias", bias)
        registerBuffer("running_mean", runningMean)
        registerBuffer("running_var", runningVariance)
        registerBuffer("num_batches_tracked", batchesTracked)
    }

    public func callAsFunction(_ x: Tensor) -> Tensor {
        if isTraining, !GradMode.isRecomputing { batchesTracked.pointer[0] += 1 }
        return batchNorm(x, weight: weight, bias: bias, runningMean: runningMean, runningVariance: runningVariance,
                         training: isTraining, momentum: momentum, epsilon: epsilon)
    }

    /// `activation(self(x))` for a following `ReLU` or `ReLU6` module: in training mode one fused
    /// pass (``batchNormActivation``, equal value for value, forward and backward); in evaluation
    /// mode, or while an ``OutputCapture`` runs (it may want either module's own output), the two
    /// modules one after the other.
    public func normalizeAndActivate(_ x: Tensor, activation: Module) -> Tensor {
        normalizeAndActivate(concatenating: [x], activation: activation)
    }

    /// `activation(self(concatenateChannels(inputs)))`: as ``normalizeAndActivate(_:activation:)``;
    /// in training, channel-blocked inputs are normalised where they lie, without the
    /// concatenation (``batchNormActivation(concatenating:weight:bias:runningMean:runningVariance:ceiling:momentum:epsilon:)``).
    public func normalizeAndActivate(concatenating inputs: [Tensor], activation: Module) -> Tensor {
        let ceiling: Float
        switch activation {
        case is ReLU: ceiling = .infinity
        case is ReLU6: ceiling = 6
        default: preconditionFailure("normalizeAndActivate: \(type(of: activation)) is not ReLU or ReLU6")
        }
        guard mayFuseForTraining else {
            let normalized = observed(self(inputs.count == 1 ? inputs[0] : concatenateChannels(inputs)))
            return activation.observed(ceiling == 6 ? relu6(normalized) : relu(normalized))
        }
        if !GradMode.isRecomputing { batchesTracked.pointer[0] += 1 }
        return batchNormActivation(concatenating: inputs, weight: weight, bias: bias, runningMean: runningMean, runningVariance: runningVariance,
                                   ceiling: ceiling, momentum: momentum, epsilon: epsilon)
    }
}
