import CDNNL

/// Cached oneDNN batch-normalization primitives for one shape and epsilon.
final class BatchNormPlan {
    let training: Primitive
    let inference: Primitive
    let backward: Primitive
    let data: dnnl_memory_desc_t

    init(shape: [Int], epsilon: Float) {
        data = makeMemoryDescriptor(shape, plainTag(rank: shape.count))
        let affine = UInt32(dnnl_use_scale.rawValue | dnnl_use_shift.rawValue)
        var md = data
        var desc = dnnl_batch_normalization_desc_t()
        dnnlCheck(dnnl_batch_normalization_forward_desc_init(&desc, dnnl_forward_training, &md, epsilon, affine), "bnorm forward desc")
        training = Primitive(operation: &desc, name: "batch norm training")
        var inferenceDesc = dnnl_batch_normalization_desc_t()
        dnnlCheck(dnnl_batch_normalization_forward_desc_init(&inferenceDesc, dnnl_forward_inference, &md, epsilon,
                                                             affine | UInt32(dnnl_use_global_stats.rawValue)), "bnorm inference desc")
        inference = Primitive(operation: &inferenceDesc, name: "batch norm inference")
        var diff = data
        var backwardDesc = dnnl_batch_normalization_desc_t()
        dnnlCheck(dnnl_batch_normalization_backward_desc_init(&backwardDesc, dnnl_backward, &diff, &md, epsilon, affine), "bnorm backward desc")
        backward = Primitive(operation: &backwardDesc, hint: training, name: "batch norm backward")
    }
}

struct BatchNormKey: Hashable { let shape: [Int]; let epsilon: Float }
let batchNormPlans = PlanCache<BatchNormKey, BatchNormPlan>()

/// Batch normalisation over the channel dimension (1) of `[N, C, ...]` input, as
/// PyTorch's `F.batch_norm`.
///
/// Training: normalises with the batch mean and biased variance, then updates the running
/// statistics in place: `running = (1 - momentum) * running + momentum * batch`, using the
/// unbiased variance `var * n / (n - 1)` (n = N * H * W). Evaluation: uses the running
/// statistics. Output `y = (x - mean) / sqrt(var + epsilon) * weight + bias`.
///
/// - Parameters:
///   - weight, bias: `[C]` affine parameters (gamma, beta).
///   - runningMean, runningVariance: `[C]` buffers, updated in training mode.
///   - momentum: PyTorch's default 0.1.
///   - epsilon: PyTorch's default 1e-5.
public func batchNorm(_ x: Tensor, weight: Tensor, bias: Tensor, runningMean: Tensor, runningVariance: Tensor,
                      training: Bool, momentum: Float = 0.1, epsilon: Float = 1e-5) -> Tensor {
    Profiler.measure("batchNorm.forward", flops: 0) {
    // Evaluation mode runs oneDNN's row-major primitive; training keeps a channel-blocked input's layout.
    let x = training ? x : x.inLayout(.rowMajor)
    let channels = x.shape[1]
    precondition(weight.count == channels && bias.count == channels, "batchNorm: parameters do not match \(channels) channels")
    let y = Tensor(uninitializedLike: x)

    if !training {
        let plan = batchNormPlans.plan(for: BatchNormKey(shape: x.shape, epsilon: epsilon)) { BatchNormPlan(shape: x.shape, epsilon: epsilon) }
        let statistics = DNNLMemory.vector(channels)
        let src = DNNLMemory(plan.data, pointer: UnsafeMutableRawPointer(x.pointer))
        let dst = DNNLMemory(plan.data, pointer: UnsafeMutableRawPointer(y.pointer))
        let scale = DNNLMemory(statistics, pointer: UnsafeMutableRawPointer(weight.pointer))
        let shift = DNNLMemory(statistics, pointer: UnsafeMutableRawPointer(bias.pointer))
        let mean = DNNLMemory(statistics, pointer: UnsafeMutableRawPointer(runningMean.pointer))
        let variance = DNNLMemory(statistics, pointer: UnsafeMutableRawPointer(runningVariance.pointer))
        plan.inference.execute([(DNNLArg.src, src.handle), (DNNLArg.dst, dst.handle), (DNNLArg.mean, mean.handle),
                                (DNNLArg.variance, variance.handle), (DNNLArg.scale, scale.handle), (DNNLArg.shift, shift.handle)])
        Tracer.record(.batchNorm(epsilon: epsilon), data: [x], parameters: [weight, bias, runningMean, runningVariance], output: y)
        return y.recording("batchNorm(eval)", [x, weight, bias]) { g in
            evalBatchNormBackward(g, x: x, weight: weight, runningMean: runningMean, runningVariance: runningVariance, epsilon: epsilon)
        }
    }

    Tracer.untraceable("batchNorm in training mode")
    let batchMean = Tensor(uninitialized: [channels]), batchVariance = Tensor(uninitialized: [channels])
    trainingBatchNormForward(x, weight: weight, bias: bias, epsilon: epsilon, output: y, mean: batchMean, variance: batchVariance)
    updateRunningStatistics(runningMean: runningMean, runningVariance: runningVariance, batchMean: batchMean, batchVariance: batchVariance,
                            momentum: momentum, count: x.count / channels)
    return y.recording("batchNorm", [x, weight, bias]) { g in
        trainingBatchNormBackward(g, x: x, weight: weight, mean: batchMean, variance: batchVariance, epsilon: epsilon)
    }
    }
}

/// Training-mode batch normalisation followed by ReLU (`ceiling: .infinity`) or ReLU6
/// (`ceiling: 6`) in one pass: `min(max(batchNorm(x), 0), ceiling)`, equal to
/// `relu(batchNorm(x, training: true))` / `relu6(...)` value for value, forward and backward
/// (gradient `g` where `0 < y < ceiling`, PyTorch's rule), without materialising the
/// normalised tensor or the activation's gradient: one activation-sized buffer and two memory
/// passes fewer per layer. Running statistics are updated as ``batchNorm`` does.
///
/// - Parameters: as ``batchNorm``; `x` is `[N, C, ...]`.
/// - Returns: `[N, C, ...]`, every value in `[0, ceiling]`.
public func batchNormActivation(_ x: Tensor, weight: Tensor, bias: Tensor, runningMean: Tensor, runningVariance: Tensor,
                                ceiling: Float, momentum: Float = 0.1, epsilon: Float = 1e-5) -> Tensor {
    Profiler.measure("batchNormActivation.forward", flops: 0) {
    let channels = x.shape[1]
    precondition(weight.count == channels && bias.count == channels, "batchNormActivation: parameters do not match \(channels) channels")
    precondition(ceiling > 0, "batchNormActivation: the ceiling must be positive")
    Tracer.untraceable("batchNorm in training mode")
    let y = Tensor(uninitializedLike: x)
    let batchMean = Tensor(uninitialized: [channels]), batchVariance = Tensor(uninitialized: [channels])
    trainingBatchNormForward(x, weight: weight, bias: bias, epsilon: epsilon, output: y, mean: batchMean, variance: batchVariance,
                             activationCeiling: ceiling)
    updateRunningStatistics(runningMean: runningMean, runningVariance: runningVariance, batchMean: batchMean, batchVariance: batchVariance,
                            momentum: momentum, count: x.count / channels)
    return y.recording("batchNormActivation", [x, weight, bias]) { g in
        trainingBatchNormBackward(g, x: x, weight: weight, mean: batchMean, variance: batchVariance, epsilon: epsilon,
                                  activated: y, activationCeiling: ceiling)
    }
    }
}

/// ``batchNormActivation(_:weight:bias:runningMean:runningVariance:ceiling:momentum:epsilon:)``
/// of the channel concatenation of `inputs`, without the concatenation: when every input is
/// channel-blocked (``TensorLayout/channelBlocked8``), batch norm reads the pieces where they
/// are and backward writes each input's gradient straight into a tensor of its own, which
/// saves a concatenation-sized copy in forward and two in backward (DenseNet's dense layers,
/// whose inputs are all earlier layers' outputs). Otherwise it concatenates and calls the
/// single-input form. Values and gradients are the same either way.
///
/// - Parameters: as the single-input form; `inputs` are `[N, C_i, H, W]` with the same N, H, W,
///   and the parameters have `sum(C_i)` channels.
/// - Returns: `[N, sum(C_i), H, W]`, channel-blocked on the fused path.
public func batchNormActivation(concatenating inputs: [Tensor], weight: Tensor, bias: Tensor, runningMean: Tensor, runningVariance: Tensor,
                                ceiling: Float, momentum: Float = 0.1, epsilon: Float = 1e-5) -> Tensor {
    precondition(!inputs.isEmpty, "batchNormActivation: no inputs")
    let first = inputs[0]
    let fused = inputs.count > 1 && inputs.allSatisfy {
        $0.layout == .channelBlocked8 && $0.rank == 4 && $0.shape[0] == first.shape[0] && $0.shape[2...] == first.shape[2...]
    }
    guard fused else {
        return batchNormActivation(inputs.count == 1 ? first : concatenateChannels(inputs), weight: weight, bias: bias, runningMean: runningMean,
                                   runningVariance: runningVariance, ceiling: ceiling, momentum: momentum, epsilon: epsilon)
    }
    return Profiler.measure("batchNormActivation.forward", flops: 0) {
    let channels = inputs.reduce(0) { $0 + $1.shape[1] }
    precondition(weight.count == channels && bias.count == channels, "batchNormActivation: parameters do not match \(channels) channels")
    precondition(ceiling > 0, "batchNormActivation: the ceiling must be positive")
    Tracer.untraceable("batchNorm in training mode")
    let y = Tensor(uninitialized: [first.shape[0], channels, first.shape[2], first.shape[3]], layout: .channelBlocked8)
    let batchMean = Tensor(uninitialized: [channels]), batchVariance = Tensor(uninitialized: [channels])
    let x = BlockedRuns(pieces: inputs)
    blockedBatchNormForward(x, weight: weight, bias: bias, epsilon: epsilon, output: BlockedRuns(y), mean: batchMean, variance: batchVariance,
                            activationCeiling: ceiling)
    updateRunningStatistics(runningMean: runningMean, runningVariance: runningVariance, batchMean: batchMean, batchVariance: batchVariance,
                            momentum: momentum, count: x.samples * x.spatial)
    return y.recording("batchNormActivation", inputs + [weight, bias]) { g in
        let gradients = inputs.map { Tensor(uninitializedLike: $0) }
        let (dWeight, dBias) = blockedBatchNormBackward(g, x: x, weight: weight, mean: batchMean, variance: batchVariance, epsilon: epsilon,
                                                        activated: y, activationCeiling: ceiling, inputGradient: BlockedRuns(pieces: gradients))
        return inputs.indices.map { inputs[$0].requiresGrad ? gradients[$0] : nil } + [dWeight, dBias]
    }
    }
}

/// `running = (1 - momentum) * running + momentum * batch`, with the unbiased batch variance
/// (`var * n / (n - 1)`, n values per channel), as PyTorch.
private func updateRunningStatistics(runningMean: Tensor, runningVariance: Tensor, batchMean: Tensor, batchVariance: Tensor,
                                     momentum: Float, count n: Int) {
    // A segment recomputed in backward has updated them once already.
    guard !GradMode.isRecomputing else { return }
    let unbiased = n > 1 ? Float(n) / Float(n - 1) : 1
    for c in 0..<runningMean.count {
        runningMean.pointer[c] = (1 - momentum) * runningMean.pointer[c] + momentum * batchMean.pointer[c]
        runningVariance.pointer[c] = (1 - momentum) * runningVariance.pointer[c] + momentum * batchVariance.pointer[c] * unbiased
    }
}

/// Training-mode batch-norm forward with two-pass channel statistics accumulated in double
/// precision element by element, as PyTorch's CPU kernel does (its accumulation type for
/// float is double). A float accumulator, even only per `H x W` plane (12,544 values at
/// 112 x 112), leaves the mean and variance off by ~1e-6 relative: every activation then
/// carries that error, and downstream ReLU6/ReLU masks flip where a float64 reference does
/// not, which is what made MobileNetV2's training gradients ~7x worse than PyTorch float32's.
///
/// Channel-blocked inputs go to ``blockedBatchNormForward`` (BatchNorm+Blocked.swift).
///
/// With `activationCeiling`, the output is `min(max(y, 0), ceiling)` in the same pass (ReLU with
/// `.infinity`, ReLU6 with 6): the fused batch norm + activation of ``batchNormActivation``.
private func trainingBatchNormForward(_ x: Tensor, weight: Tensor, bias: Tensor, epsilon: Float, output y: Tensor, mean: Tensor, variance: Tensor,
                                      activationCeiling: Float? = nil) {
    if x.layout == .channelBlocked8 {
        return blockedBatchNormForward(x, weight: weight, bias: bias, epsilon: epsilon, output: y, mean: mean, variance: variance,
                                       activationCeiling: activationCeiling)
    }
    let n = x.shape[0], channels = x.shape[1], spatial = x.count / (n * channels)
    let count = Double(n * spatial)
    let xp = x.pointer, yp = y.pointer
    parallelChunks(channels, minimumPerThread: 1) { range in
        for c in range {
            var total = 0.0
            for s in 0..<n {
                total += doubleSum(xp + (s * channels + c) * spatial, spatial) { Double($0) }
            }
            let meanD = total / count
            var squares = 0.0
            for s in 0..<n {
                squares += doubleSum(xp + (s * channels + c) * spatial, spatial) { let d = Double($0) - meanD; return d * d }
            }
            let m = Float(meanD)
            let v = Float(squares / count)
            mean.pointer[c] = m
            variance.pointer[c] = v
            let invStd = 1 / (squares / count + Double(epsilon)).squareRoot()
            let scale = Float(Double(weight.pointer[c]) * invStd)
            let shift = Float(Double(bias.pointer[c]) - meanD * Double(weight.pointer[c]) * invStd)
            for s in 0..<n {
                let offset = (s * channels + c) * spatial
                if let ceiling = activationCeiling {
                    for i in 0..<spatial { yp[offset + i] = min(max(xp[offset + i] * scale + shift, 0), ceiling) }
                } else {
                    for i in 0..<spatial { yp[offset + i] = xp[offset + i] * scale + shift }
                }
            }
        }
    }
}

/// `sum(term(values[i]))` over `count` floats, accumulated in double (four independent
/// accumulators, so the additions pipeline; the order is fixed, so results are deterministic).
@inline(__always)
private func doubleSum(_ values: UnsafePointer<Float>, _ count: Int, _ term: (Float) -> Double) -> Double {
    var a0 = 0.0, a1 = 0.0, a2 = 0.0, a3 = 0.0
    var i = 0
    while i + 4 <= count {
        a0 += term(values[i]); a1 += term(values[i + 1]); a2 += term(values[i + 2]); a3 += term(values[i + 3])
        i += 4
    }
    while i < count { a0 += term(values[i]); i += 1 }
    return (a0 + a1) + (a2 + a3)
}

/// Backward of training-mode batch norm, with channel sums accumulated in double:
/// `dx = gamma / sigma * (g - mean(g) - xhat * mean(g * xhat))`, `dgamma = sum(g * xhat)`,
/// `dbeta = sum(g)`, where `xhat = (x - mean) / sigma` and `sigma = sqrt(var + eps)`.
///
/// With `activated` (the output of the fused batch norm + activation, ceiling `activationCeiling`),
/// `g` is first masked as the activation's backward does (`g` where `0 < y < ceiling`, else 0;
/// PyTorch's ReLU/hardtanh rule), in the same pass instead of a separate tensor.
private func trainingBatchNormBackward(_ g: Tensor, x: Tensor, weight: Tensor, mean: Tensor, variance: Tensor, epsilon: Float,
                                       activated: Tensor? = nil, activationCeiling: Float = .infinity) -> [Tensor?] {
    if x.layout == .channelBlocked8 {
        return blockedBatchNormBackward(g, x: x, weight: weight, mean: mean, variance: variance, epsilon: epsilon,
                                        activated: activated, activationCeiling: activationCeiling)
    }
    let n = x.shape[0], channels = x.shape[1], spatial = x.count / (n * channels)
    let dx = Tensor(uninitialized: x.shape), dWeight = Tensor(zeros: [channels]), dBias = Tensor(zeros: [channels])
    let count = Double(n * spatial)
    let xp = x.pointer, out = dx.pointer
    // With an activation, each channel's masked gradient is first written into dx's buffer (the
    // channel's planes, still in cache for the two passes below), which dx then overwrites in place.
    let gp = activated == nil ? g.pointer : out
    let yp = activated?.pointer, raw = g.pointer
    parallelChunks(channels, minimumPerThread: 1) { range in
        for c in range {
            if let yp {
                for s in 0..<n {
                    let offset = (s * channels + c) * spatial
                    maskGradient(raw + offset, activated: yp + offset, ceiling: activationCeiling, into: out + offset, count: spatial)
                }
            }
            let m = mean.pointer[c], meanD = Double(m)
            let invStdD = 1 / (Double(variance.pointer[c]) + Double(epsilon)).squareRoot()
            let invStd = Float(invStdD)
            var sumG = 0.0, sumGX = 0.0
            for s in 0..<n {
                let offset = (s * channels + c) * spatial
                let (g, gx) = gradientSums(gp + offset, xp + offset, mean: meanD, count: spatial)
                sumG += g
                sumGX += gx
            }
            let gradGamma = sumGX * invStdD
            dWeight.pointer[c] = Float(gradGamma)
            dBias.pointer[c] = Float(sumG)
            let meanG = Float(sumG / count), meanGXhat = Float(gradGamma / count)
            let scale = Float(Double(weight.pointer[c]) * invStdD)
            for s in 0..<n {
                let offset = (s * channels + c) * spatial
                batchNormInputGradient(gp + offset, xp + offset, into: out + offset, count: spatial,
                                       mean: m, invStd: invStd, scale: scale, meanG: meanG, meanGXhat: meanGXhat)
            }
        }
    }
    return [dx, dWeight, dBias]
}

/// Backward of evaluation-mode batch norm (fixed statistics): a per-channel affine map.
private func evalBatchNormBackward(_ g: Tensor, x: Tensor, weight: Tensor, runningMean: Tensor, runningVariance: Tensor,
                                   epsilon: Float) -> [Tensor?] {
    let n = x.shape[0], channels = x.shape[1], spatial = x.count / (n * channels)
    let dx = Tensor(uninitialized: x.shape), dWeight = Tensor(zeros: [channels]), dBias = Tensor(zeros: [channels])
    for c in 0..<channels {
        let invStd = 1 / (runningVariance.pointer[c] + epsilon).squareRoot()
        let m = runningMean.pointer[c], gamma = weight.pointer[c]
        var sumG: Float = 0, sumGX: Float = 0
        for s in 0..<n {
            let offset = (s * channels + c) * spatial
            for i in 0..<spatial {
                let gi = g.pointer[offset + i]
                dx.pointer[offset + i] = gi * gamma * invStd
                sumG += gi
                sumGX += gi * (x.pointer[offset + i] - m) * invStd
            }
        }
        dWeight.pointer[c] = sumGX
        dBias.pointer[c] = sumG
    }
    return [dx, dWeight, dBias]
}

extension DNNLMemory {
    /// Descriptor of a plain float vector of `count` values.
    static func vector(_ count: Int) -> dnnl_memory_desc_t { makeMemoryDescriptor([count], dnnl_a) }
}
