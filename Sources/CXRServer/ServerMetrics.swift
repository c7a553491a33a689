import Foundation

/// Counters and histograms of the server, rendered in the Prometheus text format
/// (`GET /metrics`, version 0.0.4):
///
///     cxr_http_requests_total{endpoint,status}        counter
///     cxr_http_request_duration_seconds{endpoint}     histogram
///     cxr_batch_size                                  histogram (images per forward pass)
///     cxr_inference_seconds                           histogram (seconds per forward pass)
///     cxr_queue_depth                                 gauge (images waiting for the model)
///     cxr_model_loaded                                gauge (1 once the model is loaded)
///
/// Thread-safe (one lock).
public final class ServerMetrics: @unchecked Sendable {
    /// A cumulative-bucket histogram.
    public struct Histogram: Sendable {
        public let bounds: [Double]
        /// Observations per bucket (not cumulative); the last is `+Inf`.
        public private(set) var counts: [Int]
        public private(set) var sum: Double = 0
        public private(set) var count: Int = 0

        public init(bounds: [Double]) {
            self.bounds = bounds
            counts = Array(repeating: 0, count: bounds.count + 1)
        }

        public mutating func observe(_ value: Double) {
            counts[bounds.firstIndex(where: { value <= $0 }) ?? bounds.count] += 1
            sum += value
            count += 1
        }

        public var mean: Double? { count > 0 ? sum / Double(count) : nil }
    }

    public static let latencyBounds: [Double] = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10]
    public static let batchBounds: [Double] = [1, 2, 4, 8, 16, 32, 64]

    private let lock = NSLock()
    private var requests: [String: [Int: Int]] = [:]
    private var latencies: [String: Histogram] = [:]
    private var batchSizes = Histogram(bounds: batchBounds)
    private var inference = Histogram(bounds: latencyBounds)
    private let queueDepth: @Sendable () -> Int

    /// `queueDepth` is read when the metrics are rendered.
    public init(queueDepth: @escaping @Sendable () -> Int) { self.queueDepth = queueDepth }

    /// Records one answered request.
    public func recordRequest(endpoint: String, status: Int, seconds: Double) {
        lock.withLock {
            requests[endpoint, default: [:]][status, default: 0] += 1
            latencies[endpoint, default: Histogram(bounds: Self.latencyBounds)].observe(seconds)
        }
    }

    /// Records one forward pass of `size` images.
    public func recordBatch(size: Int, seconds: Double) {
        lock.withLock {
            batchSizes.observe(Double(size))
            inference.observe(seconds)
        }
    }

    /// A copy of the batch-size histogram.
    public var batchSizeHistogram: Histogram { lock.withLock { batchSizes } }

    /// Requests answered so far per endpoint and status.
    public var requestCounts: [String: [Int: Int]] { lock.withLock { requests } }

    /// The Prometheus text exposition.
    public func render() -> String {
        let (requests, latencies, batchSizes, inference) = lock.withLock { (self.requests, self.latencies, self.batchSizes, self.inference) }
        var lines: [String] = []
        lines.append("# HELP cxr_http_requests_total HTTP requests answered, by endpoint and status.")
        lines.append("# TYPE cxr_http_requests_total counter")
        for endpoint in requests.keys.sorted() {
            for (status, count) in requests[endpoint]!.sorted(by: { $0.key < $1.key }) {
                lines.append("cxr_http_requests_total{endpoint=\"\(endpoint)\",status=\"\(status)\"} \(count)")
            }
        }
        lines.append("# HELP cxr_http_request_duration_seconds Time from request to response, by endpoint.")
        lines.append("# TYPE cxr_http_request_duration_seconds histogram")
        for endpoint in latencies.keys.sorted() {
            lines += Self.histogramLines("cxr_http_request_duration_seconds", latencies[endpoint]!, labels: "endpoint=\"\(endpoint)\",")
        }
        lines.append("# HELP cxr_batch_size Images per forward pass.")
        lines.append("# TYPE cxr_batch_size histogram")
        lines += Self.histogramLines("cxr_batch_size", batchSizes, labels: "")
        lines.append("# HELP cxr_inference_seconds Seconds per forward pass (the whole batch).")
        lines.append("# TYPE cxr_inference_seconds histogram")
        lines += Self.histogramLines("cxr_inference_seconds", inference, labels: "")
        lines.append("# HELP cxr_queue_depth Images waiting for the model.")
        lines.append("# TYPE cxr_queue_depth gauge")
        lines.append("cxr_queue_depth \(queueDepth())")
        lines.append("# HELP cxr_model_loaded 1 when the model is loaded and serving.")
        lines.append("# TYPE cxr_model_loaded gauge")
        lines.append("cxr_model_loaded 1")
        return lines.joined(separator: "\n") + "\n"
    }

    static func histogramLines(_ name: String, _ histogram: Histogram, labels: String) -> [String] {
        var lines: [String] = []
        var cumulative = 0
        for (i, count) in histogram.counts.enumerated() {
            cumulative += count
            let bound = i < histogram.bounds.count ? formatNumber(histogram.bounds[i]) : "+Inf"
            lines.append("\(name)_bucket{\(labels)le=\"\(bound)\"} \(cumulative)")
        }
        let plain = labels.isEmpty ? "" : "{" + labels.dropLast() + "}"
        lines.append("\(name)_sum\(plain) \(formatNumber(histogram.sum))")
        lines.append("\(name)_count\(plain) \(histogram.count)")
        return lines
    }

    static func formatNumber(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
