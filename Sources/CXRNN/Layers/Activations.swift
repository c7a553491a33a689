import CXRTensor

/// `nn.ReLU`: `max(x, 0)`.
public final class ReLU: Module, UnaryLayer {
    public override init() { super.init() }
    public func callAsFunction(_ x: Tensor) -> Tensor { relu(x) }
}

/// `nn.ReLU6`: `min(max(x, 0), 6)`.
public final class ReLU6: Module, UnaryLayer {
    public override init() { super.init() }
    public func callAsFunction(_ x: Tensor) -> Tensor { relu6(x) }
}
