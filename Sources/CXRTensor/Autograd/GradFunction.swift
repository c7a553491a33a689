/// A node of the autodiff graph: the inputs a tensor was computed from and the rule that
/// maps the gradient of the output to gradients of those inputs.
final class GradFunction {
    let name: String
    let inputs: [Tensor]
    /// Given d(loss)/d(output), returns d(loss)/d(input) for each input (nil where an input
    /// needs no gradient).
    let backward: (Tensor) -> [Tensor?]
    /// Floating-point work of the backward pass, for the profiler (0 when not counted).
    var flops: Double = 0

    init(name: String, inputs: [Tensor], backward: @escaping (Tensor) -> [Tensor?]) {
        self.name = name
        self.inputs = inputs
        self.backward = backward
    }
}

extension Tensor {
    /// Attaches a backward rule to `self` (an op's output) when gradient tracking is on and
    /// any input requires a gradient. Returns `self` for chaining.
    @discardableResult
    func recording(_ name: String, _ inputs: [Tensor], backward: @escaping (Tensor) -> [Tensor?]) -> Tensor {
        guard GradMode.isEnabled, inputs.contains(where: { $0.requiresGrad }) else { return self }
        requiresGrad = true
        gradFunction = GradFunction(name: name, inputs: inputs, backward: backward)
        return self
    }

    /// Whether an op should compute a gradient for this input.
    var needsGrad: Bool { requiresGrad && GradMode.isEnabled }
}
