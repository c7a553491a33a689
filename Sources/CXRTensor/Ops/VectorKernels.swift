/// Branch-free loops over float buffers, eight lanes at a time (AVX registers), for the
/// element-wise passes of activations and batch norm. Written with Swift's SIMD types because
/// the plain loops they replace compiled to one compare-and-branch per element, which an
/// activation's random sign pattern mispredicts half the time (measured: the masked gradient
/// of batch norm + ReLU6 took two thirds of that op's backward).

typealias FloatVector = SIMD8<Float>

@inline(__always)
func loadVector(_ p: UnsafePointer<Float>) -> FloatVector {
    UnsafeRawPointer(p).loadUnaligned(as: FloatVector.self)
}

@inline(__always)
func storeVector(_ v: FloatVector, _ p: UnsafeMutablePointer<Float>) {
    UnsafeMutableRawPointer(p).storeBytes(of: v, as: FloatVector.self)
}

/// `out[i] = g[i]` where `0 < y[i] < ceiling`, else 0: the gradient of ReLU
/// (`ceiling = .infinity`: only `y > 0` is tested) and of ReLU6 (`ceiling = 6`), PyTorch's rule.
/// `out` may be `g`.
func maskGradient(_ g: UnsafePointer<Float>, activated y: UnsafePointer<Float>, ceiling: Float,
                  into out: UnsafeMutablePointer<Float>, count: Int) {
    let zero = FloatVector(repeating: 0), top = FloatVector(repeating: ceiling)
    let bounded = ceiling.isFinite
    var i = 0
    while i + 8 <= count {
        let v = loadVector(y + i)
        var keep = v .> zero
        if bounded { keep = keep .& (v .< top) }
        storeVector(zero.replacing(with: loadVector(g + i), where: keep), out + i)
        i += 8
    }
    while i < count {
        let v = y[i]
        out[i] = (v > 0 && (!bounded || v < ceiling)) ? g[i] : 0
        i += 1
    }
}

/// `(sum(g), sum(g * (x - mean)))` accumulated in double, lane by lane (fixed order, so the
/// result is deterministic).
func gradientSums(_ g: UnsafePointer<Float>, _ x: UnsafePointer<Float>, mean: Double, count: Int) -> (Double, Double) {
    var sumLow = SIMD4<Double>(), sumHigh = SIMD4<Double>(), dotLow = SIMD4<Double>(), dotHigh = SIMD4<Double>()
    let m = SIMD4<Double>(repeating: mean)
    var i = 0
    while i + 8 <= count {
        let gv = loadVector(g + i), xv = loadVector(x + i)
        let gLow = SIMD4<Double>(gv.lowHalf), gHigh = SIMD4<Double>(gv.highHalf)
        sumLow += gLow
        sumHigh += gHigh
        dotLow += gLow * (SIMD4<Double>(xv.lowHalf) - m)
        dotHigh += gHigh * (SIMD4<Double>(xv.highHalf) - m)
        i += 8
    }
    var sum = (sumLow + sumHigh).sum(), dot = (dotLow + dotHigh).sum()
    while i < count {
        let gi = Double(g[i])
        sum += gi
        dot += gi * (Double(x[i]) - mean)
        i += 1
    }
    return (sum, dot)
}

/// `out[i] = scale * (g[i] - meanG - (x[i] - mean) * invStd * meanGXhat)`: batch norm's input
/// gradient for one channel's plane. `out` may be `g`.
func batchNormInputGradient(_ g: UnsafePointer<Float>, _ x: UnsafePointer<Float>, into out: UnsafeMutablePointer<Float>, count: Int,
                            mean: Float, invStd: Float, scale: Float, meanG: Float, meanGXhat: Float) {
    let m = FloatVector(repeating: mean), s = FloatVector(repeating: invStd), a = FloatVector(repeating: scale)
    let mg = FloatVector(repeating: meanG), mgx = FloatVector(repeating: meanGXhat)
    var i = 0
    while i + 8 <= count {
        let xhat = (loadVector(x + i) - m) * s
        storeVector(a * (loadVector(g + i) - mg - xhat * mgx), out + i)
        i += 8
    }
    while i < count {
        let xhat = (x[i] - mean) * invStd
        out[i] = scale * (g[i] - meanG - xhat * meanGXhat)
        i += 1
    }
}
