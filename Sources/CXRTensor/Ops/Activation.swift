import Foundation

/// Rectified linear unit, `max(x, 0)`. Gradient: `g * (x > 0)` (PyTorch's convention at 0).
public func relu(_ x: Tensor) -> Tensor {
    Profiler.measure("relu.forward", flops: 0) {
    let y = Tensor(uninitializedLike: x)
    let src = x.pointer, dst = y.pointer
    parallelChunks(x.count) { range in
        for i in range { dst[i] = max(src[i], 0) }
    }
    Tracer.record(.relu, data: [x], output: y)
    return y.recording("relu", [x]) { g in [reluGradient(g, output: y)] }
    }
}

/// ReLU's backward from its output: `g` where `y > 0`, else 0 (PyTorch's convention at 0).
func reluGradient(_ g: Tensor, output y: Tensor) -> Tensor {
    precondition(g.layout == y.layout, "reluGradient: layouts differ")
    let dx = Tensor(uninitializedLike: y)
    let gp = g.pointer, yp = y.pointer, out = dx.pointer
    parallelChunks(y.count) { range in
        maskGradient(gp + range.lowerBound, activated: yp + range.lowerBound, ceiling: .infinity, into: out + range.lowerBound, count: range.count)
    }
    return dx
}

/// `min(max(x, 0), 6)`, as MobileNetV2 uses. Gradient: `g * (0 < x < 6)` (PyTorch's hardtanh rule).
public func relu6(_ x: Tensor) -> Tensor {
    Profiler.measure("relu6.forward", flops: 0) {
    let y = Tensor(uninitializedLike: x)
    let src = x.pointer, dst = y.pointer
    parallelChunks(x.count) { range in
        for i in range { dst[i] = min(max(src[i], 0), 6) }
    }
    Tracer.record(.relu6, data: [x], output: y)
    return y.recording("relu6", [x]) { g in
        let dx = Tensor(uninitializedLike: x)
        let gp = g.pointer, xp = x.pointer, out = dx.pointer
        parallelChunks(x.count) { range in
            maskGradient(gp + range.lowerBound, activated: xp + range.lowerBound, ceiling: 6, into: out + range.lowerBound, count: range.count)
        }
        return [dx]
    }
    }
}

/// Logistic sigmoid `1 / (1 + exp(-x))`, computed stably. Gradient `g * y * (1 - y)`.
public func sigmoid(_ x: Tensor) -> Tensor {
    let y = Tensor(uninitializedLike: x)
    for i in 0..<x.count { y.pointer[i] = stableSigmoid(x.pointer[i]) }
    return y.recording("sigmoid", [x]) { g in
        let dx = Tensor(uninitializedLike: x)
        for i in 0..<x.count {
            let s = y.pointer[i]
            dx.pointer[i] = g.pointer[i] * s * (1 - s)
        }
        return [dx]
    }
}

@inline(__always)
func stableSigmoid(_ v: Float) -> Float {
    if v >= 0 {
        return 1 / (1 + exp(-v))
    }
    let e = exp(v)
    return e / (1 + e)
}

/// Softmax over the last dimension: `exp(x_i - max) / sum_j exp(x_j - max)`.
public func softmax(_ x: Tensor) -> Tensor {
    let x = x.inLayout(.rowMajor)
    let width = x.dimension(-1), rows = x.count / max(width, 1)
    let y = Tensor(uninitialized: x.shape)
    for r in 0..<rows {
        let row = x.pointer + r * width, out = y.pointer + r * width
        var top = -Float.infinity
        for j in 0..<width { top = max(top, row[j]) }
        var total: Float = 0
        for j in 0..<width { out[j] = exp(row[j] - top); total += out[j] }
        for j in 0..<width { out[j] /= total }
    }
    return y.recording("softmax", [x]) { g in
        // dx_i = y_i * (g_i - sum_j g_j y_j)
        let dx = Tensor(uninitialized: x.shape)
        for r in 0..<rows {
            let yr = y.pointer + r * width, gr = g.pointer + r * width, out = dx.pointer + r * width
            var dot: Float = 0
            for j in 0..<width { dot += gr[j] * yr[j] }
            for j in 0..<width { out[j] = yr[j] * (gr[j] - dot) }
        }
        return [dx]
    }
}

/// Log-softmax over the last dimension: `x_i - max - log(sum_j exp(x_j - max))`.
public func logSoftmax(_ x: Tensor) -> Tensor {
    let x = x.inLayout(.rowMajor)
    let width = x.dimension(-1), rows = x.count / max(width, 1)
    let y = Tensor(uninitialized: x.shape)
    for r in 0..<rows {
        let row = x.pointer + r * width, out = y.pointer + r * width
        var top = -Float.infinity
        for j in 0..<width { top = max(top, row[j]) }
        var total: Float = 0
        for j in 0..<width { total += exp(row[j] - top) }
        let logTotal = log(total) + top
        for j in 0..<width { out[j] = row[j] - logTotal }
    }
    return y.recording("logSoftmax", [x]) { g in
        // dx_i = g_i - softmax_i * sum_j g_j
        let dx = Tensor(uninitialized: x.shape)
        for r in 0..<rows {
            let yr = y.pointer + r * width, gr = g.pointer + r * width, out = dx.pointer + r * width
            var total: Float = 0
            for j in 0..<width { total += gr[j] }
            for j in 0..<width { out[j] = gr[j] - exp(yr[j]) * total }
        }
        return [dx]
    }
}
