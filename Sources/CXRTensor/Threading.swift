import Foundation

/// How many threads the engine uses: oneDNN's OpenMP pool and CXRTensor's own loops.
///
/// Defaults to the number of active processors; `cxr --threads N` or the
/// `CXR_THREADS` environment variable override it.
public enum EngineThreads {
    nonisolated(unsafe) private static var current: Int = {
        if let text = ProcessInfo.processInfo.environment["CXR_THREADS"], let n = Int(text), n > 0 { return n }
        return ProcessInfo.processInfo.activeProcessorCount
    }()

    public static var count: Int { current }

    /// Sets the thread count for oneDNN (through OpenMP) and the engine's own loops.
    public static func set(_ count: Int) {
        precondition(count > 0, "thread count must be positive")
        current = count
        setenv("OMP_NUM_THREADS", String(count), 1)
        ompSetNumThreads(Int32(count))
    }
}

/// `omp_set_num_threads` from libgomp, which oneDNN (Debian build) runs on.
private let ompSetNumThreads: (Int32) -> Void = {
    typealias Function = @convention(c) (Int32) -> Void
    if let handle = dlopen("libgomp.so.1", RTLD_NOW | RTLD_GLOBAL), let symbol = dlsym(handle, "omp_set_num_threads") {
        return unsafeBitCast(symbol, to: Function.self)
    }
    return { _ in }
}()

/// Runs `body(range)` over `0..<count` split into contiguous chunks on the engine's threads.
/// Falls back to one call when the work is small (`count < minimumPerThread * 2`).
@inline(__always)
public func parallelChunks(_ count: Int, minimumPerThread: Int = 32_768, _ body: (Range<Int>) -> Void) {
    let threads = min(EngineThreads.count, max(1, count / max(minimumPerThread, 1)))
    if threads <= 1 {
        body(0..<count)
        return
    }
    let chunk = (count + threads - 1) / threads
    DispatchQueue.concurrentPerform(iterations: threads) { t in
        let start = t * chunk
        let end = min(count, start + chunk)
        if start < end { body(start..<end) }
    }
}
