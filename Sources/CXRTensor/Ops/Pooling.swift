import CDNNL

/// Pooling kinds supported by `pool2d`.
public enum PoolingKind: Hashable, Sendable {
    case max
    /// Average including zero padding in the divisor (PyTorch's `count_include_pad=True`).
    case averageIncludingPadding
    /// Average over the valid (unpadded) window only.
    case averageExcludingPadding

    var algorithm: dnnl_alg_kind_t {
        switch self {
        case .max: return dnnl_pooling_max
        case .averageIncludingPadding: return dnnl_pooling_avg_include_padding
        case .averageExcludingPadding: return dnnl_pooling_avg_exclude_padding
        }
    }
}

struct PoolingKey: Hashable {
    let input: [Int], kind: PoolingKind, kernel: Int, stride: Int, padding: Int, ceilMode: Bool, layout: TensorLayout
}

final class PoolingPlan {
    let forward: Primitive
    let backward: Primitive
    let source, destination: dnnl_memory_desc_t
    let workspace: dnnl_memory_desc_t?

    init(key: PoolingKey, output: [Int]) {
        source = makeMemoryDescriptor(key.input, key.layout.formatTag(rank: 4))
        destination = makeMemoryDescriptor(output, key.layout.formatTag(rank: 4))
        let strides = [Int64(key.stride), Int64(key.stride)], kernel = [Int64(key.kernel), Int64(key.kernel)]
        let dilation: [Int64] = [0, 0], left = [Int64(key.padding), Int64(key.padding)]
        let right = poolingRightPadding(input: key.input, output: output, kernel: key.kernel, stride: key.stride, padding: key.padding)
        var s = source, d = destination
        var desc = dnnl_pooling_v2_desc_t()
        dnnlCheck(dnnl_pooling_v2_forward_desc_init(&desc, dnnl_forward_training, key.kind.algorithm, &s, &d, strides, kernel,
                                                    dilation, left, right), "pooling forward desc")
        forward = Primitive(operation: &desc, name: "pooling forward")
        var backDesc = dnnl_pooling_v2_desc_t()
        dnnlCheck(dnnl_pooling_v2_backward_desc_init(&backDesc, key.kind.algorithm, &s, &d, strides, kernel, dilation, left, right),
                  "pooling backward desc")
        backward = Primitive(operation: &backDesc, hint: forward, name: "pooling backward")
        let ws = forward.query(dnnl_query_workspace_md)
        workspace = byteSize(ws) > 0 ? ws : nil
    }
}

let poolingPlans = PlanCache<PoolingKey, PoolingPlan>()

/// Right padding that makes oneDNN's pooled size equal PyTorch's (floor or ceil mode).
func poolingRightPadding(input: [Int], output: [Int], kernel: Int, stride: Int, padding: Int) -> [Int64] {
    (0..<2).map { axis in Int64((output[2 + axis] - 1) * stride + kernel - input[2 + axis] - padding) }
}

/// 2-D max or average pooling with a square window, PyTorch's `MaxPool2d` / `AvgPool2d`.
///
/// Output size `floor((H + 2p - k) / s) + 1` (or `ceil` with `ceilMode`, dropping a last
/// window that would start in the right padding, as PyTorch does).
public func pool2d(_ x: Tensor, kind: PoolingKind, kernel: Int, stride: Int? = nil, padding: Int = 0, ceilMode: Bool = false) -> Tensor {
    Profiler.measure("pool2d.forward", flops: 0) {
    precondition(x.rank == 4, "pool2d expects [N, C, H, W], got \(x.shape)")
    let stride = stride ?? kernel
    func outputSize(_ size: Int) -> Int {
        let span = size + 2 * padding - kernel
        var out = (ceilMode ? (span + stride - 1) / stride : span / stride) + 1
        if ceilMode && (out - 1) * stride >= size + padding { out -= 1 }
        return out
    }
    let output = [x.shape[0], x.shape[1], outputSize(x.shape[2]), outputSize(x.shape[3])]
    let key = PoolingKey(input: x.shape, kind: kind, kernel: kernel, stride: stride, padding: padding, ceilMode: ceilMode, layout: x.layout)
    let plan = poolingPlans.plan(for: key) { PoolingPlan(key: key, output: output) }
    let y = Tensor(uninitialized: output, layout: x.layout)
    let src = DNNLMemory(plan.source, pointer: UnsafeMutableRawPointer(x.pointer))
    let dst = DNNLMemory(plan.destination, pointer: UnsafeMutableRawPointer(y.pointer))
    var args: [(Int32, dnnl_memory_t)] = [(DNNLArg.src, src.handle), (DNNLArg.dst, dst.handle)]
    let workspace = GradMode.isEnabled && x.requiresGrad ? plan.workspace.map { DNNLMemory(allocating: $0) } : nil
    if let workspace { args.append((DNNLArg.workspace, workspace.handle)) }
    if plan.workspace != nil && workspace == nil {
        // Max pooling in training mode always wants a workspace; give it a scratch one.
        let scratch = DNNLMemory(allocating: plan.workspace!)
        plan.forward.execute(args + [(DNNLArg.workspace, scratch.handle)])
    } else {
        plan.forward.execute(args)
    }
    Tracer.record(.pool(kind, kernel: kernel, stride: stride, padding: padding, ceilMode: ceilMode), data: [x], output: y)
    return y.recording("pool2d", [x]) { g in
        let dx = Tensor(uninitializedLike: x)
        let diffDst = DNNLMemory(plan.destination, pointer: UnsafeMutableRawPointer(g.pointer))
        let diffSrc = DNNLMemory(plan.source, pointer: UnsafeMutableRawPointer(dx.pointer))
        var args: [(Int32, dnnl_memory_t)] = [(DNNLArg.diffDst, diffDst.handle), (DNNLArg.diffSrc, diffSrc.handle)]
        if let workspace { args.append((DNNLArg.workspace, workspace.handle)) }
        plan.backward.execute(args)
        return [dx]
    }
    }
}

/// PyTorch's `MaxPool2d(kernel, stride, padding)`.
public func maxPool2d(_ x: Tensor, kernel: Int, stride: Int? = nil, padding: Int = 0, ceilMode: Bool = false) -> Tensor {
    pool2d(x, kind: .max, kernel: kernel, stride: stride, padding: padding, ceilMode: ceilMode)
}

/// PyTorch's `AvgPool2d(kernel, stride, padding)` (padding counted in the divisor).
public func avgPool2d(_ x: Tensor, kernel: Int, stride: Int? = nil, padding: Int = 0, ceilMode: Bool = false, countIncludePad: Bool = true) -> Tensor {
    pool2d(x, kind: countIncludePad ? .averageIncludingPadding : .averageExcludingPadding,
           kernel: kernel, stride: stride, padding: padding, ceilMode: ceilMode)
}

/// Adaptive average pooling to `outputHeight x outputWidth`, PyTorch's bin rule:
/// bin i covers `[floor(i H / oh), ceil((i + 1) H / oh))`. `[N, C, H, W] -> [N, C, oh, ow]`.
public func adaptiveAvgPool2d(_ x: Tensor, outputHeight: Int, outputWidth: Int) -> Tensor {
    Profiler.measure("adaptiveAvgPool2d.forward", flops: 0) {
    precondition(x.rank == 4, "adaptiveAvgPool2d expects [N, C, H, W], got \(x.shape)")
    if x.layout == .channelBlocked8 && outputHeight == 1 && outputWidth == 1 { return blockedGlobalAveragePool(x) }
    let x = x.inLayout(.rowMajor)
    let (planes, h, w) = (x.shape[0] * x.shape[1], x.shape[2], x.shape[3])
    let rows = (0..<outputHeight).map { ($0 * h / outputHeight, (($0 + 1) * h + outputHeight - 1) / outputHeight) }
    let cols = (0..<outputWidth).map { ($0 * w / outputWidth, (($0 + 1) * w + outputWidth - 1) / outputWidth) }
    let y = Tensor(uninitialized: [x.shape[0], x.shape[1], outputHeight, outputWidth])
    let src = x.pointer, dst = y.pointer
    parallelChunks(planes, minimumPerThread: 16) { range in
        for p in range {
            let plane = src + p * h * w
            for (i, (r0, r1)) in rows.enumerated() {
                for (j, (c0, c1)) in cols.enumerated() {
                    var total: Float = 0
                    for r in r0..<r1 { for c in c0..<c1 { total += plane[r * w + c] } }
                    dst[(p * outputHeight + i) * outputWidth + j] = total / Float((r1 - r0) * (c1 - c0))
                }
            }
        }
    }
    return y.recording("adaptiveAvgPool2d", [x]) { g in
        let dx = Tensor(zeros: x.shape)
        let gp = g.pointer, out = dx.pointer
        parallelChunks(planes, minimumPerThread: 16) { range in
            for p in range {
                let plane = out + p * h * w
                for (i, (r0, r1)) in rows.enumerated() {
                    for (j, (c0, c1)) in cols.enumerated() {
                        let share = gp[(p * outputHeight + i) * outputWidth + j] / Float((r1 - r0) * (c1 - c0))
                        for r in r0..<r1 { for c in c0..<c1 { plane[r * w + c] += share } }
                    }
                }
            }
        }
        return [dx]
    }
    }
}

/// Global average pooling `[N, C, H, W] -> [N, C]` (adaptive pooling to 1x1, flattened).
public func globalAvgPool2d(_ x: Tensor) -> Tensor {
    flatten(adaptiveAvgPool2d(x, outputHeight: 1, outputWidth: 1))
}

/// Global average pooling of a channel-blocked `[N, C, H, W]` tensor to `[N, C, 1, 1]`
/// (row-major, which for 1 x 1 planes is also the blocked order); the gradient is spread back
/// in the blocked layout.
private func blockedGlobalAveragePool(_ x: Tensor) -> Tensor {
    let (n, channels) = (x.shape[0], x.shape[1])
    let spatial = x.shape[2] * x.shape[3], blocks = n * channels / 8
    let y = Tensor(uninitialized: [n, channels, 1, 1])
    let src = x.pointer, dst = y.pointer
    let divisor = FloatVector(repeating: Float(spatial))
    parallelChunks(blocks, minimumPerThread: 16) { range in
        for b in range {
            // Block b holds channels 8(b mod C/8) ..< +8 of sample b / (C/8): output values 8b ..< 8b + 8.
            var total = FloatVector()
            let run = src + b * spatial * 8
            for i in 0..<spatial { total += loadVector(run + i * 8) }
            storeVector(total / divisor, dst + b * 8)
        }
    }
    return y.recording("adaptiveAvgPool2d", [x]) { g in
        let dx = Tensor(uninitializedLike: x)
        let gp = g.pointer, out = dx.pointer
        parallelChunks(blocks, minimumPerThread: 16) { range in
            for b in range {
                let share = loadVector(gp + b * 8) / divisor
                let run = out + b * spatial * 8
                for i in 0..<spatial { storeVector(share, run + i * 8) }
            }
        }
        return [dx]
    }
}
