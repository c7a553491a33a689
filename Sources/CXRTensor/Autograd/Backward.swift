extension Tensor {
    /// Reverse-mode differentiation: computes d(self)/d(leaf) for every leaf tensor with
    /// `requiresGrad` that `self` depends on, and adds it to the leaf's `grad`
    /// (gradients accumulate across calls until `zeroGrad`/`grad = nil`).
    ///
    /// - Parameters:
    ///   - gradient: d(loss)/d(self); defaults to 1 for a one-element tensor.
    ///   - retainGraph: keep the graph so that `backward` can run again (default false:
    ///     the graph is freed as it is consumed, releasing saved activations).
    public func backward(_ gradient: Tensor? = nil, retainGraph: Bool = false) {
        let seed: Tensor
        if let gradient {
            precondition(gradient.shape == shape, "gradient shape \(gradient.shape) differs from \(shape)")
            seed = gradient.untrackedInLayout(layout)
        } else {
            precondition(count == 1, "backward() without a gradient needs a one-element tensor, shape is \(shape)")
            seed = Tensor(shape: shape, repeating: 1)
        }
        guard requiresGrad else { return }
        _ = propagate(seed, retainGraph: retainGraph, collecting: [])
    }

    /// The backward pass from `self` with d(loss)/d(self) = `seed`: leaves add their gradient
    /// to `grad`, except the leaves in `collecting`, whose gradients are returned instead (as
    /// computed, not copied; the caller must not write into them).
    func propagate(_ seed: Tensor, retainGraph: Bool, collecting: Set<ObjectIdentifier>) -> [ObjectIdentifier: Tensor] {
        var collected: [ObjectIdentifier: Tensor] = [:]
        let order = topologicalOrder()
        var grads: [ObjectIdentifier: Tensor] = [ObjectIdentifier(self): seed]
        // Sums this loop allocated: nothing else holds them, so further gradients are added in
        // place (a DenseNet feature map collects one gradient from every later layer of its block).
        // Other gradients may be shared (`add` passes one tensor to both inputs) and are not written.
        var owned = Set<ObjectIdentifier>()
        noGrad {
            for node in order.reversed() {
                guard let g = grads.removeValue(forKey: ObjectIdentifier(node)) else { continue }
                owned.remove(ObjectIdentifier(g))
                if let function = node.gradFunction {
                    let inputGrads = Profiler.measure(function.name + ".backward", flops: function.flops) { function.backward(g) }
                    for (input, inputGrad) in zip(function.inputs, inputGrads) {
                        guard input.requiresGrad, let inputGrad else { continue }
                        precondition(inputGrad.shape == input.shape && inputGrad.layout == input.layout,
                                     "\(function.name) backward gave gradient \(inputGrad.shape) \(inputGrad.layout) for input \(input.shape) \(input.layout)")
                        let id = ObjectIdentifier(input)
                        if let existing = grads[id] {
                            if owned.contains(ObjectIdentifier(existing)) {
                                existing.addInPlace(inputGrad)
                            } else {
                                let sum = existing.adding(inputGrad)
                                owned.insert(ObjectIdentifier(sum))
                                grads[id] = sum
                            }
                        } else {
                            grads[id] = inputGrad
                        }
                    }
                    if !retainGraph { node.gradFunction = nil }
                } else if collecting.contains(ObjectIdentifier(node)) {
                    collected[ObjectIdentifier(node)] = g
                } else {
                    node.accumulateGrad(g)
                }
            }
        }
        return collected
    }

    /// Adds `g` to this leaf's gradient (copying it the first time, since `g` may be shared).
    func accumulateGrad(_ g: Tensor) {
        if let grad {
            grad.addInPlace(g)
        } else {
            grad = g.copy()
        }
    }

    /// Tensors reachable from `self` through grad functions, inputs before outputs.
    private func topologicalOrder() -> [Tensor] {
        var visited = Set<ObjectIdentifier>()
        var order: [Tensor] = []
        // Iterative DFS: deep networks (DenseNet-201) would overflow a recursive one.
        var stack: [(Tensor, Bool)] = [(self, false)]
        while let (node, expanded) = stack.popLast() {
            if expanded { order.append(node); continue }
            let id = ObjectIdentifier(node)
            if visited.contains(id) { continue }
            visited.insert(id)
            stack.append((node, true))
            for input in node.gradFunction?.inputs ?? [] where input.requiresGrad && !visited.contains(ObjectIdentifier(input)) {
                stack.append((input, false))
            }
        }
        return order
    }
}
