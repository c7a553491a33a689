import CXRTensor
import Foundation

/// Runs `body(range)` over `0..<count` in contiguous chunks on `EngineThreads.count` threads,
/// or in one call when `count` is below `2 * minimumPerThread` (most parameters are small).
func forEachChunk(_ count: Int, minimumPerThread: Int = 65_536, _ body: (Range<Int>) -> Void) {
    let threads = min(EngineThreads.count, max(1, count / max(minimumPerThread, 1)))
    if threads <= 1 {
        body(0..<count)
        return
    }
    let chunk = (count + threads - 1) / threads
    DispatchQueue.concurrentPerform(iterations: threads) { thread in
        let start = thread * chunk, end = min(count, start + chunk)
        if start < end { body(start..<end) }
    }
}
