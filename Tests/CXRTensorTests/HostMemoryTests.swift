@testable import CXRTensor
import XCTest

/// The buffer cache behind tensor storages: large buffers are reused by size, zero-filled
/// tensors stay zero when their buffer is reused, and the cache keeps no more than its limit.
final class HostMemoryTests: XCTestCase {
    override func tearDown() {
        HostMemory.cacheLimit = 512 * 1_048_576
    }

    func testLargeBufferIsReusedBySize() {
        HostMemory.releaseCache()
        let count = 3 * HostMemory.largeThreshold / 4 + 1000  // floats: ~3 MiB
        var address: UnsafeMutablePointer<Float>?
        do {
            let first = Tensor(uninitialized: [count])
            address = first.pointer
            first.pointer.update(repeating: 7, count: count)
        }
        XCTAssertGreaterThanOrEqual(HostMemory.cachedBytes, count * 4, "a freed large buffer is kept")
        let second = Tensor(zeros: [count])
        XCTAssertEqual(second.pointer, address, "the same size gets the cached buffer back")
        XCTAssertEqual(HostMemory.cachedBytes, 0)
        XCTAssertTrue(second.scalars.allSatisfy { $0 == 0 }, "a reused buffer is zero-filled when zeros are asked for")
    }

    func testCacheKeepsNoMoreThanItsLimit() {
        HostMemory.releaseCache()
        HostMemory.cacheLimit = 5 * 1_048_576
        do {
            let tensors = (0..<4).map { _ in Tensor(uninitialized: [1_048_576]) }  // 4 MiB each
            XCTAssertEqual(tensors.count, 4)
        }
        XCTAssertLessThanOrEqual(HostMemory.cachedBytes, 5 * 1_048_576, "cache limit")
        XCTAssertGreaterThan(HostMemory.cachedBytes, 0, "one buffer fits under the limit")
        HostMemory.cacheLimit = 0
        XCTAssertEqual(HostMemory.cachedBytes, 0, "lowering the limit gives buffers back")
    }

    func testSmallBuffersAreNotCached() {
        HostMemory.releaseCache()
        do { _ = Tensor(zeros: [1000]) }
        XCTAssertEqual(HostMemory.cachedBytes, 0)
    }
}

extension HostMemoryTests {
    func testSizeClassesAreAtMostAnEighthLarger() {
        for bytes in [1 << 20, (1 << 20) + 1, 3_000_000, 25_690_112, 51_380_224, 123_456_789] {
            let size = HostMemory.roundedSize(bytes)
            XCTAssertGreaterThanOrEqual(size, bytes)
            XCTAssertEqual(size % 4096, 0, "whole pages")
            XCTAssertLessThanOrEqual(Double(size), Double(bytes) * 1.125 + 4096, "\(bytes) -> \(size)")
        }
        // Nearby sizes share a class: one buffer serves both.
        XCTAssertEqual(HostMemory.roundedSize(25_690_112), HostMemory.roundedSize(26_492_928))
    }
}

extension HostMemoryTests {
    /// The memory plan: a new mapping first gives back cached buffers so that in use + cached
    /// stays within the peak in use; a cached buffer up to twice the request's size serves it.
    func testCacheStaysWithinThePeakInUse() {
        HostMemory.releaseCache()
        let baseline = HostMemory.bytesInUse  // tensors other tests keep alive
        let megabyte = 1_048_576 / 4  // floats
        var address: UnsafeMutablePointer<Float>?
        do {
            let large = Tensor(uninitialized: [8 * megabyte])
            address = large.pointer
        }
        let peak = HostMemory.peakBytesInUse
        XCTAssertGreaterThanOrEqual(peak, baseline + 8 * 1_048_576)
        XCTAssertEqual(HostMemory.cachedBytes, HostMemory.roundedSize(8 * 1_048_576), "the freed buffer is cached")
        do {
            // 5 MiB: the cached 8 MiB buffer is at most twice as large, so it serves the request.
            let middle = Tensor(uninitialized: [5 * megabyte])
            XCTAssertEqual(middle.pointer, address, "a cached buffer up to twice the size is reused")
            XCTAssertEqual(HostMemory.cachedBytes, 0)
        }
        do {
            // 3 MiB: the 8 MiB buffer is too large to lend; mapping 3 MiB beside it would exceed
            // the peak in use (8 MiB), so the cached buffer is given back first.
            let small = Tensor(uninitialized: [3 * megabyte])
            XCTAssertEqual(HostMemory.cachedBytes, 0, "cached buffers beyond the peak are unmapped before a new mapping")
            XCTAssertLessThanOrEqual(HostMemory.bytesInUse + HostMemory.cachedBytes, peak)
            XCTAssertEqual(small.count, 3 * megabyte)
        }
        XCTAssertEqual(HostMemory.peakBytesInUse, peak, "the peak did not grow")
        XCTAssertEqual(HostMemory.bytesInUse, baseline)
    }
}
