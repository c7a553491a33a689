import ArgumentParser
import CXRServer
import CXRTensor
import Foundation
import Logging

/// `cxr serve RUN_OR_MODEL`: an HTTP server with a web page and a JSON API for a trained model
/// (see `InferenceServer` for the endpoints).
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve a trained model over HTTP: a web page, JSON predictions, class activation maps, metrics.",
        discussion: """
        Endpoints: GET / (the page), POST /api/predict (image body, raw or multipart), \
        POST /api/cam?class=NAME (PNG overlay), GET /api/model, GET /healthz, GET /metrics (Prometheus). \
        Listens on 127.0.0.1 unless --host says otherwise. SIGTERM or SIGINT stops it after the requests in flight.
        """)

    @OptionGroup var engine: EngineOptions

    @Argument(help: "A CXRKit checkpoint (.safetensors) or a run folder (its best.safetensors, configuration and metrics).")
    var model: String

    @Option(help: "Address to listen on (127.0.0.1: this machine only; 0.0.0.0: every interface).")
    var host: String = "127.0.0.1"

    @Option(help: "TCP port.")
    var port: Int = 8080

    @Option(help: "Largest accepted upload in bytes (413 above it).")
    var maxUploadBytes: Int = 20 << 20

    @Option(help: "Largest accepted image in pixels (width x height; 400 above it, before decoding). Chest radiographs are 4-15 megapixels.")
    var maxImagePixels: Int = 20_000_000

    @Option(help: "Most uploads decoded at once (default: the cores); each holds a few float copies of one image.")
    var decodeConcurrency: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Most images in one forward pass.")
    var maxBatch: Int = 8

    @Option(help: "Milliseconds the batcher waits after the first image of a batch for others to join it.")
    var batchWindowMs: Double = 8

    @Option(help: "Most images waiting for the model; more are answered 429.")
    var queueDepth: Int = 64

    @Option(help: "Log level: trace, debug, info, notice, warning, error, critical.")
    var logLevel: String = "info"

    var serverConfiguration: ServerConfiguration {
        ServerConfiguration(host: host, port: port, maxUploadBytes: maxUploadBytes, maxImagePixels: maxImagePixels,
                            decodeConcurrency: decodeConcurrency, maxBatchSize: maxBatch,
                            batchWindow: .microseconds(Int64((batchWindowMs * 1000).rounded())), queueDepth: queueDepth)
    }

    func validate() throws {
        if batchWindowMs < 0 || !batchWindowMs.isFinite { throw ValidationError("--batch-window-ms must be zero or positive") }
        if Logger.Level(rawValue: logLevel) == nil {
            throw ValidationError("--log-level must be one of \(Logger.Level.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        do { try serverConfiguration.validate() } catch { throw ValidationError("\(error)") }
    }

    func run() async throws {
        engine.apply()
        var logger = Logger(label: "cxr.serve")
        logger.logLevel = Logger.Level(rawValue: logLevel) ?? .info
        let server = try InferenceServer.load(model: model, configuration: serverConfiguration, logger: logger)
        let description = (try? JSONSerialization.jsonObject(with: server.modelDescription.json)) as? [String: Any]
        let host = host, serving = logger
        try await server.run { port in
            serving.notice("serving", metadata: [
                "url": .string("http://\(host.contains(":") ? "[\(host)]" : host):\(port)/"),
                "architecture": .string(description?["architecture"] as? String ?? "?"),
                "classes": .stringConvertible((description?["classes"] as? [String])?.count ?? 0),
                "threads": .stringConvertible(EngineThreads.count),
            ])
        }
        logger.notice("stopped")
    }
}
