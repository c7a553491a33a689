/// Elementwise arithmetic with autodiff. Shapes must match exactly unless stated. Values are
/// combined position by position in storage, so both operands must share a layout: the
/// second is converted to the first's when they differ (``sameLayout(_:_:)``), and results
/// have the first operand's layout.
extension Tensor {
    /// `self + other` without recording a graph (used inside backward passes).
    func adding(_ other: Tensor) -> Tensor {
        precondition(shape == other.shape, "add: shapes \(shape) and \(other.shape) differ")
        let other = other.untrackedInLayout(layout)
        let result = Tensor(uninitializedLike: self)
        let a = pointer, b = other.pointer, c = result.pointer
        parallelChunks(count) { range in
            for i in range { c[i] = a[i] + b[i] }
        }
        return result
    }

    /// `self += other`, in place, untracked (gradient accumulation, optimizers).
    public func addInPlace(_ other: Tensor, scale: Float = 1) {
        precondition(count == other.count, "addInPlace: sizes \(count) and \(other.count) differ")
        let other = other.untrackedInLayout(layout)
        let a = pointer, b = other.pointer
        parallelChunks(count) { range in
            for i in range { a[i] += scale * b[i] }
        }
    }

    /// Multiplies every value by `factor`, in place, untracked.
    public func scaleInPlace(_ factor: Float) {
        let a = pointer
        parallelChunks(count) { range in
            for i in range { a[i] *= factor }
        }
    }

    /// Fills with a value, in place, untracked.
    public func fill(_ value: Float) {
        pointer.update(repeating: value, count: count)
    }

    /// Copies `other`'s values into this tensor, in place, untracked.
    public func assign(_ other: Tensor) {
        precondition(count == other.count, "assign: sizes \(count) and \(other.count) differ")
        let other = other.untrackedInLayout(layout)
        pointer.update(from: other.pointer, count: count)
    }
}

/// `(a, b)` with `b` converted to `a`'s layout where they differ (differentiably).
func sameLayout(_ a: Tensor, _ b: Tensor) -> (Tensor, Tensor) {
    (a, b.inLayout(a.layout))
}

/// Elementwise sum `a + b` (identical shapes). Gradient flows unchanged to both.
public func add(_ a: Tensor, _ b: Tensor) -> Tensor {
    let (a, b) = sameLayout(a, b)
    let y = Profiler.measure("add.forward") { a.adding(b) }
    Tracer.record(.add, data: [a, b], output: y)
    return y.recording("add", [a, b]) { g in [g, g] }
}

/// `max(a + b, 0)` in one pass, ResNet's residual join: equal to `relu(add(a, b))` value for
/// value. Gradient to both inputs: `g * (y > 0)` (one tensor, shared). Not traced for
/// inference compilation: models use it only in training mode.
public func addReLU(_ a: Tensor, _ b: Tensor) -> Tensor {
    precondition(a.shape == b.shape, "addReLU: shapes \(a.shape) and \(b.shape) differ")
    let (a, b) = sameLayout(a, b)
    let y = Profiler.measure("addReLU.forward") { () -> Tensor in
        let result = Tensor(uninitializedLike: a)
        let ap = a.pointer, bp = b.pointer, out = result.pointer
        parallelChunks(a.count) { range in
            for i in range { out[i] = max(ap[i] + bp[i], 0) }
        }
        return result
    }
    Tracer.untraceable("addReLU (a training-mode fusion)")
    return y.recording("addReLU", [a, b]) { g in
        let masked = reluGradient(g, output: y)
        return [masked, masked]
    }
}

/// Elementwise difference `a - b` (identical shapes).
public func subtract(_ a: Tensor, _ b: Tensor) -> Tensor {
    precondition(a.shape == b.shape, "subtract: shapes \(a.shape) and \(b.shape) differ")
    let (a, b) = sameLayout(a, b)
    let result = Tensor(uninitializedLike: a)
    for i in 0..<a.count { result.pointer[i] = a.pointer[i] - b.pointer[i] }
    return result.recording("subtract", [a, b]) { g in [g, g.multiplied(by: -1)] }
}

/// Elementwise product `a * b` (identical shapes).
public func multiply(_ a: Tensor, _ b: Tensor) -> Tensor {
    precondition(a.shape == b.shape, "multiply: shapes \(a.shape) and \(b.shape) differ")
    let (a, b) = sameLayout(a, b)
    let result = Tensor(uninitializedLike: a)
    for i in 0..<a.count { result.pointer[i] = a.pointer[i] * b.pointer[i] }
    return result.recording("multiply", [a, b]) { g in
        [a.needsGradInBackward ? elementwiseProduct(g, b) : nil, b.needsGradInBackward ? elementwiseProduct(g, a) : nil]
    }
}

func elementwiseProduct(_ a: Tensor, _ b: Tensor) -> Tensor {
    precondition(a.layout == b.layout, "elementwiseProduct: layouts differ")
    let result = Tensor(uninitializedLike: a)
    for i in 0..<a.count { result.pointer[i] = a.pointer[i] * b.pointer[i] }
    return result
}

extension Tensor {
    /// `requiresGrad` as seen inside a backward closure (where grad mode is off).
    var needsGradInBackward: Bool { requiresGrad }

    /// `self * factor`, untracked.
    func multiplied(by factor: Float) -> Tensor {
        let result = Tensor(uninitializedLike: self)
        for i in 0..<count { result.pointer[i] = pointer[i] * factor }
        return result
    }
}

/// `x * factor` for a scalar factor.
public func scale(_ x: Tensor, by factor: Float) -> Tensor {
    x.multiplied(by: factor).recording("scale", [x]) { g in [g.multiplied(by: factor)] }
}

/// Sum of all values, as a one-element tensor of shape `[]`.
public func sum(_ x: Tensor) -> Tensor {
    var total: Double = 0
    for i in 0..<x.count { total += Double(x.pointer[i]) }
    return Tensor(scalar: Float(total)).recording("sum", [x]) { g in
        let dx = Tensor(uninitializedLike: x)
        dx.fill(g.item)
        return [dx]
    }
}

/// Mean of all values, as a one-element tensor of shape `[]`.
public func mean(_ x: Tensor) -> Tensor {
    scale(sum(x), by: 1 / Float(max(x.count, 1)))
}

extension Tensor {
    public func sum() -> Tensor { CXRTensor.sum(self) }
    public func mean() -> Tensor { CXRTensor.mean(self) }
    public static func + (a: Tensor, b: Tensor) -> Tensor { add(a, b) }
    public static func - (a: Tensor, b: Tensor) -> Tensor { subtract(a, b) }
    public static func * (a: Tensor, b: Tensor) -> Tensor { multiply(a, b) }
    public static func * (a: Tensor, b: Float) -> Tensor { scale(a, by: b) }
}
