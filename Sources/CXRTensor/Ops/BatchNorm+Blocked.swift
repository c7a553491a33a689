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

/// Calls `body(run)` for each sample's run of channel block `block`: `spatial * 8` floats.
@inline(__always)
private func forEachRun(_ base: UnsafeMutablePointer<Float>, samples: Int, blocks: Int, block: Int, spatial: Int,
                        _ body: (UnsafeMutablePointer<Float>) -> Void) {
    for s in 0..<samples { body(base + (s * blocks + block) * spatial * 8) }
}

func blockedBatchNormForward(_ x: Tensor, weight: Tensor, bias: Tensor, epsilon: Float, output y: Tensor, mean: Tensor, variance: Tensor,
                             activationCeiling: Float?) {
    let n = x.shape[0], channels = x.shape[1], spatial = x.count / (n * channels), blocks = channels / 8
    let count = Double(n * spatial)
    let xp = x.pointer, yp = y.pointer
    parallelChunks(blocks, minimumPerThread: 1) { range in
        for block in range {
            // One pass: sums and sums of squares in double (the variance E[x^2] - E[x]^2 loses
            // nothing a float result would show unless |mean| exceeds the standard deviation by
            // about 1e4).
            var sums = LaneSums(), squares = LaneSums()
            forEachRun(xp, samples: n, blocks: blocks, block: block, spatial: spatial) { run in
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
                let offset = (s * blocks + block) * spatial * 8
                for i in 0..<spatial {
                    var v = loadVector(xp + offset + i * 8) * scale + shift
                    if activationCeiling != nil {
                        v.replace(with: zero, where: .!(v .> zero))
                        v.replace(with: top, where: v .> top)
                    }
                    storeVector(v, yp + offset + i * 8)
                }
            }
        }
    }
}

func blockedBatchNormBackward(_ g: Tensor, x: Tensor, weight: Tensor, mean: Tensor, variance: Tensor, epsilon: Float,
                              activated: Tensor?, activationCeiling: Float) -> [Tensor?] {
    precondition(g.layout == .channelBlocked8 && (activated?.layout ?? .channelBlocked8) == .channelBlocked8,
                 "blocked batch norm backward: the gradient must be channel-blocked")
    let n = x.shape[0], channels = x.shape[1], spatial = x.count / (n * channels), blocks = channels / 8
    let dx = Tensor(uninitializedLike: x), dWeight = Tensor(zeros: [channels]), dBias = Tensor(zeros: [channels])
    let count = Double(n * spatial)
    let xp = x.pointer, out = dx.pointer, raw = g.pointer
    let gp = activated == nil ? raw : out
    let yp = activated?.pointer
    parallelChunks(blocks, minimumPerThread: 1) { range in
        for block in range {
            if let yp {
                for s in 0..<n {
                    let offset = (s * blocks + block) * spatial * 8
                    maskGradient(raw + offset, activated: yp + offset, ceiling: activationCeiling, into: out + offset, count: spatial * 8)
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
                let offset = (s * blocks + block) * spatial * 8
                for i in 0..<spatial {
                    let gv = loadVector(gp + offset + i * 8)
                    sumG.add(gv)
                    sumGX.add(gv, times: loadVector(xp + offset + i * 8), minus: means)
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
                let offset = (s * blocks + block) * spatial * 8
                for i in 0..<spatial {
                    let xhat = (loadVector(xp + offset + i * 8) - m) * invStd
                    storeVector(scale * (loadVector(gp + offset + i * 8) - meanG - xhat * meanGXhat), out + offset + i * 8)
                }
            }
        }
    }
    return [dx, dWeight, dBias]
}
