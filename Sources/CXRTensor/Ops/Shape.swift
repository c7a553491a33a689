/// Shape changes that keep the values in place.

/// The same values with a new shape of equal size (shares storage; no copy).
public func reshape(_ x: Tensor, _ shape: [Int]) -> Tensor {
    // A view reinterprets storage order, which only the row-major layout gives the meaning
    // callers expect.
    let x = x.inLayout(.rowMajor)
    var shape = shape
    if let inferred = shape.firstIndex(of: -1) {
        let known = shape.enumerated().filter { $0.offset != inferred }.map(\.element).reduce(1, *)
        shape[inferred] = x.count / max(known, 1)
    }
    precondition(shape.reduce(1, *) == x.count, "reshape: \(x.shape) cannot become \(shape)")
    let y = Tensor(shape: shape, storage: x.storage)
    return y.recording("reshape", [x]) { g in [Tensor(shape: x.shape, storage: g.storage)] }
}

/// Flattens all dimensions from `startDimension` on: `[N, C, H, W] -> [N, C*H*W]` by default.
public func flatten(_ x: Tensor, startDimension: Int = 1) -> Tensor {
    reshape(x, Array(x.shape.prefix(startDimension)) + [x.shape.dropFirst(startDimension).reduce(1, *)])
}

/// Concatenates tensors along the channel dimension (1) of NC... tensors with equal other
/// dimensions, as DenseNet's dense blocks do.
public func concatenateChannels(_ inputs: [Tensor]) -> Tensor {
    Profiler.measure("concatenate.forward", flops: 0) {
    precondition(!inputs.isEmpty, "concatenate: no inputs")
    // Channel-blocked tensors (C divisible by 8) hold each sample's channels as whole blocks, so
    // a sample's share of every input is one contiguous run in both layouts: the same copies
    // serve both, provided all inputs share one.
    let layout = inputs.allSatisfy { $0.layout == inputs[0].layout } ? inputs[0].layout : .rowMajor
    let inputs = inputs.map { $0.inLayout(layout) }
    let n = inputs[0].shape[0]
    let spatial = inputs[0].shape.dropFirst(2).reduce(1, *)
    for t in inputs {
        precondition(t.shape[0] == n && t.shape.dropFirst(2).elementsEqual(inputs[0].shape.dropFirst(2)),
                     "concatenate: shape \(t.shape) does not fit \(inputs[0].shape)")
    }
    let channels = inputs.map { $0.shape[1] }
    let total = channels.reduce(0, +)
    var shape = inputs[0].shape
    shape[1] = total
    let y = Tensor(uninitialized: shape, layout: layout)
    let outStride = total * spatial
    parallelChunks(n, minimumPerThread: 1) { samples in
        for s in samples {
            var offset = 0
            for (t, c) in zip(inputs, channels) {
                (y.pointer + s * outStride + offset * spatial).update(from: t.pointer + s * c * spatial, count: c * spatial)
                offset += c
            }
        }
    }
    Tracer.record(.concatenate, data: inputs, output: y)
    return y.recording("concatenate", inputs) { g in
        var offset = 0
        return zip(inputs, channels).map { (t, c) -> Tensor? in
            defer { offset += c }
            guard t.requiresGrad else { return nil }
            let dx = Tensor(uninitializedLike: t)
            for s in 0..<n {
                (dx.pointer + s * c * spatial).update(from: g.pointer + s * outStride + offset * spatial, count: c * spatial)
            }
            return dx
        }
    }
    }
}
