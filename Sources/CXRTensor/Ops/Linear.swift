import CDNNL

struct LinearKey: Hashable { let batch: Int, inputs: Int, outputs: Int, hasBias: Bool }

final class LinearPlan {
    let forward, backwardData, backwardWeights: Primitive
    let source, weights, bias, destination: dnnl_memory_desc_t

    init(_ key: LinearKey) {
        source = makeMemoryDescriptor([key.batch, key.inputs], dnnl_nc)
        weights = makeMemoryDescriptor([key.outputs, key.inputs], dnnl_oi)
        bias = makeMemoryDescriptor([key.outputs], dnnl_a)
        destination = makeMemoryDescriptor([key.batch, key.outputs], dnnl_nc)
        var s = source, w = weights, b = bias, d = destination
        var desc = dnnl_inner_product_desc_t()
        dnnlCheck(withUnsafeMutablePointer(to: &b) { bp in
            dnnl_inner_product_forward_desc_init(&desc, dnnl_forward_training, &s, &w, key.hasBias ? bp : nil, &d)
        }, "inner product forward")
        forward = Primitive(operation: &desc, name: "inner product forward")
        var dataDesc = dnnl_inner_product_desc_t()
        dnnlCheck(dnnl_inner_product_backward_data_desc_init(&dataDesc, &s, &w, &d), "inner product backward data")
        backwardData = Primitive(operation: &dataDesc, hint: forward, name: "inner product backward data")
        var weightsDesc = dnnl_inner_product_desc_t()
        dnnlCheck(withUnsafeMutablePointer(to: &b) { bp in
            dnnl_inner_product_backward_weights_desc_init(&weightsDesc, &s, &w, key.hasBias ? bp : nil, &d)
        }, "inner product backward weights")
        backwardWeights = Primitive(operation: &weightsDesc, hint: forward, name: "inner product backward weights")
    }
}

let linearPlans = PlanCache<LinearKey, LinearPlan>()

/// Fully connected layer `y = x W^T + b`, PyTorch's `F.linear`.
///
/// - Parameters:
///   - x: `[N, in]`.
///   - weight: `[out, in]`.
///   - bias: `[out]` or nil.
/// - Returns: `[N, out]`.
public func linear(_ x: Tensor, weight: Tensor, bias: Tensor? = nil) -> Tensor {
    Profiler.measure("linear.forward", flops: 0) {
    precondition(x.rank == 2 && weight.rank == 2 && x.shape[1] == weight.shape[1],
                 "linear: input \(x.shape) does not fit weight \(weight.shape)")
    let key = LinearKey(batch: x.shape[0], inputs: x.shape[1], outputs: weight.shape[0], hasBias: bias != nil)
    let plan = linearPlans.plan(for: key) { LinearPlan(key) }
    let y = Tensor(uninitialized: [key.batch, key.outputs])
    let src = DNNLMemory(plan.source, pointer: UnsafeMutableRawPointer(x.pointer))
    let wei = DNNLMemory(plan.weights, pointer: UnsafeMutableRawPointer(weight.pointer))
    let dst = DNNLMemory(plan.destination, pointer: UnsafeMutableRawPointer(y.pointer))
    var args: [(Int32, dnnl_memory_t)] = [(DNNLArg.src, src.handle), (DNNLArg.weights, wei.handle), (DNNLArg.dst, dst.handle)]
    let biasMemory = bias.map { DNNLMemory(plan.bias, pointer: UnsafeMutableRawPointer($0.pointer)) }
    if let biasMemory { args.append((DNNLArg.bias, biasMemory.handle)) }
    plan.forward.execute(args)

    let inputs = [x, weight] + (bias.map { [$0] } ?? [])
    return y.recording("linear", inputs) { g in
        var gradients: [Tensor?] = [nil, nil, nil]
        let diffDst = DNNLMemory(plan.destination, pointer: UnsafeMutableRawPointer(g.pointer))
        if x.requiresGrad {
            let dx = Tensor(uninitialized: x.shape)
            let wei = DNNLMemory(plan.weights, pointer: UnsafeMutableRawPointer(weight.pointer))
            let diffSrc = DNNLMemory(plan.source, pointer: UnsafeMutableRawPointer(dx.pointer))
            plan.backwardData.execute([(DNNLArg.diffDst, diffDst.handle), (DNNLArg.weights, wei.handle), (DNNLArg.diffSrc, diffSrc.handle)])
            gradients[0] = dx
        }
        if weight.requiresGrad || (bias?.requiresGrad ?? false) {
            let dw = Tensor(uninitialized: weight.shape)
            let db = bias.map { Tensor(uninitialized: $0.shape) }
            let src = DNNLMemory(plan.source, pointer: UnsafeMutableRawPointer(x.pointer))
            let diffWeights = DNNLMemory(plan.weights, pointer: UnsafeMutableRawPointer(dw.pointer))
            var args: [(Int32, dnnl_memory_t)] = [(DNNLArg.src, src.handle), (DNNLArg.diffDst, diffDst.handle), (DNNLArg.diffWeights, diffWeights.handle)]
            let diffBias = db.map { DNNLMemory(plan.bias, pointer: UnsafeMutableRawPointer($0.pointer)) }
            if let diffBias { args.append((DNNLArg.diffBias, diffBias.handle)) }
            plan.backwardWeights.execute(args)
            gradients[1] = dw
            gradients[2] = db
        }
        return Array(gradients.prefix(inputs.count))
    }
    }
}
