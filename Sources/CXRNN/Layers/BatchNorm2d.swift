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
        if isTraining { batchesTracked.pointer[0] += 1 }
        return batchNorm(x, weight: weight, bias: bias, runningMean: runningMean, runningVariance: runningVariance,
                         training: isTraining, momentum: momentum, epsilon: epsilon)
    }
}
