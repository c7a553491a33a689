/// Gradient checkpointing: a segment of the network whose intermediate tensors are not kept
/// for backward but computed again there.
///
/// The forward pass runs `body(inputs)` without recording a graph, so everything `body`
/// allocates is freed at once; only `inputs` (which the caller keeps anyway) and the output
/// stay alive. Backward runs `body` again on the same inputs with recording on and
/// differentiates that: one more forward of `body` in exchange for the memory of its
/// intermediates. The memory-efficient DenseNet scheme (Pleiss et al. 2017, torchvision's
/// `memory_efficient=True`) uses it for each dense layer's concatenation, batch norm, ReLU and
/// bottleneck convolution, whose concatenated inputs otherwise grow quadratically with depth.
///
/// `body` must compute the same values when run again: ops consult
/// ``GradMode/isRecomputing`` and leave state alone then (batch norm does not update its
/// running statistics a second time); `body` must not draw random numbers.
///
/// - Parameters:
///   - name: the node's name in the profiler and in error messages.
///   - inputs: the tensors `body` reads; each gets its gradient from the recomputed graph.
///   - parameters: the leaf tensors `body` captures (weights); they receive their gradients
///     directly (accumulated into `grad`) while the segment's backward runs.
///   - body: the segment, a pure function of `inputs` and `parameters`.
/// - Returns: `body(inputs)`, recorded as one node of the graph.
public func recomputingInBackward(_ name: String, _ inputs: [Tensor], parameters: [Tensor],
                                  _ body: @escaping ([Tensor]) -> Tensor) -> Tensor {
    guard GradMode.isEnabled, (inputs + parameters).contains(where: \.requiresGrad) else { return body(inputs) }
    let output = noGrad { body(inputs) }
    return output.recording(name, inputs + parameters) { g in
        let leaves = inputs.map { input -> Tensor in
            let leaf = input.detached()
            leaf.requiresGrad = input.requiresGrad
            return leaf
        }
        let recomputed = GradMode.recomputing { body(leaves) }
        precondition(recomputed.shape == g.shape, "\(name): the recomputed output \(recomputed.shape) differs from the first \(g.shape)")
        // The inputs' gradients come back as computed (no copy into `grad`); parameters, leaves
        // of the recomputed graph too, add theirs to `grad` as in any backward pass.
        let collected = recomputed.requiresGrad
            ? recomputed.propagate(g, retainGraph: false, collecting: Set(leaves.map(ObjectIdentifier.init)))
            : [:]
        return leaves.map { collected[ObjectIdentifier($0)] } + parameters.map { _ in nil }
    }
}
