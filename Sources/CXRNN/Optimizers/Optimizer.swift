import CXRTensor

/// Updates parameter tensors in place from their gradients (PyTorch's `torch.optim.Optimizer`).
///
/// An optimizer works over a fixed array of parameter tensors; its per-parameter state
/// (momentum buffers, moment estimates, step counts) is keyed by the parameter's index in
/// that array. `step()` skips every parameter that does not require a gradient or has no
/// gradient (a frozen backbone, a head that took no part in the loss), exactly as PyTorch
/// skips `p.grad is None`: such a parameter and its state are left untouched, and its
/// state is created on the first step that updates it.
///
/// ```swift
/// let optimizer = Adam(parameters: model.trainableParameters(), learningRate: 1e-3)
/// let loss = binaryCrossEntropyWithLogits(model(images), targets: labels)
/// optimizer.zeroGrad()
/// loss.backward()
/// optimizer.step()
/// ```
public protocol Optimizer: AnyObject {
    /// The tensors this optimizer updates, in the order that indexes its state.
    var parameters: [Tensor] { get }
    /// The learning rate of the next `step()` (learning-rate schedules set it).
    var learningRate: Float { get set }
    /// Applies one update to every parameter that requires a gradient and has one.
    func step()
    /// Clears every parameter's gradient (sets it to nil, PyTorch's `set_to_none=True`).
    func zeroGrad()
    /// A copy of the optimizer's state, for a checkpoint.
    func state() -> OptimizerState
    /// Replaces the optimizer's state with `state` (from `state()` of an optimizer of the
    /// same kind over parameters of the same sizes).
    /// - Throws: `OptimizerStateError` when an array is unknown to this optimizer, refers to a
    ///   parameter index out of range or has the wrong size; the state is unchanged then.
    func load(state: OptimizerState) throws
}

extension Optimizer {
    public func zeroGrad() {
        for parameter in parameters { parameter.grad = nil }
    }
}

/// The gradient of a parameter that `step()` should update, or nil when the parameter is frozen
/// (`requiresGrad` false) or received no gradient.
@inline(__always)
func updatableGradient(_ parameter: Tensor) -> Tensor? {
    guard parameter.requiresGrad, let gradient = parameter.grad else { return nil }
    precondition(gradient.count == parameter.count,
                 "gradient of \(gradient.count) values for a parameter of shape \(parameter.shape)")
    return gradient
}
