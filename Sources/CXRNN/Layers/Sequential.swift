import CXRTensor

/// Applies its layers in order, PyTorch's `nn.Sequential`. Children are named "0", "1", ...
/// unless names are given (`OrderedDict` style, as DenseNet's `features`). Each child's output
/// passes through `observed(_:)` (see `OutputCapture`).
public final class Sequential: Module, UnaryLayer {
    public init(_ layers: [Module]) {
        super.init()
        for (index, layer) in layers.enumerated() { registerChild(String(index), layer) }
    }

    public init(named layers: [(String, Module)]) {
        super.init()
        for (name, layer) in layers { registerChild(name, layer) }
    }

    /// Runs the children in order. A `BatchNorm2d` followed by `ReLU`/`ReLU6` runs as one
    /// fused pass in training mode (``BatchNorm2d/normalizeAndActivate(_:activation:)``).
    public func callAsFunction(_ x: Tensor) -> Tensor {
        var value = x
        var index = 0
        while index < children.count {
            let child = children[index]
            if let norm = child.module as? BatchNorm2d, index + 1 < children.count,
               children[index + 1].module is ReLU || children[index + 1].module is ReLU6 {
                value = norm.normalizeAndActivate(value, activation: children[index + 1].module)
                index += 2
                continue
            }
            guard let layer = child.module as? UnaryLayer else {
                preconditionFailure("Sequential child \(child.name) is not a UnaryLayer")
            }
            value = child.module.observed(layer(value))
            index += 1
        }
        return value
    }
}
