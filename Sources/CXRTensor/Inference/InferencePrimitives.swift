import CDNNL

/// An activation applied inside another primitive (oneDNN post-op) or on its own.
enum FusedActivation {
    case relu
    /// `min(max(x, 0), 6)`: oneDNN's clip with bounds 0 and 6.
    case relu6

    /// The op's name (`relu`, `relu6`), for profiler keys.
    var name: String { self == .relu ? "relu" : "relu6" }

    var algorithm: dnnl_alg_kind_t { self == .relu ? dnnl_eltwise_relu : dnnl_eltwise_clip }
    var alpha: Float { 0 }
    var beta: Float { self == .relu ? 0 : 6 }
}

/// oneDNN primitive attributes with a post-op chain: optionally `dst += previous dst` (sum),
/// then an activation. `dst = activation(op(src) + dst_before)`.
final class PostOpAttributes {
    let handle: dnnl_primitive_attr_t

    init(sum: Bool, activation: FusedActivation?) {
        var attr: dnnl_primitive_attr_t?
        dnnlCheck(dnnl_primitive_attr_create(&attr), "dnnl_primitive_attr_create")
        var ops: dnnl_post_ops_t?
        dnnlCheck(dnnl_post_ops_create(&ops), "dnnl_post_ops_create")
        if sum { dnnlCheck(dnnl_post_ops_append_sum(ops, 1), "dnnl_post_ops_append_sum") }
        if let activation {
            dnnlCheck(dnnl_post_ops_append_eltwise(ops, 1, activation.algorithm, activation.alpha, activation.beta),
                      "dnnl_post_ops_append_eltwise")
        }
        dnnlCheck(dnnl_primitive_attr_set_post_ops(attr, ops), "dnnl_primitive_attr_set_post_ops")
        dnnl_post_ops_destroy(ops)
        handle = attr!
    }

    deinit { dnnl_primitive_attr_destroy(handle) }
}

/// Inference convolution with layouts left to oneDNN (`format_any`) and optional post-ops.
func makeInferenceConvolution(input: [Int], weight: [Int], output: [Int], hasBias: Bool, geometry g: ConvolutionGeometry,
                              sum: Bool, activation: FusedActivation?) -> Primitive {
    var src = makeMemoryDescriptor(input, dnnl_format_tag_any)
    var wei = makeMemoryDescriptor(g.weightDimensions(weight), dnnl_format_tag_any)
    var dst = makeMemoryDescriptor(output, dnnl_format_tag_any)
    var bias = hasBias ? makeMemoryDescriptor([weight[0]], dnnl_a) : dnnl_memory_desc_t()
    let (strides, dilates, left) = (g.strides, g.dilations, g.paddingLeft)
    let right = g.paddingRight(input: input, weight: weight, output: output)
    var desc = dnnl_convolution_desc_t()
    dnnlCheck(withUnsafeMutablePointer(to: &bias) { biasPointer in
        dnnl_dilated_convolution_forward_desc_init(&desc, dnnl_forward_inference, dnnl_convolution_direct, &src, &wei,
                                                   hasBias ? biasPointer : nil, &dst, strides, dilates, left, right)
    }, "inference convolution desc \(input) * \(weight)")
    let attributes = PostOpAttributes(sum: sum, activation: activation)
    return withExtendedLifetime(attributes) {
        Primitive(operation: &desc, attributes: attributes.handle, name: "inference convolution")
    }
}

/// Inference batch norm with running statistics on data in layout `data`, optionally with
/// ReLU fused (`dnnl_fuse_norm_relu`).
func makeInferenceBatchNorm(data: dnnl_memory_desc_t, epsilon: Float, relu: Bool) -> Primitive {
    var md = data
    var flags = dnnl_use_global_stats.rawValue | dnnl_use_scale.rawValue | dnnl_use_shift.rawValue
    if relu { flags |= dnnl_fuse_norm_relu.rawValue }
    var desc = dnnl_batch_normalization_desc_t()
    dnnlCheck(dnnl_batch_normalization_forward_desc_init(&desc, dnnl_forward_inference, &md, epsilon, UInt32(flags)),
              "inference batch norm desc")
    return Primitive(operation: &desc, name: "inference batch norm")
}

/// Elementwise activation on data in layout `data`.
func makeInferenceActivation(data: dnnl_memory_desc_t, _ activation: FusedActivation) -> Primitive {
    var md = data
    var desc = dnnl_eltwise_desc_t()
    dnnlCheck(dnnl_eltwise_forward_desc_init(&desc, dnnl_forward_inference, activation.algorithm, &md, activation.alpha, activation.beta),
              "inference eltwise desc")
    return Primitive(operation: &desc, name: "inference activation")
}

/// `dst = src0 + src1`, all in layout `data`.
func makeInferenceAdd(data: dnnl_memory_desc_t) -> Primitive {
    var a = data, b = data, c = data
    var desc = dnnl_binary_desc_t()
    dnnlCheck(dnnl_binary_desc_init(&desc, dnnl_binary_add, &a, &b, &c), "inference binary add desc")
    return Primitive(operation: &desc, name: "inference add")
}

/// Pooling on data in layout `source`; the destination layout is oneDNN's choice.
func makeInferencePooling(source: dnnl_memory_desc_t, input: [Int], output: [Int], kind: PoolingKind, kernel: Int, stride: Int, padding: Int) -> Primitive {
    var s = source
    var d = makeMemoryDescriptor(output, dnnl_format_tag_any)
    let strides = [Int64(stride), Int64(stride)], window = [Int64(kernel), Int64(kernel)]
    let dilation: [Int64] = [0, 0], left = [Int64(padding), Int64(padding)]
    let right = poolingRightPadding(input: input, output: output, kernel: kernel, stride: stride, padding: padding)
    var desc = dnnl_pooling_v2_desc_t()
    dnnlCheck(dnnl_pooling_v2_forward_desc_init(&desc, dnnl_forward_inference, kind.algorithm, &s, &d, strides, window,
                                                dilation, left, right), "inference pooling desc")
    return Primitive(operation: &desc, name: "inference pooling")
}

/// Channel concatenation of sources in their own layouts; the destination layout is oneDNN's choice.
func makeInferenceConcatenation(sources: [dnnl_memory_desc_t], output: [Int]) -> Primitive {
    var dst = makeMemoryDescriptor(output, dnnl_format_tag_any)
    var pd: dnnl_primitive_desc_t?
    dnnlCheck(sources.withUnsafeBufferPointer { mds in
        dnnl_concat_primitive_desc_create(&pd, &dst, Int32(mds.count), 1, mds.baseAddress, nil, DNNLContext.shared.engine)
    }, "inference concat desc")
    return Primitive(descriptor: pd!, name: "inference concat")
}
