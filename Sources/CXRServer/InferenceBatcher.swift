import CXRNN
import CXRTensor
import CXRTrain
import Foundation
import ServiceLifecycle

/// Dynamic batching: requests that arrive close together share one forward pass.
///
/// Requests (already decoded and preprocessed, concurrently, by their handlers) wait in a
/// bounded queue. One worker thread owns the model (the engine runs one forward pass at a time)
/// and loops: it waits for a first request, then up to `batchWindow` from that request's arrival
/// (or until `maxBatchSize` are waiting) for others to join, runs the feature maps, pooled
/// embedding and head of the batch once, and answers each request with its probabilities and,
/// when asked, its class activation map (from the same feature maps).
///
/// A request that finds `queueDepth` others waiting is refused (`ServerError.queueFull`, 429).
/// As a `Service`, the batcher starts its worker in `run()` and, on graceful shutdown, answers
/// what is queued before its thread ends; requests after that get `ServerError.shuttingDown`.
public final class InferenceBatcher: Service, @unchecked Sendable {
    /// Which class activation map a request wants.
    public enum ActivationMapRequest: Sendable, Equatable {
        case none
        /// The map of this class index.
        case forClass(Int)
        /// The map of the most probable class.
        case mostProbableClass
    }

    /// What one request gets back.
    public struct Outcome: Sendable {
        public var probabilities: [Float]
        /// The class activation map, when one was asked for.
        public var activationMap: ClassActivationMap.Grid?
        /// The class of `activationMap`.
        public var activationClass: Int?
        /// Images in the forward pass that answered this request.
        public var batchSize: Int
        /// Seconds from submission to the start of the forward pass.
        public var queueSeconds: Double
        /// Seconds of the forward pass (the whole batch).
        public var inferenceSeconds: Double
    }

    private struct Entry {
        var input: [Float]
        var activationMap: ActivationMapRequest
        var submitted: ContinuousClock.Instant
        var continuation: CheckedContinuation<Outcome, any Error>
    }

    private let predictor: Predictor
    private let maxBatchSize: Int
    private let batchWindow: Duration
    private let queueDepth: Int
    private let metrics: ServerMetrics?
    private let condition = NSCondition()
    private var pending: [Entry] = []
    private var accepting = true
    private var workerStarted = false
    private var workerFinished = false
    /// Tests hold the worker to fill the queue deterministically.
    private var suspended = false
    private var worker: Thread?

    /// `predictor` is used on the worker thread only from now on.
    public init(predictor: Predictor, maxBatchSize: Int, batchWindow: Duration, queueDepth: Int, metrics: ServerMetrics? = nil) {
        precondition(maxBatchSize >= 1 && queueDepth >= 1, "batch size and queue depth must be positive")
        self.predictor = predictor
        self.maxBatchSize = maxBatchSize
        self.batchWindow = batchWindow
        self.queueDepth = queueDepth
        self.metrics = metrics
    }

    /// Images waiting for a forward pass.
    public var queuedCount: Int { condition.withLock { pending.count } }

    /// False once shutting down.
    public var isAccepting: Bool { condition.withLock { accepting } }

    /// True when a new request would be refused now.
    public var isFull: Bool { condition.withLock { pending.count >= queueDepth } }

    /// Starts the worker thread (idempotent). `run()` calls it; tests may call it directly.
    public func start() {
        condition.withLock {
            guard !workerStarted else { return }
            workerStarted = true
            let thread = Thread { [self] in workLoop() }
            thread.name = "cxr-inference"
            thread.stackSize = 16 << 20
            worker = thread
            thread.start()
        }
    }

    /// Stops accepting requests, answers those queued, and returns when the worker has ended.
    public func shutdown() {
        condition.withLock {
            accepting = false
            condition.broadcast()
        }
        condition.withLock {
            while workerStarted && !workerFinished { condition.wait() }
        }
    }

    /// `Service`: runs the worker until graceful shutdown, then drains the queue.
    public func run() async throws {
        start()
        try? await gracefulShutdown()
        await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in
            Thread.detachNewThread { [self] in
                shutdown()
                done.resume()
            }
        }
    }

    /// Holds the worker before its next batch (tests: to fill the queue deterministically).
    func suspend() { condition.withLock { suspended = true } }

    /// Lets a suspended worker continue.
    func resume() {
        condition.withLock {
            suspended = false
            condition.broadcast()
        }
    }

    /// Queues one preprocessed input (`predictor.inputShape` values) and waits for its answer.
    /// `activationMap`: also compute a class activation map.
    public func submit(_ input: [Float], activationMap: ActivationMapRequest = .none) async throws -> Outcome {
        try await withCheckedThrowingContinuation { continuation in
            condition.lock()
            if !accepting {
                condition.unlock()
                continuation.resume(throwing: ServerError.shuttingDown)
            } else if pending.count >= queueDepth {
                condition.unlock()
                continuation.resume(throwing: ServerError.queueFull(depth: queueDepth))
            } else {
                pending.append(Entry(input: input, activationMap: activationMap, submitted: .now, continuation: continuation))
                condition.broadcast()
                condition.unlock()
            }
        }
    }

    private func workLoop() {
        // The engine's thread count is per thread in OpenMP: apply it to this one.
        EngineThreads.set(EngineThreads.count)
        while let batch = nextBatch() {
            run(batch)
        }
        condition.withLock {
            workerFinished = true
            condition.broadcast()
        }
    }

    /// Waits for a batch: the first waiting entry, then others for up to the window after its
    /// arrival. Returns nil once shut down with nothing left.
    private func nextBatch() -> [Entry]? {
        condition.lock()
        defer { condition.unlock() }
        while pending.isEmpty || (suspended && accepting) {
            if !accepting && pending.isEmpty { return nil }
            condition.wait()
        }
        let deadline = pending[0].submitted + batchWindow
        while pending.count < maxBatchSize && accepting {
            let remaining = ContinuousClock.now.duration(to: deadline)
            if remaining <= .zero { break }
            let (seconds, attoseconds) = remaining.components
            _ = condition.wait(until: Date(timeIntervalSinceNow: Double(seconds) + Double(attoseconds) * 1e-18))
        }
        let count = min(maxBatchSize, pending.count)
        let batch = Array(pending.prefix(count))
        pending.removeFirst(count)
        return batch
    }

    private func run(_ batch: [Entry]) {
        let start = ContinuousClock.now
        let model = predictor.model
        let (maps, probabilities) = noGrad { () -> (Tensor, [[Float]]) in
            let maps = predictor.compiled.featureMaps(predictor.batch(batch.map(\.input)))
            let logits = model.logits(fromEmbedding: model.embedding(fromFeatureMaps: maps))
            return (maps, predictor.probabilities(logits: logits))
        }
        let classes: [Int?] = batch.enumerated().map { i, entry in
            switch entry.activationMap {
            case .none: return nil
            case .forClass(let c): return c
            case .mostProbableClass: return probabilities[i].indices.max { probabilities[i][$0] < probabilities[i][$1] }
            }
        }
        let grids = classes.enumerated().map { i, c in
            c.map { ClassActivationMap.map(model: model, featureMaps: maps, index: i, classIndex: $0) }
        }
        let seconds = Self.seconds(start.duration(to: .now))
        metrics?.recordBatch(size: batch.count, seconds: seconds)
        for (i, entry) in batch.enumerated() {
            entry.continuation.resume(returning: Outcome(probabilities: probabilities[i], activationMap: grids[i], activationClass: classes[i], batchSize: batch.count,
                                                         queueSeconds: Self.seconds(entry.submitted.duration(to: start)),
                                                         inferenceSeconds: seconds))
        }
    }

    /// A duration in seconds.
    public static func seconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) + Double(attoseconds) * 1e-18
    }
}
