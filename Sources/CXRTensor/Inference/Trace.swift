#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// One operation recorded while tracing a forward pass for an ``InferenceGraph``.
enum TracedOperation {
    /// Data: source. Parameters: weight, optional bias.
    case convolution(ConvolutionGeometry)
    /// Evaluation-mode batch norm. Data: source. Parameters: weight, bias, running mean, running variance.
    case batchNorm(epsilon: Float)
    case relu
    case relu6
    /// Data: two tensors of one shape.
    case add
    /// Channel concatenation of all data inputs.
    case concatenate
    case pool(PoolingKind, kernel: Int, stride: Int, padding: Int, ceilMode: Bool)

    var name: String {
        switch self {
        case .convolution: return "conv2d"
        case .batchNorm: return "batchNorm"
        case .relu: return "relu"
        case .relu6: return "relu6"
        case .add: return "add"
        case .concatenate: return "concatenate"
        case .pool: return "pool2d"
        }
    }
}

/// A tensor computed during a trace, by identity (the tensor itself is not kept, so a
/// trace holds no more memory than the forward pass it records).
struct TracedValue: Hashable {
    let id: Int
    let shape: [Int]
    var count: Int { shape.reduce(1, *) }
}

/// An op's inputs and output as seen during the trace.
struct TracedNode {
    let operation: TracedOperation
    /// Data inputs; nil where the tensor was not computed by a traced op from the input.
    let data: [TracedValue?]
    /// Parameters (weights, biases, statistics), kept by reference.
    let parameters: [Tensor]
    let output: TracedValue
}

/// Records the ops a forward pass runs on the current thread (torch.jit.trace, reduced to the
/// ops convolutional classifiers use). Ops call ``record(_:data:parameters:output:)``; outside
/// ``run(_:)`` that costs one thread-local read.
final class Tracer {
    private(set) var nodes: [TracedNode] = []
    /// Each node's output tensor, in `nodes`' order, when the tracer was made
    /// `retainingOutputs` (tests read activations through it); empty otherwise.
    private(set) var outputs: [Tensor] = []
    private let retainsOutputs: Bool
    /// Ops that ran but cannot be traced (training-mode batch norm, ...).
    private(set) var untraceable: [String] = []
    private let serial: Int
    private var nextID = 0
    nonisolated(unsafe) private static var serials = 0
    private static let lock = NSLock()

    init(retainingOutputs: Bool = false) {
        retainsOutputs = retainingOutputs
        Self.lock.lock()
        Self.serials += 1
        serial = Self.serials
        Self.lock.unlock()
    }

    /// Gives `tensor` a fresh identity in this trace.
    @discardableResult
    func tag(_ tensor: Tensor) -> TracedValue {
        nextID += 1
        tensor.traceTag = serial << 32 | nextID
        return TracedValue(id: nextID, shape: tensor.shape)
    }

    /// `tensor`'s identity in this trace, or nil when this trace did not produce it.
    func value(of tensor: Tensor) -> TracedValue? {
        guard tensor.traceTag >> 32 == serial else { return nil }
        return TracedValue(id: tensor.traceTag & 0xFFFF_FFFF, shape: tensor.shape)
    }

    func run<Result>(_ body: () throws -> Result) rethrows -> Result {
        let previous = pthread_getspecific(tracerKey)
        pthread_setspecific(tracerKey, Unmanaged.passUnretained(self).toOpaque())
        defer { pthread_setspecific(tracerKey, previous) }
        return try body()
    }

    /// The tracer active on this thread, if any.
    @inline(__always)
    static var current: Tracer? {
        guard let raw = pthread_getspecific(tracerKey) else { return nil }
        return Unmanaged<Tracer>.fromOpaque(raw).takeUnretainedValue()
    }

    /// Notes that an op produced `output` from `data` and `parameters` (no-op when not tracing).
    @inline(__always)
    static func record(_ operation: @autoclosure () -> TracedOperation, data: @autoclosure () -> [Tensor],
                       parameters: @autoclosure () -> [Tensor] = [], output: Tensor) {
        guard let tracer = current else { return }
        let inputs = data().map { tracer.value(of: $0) }
        tracer.nodes.append(TracedNode(operation: operation(), data: inputs, parameters: parameters(), output: tracer.tag(output)))
        if tracer.retainsOutputs { tracer.outputs.append(output) }
    }

    /// Notes that an op ran that an inference graph cannot hold (no-op when not tracing).
    @inline(__always)
    static func untraceable(_ name: @autoclosure () -> String) {
        current?.untraceable.append(name())
    }
}

private let tracerKey: pthread_key_t = {
    var key = pthread_key_t()
    pthread_key_create(&key, nil)
    return key
}()
