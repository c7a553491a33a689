import CDNNL
import Foundation

/// Geometry of a 2-D convolution (PyTorch's `Conv2d` arguments).
public struct ConvolutionGeometry: Hashable, Sendable {
    public var stride: (Int, Int)
    public var padding: (Int, Int)
    public var dilation: (Int, Int)
    public var groups: Int

    public init(stride: Int = 1, padding: Int = 0, dilation: Int = 1, groups: Int = 1) {
        self.init(stride: (stride, stride), padding: (padding, padding), dilation: (dilation, dilation), groups: groups)
    }

    public init(stride: (Int, Int), padding: (Int, Int), dilation: (Int, Int), groups: Int) {
        self.stride = stride
        self.padding = padding
        self.dilation = dilation
        self.groups = groups
    }

    public static func == (a: Self, b: Self) -> Bool {
        a.stride == b.stride && a.padding == b.padding && a.dilation == b.dilation && a.groups == b.groups
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(stride.0); hasher.combine(stride.1)
        hasher.combine(padding.0); hasher.combine(padding.1)
        hasher.combine(dilation.0); hasher.combine(dilation.1)
        hasher.combine(groups)
    }

    /// oneDNN's weight dimensions for a `[O, I/g, kH, kW]` weight: unchanged, or
    /// `[g, O/g, I/g, kH, kW]` for a grouped convolution.
    func weightDimensions(_ weight: [Int]) -> [Int] {
        groups > 1 ? [groups, weight[0] / groups] + weight.dropFirst() : weight
    }

    /// The plain layout tag of ``weightDimensions(_:)``.
    var plainWeightTag: dnnl_format_tag_t { groups > 1 ? dnnl_goihw : dnnl_oihw }

    /// oneDNN's strides, dilations (0 = none) and left padding.
    var strides: [Int64] { [Int64(stride.0), Int64(stride.1)] }
    var dilations: [Int64] { [Int64(dilation.0 - 1), Int64(dilation.1 - 1)] }
    var paddingLeft: [Int64] { [Int64(padding.0), Int64(padding.1)] }

    /// Right padding that makes oneDNN's output size equal PyTorch's floor rule.
    func paddingRight(input: [Int], weight: [Int], output: [Int]) -> [Int64] {
        (0..<2).map { axis in
            let (s, p, d) = axis == 0 ? (stride.0, padding.0, dilation.0) : (stride.1, padding.1, dilation.1)
            return Int64((output[2 + axis] - 1) * s + (weight[2 + axis] - 1) * d + 1 - input[2 + axis] - p)
        }
    }

    /// Output size along one axis: `floor((in + 2 p - d (k - 1) - 1) / s) + 1`.
    func outputSize(_ input: Int, kernel: Int, axis: Int) -> Int {
        let (s, p, d) = axis == 0 ? (stride.0, padding.0, dilation.0) : (stride.1, padding.1, dilation.1)
        return (input + 2 * p - d * (kernel - 1) - 1) / s + 1
    }
}

/// Everything oneDNN needs for one convolution shape, built once and cached.
final class ConvolutionPlan {
    let forward: Primitive
    let source, weights, destination: LayoutBridge
    let biasDescriptor: dnnl_memory_desc_t?
    private let descriptors: (src: dnnl_memory_desc_t, wei: dnnl_memory_desc_t, dst: dnnl_memory_desc_t)
    private let strides: [Int64], dilates: [Int64], paddingLeft: [Int64], paddingRight: [Int64]

    init(input: [Int], weight: [Int], output: [Int], hasBias: Bool, geometry g: ConvolutionGeometry,
         inputLayout: TensorLayout, outputLayout: TensorLayout) {
        let weightDims = g.weightDimensions(weight)
        let src = makeMemoryDescriptor(input, dnnl_format_tag_any)
        let wei = makeMemoryDescriptor(weightDims, dnnl_format_tag_any)
        let dst = makeMemoryDescriptor(output, dnnl_format_tag_any)
        var bias = hasBias ? makeMemoryDescriptor([weight[0]], dnnl_a) : dnnl_memory_desc_t()
        strides = g.strides
        dilates = g.dilations
        paddingLeft = g.paddingLeft
        paddingRight = g.paddingRight(input: input, weight: weight, output: output)
        descriptors = (src, wei, dst)
        var desc = dnnl_convolution_desc_t()
        var s = src, w = wei, d = dst
        let (st, di, pl, pr) = (strides, dilates, paddingLeft, paddingRight)
        dnnlCheck(withUnsafeMutablePointer(to: &bias) { biasPointer in
            dnnl_dilated_convolution_forward_desc_init(&desc, dnnl_forward_training, dnnl_convolution_direct, &s, &w,
                                                       hasBias ? biasPointer : nil, &d, st, di, pl, pr)
        }, "convolution forward desc \(input) * \(weight)")
        forward = Primitive(operation: &desc, name: "convolution forward")
        // The tensors' own layouts; a reorder runs only where oneDNN chose another.
        source = LayoutBridge(plain: makeMemoryDescriptor(input, inputLayout.formatTag(rank: 4)), chosen: forward.query(dnnl_query_src_md))
        weights = LayoutBridge(plain: makeMemoryDescriptor(weightDims, g.plainWeightTag),
                               chosen: forward.query(dnnl_query_weights_md))
        destination = LayoutBridge(plain: makeMemoryDescriptor(output, outputLayout.formatTag(rank: 4)), chosen: forward.query(dnnl_query_dst_md))
        biasDescriptor = hasBias ? bias : nil
    }

    /// Backward-data primitive and layouts: d(input) from d(output) and weights.
    lazy var backwardData: (primitive: Primitive, diffDst: LayoutBridge, weights: LayoutBridge, diffSrc: LayoutBridge) = {
        var desc = dnnl_convolution_desc_t()
        var s = descriptors.src, w = descriptors.wei, d = descriptors.dst
        dnnlCheck(dnnl_dilated_convolution_backward_data_desc_init(&desc, dnnl_convolution_direct, &s, &w, &d,
                                                                   strides, dilates, paddingLeft, paddingRight),
                  "convolution backward data desc")
        let p = Primitive(operation: &desc, hint: forward, name: "convolution backward data")
        return (p,
                LayoutBridge(plain: destination.plain, chosen: p.query(dnnl_query_diff_dst_md)),
                LayoutBridge(plain: weights.plain, chosen: p.query(dnnl_query_weights_md)),
                LayoutBridge(plain: source.plain, chosen: p.query(dnnl_query_diff_src_md)))
    }()

    /// Whether backward-data and backward-weights take d(output) in the same layout.
    lazy var diffDestinationLayoutsAgree: Bool = descriptorsEqual(backwardData.diffDst.chosen, backwardWeights.diffDst.chosen)

    /// Backward-weights primitive and layouts: d(weight), d(bias) from input and d(output).
    lazy var backwardWeights: (primitive: Primitive, src: LayoutBridge, diffDst: LayoutBridge, diffWeights: LayoutBridge) = {
        var desc = dnnl_convolution_desc_t()
        var s = descriptors.src, w = descriptors.wei, d = descriptors.dst
        var bias = biasDescriptor ?? dnnl_memory_desc_t()
        let hasBias = biasDescriptor != nil
        dnnlCheck(withUnsafeMutablePointer(to: &bias) { biasPointer in
            dnnl_dilated_convolution_backward_weights_desc_init(&desc, dnnl_convolution_direct, &s, &w, hasBias ? biasPointer : nil, &d,
                                                                strides, dilates, paddingLeft, paddingRight)
        }, "convolution backward weights desc")
        let p = Primitive(operation: &desc, hint: forward, name: "convolution backward weights")
        return (p,
                LayoutBridge(plain: source.plain, chosen: p.query(dnnl_query_src_md)),
                LayoutBridge(plain: destination.plain, chosen: p.query(dnnl_query_diff_dst_md)),
                LayoutBridge(plain: weights.plain, chosen: p.query(dnnl_query_diff_weights_md)))
    }()
}

struct ConvolutionKey: Hashable {
    let input: [Int], weight: [Int], hasBias: Bool, geometry: ConvolutionGeometry
    let inputLayout: TensorLayout, outputLayout: TensorLayout
}

/// A thread-safe cache of primitive plans keyed by shape.
final class PlanCache<Key: Hashable, Plan>: @unchecked Sendable {
    private var plans: [Key: Plan] = [:]
    private let lock = NSLock()

    func plan(for key: Key, make: () -> Plan) -> Plan {
        lock.lock()
        defer { lock.unlock() }
        if let plan = plans[key] { return plan }
        let plan = make()
        plans[key] = plan
        return plan
    }

    func removeAll() {
        lock.lock()
        plans.removeAll()
        lock.unlock()
    }
}

let convolutionPlans = PlanCache<ConvolutionKey, ConvolutionPlan>()

/// 2-D convolution, PyTorch's `F.conv2d` semantics.
///
/// - Parameters:
///   - input: `[N, C_in, H, W]`.
///   - weight: `[C_out, C_in / groups, kH, kW]`.
///   - bias: `[C_out]` or nil.
///   - geometry: stride, padding, dilation, groups (depthwise: groups = C_in).
///   - outputLayout: the result's layout (``TensorLayout``); `.channelBlocked8` keeps a
///     network's activations in oneDNN's own layout between layers (used when it fits C_out).
///     The input may be in either layout.
/// - Returns: `[N, C_out, H_out, W_out]` with `H_out = floor((H + 2p - d(kH - 1) - 1) / s) + 1`.
public func conv2d(_ input: Tensor, weight: Tensor, bias: Tensor? = nil, geometry: ConvolutionGeometry = .init(),
                   outputLayout requestedLayout: TensorLayout = .rowMajor) -> Tensor {
    Profiler.measure("conv2d.forward", flops: 2 * Double(input.shape[0] * weight.shape[0] * weight.shape[1] * weight.shape[2] * weight.shape[3]) * Double(geometry.outputSize(input.shape[2], kernel: weight.shape[2], axis: 0) * geometry.outputSize(input.shape[3], kernel: weight.shape[3], axis: 1))) {
    precondition(input.rank == 4 && weight.rank == 4, "conv2d expects 4-D input and weight, got \(input.shape), \(weight.shape)")
    precondition(input.shape[1] == weight.shape[1] * geometry.groups,
                 "conv2d: input has \(input.shape[1]) channels, weight expects \(weight.shape[1] * geometry.groups)")
    let output = [input.shape[0], weight.shape[0],
                  geometry.outputSize(input.shape[2], kernel: weight.shape[2], axis: 0),
                  geometry.outputSize(input.shape[3], kernel: weight.shape[3], axis: 1)]
    precondition(output[2] > 0 && output[3] > 0, "conv2d: input \(input.shape) too small for kernel \(weight.shape)")
    let outputLayout = requestedLayout.fits(output) ? requestedLayout : .rowMajor
    let key = ConvolutionKey(input: input.shape, weight: weight.shape, hasBias: bias != nil, geometry: geometry,
                             inputLayout: input.layout, outputLayout: outputLayout)
    let plan = convolutionPlans.plan(for: key) {
        ConvolutionPlan(input: input.shape, weight: weight.shape, output: output, hasBias: bias != nil, geometry: geometry,
                        inputLayout: input.layout, outputLayout: outputLayout)
    }
    let y = Tensor(uninitialized: output, layout: outputLayout)
    // In a recomputed segment whose last op this is, only the backward below is wanted.
    if !GradMode.skipsUnreadOutput {
        let src = plan.source.input(input.pointer)
        let wei = plan.weights.input(weight.pointer)
        let dst = plan.destination.output(y.pointer)
        var args: [(Int32, dnnl_memory_t)] = [(DNNLArg.src, src.handle), (DNNLArg.weights, wei.handle), (DNNLArg.dst, dst.handle)]
        var biasMemory: DNNLMemory?
        if let bias, let md = plan.biasDescriptor {
            biasMemory = DNNLMemory(md, pointer: UnsafeMutableRawPointer(bias.pointer))
            args.append((DNNLArg.bias, biasMemory!.handle))
        }
        plan.forward.execute(args)
        plan.destination.finish(dst, into: y.pointer)
        withExtendedLifetime(biasMemory) {}
        Tracer.record(.convolution(geometry), data: [input], parameters: [weight] + (bias.map { [$0] } ?? []), output: y)
    }

    let inputs = [input, weight] + (bias.map { [$0] } ?? [])
    // Backward (data and weights) does twice the forward's multiply-adds.
    defer { y.gradFunction?.flops = 4 * Double(y.count) * Double(weight.count / weight.shape[0]) }
    return y.recording("conv2d", inputs) { g in
        var gradients: [Tensor?] = [nil, nil, nil]
        // d(output) in the layout the backward-data primitive wants; reused by backward-weights
        // when it wants the same layout (one reorder of the gradient instead of two).
        var reorderedGradient: DNNLMemory?
        if input.requiresGrad {
            let bd = plan.backwardData
            let dx = Tensor(uninitializedLike: input)
            let diffDst = bd.diffDst.input(g.pointer)
            if bd.diffDst.needsReorder { reorderedGradient = diffDst }
            let w = bd.weights.input(weight.pointer)
            let diffSrc = bd.diffSrc.output(dx.pointer)
            bd.primitive.execute([(DNNLArg.diffDst, diffDst.handle), (DNNLArg.weights, w.handle), (DNNLArg.diffSrc, diffSrc.handle)])
            bd.diffSrc.finish(diffSrc, into: dx.pointer)
            gradients[0] = dx
        }
        if weight.requiresGrad || (bias?.requiresGrad ?? false) {
            let bw = plan.backwardWeights
            let dw = Tensor(uninitialized: weight.shape)
            let db = bias.map { Tensor(uninitialized: $0.shape) }
            let s = bw.src.input(input.pointer)
            let diffDst: DNNLMemory
            if let reorderedGradient, plan.diffDestinationLayoutsAgree {
                diffDst = reorderedGradient
            } else {
                diffDst = bw.diffDst.input(g.pointer)
            }
            let diffWeights = bw.diffWeights.output(dw.pointer)
            var args: [(Int32, dnnl_memory_t)] = [(DNNLArg.src, s.handle), (DNNLArg.diffDst, diffDst.handle), (DNNLArg.diffWeights, diffWeights.handle)]
            var diffBias: DNNLMemory?
            if let db, let md = plan.biasDescriptor {
                diffBias = DNNLMemory(md, pointer: UnsafeMutableRawPointer(db.pointer))
                args.append((DNNLArg.diffBias, diffBias!.handle))
            }
            bw.primitive.execute(args)
            bw.diffWeights.finish(diffWeights, into: dw.pointer)
            withExtendedLifetime(diffBias) {}
            gradients[1] = dw
            gradients[2] = db
        }
        return Array(gradients.prefix(inputs.count))
    }
    }
}
