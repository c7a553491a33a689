import CXRData
import CXRTrain
import Foundation
import Hummingbird
import Logging
import ServiceLifecycle

/// The HTTP inference server of `cxr serve`:
///
///     GET  /                    the web page (self-contained HTML, no external assets)
///     POST /api/predict         image body (raw or multipart/form-data) -> JSON probabilities,
///                               operating thresholds and timings
///     POST /api/cam?class=NAME  image body -> PNG class activation map overlay (default: the top class)
///     GET  /api/model           classes, architecture, preprocessing, training data and metrics
///     GET  /healthz             200 while the model is serving, 503 once shutting down
///     GET  /metrics             Prometheus text format
///
/// Errors: 400 (undecodable image, with the decoder's message; unknown class), 413 (upload over
/// the limit), 415 (not PNG, JPEG or DICOM, by content), 429 with `Retry-After` (queue full),
/// 503 (shutting down); all as `{"error": ..., "status": ...}`. No request reaches the file system.
public struct InferenceServer: Sendable {
    public let configuration: ServerConfiguration
    public let batcher: InferenceBatcher
    public let metrics: ServerMetrics
    public let modelDescription: ModelDescription
    public let logger: Logger
    let pipeline: Pipeline
    let classNames: [String]
    let thresholds: [Float]?
    let architecture: String

    /// A server for a loaded model; `description` is what `/api/model` answers.
    public init(predictor: Predictor, description: ModelDescription, configuration: ServerConfiguration, logger: Logger) throws {
        try configuration.validate()
        self.configuration = configuration
        self.modelDescription = description
        self.logger = logger
        pipeline = predictor.pipeline
        classNames = predictor.classNames
        architecture = predictor.metadata.architecture
        let thresholds = predictor.metadata.thresholds
        self.thresholds = thresholds?.count == predictor.classNames.count ? thresholds : nil
        let batcherBox = BatcherBox()
        metrics = ServerMetrics(queueDepth: { batcherBox.batcher?.queuedCount ?? 0 })
        batcher = InferenceBatcher(predictor: predictor, maxBatchSize: configuration.maxBatchSize, batchWindow: configuration.batchWindow,
                                   queueDepth: configuration.queueDepth, metrics: metrics)
        batcherBox.batcher = batcher
        decodeSlots = DecodeSlots(capacity: configuration.decodeConcurrency, maxWaiting: configuration.queueDepth)
    }

    /// Loads a checkpoint or a run folder (its `best.safetensors`, configuration and metrics).
    public static func load(model: String, configuration: ServerConfiguration, logger: Logger) throws -> InferenceServer {
        let checkpoint = Predictor.checkpointPath(model)
        let predictor = try Predictor.load(checkpoint)
        let description = try ModelDescription(metadata: predictor.metadata, parameterCount: predictor.model.parameterCount,
                                               checkpointPath: checkpoint, run: ModelDescription.runDirectory(for: model))
        return try InferenceServer(predictor: predictor, description: description, configuration: configuration, logger: logger)
    }

    /// The Hummingbird application (the batcher runs as one of its services and stops after
    /// the HTTP server has finished its in-flight requests).
    public func application(onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }) -> some ApplicationProtocol {
        let router = Router()
        router.add(middleware: RequestLogMiddleware(metrics: metrics))
        let server = self
        router.get("/") { _, _ in server.page() }
        router.post("/api/predict") { request, context in await server.predict(request, context: context) }
        router.post("/api/cam") { request, context in await server.activationMap(request, context: context) }
        router.get("/api/model") { _, _ in
            Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
                     body: .init(byteBuffer: ByteBuffer(bytes: server.modelDescription.json)))
        }
        router.get("/healthz") { _, _ in
            server.batcher.isAccepting ? Self.json(["status": "ok", "model": server.architecture])
                : ServerError.shuttingDown.response
        }
        router.get("/metrics") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                     body: .init(byteBuffer: ByteBuffer(string: server.metrics.render())))
        }
        return Application(router: router,
                           configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "cxr"),
                           services: [batcher],
                           onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? 0) },
                           logger: logger)
    }

    /// Serves until SIGTERM or SIGINT, then finishes the requests in flight and stops.
    public func run(onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        let group = ServiceGroup(configuration: .init(services: [application(onServerRunning: onServerRunning)],
                                                      gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        try await group.run()
    }

    // MARK: Handlers

    func page() -> Response {
        Response(status: .ok, headers: [
            .contentType: "text/html; charset=utf-8",
            .contentSecurityPolicy: "default-src 'self'; img-src 'self' blob: data:; style-src 'unsafe-inline'; script-src 'unsafe-inline'",
        ], body: .init(byteBuffer: ByteBuffer(string: WebPage.html)))
    }

    /// Bounds how many uploads are decoded at once (``ServerConfiguration/decodeConcurrency``).
    let decodeSlots: DecodeSlots

    /// A decoded, preprocessed upload and how long that took.
    struct PreparedImage: Sendable {
        var image: Image
        var format: ImageFormat
        var input: [Float]
        var decodeSeconds: Double
        var preprocessSeconds: Double
    }

    /// Reads the body (413 over the limit), then decodes and preprocesses it off the
    /// concurrency pool (415 / 400).
    func prepare(_ request: Request) async throws -> PreparedImage {
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > configuration.maxUploadBytes {
            throw ServerError.payloadTooLarge(limit: configuration.maxUploadBytes)
        }
        let body: ByteBuffer
        do {
            body = try await request.body.collect(upTo: configuration.maxUploadBytes)
        } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
            throw ServerError.payloadTooLarge(limit: configuration.maxUploadBytes)
        }
        let bytes = try ImageUpload.imageBytes(body: Array(body.readableBytesView), contentType: request.headers[.contentType])
        if batcher.isFull { throw ServerError.queueFull(depth: configuration.queueDepth) }
        let pipeline = self.pipeline, maxPixels = configuration.maxImagePixels
        try await decodeSlots.acquire()
        do {
            let prepared = try await Self.offPool {
            let start = ContinuousClock.now
                let (image, format) = try ImageUpload.decode(bytes, maxPixels: maxPixels)
                let decoded = ContinuousClock.now
                let input = pipeline.tensor(pipeline.preprocess(image))
                return PreparedImage(image: image, format: format, input: input,
                                     decodeSeconds: InferenceBatcher.seconds(start.duration(to: decoded)),
                                     preprocessSeconds: InferenceBatcher.seconds(decoded.duration(to: .now)))
            }
            await decodeSlots.release()
            return prepared
        } catch {
            await decodeSlots.release()
            throw error
        }
    }

    func predict(_ request: Request, context: some RequestContext) async -> Response {
        let start = ContinuousClock.now
        do {
            let prepared = try await prepare(request)
            let outcome = try await batcher.submit(prepared.input)
            let answer = PredictionAnswer(architecture: architecture, classNames: classNames, probabilities: outcome.probabilities,
                                          thresholds: thresholds, prepared: prepared, outcome: outcome,
                                          totalSeconds: InferenceBatcher.seconds(start.duration(to: .now)))
            return Self.json(answer)
        } catch {
            return Self.errorResponse(error, logger: context.logger, requestID: context.id)
        }
    }

    func activationMap(_ request: Request, context: some RequestContext) async -> Response {
        let start = ContinuousClock.now
        do {
            var classIndex: Int?
            if let name = request.uri.queryParameters["class"].map(String.init), !name.isEmpty {
                guard let index = classNames.firstIndex(of: name) else {
                    throw ServerError.badRequest("unknown class '\(name)'; the model's classes: \(classNames.joined(separator: ", "))")
                }
                classIndex = index
            }
            let prepared = try await prepare(request)
            let outcome = try await batcher.submit(prepared.input, activationMap: classIndex.map { .forClass($0) } ?? .mostProbableClass)
            guard let grid = outcome.activationMap, let chosen = outcome.activationClass else {
                throw ServerError.badRequest("no activation map was computed")
            }
            let maxSide = configuration.overlayMaxSide
            let (png, renderSeconds) = try await Self.offPool { () -> (Data, Double) in
                let renderStart = ContinuousClock.now
                let png = Data(try ClassActivationMap.overlayPNG(grid, image: prepared.image, maxSide: maxSide))
                return (png, InferenceBatcher.seconds(renderStart.duration(to: .now)))
            }
            let total = InferenceBatcher.seconds(start.duration(to: .now))
            func ms(_ seconds: Double) -> String { String(format: "%.2f", seconds * 1000) }
            let headers: HTTPFields = [
                .contentType: "image/png",
                .init("X-CXR-Class")!: classNames[chosen],
                .init("X-CXR-Probability")!: String(outcome.probabilities[chosen]),
                .init("Server-Timing")!: "decode;dur=\(ms(prepared.decodeSeconds)), preprocess;dur=\(ms(prepared.preprocessSeconds)), "
                    + "queue;dur=\(ms(outcome.queueSeconds)), inference;dur=\(ms(outcome.inferenceSeconds)), "
                    + "render;dur=\(ms(renderSeconds)), total;dur=\(ms(total))",
            ]
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: png)))
        } catch {
            return Self.errorResponse(error, logger: context.logger, requestID: context.id)
        }
    }

    // MARK: Helpers

    static func json(_ value: some Encodable) -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = (try? encoder.encode(value)) ?? Data("{}".utf8)
        return Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// A refusal's own JSON answer; any other error is logged in full with the request id and
    /// answered 500 with that id alone, never its text (which can hold paths or internals).
    static func errorResponse(_ error: any Error, logger: Logger, requestID: String) -> Response {
        if let error = error as? ServerError {
            logger.debug("request refused", metadata: ["error": "\(error)", "request_id": .string(requestID)])
            return error.response
        }
        logger.error("request failed", metadata: ["error": "\(error)", "request_id": .string(requestID)])
        return ServerError.internalError(requestID: requestID).response
    }

    /// Runs CPU-bound work on Dispatch's global queue instead of the Swift concurrency pool.
    static func offPool<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(with: Result { try work() }) }
        }
    }
}

/// Lets the metrics read the queue depth of the batcher created after them.
private final class BatcherBox: @unchecked Sendable {
    var batcher: InferenceBatcher?
}

/// The JSON of `POST /api/predict`.
struct PredictionAnswer: Encodable {
    struct ClassPrediction: Encodable {
        var `class`: String
        var probability: Double
        /// The operating threshold (Youden on validation), when the checkpoint has one.
        var threshold: Double?
        /// `probability >= threshold`, when there is a threshold.
        var positive: Bool?
    }

    struct ImageInfo: Encodable {
        var format: String
        var width: Int
        var height: Int
        var channels: Int
    }

    struct Timings: Encodable {
        var decodeMilliseconds: Double
        var preprocessMilliseconds: Double
        var queueMilliseconds: Double
        var inferenceMilliseconds: Double
        var totalMilliseconds: Double
        var batchSize: Int
    }

    var architecture: String
    var classes: [String]
    var probabilities: [String: Double]
    var thresholds: [String: Double]?
    var predictions: [ClassPrediction]
    var image: ImageInfo
    var timings: Timings

    init(architecture: String, classNames: [String], probabilities: [Float], thresholds: [Float]?, prepared: InferenceServer.PreparedImage,
         outcome: InferenceBatcher.Outcome, totalSeconds: Double) {
        self.architecture = architecture
        classes = classNames
        self.probabilities = Dictionary(uniqueKeysWithValues: zip(classNames, probabilities.map { Double($0) }))
        self.thresholds = thresholds.map { Dictionary(uniqueKeysWithValues: zip(classNames, $0.map { Double($0) })) }
        predictions = classNames.indices.map { c in
            let threshold = thresholds?[c]
            return ClassPrediction(class: classNames[c], probability: Double(probabilities[c]), threshold: threshold.map { Double($0) },
                                   positive: threshold.map { probabilities[c] >= $0 })
        }
        image = ImageInfo(format: prepared.format.rawValue, width: prepared.image.width, height: prepared.image.height,
                          channels: prepared.image.channels)
        timings = Timings(decodeMilliseconds: prepared.decodeSeconds * 1000, preprocessMilliseconds: prepared.preprocessSeconds * 1000,
                          queueMilliseconds: outcome.queueSeconds * 1000, inferenceMilliseconds: outcome.inferenceSeconds * 1000,
                          totalMilliseconds: totalSeconds * 1000, batchSize: outcome.batchSize)
    }
}
