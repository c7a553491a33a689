import CXRData
@testable import CXRServer
import CXRTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import XCTest

/// Many concurrent uploads over loopback, some corrupt (bounded: 200 requests, 32 clients,
/// a 120 s client timeout): nothing crashes, every good upload gets the probabilities of a
/// direct prediction, every corrupt one a 400 or 415, requests share forward passes, and
/// resident memory stays bounded.
final class LoadTests: XCTestCase {
    static let requests = 200
    static let clients = 32
    /// Peak resident memory may grow by at most this much over the level after a warm-up.
    static let memoryGrowthBound = 768 << 20

    func testConcurrentUploadsWithCorruptOnes() async throws {
        let good: [(name: String, bytes: [UInt8])]
        if let real = ServerFixtures.realImages(count: 4) {
            good = try real.map { ($0.lastPathComponent, [UInt8](try Data(contentsOf: $0))) }
        } else {
            print("note: ../shared/data absent; the load test uses synthetic PNGs")
            good = try (0..<4).map { ("synthetic-\($0).png", try ServerFixtures.syntheticPNG(seed: $0)) }
        }
        let expected = try good.map { try ServerFixtures.directProbabilities($0.bytes) }
        let png = try good.first { ImageFormat.sniff($0.bytes) == .png }?.bytes ?? (try ServerFixtures.syntheticPNG())
        let corrupt: [(bytes: [UInt8], status: HTTPResponse.Status)] = [
            (Array(png.prefix(png.count / 3)), .badRequest),                       // truncated PNG
            ([0xFF, 0xD8, 0xFF] + [UInt8](repeating: 0x5A, count: 1000), .badRequest),  // corrupt JPEG
            (Array("not an image at all".utf8), .unsupportedMediaType),
        ]
        var configuration = ServerConfiguration(port: 0)
        configuration.maxBatchSize = 8
        configuration.batchWindow = .milliseconds(10)
        configuration.queueDepth = 256
        let server = try ServerFixtures.server(configuration)
        let requests = Self.requests, clients = Self.clients
        try await server.application().test(.live) { client in
            let port = try XCTUnwrap(client.port)
            // Warm-up, then the memory baseline.
            for image in good { _ = try await client.execute(uri: "/api/predict", method: .post, body: ByteBuffer(bytes: image.bytes)) }
            let baseline = try XCTUnwrap(ServerFixtures.residentBytes(), "no /proc/self/status")
            let peak = PeakMemory(baseline)
            let sampler = Task {
                while !Task.isCancelled {
                    if let rss = ServerFixtures.residentBytes() { peak.observe(rss) }
                    try? await Task.sleep(for: .milliseconds(20))
                }
            }
            let started = ContinuousClock.now
            // Request i: every 10th is corrupt (cycling through the kinds), the others cycle the good images.
            let outcomes = try await withThrowingTaskGroup(of: [(Int, HTTPResponse.Status, [String: Double]?, String)].self) { group in
                for worker in 0..<clients {
                    group.addTask {
                        try await TestClient.withClient(host: "localhost", port: port, configuration: .init(timeout: .seconds(120))) { http in
                            var results: [(Int, HTTPResponse.Status, [String: Double]?, String)] = []
                            for i in stride(from: worker, to: requests, by: clients) {
                                let body = i % 10 == 9 ? corrupt[(i / 10) % corrupt.count].bytes : good[i % good.count].bytes
                                let response = try await http.post("/api/predict", body: ByteBuffer(bytes: body))
                                let data = response.body.map { Data($0.readableBytesView) } ?? Data()
                                let json = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
                                results.append((i, response.status, json?["probabilities"] as? [String: Double], json?["error"] as? String ?? ""))
                            }
                            return results
                        }
                    }
                }
                var all: [(Int, HTTPResponse.Status, [String: Double]?, String)] = []
                for try await part in group { all += part }
                return all
            }
            let seconds = InferenceBatcher.seconds(started.duration(to: .now))
            sampler.cancel()
            XCTAssertEqual(outcomes.count, requests)
            var worst: Float = 0
            for (i, status, probabilities, error) in outcomes {
                if i % 10 == 9 {
                    let kind = corrupt[(i / 10) % corrupt.count]
                    XCTAssertEqual(status, kind.status, "request \(i): \(error)")
                    XCTAssertFalse(error.isEmpty, "request \(i): no error message")
                } else {
                    XCTAssertEqual(status, .ok, "request \(i): \(error)")
                    let reference = expected[i % good.count]
                    for (c, name) in ServerFixtures.classNames.enumerated() {
                        worst = max(worst, abs(Float(probabilities?[name] ?? .nan) - reference[c]))
                    }
                }
            }
            XCTAssertLessThanOrEqual(worst, 1e-5, "largest |served - direct| probability over the good uploads, tolerance 1e-5")
            let batches = server.metrics.batchSizeHistogram
            let meanBatch = batches.mean ?? 0
            let growth = peak.value - baseline
            print(String(format: "load: %d requests from %d clients in %.1f s (%.1f requests/s); %d forward passes, mean batch %.2f; "
                         + "resident memory %.0f MiB after warm-up, peak %.0f MiB (growth bound %d MiB)",
                         requests, clients, seconds, Double(requests) / seconds, batches.count, meanBatch,
                         Double(baseline) / 1048576, Double(peak.value) / 1048576, Self.memoryGrowthBound >> 20))
            XCTAssertGreaterThan(meanBatch, 1, "concurrent requests did not share forward passes")
            XCTAssertLessThanOrEqual(growth, Self.memoryGrowthBound, "resident memory grew by \(growth >> 20) MiB under load")
            let health = try await client.execute(uri: "/healthz", method: .get)
            XCTAssertEqual(health.status, .ok, "the server is no longer healthy after the load")
        }
    }
}

/// The largest value seen, shared between the sampler and the test.
final class PeakMemory: @unchecked Sendable {
    private let lock = NSLock()
    private var peak: Int
    init(_ start: Int) { peak = start }
    func observe(_ value: Int) { lock.withLock { peak = max(peak, value) } }
    var value: Int { lock.withLock { peak } }
}
