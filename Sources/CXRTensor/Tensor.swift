/// A float32 tensor with a shape, stored contiguously in row-major (NCHW for images) order,
/// and optionally tracked by reverse-mode automatic differentiation.
///
/// ```swift
/// let x = Tensor(shape: [2, 3], values: [1, 2, 3, 4, 5, 6], requiresGrad: true)
/// let y = relu(x).sum()
/// y.backward()
/// x.grad  // d y / d x
/// ```
///
/// Tensors are reference types: ops return new tensors and never mutate their inputs,
/// except the explicitly in-place helpers used by optimizers (`addInPlace`, ...).
public final class Tensor: @unchecked Sendable {
    /// Logical dimensions, outermost first.
    public let shape: [Int]
    /// The buffer holding `count` values (shared by views).
    public let storage: TensorStorage
    /// The order of the values in `storage` (``TensorLayout``); `rowMajor` unless an op chose
    /// a blocked layout for speed.
    public let layout: TensorLayout
    /// Whether gradients flow to this tensor (parameters and values derived from them).
    public var requiresGrad: Bool
    /// The accumulated gradient after `backward()`, for tensors with `requiresGrad`.
    public var grad: Tensor?
    /// How this tensor was computed, when it was computed under gradient tracking.
    var gradFunction: GradFunction?
    /// Identity of this tensor in an inference trace (``Tracer``); 0 when not traced.
    var traceTag: Int = 0

    /// Number of values: the product of `shape`.
    public var count: Int { storage.count }
    public var rank: Int { shape.count }
    public var pointer: UnsafeMutablePointer<Float> { storage.pointer }
    public var buffer: UnsafeMutableBufferPointer<Float> { storage.buffer }

    init(shape: [Int], storage: TensorStorage, layout: TensorLayout = .rowMajor, requiresGrad: Bool = false) {
        precondition(shape.reduce(1, *) == storage.count, "shape \(shape) does not match storage of \(storage.count) values")
        precondition(layout.fits(shape), "layout \(layout) does not fit shape \(shape)")
        self.shape = shape
        self.storage = storage
        self.layout = layout
        self.requiresGrad = requiresGrad
    }

    /// A tensor of zeros.
    public convenience init(zeros shape: [Int], requiresGrad: Bool = false) {
        self.init(shape: shape, storage: TensorStorage(count: shape.reduce(1, *)), requiresGrad: requiresGrad)
    }

    /// A tensor whose values are not initialised (to be written by the caller).
    public convenience init(uninitialized shape: [Int], layout: TensorLayout = .rowMajor) {
        self.init(shape: shape, storage: TensorStorage(count: shape.reduce(1, *), zeroed: false), layout: layout)
    }

    /// An uninitialised tensor with the shape and layout of `other`.
    convenience init(uninitializedLike other: Tensor) {
        self.init(uninitialized: other.shape, layout: other.layout)
    }

    /// A tensor filled with one value.
    public convenience init(shape: [Int], repeating value: Float, requiresGrad: Bool = false) {
        self.init(uninitialized: shape)
        pointer.initialize(repeating: value, count: count)
        self.requiresGrad = requiresGrad
    }

    /// A tensor holding `values` in row-major order; `values.count` must equal the shape's product.
    public convenience init(shape: [Int], values: [Float], requiresGrad: Bool = false) {
        precondition(values.count == shape.reduce(1, *), "\(values.count) values do not fill shape \(shape)")
        self.init(uninitialized: shape)
        values.withUnsafeBufferPointer { pointer.update(from: $0.baseAddress!, count: values.count) }
        self.requiresGrad = requiresGrad
    }

    /// A scalar (rank-0) tensor.
    public convenience init(scalar: Float) {
        self.init(shape: [], values: [scalar])
    }

    /// The values as a Swift array, row-major (whatever the storage layout).
    public var scalars: [Float] {
        // The converted tensor reads its own buffer, so it stays alive while it is copied.
        layout == .rowMajor ? Array(buffer) : untrackedInLayout(.rowMajor).scalars
    }

    /// The single value of a one-element tensor.
    public var item: Float {
        precondition(count == 1, "item() needs a one-element tensor, shape is \(shape)")
        return pointer[0]
    }

    /// A copy that shares nothing with this tensor and is not tracked (same layout).
    public func copy() -> Tensor {
        let result = Tensor(uninitializedLike: self)
        result.pointer.update(from: pointer, count: count)
        return result
    }

    /// The same values, cut from the graph (no gradient flows through the result).
    public func detached() -> Tensor {
        Tensor(shape: shape, storage: storage, layout: layout)
    }

    /// Size of dimension `axis` (negative counts from the end).
    public func dimension(_ axis: Int) -> Int { shape[axis < 0 ? shape.count + axis : axis] }
}

extension Tensor: CustomStringConvertible {
    public var description: String {
        let preview = buffer.prefix(8).map { String(format: "%.4g", $0) }.joined(separator: ", ")
        return "Tensor(shape: \(shape), values: [\(preview)\(count > 8 ? ", ..." : "")])"
    }
}

import Foundation
