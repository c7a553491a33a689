/// A contiguous, 64-byte aligned buffer of `Float` values owned by one or more tensors, from
/// ``HostMemory`` (large buffers are reused across training steps).
///
/// Tensors that are views of each other (for example a reshape) share a storage.
public final class TensorStorage: @unchecked Sendable {
    public let pointer: UnsafeMutablePointer<Float>
    public let count: Int

    /// Allocates `count` floats; zero-filled when `zeroed` is true.
    public init(count: Int, zeroed: Bool = true) {
        precondition(count >= 0, "negative storage size")
        let (raw, fresh) = HostMemory.allocate(byteCount: Self.byteCount(count))
        pointer = raw.bindMemory(to: Float.self, capacity: max(count, 16))
        self.count = count
        if zeroed && !fresh { pointer.initialize(repeating: 0, count: count) }
    }

    private static func byteCount(_ count: Int) -> Int { max(count, 16) * MemoryLayout<Float>.stride }

    public var buffer: UnsafeMutableBufferPointer<Float> { UnsafeMutableBufferPointer(start: pointer, count: count) }

    deinit { HostMemory.deallocate(UnsafeMutableRawPointer(pointer), byteCount: Self.byteCount(count)) }
}
