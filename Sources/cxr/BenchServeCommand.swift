import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif
import CXRData
import CXRNN
import CXRServer
import CXRTensor
import CXRTrain
import Foundation
import Logging
import ServiceLifecycle

/// `cxr bench-serve`: requests/s and latency percentiles of `cxr serve` on loopback.
///
/// Builds the model in-process (random weights, or torchvision's ImageNet weights with
/// `--init imagenet`; inference time does not depend on the values), serves it on 127.0.0.1 on a
/// free port with the given batching settings, and fires `--requests` uploads of real X-rays
/// from `--concurrency` client threads (each one keep-alive connection, one request at a time),
/// after a single-client pass that gives the latency of one request on an idle server.
/// The clients run in the same process, on the same cores as the server.
struct BenchServe: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-serve",
        abstract: "Requests/s and p50/p99 latency of the HTTP server on loopback.")

    @OptionGroup var engine: EngineOptions

    @Option(help: "Comma-separated architectures.")
    var models: String = "mobilenet_v2,densenet121"

    @Option(help: "Image size (square).")
    var imageSize: Int = 224

    @Option(help: "Weights: scratch (random) or imagenet (torchvision's file, see scripts/fetch_weights.sh).")
    var initialization: String = "scratch"

    @Option(help: "Requests of the concurrent pass.")
    var requests: Int = 200

    @Option(help: "Concurrent clients.")
    var concurrency: Int = 16

    @Option(help: "Requests of the single-client pass (idle-server latency).")
    var singleRequests: Int = 10

    @Option(help: "Image files or folders to upload (default: the first 16 NIH images of ../shared/data).")
    var images: [String] = []

    @Option(help: "Most images in one forward pass.")
    var maxBatch: Int = 8

    @Option(help: "Batch window in milliseconds.")
    var batchWindowMs: Double = 8

    @Option(help: "Also write the figures as JSON to this file.")
    var json: String?

    func validate() throws {
        if requests < 1 || concurrency < 1 || singleRequests < 0 { throw ValidationError("--requests and --concurrency must be positive") }
        if !["scratch", "imagenet"].contains(initialization) { throw ValidationError("--initialization must be scratch or imagenet") }
        for name in models.split(separator: ",") where Architecture(rawValue: String(name)) == nil {
            throw ValidationError("unknown architecture \(name); see cxr models")
        }
    }

    func run() async throws {
        engine.apply()
        let uploads = try loadUploads()
        print("bench-serve: \(uploads.count) images, \(EngineThreads.count) engine threads, \(ProcessInfo.processInfo.activeProcessorCount) cores; "
              + "clients share the machine with the server")
        var results: [[String: Any]] = []
        for name in models.split(separator: ",").map(String.init) {
            let result = try await bench(architecture: Architecture(rawValue: name)!, uploads: uploads)
            results.append(result)
        }
        if let json {
            let data = try JSONSerialization.data(withJSONObject: results, options: [.prettyPrinted, .sortedKeys])
            try data.write(to: URL(fileURLWithPath: json))
        }
    }

    func loadUploads() throws -> [[UInt8]] {
        var files = ImageFiles.expand(images)
        if images.isEmpty {
            let folder = "../shared/data/nih-chestxray14/images"
            files = Array(ImageFiles.expand([folder]).prefix(16))
            if files.isEmpty { throw ValidationError("no images: \(folder) is absent; pass --images") }
        }
        let uploads = files.compactMap { FileManager.default.contents(atPath: $0).map { [UInt8]($0) } }
        if uploads.isEmpty { throw ValidationError("none of the images could be read") }
        return uploads
    }

    func bench(architecture: Architecture, uploads: [[UInt8]]) async throws -> [String: Any] {
        let classes = NIHChestXray14.findings
        let model = architecture.make(classes: classes.count, seed: 0)
        if initialization == "imagenet" { try model.loadWeights(from: try ImageNetWeights.path(for: architecture.rawValue), replacingHead: true) }
        let metadata = CheckpointMetadata(architecture: architecture.rawValue, classNames: classes, imageSize: imageSize,
                                          preprocessing: "RGB, exact resize to \(imageSize) (bilinear, antialiased), ImageNet mean/std",
                                          loss: .bce, epoch: 0, dataset: "none (\(initialization) weights, benchmark)", splitDescription: "none")
        let predictor = Predictor(model: model, metadata: metadata)
        let description = try ModelDescription(metadata: metadata, parameterCount: model.parameterCount, checkpointPath: "-", run: nil)
        var logger = Logger(label: "cxr.bench-serve")
        logger.logLevel = .warning
        let configuration = ServerConfiguration(host: "127.0.0.1", port: 0, maxBatchSize: maxBatch,
                                                batchWindow: .microseconds(Int64((batchWindowMs * 1000).rounded())),
                                                queueDepth: max(64, concurrency * 2))
        let server = try InferenceServer(predictor: predictor, description: description, configuration: configuration, logger: logger)
        let ports = AsyncStream<Int>.makeStream()
        let group = ServiceGroup(configuration: .init(services: [server.application { ports.continuation.yield($0) }],
                                                      gracefulShutdownSignals: [.sigint, .sigterm], logger: logger))
        let running = Task { try await group.run() }
        var iterator = ports.stream.makeAsyncIterator()
        guard let port = await iterator.next() else { throw ValidationError("the server did not start") }

        // Warm-up (first forward passes allocate and pick kernels), then an idle single-client pass.
        _ = try await Self.load(port: port, uploads: uploads, requests: 2, concurrency: 1)
        let single = singleRequests > 0 ? try await Self.load(port: port, uploads: uploads, requests: singleRequests, concurrency: 1) : nil
        let before = server.metrics.batchSizeHistogram
        let loaded = try await Self.load(port: port, uploads: uploads, requests: requests, concurrency: concurrency)
        let after = server.metrics.batchSizeHistogram
        await group.triggerGracefulShutdown()
        try await running.value

        let batches = after.count - before.count
        let meanBatch = batches > 0 ? (after.sum - before.sum) / Double(batches) : 0
        var line = "\(architecture.rawValue) \(imageSize)px:"
        if let single {
            line += String(format: " one client: p50 %.0f ms, p99 %.0f ms;", single.percentile(0.5) * 1000, single.percentile(0.99) * 1000)
        }
        line += String(format: " %d clients: %.2f requests/s, p50 %.0f ms, p99 %.0f ms, mean batch %.2f, %d errors",
                        concurrency, loaded.requestsPerSecond, loaded.percentile(0.5) * 1000, loaded.percentile(0.99) * 1000,
                        meanBatch, loaded.failures)
        print(line)
        var result: [String: Any] = [
            "model": architecture.rawValue, "imageSize": imageSize, "initialization": initialization,
            "requests": requests, "concurrency": concurrency, "maxBatch": maxBatch, "batchWindowMs": batchWindowMs,
            "threads": EngineThreads.count, "requestsPerSecond": loaded.requestsPerSecond,
            "p50Milliseconds": loaded.percentile(0.5) * 1000, "p90Milliseconds": loaded.percentile(0.9) * 1000,
            "p99Milliseconds": loaded.percentile(0.99) * 1000, "meanBatchSize": meanBatch, "errors": loaded.failures,
        ]
        if let single {
            result["singleClientP50Milliseconds"] = single.percentile(0.5) * 1000
            result["singleClientP99Milliseconds"] = single.percentile(0.99) * 1000
        }
        return result
    }

    /// Latencies of one pass.
    struct LoadResult {
        var latencies: [Double]
        var seconds: Double
        var failures: Int
        var requestsPerSecond: Double { Double(latencies.count) / seconds }

        /// Nearest-rank percentile of the latencies, in seconds.
        func percentile(_ p: Double) -> Double {
            let sorted = latencies.sorted()
            guard !sorted.isEmpty else { return .nan }
            return sorted[min(sorted.count - 1, max(0, Int((p * Double(sorted.count)).rounded(.up)) - 1))]
        }
    }

    /// `requests` uploads from `concurrency` threads, each with one keep-alive connection.
    static func load(port: Int, uploads: [[UInt8]], requests: Int, concurrency: Int) async throws -> LoadResult {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread {
                let collected = Collected()
                let start = ContinuousClock.now
                // One thread per client (concurrentPerform would run only as many as there are cores).
                let finished = DispatchGroup()
                for worker in 0..<concurrency {
                    finished.enter()
                    Thread.detachNewThread {
                        defer { finished.leave() }
                        do {
                            let client = try LoopbackHTTPClient(port: port)
                            for i in stride(from: worker, to: requests, by: concurrency) {
                                let sent = ContinuousClock.now
                                let status = try client.post("/api/predict", body: uploads[i % uploads.count])
                                collected.add(latency: InferenceBatcher.seconds(sent.duration(to: .now)), failed: status != 200)
                            }
                        } catch {
                            collected.fail(error)
                        }
                    }
                }
                finished.wait()
                let seconds = InferenceBatcher.seconds(start.duration(to: .now))
                let (latencies, failures, firstError) = collected.snapshot
                if let firstError {
                    continuation.resume(throwing: firstError)
                } else {
                    continuation.resume(returning: LoadResult(latencies: latencies, seconds: seconds, failures: failures))
                }
            }
        }
    }
}

/// Latencies, failures and the first error of the client threads.
final class Collected: @unchecked Sendable {
    private let lock = NSLock()
    private var latencies: [Double] = []
    private var failures = 0
    private var firstError: (any Error)?

    func add(latency: Double, failed: Bool) {
        lock.withLock {
            latencies.append(latency)
            if failed { failures += 1 }
        }
    }

    func fail(_ error: any Error) { lock.withLock { firstError = firstError ?? error } }

    var snapshot: ([Double], Int, (any Error)?) { lock.withLock { (latencies, failures, firstError) } }
}

/// A blocking HTTP/1.1 client for one keep-alive connection to 127.0.0.1 (benchmark only:
/// `Content-Length` bodies, no chunked encoding, no redirects).
final class LoopbackHTTPClient {
    struct Failure: Error, CustomStringConvertible { let description: String }
    private let socket: Int32
    private var buffer: [UInt8] = []

    init(port: Int) throws {
        socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw Failure(description: "socket: errno \(errno)") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var one: Int32 = 1
        setsockopt(socket, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            close(socket)
            throw Failure(description: "connect to 127.0.0.1:\(port): errno \(errno)")
        }
    }

    deinit { close(socket) }

    /// Sends one POST and reads the whole response; returns its status code.
    func post(_ path: String, body: [UInt8]) throws -> Int {
        let head = "POST \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/octet-stream\r\nContent-Length: \(body.count)\r\n\r\n"
        try write(Array(head.utf8) + body)
        while true {
            if let end = find([13, 10, 13, 10]) {
                let header = String(decoding: buffer[0..<end], as: UTF8.self)
                let lines = header.split(separator: "\r\n")
                guard let statusLine = lines.first, statusLine.split(separator: " ").count >= 2,
                      let status = Int(statusLine.split(separator: " ")[1]) else { throw Failure(description: "bad response: \(header)") }
                let length = lines.dropFirst().compactMap { line -> Int? in
                    let parts = line.split(separator: ":", maxSplits: 1)
                    return parts.count == 2 && parts[0].lowercased() == "content-length" ? Int(parts[1].trimmingCharacters(in: .whitespaces)) : nil
                }.first ?? 0
                while buffer.count < end + 4 + length { try read() }
                buffer.removeFirst(end + 4 + length)
                return status
            }
            try read()
        }
    }

    private func find(_ needle: [UInt8]) -> Int? {
        guard buffer.count >= needle.count else { return nil }
        for i in 0...(buffer.count - needle.count) where buffer[i] == needle[0] && Array(buffer[i..<(i + needle.count)]) == needle { return i }
        return nil
    }

    private func write(_ bytes: [UInt8]) throws {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes[offset...].withUnsafeBytes { send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard sent > 0 else { throw Failure(description: "send: errno \(errno)") }
            offset += sent
        }
    }

    private func read() throws {
        var chunk = [UInt8](repeating: 0, count: 65536)
        let count = chunk.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { throw Failure(description: count == 0 ? "connection closed" : "recv: errno \(errno)") }
        buffer += chunk[0..<count]
    }
}
