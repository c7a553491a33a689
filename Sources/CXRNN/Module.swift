import CXRTensor

/// Base class of layers and models: holds named parameters, buffers and child modules in
/// registration order, so that dotted names match PyTorch's `state_dict()` exactly
/// (`features.denseblock1.denselayer1.norm1.weight`).
///
/// Subclasses register what they own in their initialiser and implement
/// `callAsFunction`. Parameters are tensors with `requiresGrad`; buffers (batch-norm running
/// statistics) are tensors without.
open class Module {
    public private(set) var parameters: [(name: String, tensor: Tensor)] = []
    public private(set) var buffers: [(name: String, tensor: Tensor)] = []
    public private(set) var children: [(name: String, module: Module)] = []
    /// Training mode (batch statistics, dropout) or evaluation mode. Set with `train(_:)`.
    public private(set) var isTraining = true

    public init() {}

    public func registerParameter(_ name: String, _ tensor: Tensor) {
        tensor.requiresGrad = true
        parameters.append((name, tensor))
    }

    public func registerBuffer(_ name: String, _ tensor: Tensor) {
        buffers.append((name, tensor))
    }

    public func registerChild(_ name: String, _ module: Module) {
        children.append((name, module))
    }

    /// Replaces the child registered under `name` (for example a classification head).
    public func replaceChild(_ name: String, with module: Module) {
        guard let index = children.firstIndex(where: { $0.name == name }) else {
            preconditionFailure("no child module named \(name)")
        }
        children[index].module = module
    }

    public func child(_ name: String) -> Module? { children.first { $0.name == name }?.module }

    /// Switches this module and all descendants to training (true) or evaluation (false) mode.
    public func train(_ on: Bool = true) {
        isTraining = on
        for child in children { child.module.train(on) }
    }

    /// Evaluation mode: running statistics in batch norm, no dropout.
    public func eval() { train(false) }

    /// All parameters with dotted names, in PyTorch's order.
    public func namedParameters(prefix: String = "") -> [(name: String, tensor: Tensor)] {
        var result = parameters.map { (prefix + $0.name, $0.tensor) }
        for child in children { result += child.module.namedParameters(prefix: prefix + child.name + ".") }
        return result
    }

    /// All buffers with dotted names.
    public func namedBuffers(prefix: String = "") -> [(name: String, tensor: Tensor)] {
        var result = buffers.map { (prefix + $0.name, $0.tensor) }
        for child in children { result += child.module.namedBuffers(prefix: prefix + child.name + ".") }
        return result
    }

    /// Parameters and buffers with dotted names, in the order of PyTorch's `state_dict()`:
    /// a module's own parameters, then its buffers, then its children's.
    public func stateTensors(prefix: String = "") -> [(name: String, tensor: Tensor)] {
        var result = parameters.map { (prefix + $0.name, $0.tensor) } + buffers.map { (prefix + $0.name, $0.tensor) }
        for child in children { result += child.module.stateTensors(prefix: prefix + child.name + ".") }
        return result
    }

    /// The parameters alone (for optimizers).
    public func trainableParameters() -> [Tensor] { namedParameters().map(\.tensor) }

    /// Number of parameter values.
    public var parameterCount: Int { namedParameters().reduce(0) { $0 + $1.tensor.count } }

    /// Clears every parameter's gradient.
    public func zeroGrad() {
        for p in namedParameters() { p.tensor.grad = nil }
    }

    /// Enables or disables gradients for all parameters (freezing a backbone).
    public func setRequiresGrad(_ on: Bool) {
        for p in namedParameters() {
            p.tensor.requiresGrad = on
            if !on { p.tensor.grad = nil }
        }
    }
}

/// A layer that maps one tensor to one tensor.
public protocol UnaryLayer: AnyObject {
    func callAsFunction(_ x: Tensor) -> Tensor
}
