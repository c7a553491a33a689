extension Tensor {
    /// The same values in `target` layout (``TensorLayout``): `self` when it already is,
    /// otherwise a converted copy whose gradient is converted back. Ops that work only on
    /// row-major data call `x.inLayout(.rowMajor)` on their inputs.
    public func inLayout(_ target: TensorLayout) -> Tensor {
        guard target != layout else { return self }
        precondition(target.fits(shape), "layout \(target) does not fit shape \(shape)")
        let y = Tensor(uninitialized: shape, layout: target)
        copyValues(from: self, into: y)
        let sourceLayout = layout
        return y.recording("inLayout", [self]) { g in
            let dx = Tensor(uninitialized: g.shape, layout: sourceLayout)
            copyValues(from: g, into: dx)
            return [dx]
        }
    }
}

extension Tensor {
    /// ``inLayout(_:)`` without recording a graph: for untracked arithmetic (gradient
    /// accumulation, optimizers) and for reading values.
    func untrackedInLayout(_ target: TensorLayout) -> Tensor {
        target == layout ? self : noGrad { inLayout(target) }
    }
}

/// Copies the values of `source` into `destination` (same shape), converting between their
/// layouts: `[N][C][H][W]` <-> `[N][C / 8][H][W][8]`.
func copyValues(from source: Tensor, into destination: Tensor) {
    precondition(source.shape == destination.shape, "copyValues: shapes \(source.shape) and \(destination.shape) differ")
    guard source.layout != destination.layout else {
        destination.pointer.update(from: source.pointer, count: source.count)
        return
    }
    let (n, channels) = (source.shape[0], source.shape[1])
    let spatial = source.count / (n * channels), blocks = channels / 8
    let toBlocked = destination.layout == .channelBlocked8
    let src = source.pointer, dst = destination.pointer
    parallelChunks(n * blocks, minimumPerThread: 1) { range in
        for item in range {
            // `item` = sample * blocks + block: 8 row-major planes <-> one blocked run.
            let sample = item / blocks, block = item % blocks
            let blocked = item * spatial * 8
            let plain = (sample * channels + block * 8) * spatial
            for lane in 0..<8 {
                let planeStart = plain + lane * spatial
                if toBlocked {
                    for i in 0..<spatial { dst[blocked + i * 8 + lane] = src[planeStart + i] }
                } else {
                    for i in 0..<spatial { dst[planeStart + i] = src[blocked + i * 8 + lane] }
                }
            }
        }
    }
}
