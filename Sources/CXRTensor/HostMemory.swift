import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where the engine's buffers come from: tensor storages and the reorder buffers of oneDNN
/// memories.
///
/// Small buffers come from `malloc`. Large ones (``largeThreshold`` bytes or more) are mapped
/// from the kernel directly and, when freed, kept in a cache keyed by their size class
/// (``roundedSize(_:)``), from which a later request of the same class is served: a training
/// step allocates the same shapes in the same order every iteration, so after the first step
/// they are reused rather than faulted in again (no per-step allocation churn). The cache
/// holds at most ``cacheLimit`` bytes; a freed buffer beyond that goes back to the kernel at once.
///
/// Why not plain `malloc`: glibc raises its mmap threshold each time a large mapped block is
/// freed, after which blocks up to 32 MB come from its heap, where freed activations are kept
/// and fragment. Measured on a DenseNet-121 training step (batch 16, 224 x 224, one thread),
/// that retention made the peak resident memory half as large again (3.6 GB against 2.4 GB
/// with glibc's threshold fixed), and mapping every buffer afresh instead (the fixed threshold)
/// cost nearly half the training speed in page faults.
///
/// Mapped buffers are marked for transparent huge pages (`MADV_HUGEPAGE`), which the kernel
/// honours where `/sys/kernel/mm/transparent_hugepage/enabled` is `madvise` or `always`.
public enum HostMemory {
    /// Buffers of this many bytes or more are mapped and cached (1 MiB).
    public static let largeThreshold = 1 << 20

    /// The most bytes the cache keeps while they are unused (default 512 MiB, or the
    /// `CXR_BUFFER_CACHE_MB` environment variable).
    public static var cacheLimit: Int {
        get { state.withLock { $0.limit } }
        set { state.withLock { $0.limit = max(newValue, 0); $0.trim() } }
    }

    /// Bytes held by the cache now (not in use by any tensor).
    public static var cachedBytes: Int { state.withLock { $0.cached } }

    /// Returns every cached buffer to the kernel.
    public static func releaseCache() { state.withLock { $0.releaseAll() } }

    /// A 64-byte aligned buffer of at least `byteCount` bytes; `fresh` is true when it comes
    /// zero-filled from the kernel (a new mapping).
    static func allocate(byteCount: Int) -> (pointer: UnsafeMutableRawPointer, fresh: Bool) {
        guard byteCount >= largeThreshold else {
            return (UnsafeMutableRawPointer.allocate(byteCount: max(byteCount, 64), alignment: 64), false)
        }
        let size = roundedSize(byteCount)
        if let reused = state.withLock({ $0.take(size) }) { return (reused, false) }
        guard let mapped = mmap(nil, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0), mapped != MAP_FAILED else {
            // Out of address space or memory: say how much, rather than crash somewhere later.
            fatalError("HostMemory: could not map \(size / 1_048_576) MiB (\(String(cString: strerror(errno))))")
        }
        _ = madvise(mapped, size, MADV_HUGEPAGE)
        return (mapped, true)
    }

    /// Gives back a buffer from ``allocate(byteCount:)`` with the same `byteCount`.
    static func deallocate(_ pointer: UnsafeMutableRawPointer, byteCount: Int) {
        guard byteCount >= largeThreshold else { pointer.deallocate(); return }
        let size = roundedSize(byteCount)
        let keep = state.withLock { $0.put(pointer, size) }
        if !keep { munmap(pointer, size) }
    }

    /// The size class of a large request: the smallest `m * 2^e` (m = 8...15, so eight classes
    /// per doubling, at most 12.5 % larger) that holds it, in whole pages. Classes let a buffer
    /// serve requests of nearby sizes: DenseNet's concatenations grow a little with every layer,
    /// and exact sizes would recur only once per training step. Pages of a fresh mapping that
    /// are never written cost no memory.
    static func roundedSize(_ byteCount: Int) -> Int {
        let page = 4096
        let exponent = max(0, (Int.bitWidth - 1 - byteCount.leadingZeroBitCount) - 3)
        let unit = 1 << exponent
        let size = (byteCount + unit - 1) / unit * unit
        return (size + page - 1) / page * page
    }

    private struct Cache {
        var free: [Int: [UnsafeMutableRawPointer]] = [:]
        var cached = 0
        var limit = (ProcessInfo.processInfo.environment["CXR_BUFFER_CACHE_MB"].flatMap(Int.init) ?? 512) * 1_048_576

        mutating func take(_ size: Int) -> UnsafeMutableRawPointer? {
            guard let pointer = free[size]?.popLast() else { return nil }
            if free[size]!.isEmpty { free[size] = nil }
            cached -= size
            return pointer
        }

        /// Keeps the buffer when it fits under the limit; false: the caller unmaps it.
        mutating func put(_ pointer: UnsafeMutableRawPointer, _ size: Int) -> Bool {
            guard cached + size <= limit else { return false }
            free[size, default: []].append(pointer)
            cached += size
            return true
        }

        mutating func trim() {
            while cached > limit, let size = free.keys.max(), let pointer = free[size]?.popLast() {
                if free[size]!.isEmpty { free[size] = nil }
                munmap(pointer, size)
                cached -= size
            }
        }

        mutating func releaseAll() {
            let limit = self.limit
            self.limit = 0
            trim()
            self.limit = limit
        }
    }

    private static let state = Locked(Cache())
}

/// A value behind a mutex.
final class Locked<Value>: @unchecked Sendable {
    private var value: Value
    private let lock = NSLock()

    init(_ value: Value) { self.value = value }

    func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}
