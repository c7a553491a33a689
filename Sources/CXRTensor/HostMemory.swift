import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where the engine's buffers come from: tensor storages and the reorder buffers of oneDNN
/// memories.
///
/// Small buffers come from `malloc`. Large ones (``largeThreshold`` bytes or more) are mapped
/// from the kernel directly and, when freed, kept in a cache keyed by their size class
/// (``roundedSize(_:)``), from which a later request of that class (or of a class up to twice
/// smaller) is served: a training step allocates the same shapes in the same order every
/// iteration, so after the first step they are reused rather than faulted in again.
///
/// The memory plan: the resident total of large buffers (in use + cached) never exceeds the
/// most that was ever in use at once (``peakBytesInUse``), or the new request's need when that
/// is higher. Caching a freed buffer does not change the total; before a new mapping, cached
/// buffers are given back (largest first) until the new one fits under that bound. So the
/// cache fills exactly the room the step's own peak leaves, and the peak resident memory is
/// the peak of the live tensors. ``cacheLimit`` caps the cache besides.
///
/// Why not plain `malloc`: glibc raises its mmap threshold each time a large mapped block is
/// freed, after which blocks up to 32 MB come from its heap, where freed activations are kept
/// and fragment. Measured on a DenseNet-121 training step (batch 16, 224 x 224, one thread),
/// that retention made the peak resident memory half as large again (3.6 GB against 2.4 GB
/// with glibc's threshold fixed), and mapping every buffer afresh instead (the fixed threshold)
/// cost nearly half the training speed in page faults. A fixed 512 MiB cache (the previous
/// policy) still ran DenseNet-121 training at 2.32 img/s against 3.21 with 2 GiB (2 threads).
///
/// Mapped buffers are marked for transparent huge pages (`MADV_HUGEPAGE`), which the kernel
/// honours where `/sys/kernel/mm/transparent_hugepage/enabled` is `madvise` or `always`.
public enum HostMemory {
    /// Buffers of this many bytes or more are mapped and cached (1 MiB).
    public static let largeThreshold = 1 << 20

    /// The most bytes the cache keeps while they are unused (default 8 GiB, or the
    /// `CXR_BUFFER_CACHE_MB` environment variable); the memory plan usually bounds it first.
    public static var cacheLimit: Int {
        get { state.withLock { $0.limit } }
        set {
            unmap(state.withLock { cache in
                cache.limit = max(newValue, 0)
                return cache.trim(to: cache.limit)
            })
        }
    }

    /// Bytes held by the cache now (not in use by any tensor).
    public static var cachedBytes: Int { state.withLock { $0.cached } }

    /// Bytes of large buffers in use now.
    public static var bytesInUse: Int { state.withLock { $0.live } }

    /// The most bytes of large buffers that were in use at once: the bound of the memory plan.
    public static var peakBytesInUse: Int { state.withLock { $0.peakLive } }

    /// Returns every cached buffer to the kernel and forgets the peak (a new workload sets its own).
    public static func releaseCache() {
        unmap(state.withLock { cache in
            cache.peakLive = cache.live
            return cache.trim(to: 0)
        })
    }

    /// A 64-byte aligned buffer of at least `byteCount` bytes; `fresh` is true when it comes
    /// zero-filled from the kernel (a new mapping).
    static func allocate(byteCount: Int) -> (pointer: UnsafeMutableRawPointer, fresh: Bool) {
        guard byteCount >= largeThreshold else {
            return (UnsafeMutableRawPointer.allocate(byteCount: max(byteCount, 64), alignment: 64), false)
        }
        let size = roundedSize(byteCount)
        let (reused, evicted) = state.withLock { cache in
            if let reused = cache.take(size) { return (Optional(reused), [Mapping]()) }
            return (nil, cache.makeRoom(for: size))
        }
        if let reused { return (reused, false) }
        unmap(evicted)
        guard let mapped = mmap(nil, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0), mapped != MAP_FAILED else {
            // Out of address space or memory: say how much, rather than crash somewhere later.
            fatalError("HostMemory: could not map \(size / 1_048_576) MiB (\(String(cString: strerror(errno))))")
        }
        _ = madvise(mapped, size, MADV_HUGEPAGE)
        state.withLock { $0.granted[mapped] = size }
        return (mapped, true)
    }

    /// Gives back a buffer from ``allocate(byteCount:)`` with the same `byteCount`.
    static func deallocate(_ pointer: UnsafeMutableRawPointer, byteCount: Int) {
        guard byteCount >= largeThreshold else { pointer.deallocate(); return }
        let (keep, size) = state.withLock { $0.put(pointer) }
        if !keep { munmap(pointer, size) }
    }

    /// A mapped buffer and its mapped size.
    typealias Mapping = (pointer: UnsafeMutableRawPointer, size: Int)

    private static func unmap(_ buffers: [Mapping]) {
        for buffer in buffers { munmap(buffer.pointer, buffer.size) }
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
        /// The mapped size of every large buffer in use (a request may get a larger class).
        var granted: [UnsafeMutableRawPointer: Int] = [:]
        var cached = 0, live = 0, peakLive = 0
        var limit = (ProcessInfo.processInfo.environment["CXR_BUFFER_CACHE_MB"].flatMap(Int.init) ?? 8192) * 1_048_576

        /// A cached buffer of class `size`, or else the smallest cached one up to twice as large.
        mutating func take(_ size: Int) -> UnsafeMutableRawPointer? {
            let candidate = free[size] != nil ? size : free.keys.filter { $0 > size && $0 <= 2 * size }.min()
            guard let actual = candidate, let pointer = free[actual]?.popLast() else { return nil }
            if free[actual]!.isEmpty { free[actual] = nil }
            cached -= actual
            granted[pointer] = actual
            use(actual)
            return pointer
        }

        /// Before a new mapping of `size` bytes: the cached buffers to unmap so that in use +
        /// cached + new stays within the larger of the peak so far and what is now needed.
        mutating func makeRoom(for size: Int) -> [Mapping] {
            let bound = max(peakLive, live + size)
            use(size)
            return trim(to: bound - live)
        }

        mutating func use(_ size: Int) {
            live += size
            peakLive = max(peakLive, live)
        }

        /// Caches a freed buffer when it fits under the limit; false: the caller unmaps it.
        mutating func put(_ pointer: UnsafeMutableRawPointer) -> (keep: Bool, size: Int) {
            guard let size = granted.removeValue(forKey: pointer) else { preconditionFailure("HostMemory: \(pointer) was not handed out") }
            live -= size
            guard cached + size <= limit else { return (false, size) }
            free[size, default: []].append(pointer)
            cached += size
            return (true, size)
        }

        /// Removes cached buffers, largest first, until at most `bytes` stay; returns them to unmap.
        mutating func trim(to bytes: Int) -> [Mapping] {
            var removed: [Mapping] = []
            while cached > max(bytes, 0), let size = free.keys.max(), let pointer = free[size]?.popLast() {
                if free[size]!.isEmpty { free[size] = nil }
                cached -= size
                removed.append((pointer, size))
            }
            return removed
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
