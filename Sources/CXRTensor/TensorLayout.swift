import CDNNL

/// How a tensor's values are ordered in its storage. The shape is always the logical one
/// (`[N, C, H, W]` for images); the layout says where each value lies.
///
/// - `rowMajor`: plain C order (NCHW for images). What every caller sees: ``Tensor/scalars``
///   is always in this order, whatever the layout.
/// - `channelBlocked8`: oneDNN's `nChw8c` for rank-4 tensors with a channel count divisible by
///   8: `[N][C / 8][H][W][8]`, eight channels side by side in one AVX register. It is the layout
///   oneDNN's AVX2 convolutions work in, so a network that keeps its activations in it between
///   convolutions saves two reorders per convolution forward and three backward (measured on
///   MobileNetV2 training: reorders took about as long as the convolutions themselves). Layers
///   use it in training only (``Conv2d`` asks for it); element-wise ops, batch norm, pooling and
///   channel concatenation keep it, any other op converts its input to `rowMajor` first
///   (``Tensor/inLayout(_:)``, differentiable).
///
/// A gradient always has the layout of the tensor it belongs to.
public enum TensorLayout: Hashable, Sendable {
    case rowMajor
    case channelBlocked8

    /// Whether a tensor of this shape can take the layout.
    public func fits(_ shape: [Int]) -> Bool {
        switch self {
        case .rowMajor: return true
        case .channelBlocked8: return shape.count == 4 && shape[1] % 8 == 0
        }
    }

    /// The oneDNN format tag of a tensor of `rank` dimensions in this layout.
    func formatTag(rank: Int) -> dnnl_format_tag_t {
        switch self {
        case .rowMajor: return plainTag(rank: rank)
        case .channelBlocked8: return dnnl_nChw8c
        }
    }
}
