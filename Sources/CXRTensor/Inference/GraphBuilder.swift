import CDNNL

/// A tensor inside a compiled graph: its logical shape and the oneDNN layout it is kept in.
struct GraphValue {
    let shape: [Int]
    let descriptor: dnnl_memory_desc_t
}

/// What a step reads or writes: a graph value, or a constant the graph owns (weights already
/// in the primitive's layout, folded biases, batch-norm statistics).
enum StepOperand {
    case value(Int)
    case constant(DNNLMemory)
}

/// One primitive execution of a compiled graph.
struct GraphStep {
    /// Profiler key, e.g. `inference.conv2d`.
    let name: String
    let flops: Double
    let primitive: dnnl_primitive_t
    /// Keeps the primitive (and its descriptor) alive.
    let owner: AnyObject
    let arguments: [(Int32, StepOperand)]
    /// The value this step writes.
    let output: Int
    /// When set, the output lives in this input's buffer (oneDNN's sum post-op accumulates
    /// into the destination); the input must not be read after this step.
    let inPlaceOf: Int?
}

/// Collects the values and steps of a graph while it is being compiled: layouts, reorders
/// between them (made once per value and layout), constants.
final class GraphBuilder {
    private(set) var values: [GraphValue] = []
    private(set) var steps: [GraphStep] = []
    /// Reorders already made: value -> [(layout, value holding it in that layout)].
    private var relayouts: [Int: [(dnnl_memory_desc_t, Int)]] = [:]
    /// Reorder primitives, shared by every step that converts between the same two layouts.
    private var reorders: [(from: dnnl_memory_desc_t, to: dnnl_memory_desc_t, reorder: Reorder)] = []

    func addValue(shape: [Int], descriptor: dnnl_memory_desc_t) -> Int {
        values.append(GraphValue(shape: shape, descriptor: descriptor))
        return values.count - 1
    }

    func addStep(_ name: String, flops: Double = 0, primitive: Primitive, arguments: [(Int32, StepOperand)],
                 output: Int, inPlaceOf: Int? = nil) {
        steps.append(GraphStep(name: name, flops: flops, primitive: primitive.primitive, owner: primitive,
                               arguments: arguments, output: output, inPlaceOf: inPlaceOf))
    }

    func reorder(from source: dnnl_memory_desc_t, to destination: dnnl_memory_desc_t) -> Reorder {
        if let known = reorders.first(where: { descriptorsEqual($0.from, source) && descriptorsEqual($0.to, destination) }) {
            return known.reorder
        }
        let made = Reorder(from: source, to: destination)
        reorders.append((source, destination, made))
        return made
    }

    /// The value `v` in layout `descriptor`: `v` itself when it already is, otherwise a
    /// reordered copy (made once, then reused by later consumers).
    func value(_ v: Int, in descriptor: dnnl_memory_desc_t) -> Int {
        if descriptorsEqual(values[v].descriptor, descriptor) { return v }
        if let known = relayouts[v]?.first(where: { descriptorsEqual($0.0, descriptor) }) { return known.1 }
        let copy = self.copy(v, to: descriptor)
        relayouts[v, default: []].append((descriptor, copy))
        return copy
    }

    /// A new value holding `v`'s values in layout `descriptor` (always a fresh buffer, so a
    /// step may overwrite it).
    func copy(_ v: Int, to descriptor: dnnl_memory_desc_t) -> Int {
        let result = addValue(shape: values[v].shape, descriptor: descriptor)
        let r = reorder(from: values[v].descriptor, to: descriptor)
        steps.append(GraphStep(name: "inference.reorder", flops: 0, primitive: r.primitive, owner: r,
                               arguments: [(DNNLArg.src, .value(v)), (DNNLArg.dst, .value(result))], output: result, inPlaceOf: nil))
        return result
    }

    /// A constant holding `values` (plain layout `plain`) converted to layout `descriptor`.
    func constant(_ values: [Float], plain: dnnl_memory_desc_t, as descriptor: dnnl_memory_desc_t) -> DNNLMemory {
        precondition(byteSize(plain) == values.count * MemoryLayout<Float>.stride, "constant does not fill its layout")
        let memory = DNNLMemory(allocating: descriptor)
        var copy = values
        copy.withUnsafeMutableBytes { bytes in
            let source = DNNLMemory(plain, pointer: bytes.baseAddress!)
            if descriptorsEqual(plain, descriptor) {
                memory.pointer.copyMemory(from: bytes.baseAddress!, byteCount: bytes.count)
            } else {
                reorder(from: plain, to: descriptor).run(from: source, to: memory)
            }
        }
        return memory
    }

    /// A plain float vector constant.
    func vector(_ values: [Float]) -> DNNLMemory {
        let md = makeMemoryDescriptor([values.count], dnnl_a)
        return constant(values, plain: md, as: md)
    }
}
