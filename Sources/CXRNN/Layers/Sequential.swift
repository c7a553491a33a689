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

    public func callAsFunction(_ x: Tensor) -> Tensor {
        children.reduce(x) { value, child in
            guard let layer = child.module as? UnaryLayer else {
                preconditionFailure("Sequential child \(child.name) is not a UnaryLayer")
            }
            return child.module.observed(layer(value))
        }
    }
}
