/// A contiguous, 64-byte aligned buffer of `Float` values owned by one or more tensors.
///
/// Tensors that are views of each other (for example a reshape) share a storage.
public final class TensorStorage: @unchecked Sendable {
    public let pointer: UnsafeMutablePointer<Float>
    public let count: Int

    /// Allocates `count` floats; zero-filled when `zeroed` is true.
    public init(count: Int, zeroed: Bool = true) {
        precondition(count >= 0, "negative storage size")
        let raw = UnsafeMutableRawPointer.allocate(byteCount: max(count, 16) * MemoryLayout<Float>.stride, alignment: 64)
        pointer = raw.bindMemory(to: Float.self, capacity: max(count, 16))
        self.count = count
        if zeroed { pointer.initialize(repeating: 0, count: count) }
    }

    public var buffer: UnsafeMutableBufferPointer<Float> { UnsafeMutableBufferPointer(start: pointer, count: count) }

    deinit { UnsafeMutableRawPointer(pointer).deallocate() }
}
