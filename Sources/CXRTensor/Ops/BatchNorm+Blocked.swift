/// Training-mode batch norm on channel-blocked tensors (``TensorLayout/channelBlocked8``):
/// the same formulas as the row-major kernels in BatchNorm.swift, with the eight channels of a
/// block in the eight lanes of a vector, so every pass is a plain run over contiguous memory.
/// Channel statistics are accumulated in double, lane by lane, in a fixed order.

/// Per-lane double accumulator for eight channels.
private struct LaneSums {
    var low = SIMD4<Double>(), high = SIMD4<Double>()

    @inline(__always) mutating func add(_ v: FloatVector) {
        low += SIMD4<Double>(v.lowHalf)
        high += SIMD4<Double>(v.highHalf)
    }

    @inline(__always) mutating func add(_ v: FloatVector, times w: FloatVector, minus mean: LaneSums) {
        low += SIMD4<Double>(v.lowHalf) * (SIMD4<Double>(w.lowHalf) - mean.low)
        high += SIMD4<Double>(v.highHalf) * (SIMD4<Double>(w.highHalf) - mean.high)
    }

    subscript(lane: Int) -> Double {
        get { lane < 4 ? low[lane] : high[lane - 4] }
        set { if lane < 4 { low[lane] = newValue } else { high[lane - 4] = newValue } }
    }
}

/// Where each sample's run of each channel block lies (`spatial * 8` floats): in one
/// channel-blocked tensor, or across several that together form their channel concatenation
/// (each with a multiple of eight channels), so batch norm can read the pieces of a
/// concatenation, and write its gradient into them, without the concatenation existing.
struct BlockedRuns {
    /// Per channel block: the run of sample 0, and the floats from one sample's run to the next.
    private let bases: [UnsafeMutablePointer<Float>]
    private let strides: [Int]
    /// N, and H x W (the vectors in one run), shared by every piece.
    let samples: Int, spatial: Int

    init(_ tensor: Tensor) { self.init(pieces: [tensor]) }

    init(pieces: [Tensor]) {
        var bases: [UnsafeMutablePointer<Float>] = [], strides: [Int] = []
        samples = pieces[0].shape[0]
        spatial = pieces[0].count / (samples * pieces[0].shape[1])
        for piece in pieces {
            precondition(piece.layout == .channelBlocked8, "blocked batch norm: every piece must be channel-blocked")
            let blocks = piece.shape[1] / 8, run = piece.count / (piece.shape[0] * blocks)
            precondition(piece.shape[0] == samples && run == spatial * 8, "blocked batch norm: the pieces differ in N, H or W")
            for block in 0..<blocks {
                bases.append(piece.pointer + block * run)
                strides.append(blocks * run)
            }
        }
        self.bases = bases
        self.strides = strides
    }

    var blockCount: Int { bases.count }

    @inline(__always) func run(sample: Int, block: Int) -> UnsafeMutablePointer<Float> {
        bases[block] + sample * strides[block]
    }
}

func blockedBatchNormForward(_ x: Tensor, weight: Tensor, bias: Tensor, epsilon: Float, output y: Tensor, mean: Tensor, variance: Tensor,
                             activationCeiling: Float?) {
    blockedBatchNormForward(BlockedRuns(x), weight: weight, bias: bias, epsilon: epsilon, output: BlockedRuns(y), mean: mean, variance: variance,
                            activationCeiling: activationCeiling)
}

func blockedBatchNormForward(_ x: BlockedRuns, weight: Tensor, bias: Tensor, epsilon: Float, output y: BlockedRuns,
                             mean: Tensor, variance: Tensor, activationCeiling: Float?) {
    let n = x.samples, spatial = x.spatial
    let count = Double(n * spatial)
    parallelChunks(x.blockCount, minimumPerThread: 1) { range in
        for block in range {
            // One pass: sums and sums of squares in double (the variance E[x^2] - E[x]^2 loses
            // nothing a float result would show unless |mean| exceeds the standard deviation by
            // about 1e4).
            var sums = LaneSums(), squares = LaneSums()
            for s in 0..<n {
                let run = x.run(sample: s, block: block)
                for i in 0..<spatial {
                    let v = loadVector(run + i * 8)
                    let low = SIMD4<Double>(v.lowHalf), high = SIMD4<Double>(v.highHalf)
                    sums.low += low
                    sums.high += high
                    squares.low += low * low
                    squares.high += high * high
                }
            }
            var means = LaneSums()
            means.low = sums.low / count
            means.high = sums.high / count
            var scale = FloatVector(), shift = FloatVector()
            for lane in 0..<8 {
                let c = block * 8 + lane
                let meanD = means[lane], varianceD = max(squares[lane] / count - meanD * meanD, 0)
                mean.pointer[c] = Float(meanD)
                variance.pointer[c] = Float(varianceD)
                let invStd = 1 / (varianceD + Double(epsilon)).squareRoot()
                scale[lane] = Float(Double(weight.pointer[c]) * invStd)
                shift[lane] = Float(Double(bias.pointer[c]) - meanD * Double(weight.pointer[c]) * invStd)
            }
            let zero = FloatVector(), top = FloatVector(repeating: activationCeiling ?? .infinity)
            for s in 0..<n {
                let xRun = x.run(sample: s, block: block), yRun = y.run(sample: s, block: block)
                for i in 0..<spatial {
                    var v = loadVector(xRun + i * 8) * scale + shift
                    if activationCeiling != nil {
                        v.replace(with: zero, where: .!(v .> zero))
                        v.replace(with: top, where: v .> top)
                    }
                    storeVector(v, yRun + i * 8)
                }
            }
        }
    }
}

func blockedBatchNormBackward(_ g: Tensor, x: Tensor, weight: Tensor, mean: Tensor, variance: Tensor, epsilon: Float,
                              activated: Tensor?, activationCeiling: Float) -> [Tensor?] {
    let dx = Tensor(uninitializedLike: x)
    let (dWeight, dBias) = blockedBatchNormBackward(g, x: BlockedRuns(x), weight: weight, mean: mean, variance: variance, epsilon: epsilon,
                                                    activated: activated, activationCeiling: activationCeiling, inputGradient: BlockedRuns(dx))
    return [dx, dWeight, dBias]
}

/// Writes `dx` into `inputGradient` (runs shaped as `x`'s) and returns `(dWeight, dBias)`.
func blockedBatchNormBackward(_ g: Tensor, x: BlockedRuns, weight: Tensor, mean: Tensor, variance: Tensor,
                              epsilon: Float, activated: Tensor?, activationCeiling: Float,
                              inputGradient dx: BlockedRuns) -> (weight: Tensor, bias: Tensor) {
    let n = x.samples, spatial = x.spatial
    precondition(g.layout == .channelBlocked8 && (activated?.layout ?? .channelBlocked8) == .channelBlocked8,
                 "blocked batch norm backward: the gradient must be channel-blocked")
    let channels = 8 * x.blockCount
    let dWeight = Tensor(zeros: [channels]), dBias = Tensor(zeros: [channels])
    let count = Double(n * spatial)
    let gRuns = BlockedRuns(g), yRuns = activated.map(BlockedRuns.init)
    // With an activation, the masked gradient is written into dx's runs first and read from there.
    let gp = yRuns == nil ? gRuns : dx
    parallelChunks(x.blockCount, minimumPerThread: 1) { range in
        for block in range {
            if let yRuns {
                for s in 0..<n {
                    maskGradient(gRuns.run(sample: s, block: block), activated: yRuns.run(sample: s, block: block), ceiling: activationCeiling,
                                 into: dx.run(sample: s, block: block), count: spatial * 8)
                }
            }
            var means = LaneSums(), m = FloatVector(), invStd = FloatVector(), invStdD = LaneSums()
            for lane in 0..<8 {
                let c = block * 8 + lane
                m[lane] = mean.pointer[c]
                let inv = 1 / (Double(variance.pointer[c]) + Double(epsilon)).squareRoot()
                means[lane] = Double(m[lane])
                invStdD[lane] = inv
                invStd[lane] = Float(inv)
            }
            var sumG = LaneSums(), sumGX = LaneSums()
            for s in 0..<n {
                let gRun = gp.run(sample: s, block: block), xRun = x.run(sample: s, block: block)
                for i in 0..<spatial {
                    let gv = loadVector(gRun + i * 8)
                    sumG.add(gv)
                    sumGX.add(gv, times: loadVector(xRun + i * 8), minus: means)
                }
            }
            var scale = FloatVector(), meanG = FloatVector(), meanGXhat = FloatVector()
            for lane in 0..<8 {
                let c = block * 8 + lane
                let gradGamma = sumGX[lane] * invStdD[lane]
                dWeight.pointer[c] = Float(gradGamma)
                dBias.pointer[c] = Float(sumG[lane])
                meanG[lane] = Float(sumG[lane] / count)
                meanGXhat[lane] = Float(gradGamma / count)
                scale[lane] = Float(Double(weight.pointer[c]) * invStdD[lane])
            }
            for s in 0..<n {
                let gRun = gp.run(sample: s, block: block), xRun = x.run(sample: s, block: block), out = dx.run(sample: s, block: block)
                for i in 0..<spatial {
                    let xhat = (loadVector(xRun + i * 8) - m) * invStd
                    storeVector(scale * (loadVector(gRun + i * 8) - meanG - xhat * meanGXhat), out + i * 8)
                }
            }
        }
    }
    return (dWeight, dBias)
}
