import CXRTensor

/// Fully connected layer, PyTorch's `nn.Linear`: `weight` `[outputs, inputs]`, `bias` `[outputs]`,
/// `y = x W^T + b`. Default initialisation U(-1/sqrt(inputs), 1/sqrt(inputs)) for both.
public final class Linear: Module, UnaryLayer {
    public let weight: Tensor
    public let bias: Tensor?
    public let inputs: Int, outputs: Int

    public init(inputs: Int, outputs: Int, bias: Bool = true, generator: inout SeededGenerator) {
        self.inputs = inputs
        self.outputs = outputs
        let bound = 1 / Float(inputs).squareRoot()
        weight = .uniform([outputs, inputs], low: -bound, high: bound, generator: &generator)
        self.bias = bias ? .uniform([outputs], low: -bound, high: bound, generator: &generator) : nil
        super.init()
        registerParameter("weight", weight)
        if let b = self.bias { registerParameter("bias", b) }
    }

    public func callAsFunction(_ x: Tensor) -> Tensor {
        linear(x, weight: weight, bias: bias)
    }
}
