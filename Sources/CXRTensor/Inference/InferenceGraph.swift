import CDNNL
import Foundation

/// Why a forward pass could not be compiled into an ``InferenceGraph``.
public enum InferenceGraphError: Error, CustomStringConvertible {
    /// Ops ran that a graph cannot hold (training-mode batch norm, dropout in training, ...).
    case untraceable([String])
    /// An op the tracer does not know produced an input of `operation`.
    case untracedInput(operation: String)
    case unsupported(String)
    /// The body's result was not computed by traced ops from the input.
    case outputNotTraced
    /// The compiled graph disagreed with the traced forward pass on the example input.
    case mismatch(relativeError: Float, tolerance: Float)

    public var description: String {
        switch self {
        case .untraceable(let ops): return "cannot compile for inference: \(Set(ops).sorted().joined(separator: ", ")) (call eval() first)"
        case .untracedInput(let op): return "cannot compile for inference: an input of \(op) comes from an op the inference graph does not support"
        case .unsupported(let what): return "cannot compile for inference: \(what) is not supported"
        case .outputNotTraced: return "cannot compile for inference: the result is not computed from the input by supported ops"
        case .mismatch(let error, let tolerance):
            return "compiled inference graph disagrees with the traced forward pass (relative error \(error), tolerance \(tolerance))"
        }
    }
}

/// A forward pass compiled for inference: traced once on an example input, then run as a
/// fixed sequence of fused oneDNN primitives (batch norm folded into convolutions, ReLU/ReLU6
/// and residual additions as post-ops, activations kept in oneDNN's blocked layouts from op
/// to op, weights reordered once, every buffer planned ahead and reused from run to run).
///
/// ```swift
/// model.eval()
/// let graph = try InferenceGraph(example: images) { model.featureMaps($0) }
/// let maps = graph(images)   // same values as model.featureMaps(images), faster
/// ```
///
/// The graph is specialised to the example's shape (batch size included) and snapshots the
/// parameters: compile again after they change. Runs are serialised (one set of buffers).
/// Supported ops: conv2d, evaluation-mode batchNorm, relu, relu6, add, concatenateChannels,
/// pool2d; anything else makes the initialiser throw, so callers can fall back to the
/// ordinary forward pass.
public final class InferenceGraph: @unchecked Sendable {
    public let inputShape: [Int]
    public let outputShape: [Int]
    /// Number of primitives per run (convolutions, fused norms, reorders, ...).
    public var stepCount: Int { steps.count }
    /// Bytes of activation memory the plan reserves (shared by all values).
    public let plannedBytes: Int

    private struct CompiledStep {
        let name: String
        let flops: Double
        let primitive: dnnl_primitive_t
        let arguments: [dnnl_exec_arg_t]
    }

    private let steps: [CompiledStep]
    private let inputMemory: DNNLMemory
    private let resultMemory: DNNLMemory
    private let outputMemory: DNNLMemory
    private let outputReorder: Reorder
    /// Keeps primitives, constants and memory objects alive.
    private let retained: [AnyObject]
    private let slots: [UnsafeMutableRawPointer]
    private let lock = NSLock()

    /// Traces `body` on `example`, compiles it and checks the compiled result against the
    /// traced one (`max |compiled - traced| <= tolerance * max |traced|`).
    public init(example: Tensor, tolerance: Float = 1e-3, _ body: (Tensor) -> Tensor) throws {
        let tracer = Tracer()
        let inputValue = tracer.tag(example)
        let traced = noGrad { tracer.run { body(example) } }
        if !tracer.untraceable.isEmpty { throw InferenceGraphError.untraceable(tracer.untraceable) }
        guard let outputValue = tracer.value(of: traced) else { throw InferenceGraphError.outputNotTraced }
        var compiler = TraceCompiler(nodes: tracer.nodes, input: inputValue, output: outputValue)
        let (builder, result) = try compiler.compile()

        // Memory plan: a value's buffer returns to the pool after its last reader; in-place
        // steps hand their input's buffer to their output.
        var lastUse = [Int](repeating: -1, count: builder.values.count)
        for (s, step) in builder.steps.enumerated() {
            for case (_, .value(let v)) in step.arguments where v != step.output { lastUse[v] = s }
            // The in-place input is read (accumulated into) by this step.
            if let source = step.inPlaceOf { lastUse[source] = s }
        }
        lastUse[result] = Int.max
        var slotOf = [Int](repeating: -1, count: builder.values.count)
        var slotSizes: [Int] = []
        var free: [Int] = []
        for (s, step) in builder.steps.enumerated() {
            let size = max(byteSize(builder.values[step.output].descriptor), 64)
            if let source = step.inPlaceOf {
                precondition(source != 0 && lastUse[source] == s, "in-place step would overwrite a value read later")
                slotOf[step.output] = slotOf[source]
                slotSizes[slotOf[source]] = max(slotSizes[slotOf[source]], size)
            } else if let best = free.filter({ slotSizes[$0] >= size }).min(by: { slotSizes[$0] < slotSizes[$1] }) ?? free.max(by: { slotSizes[$0] < slotSizes[$1] }) {
                free.removeAll { $0 == best }
                slotOf[step.output] = best
                slotSizes[best] = max(slotSizes[best], size)
            } else {
                slotOf[step.output] = slotSizes.count
                slotSizes.append(size)
            }
            var released = Set<Int>()
            for case (_, .value(let v)) in step.arguments where v != 0 && v != step.output && v != step.inPlaceOf && lastUse[v] == s {
                if released.insert(slotOf[v]).inserted { free.append(slotOf[v]) }
            }
        }
        let slotPointers = slotSizes.map { UnsafeMutableRawPointer.allocate(byteCount: $0, alignment: 64) }
        slots = slotPointers
        plannedBytes = slotSizes.reduce(0, +)

        let plainInput = builder.values[0].descriptor
        inputMemory = DNNLMemory(plainInput, pointer: UnsafeMutableRawPointer(example.pointer))
        var memories: [DNNLMemory?] = builder.values.indices.map { v in
            v == 0 || slotOf[v] < 0 ? nil : DNNLMemory(builder.values[v].descriptor, pointer: slotPointers[slotOf[v]])
        }
        memories[0] = inputMemory
        var keep: [AnyObject] = memories.compactMap { $0 }
        steps = builder.steps.map { step in
            keep.append(step.owner)
            let arguments = step.arguments.map { argument -> dnnl_exec_arg_t in
                switch argument.1 {
                case .value(let v): return dnnl_exec_arg_t(arg: argument.0, memory: memories[v]!.handle)
                case .constant(let memory):
                    keep.append(memory)
                    return dnnl_exec_arg_t(arg: argument.0, memory: memory.handle)
                }
            }
            return CompiledStep(name: step.name, flops: step.flops, primitive: step.primitive, arguments: arguments)
        }
        inputShape = example.shape
        outputShape = traced.shape
        resultMemory = memories[result]!
        let plainOutput = makeMemoryDescriptor(traced.shape, plainTag(rank: traced.rank))
        outputMemory = DNNLMemory(plainOutput, pointer: UnsafeMutableRawPointer(traced.pointer))
        outputReorder = Reorder(from: builder.values[result].descriptor, to: plainOutput)
        retained = keep

        let compiled = self(example)
        var worst: Float = 0, scale: Float = 0
        for i in 0..<traced.count {
            worst = max(worst, abs(compiled.pointer[i] - traced.pointer[i]))
            scale = max(scale, abs(traced.pointer[i]))
        }
        let relative = worst / max(scale, Float.leastNormalMagnitude)
        if !(relative <= tolerance) { throw InferenceGraphError.mismatch(relativeError: relative, tolerance: tolerance) }
    }

    /// Runs the compiled pass on `x` (shape ``inputShape``); returns a new plain tensor.
    public func callAsFunction(_ x: Tensor) -> Tensor {
        precondition(x.shape == inputShape, "inference graph compiled for \(inputShape), given \(x.shape)")
        let y = Tensor(uninitialized: outputShape)
        lock.lock()
        defer { lock.unlock() }
        inputMemory.setPointer(UnsafeMutableRawPointer(x.pointer))
        let stream = DNNLContext.shared.stream
        for step in steps {
            Profiler.measure(step.name, flops: step.flops) {
                step.arguments.withUnsafeBufferPointer { arguments in
                    dnnlCheck(dnnl_primitive_execute(step.primitive, stream, Int32(arguments.count), arguments.baseAddress), "execute \(step.name)")
                }
            }
        }
        outputMemory.setPointer(UnsafeMutableRawPointer(y.pointer))
        outputReorder.run(from: resultMemory, to: outputMemory)
        return y
    }

    deinit { slots.forEach { $0.deallocate() } }
}
