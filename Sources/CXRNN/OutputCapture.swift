import CXRTensor
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Captures the output of one module during a forward pass: PyTorch's
/// `register_forward_hook`, reduced to what explanation methods (Grad-CAM) need.
///
/// Containers (``Sequential``, the dense and residual blocks, the models' `featureMaps`) pass
/// every child's output through ``Module/observed(_:)``. While ``run(_:)`` is executing on a
/// thread, the output of ``module`` is recorded in ``output`` (the last one when the module
/// runs more than once, as a PyTorch hook would see last). With `retainingGradient`, the
/// output is replaced in the forward pass by a detached copy that requires a gradient: the
/// rest of the network computes from that leaf, so a later `backward()` fills
/// `output.grad` with d(target)/d(output) (and nothing before the module is differentiated).
///
/// The capture is per thread: other threads running the same model are not affected. Outside
/// `run`, `observed(_:)` costs one thread-local read (`pthread_getspecific`) per module call.
///
///     let capture = OutputCapture(module: model.module(named: "layer4")!, retainingGradient: true)
///     let logits = capture.run { model(input) }
///     logits.backward(seed)
///     let activation = capture.output!, gradient = activation.grad!
public final class OutputCapture {
    /// The module whose output is recorded.
    public let module: Module
    /// Whether the output is swapped for a gradient-retaining leaf (see the type's documentation).
    public let retainingGradient: Bool
    /// The module's last output during `run`, or nil when it did not run.
    public private(set) var output: Tensor?
    /// How many times the module produced an output during `run`.
    public private(set) var callCount = 0

    public init(module: Module, retainingGradient: Bool = false) {
        self.module = module
        self.retainingGradient = retainingGradient
    }

    /// Runs `body` (a forward pass) with this capture active on the current thread. Captures
    /// do not nest: an inner `run` replaces the outer one until it returns.
    public func run<Result>(_ body: () throws -> Result) rethrows -> Result {
        output = nil
        callCount = 0
        let previous = pthread_getspecific(outputCaptureKey)
        pthread_setspecific(outputCaptureKey, Unmanaged.passUnretained(self).toOpaque())
        defer { pthread_setspecific(outputCaptureKey, previous) }
        return try body()
    }

    fileprivate func receive(_ value: Tensor) -> Tensor {
        callCount += 1
        guard retainingGradient else {
            output = value
            return value
        }
        let leaf = value.detached()
        leaf.requiresGrad = true
        output = leaf
        return leaf
    }
}

/// Thread-local slot holding the active `OutputCapture` (unretained; `run` keeps it alive).
private let outputCaptureKey: pthread_key_t = {
    var key = pthread_key_t()
    let status = pthread_key_create(&key, nil)
    precondition(status == 0, "pthread_key_create failed (\(status))")
    return key
}()

extension Module {
    /// Whether layers may run fused here: in training mode, with no ``OutputCapture`` running on
    /// the current thread (a capture may want each module's own output, which a fusion skips).
    var mayFuseForTraining: Bool { isTraining && pthread_getspecific(outputCaptureKey) == nil }
}

extension Module {
    /// Passes this module's `output` to the current thread's ``OutputCapture`` when it
    /// targets this module; returns the value the forward pass continues with (`output`
    /// itself, or the capture's gradient-retaining leaf). Containers call it on each child's
    /// output: `child.observed(child(x))`.
    @inline(__always)
    public func observed(_ output: Tensor) -> Tensor {
        guard let raw = pthread_getspecific(outputCaptureKey) else { return output }
        let capture = Unmanaged<OutputCapture>.fromOpaque(raw).takeUnretainedValue()
        return capture.module === self ? capture.receive(output) : output
    }

    /// The descendant at a dotted path of child names (`features.denseblock4`, `layer4.1`,
    /// `features.18`), as in PyTorch's `get_submodule`; the empty path is `self`.
    public func module(named path: String) -> Module? {
        var current: Module = self
        for name in path.split(separator: ".", omittingEmptySubsequences: false) where !path.isEmpty {
            guard let next = current.child(String(name)) else { return nil }
            current = next
        }
        return current
    }

    /// Dotted names of every descendant module, depth first in registration order
    /// (PyTorch's `named_modules()` without the root).
    public func namedModules(prefix: String = "") -> [(name: String, module: Module)] {
        var result: [(name: String, module: Module)] = []
        for child in children {
            let name = prefix.isEmpty ? child.name : prefix + "." + child.name
            result.append((name, child.module))
            result += child.module.namedModules(prefix: name)
        }
        return result
    }
}
