import Foundation
import Hummingbird
import Logging

/// Logs every request (request id, method, path, status, latency, body size) with swift-log
/// and records it in the server's metrics, by endpoint and status.
struct RequestLogMiddleware<Context: RequestContext>: RouterMiddleware {
    let metrics: ServerMetrics

    /// The endpoint label of a path: the server's routes by name, anything else `other`
    /// (bounded label values).
    static func endpoint(_ path: String) -> String {
        switch path {
        case "/", "/api/predict", "/api/cam", "/api/model", "/healthz", "/metrics": return path
        default: return "other"
        }
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        let endpoint = Self.endpoint(request.uri.path)
        do {
            let response = try await next(request, context)
            record(request, context: context, endpoint: endpoint, status: Int(response.status.code), start: start)
            return response
        } catch {
            let status = (error as? any HTTPResponseError)?.status.code ?? 500
            record(request, context: context, endpoint: endpoint, status: Int(status), start: start)
            throw error
        }
    }

    private func record(_ request: Request, context: Context, endpoint: String, status: Int, start: ContinuousClock.Instant) {
        let seconds = InferenceBatcher.seconds(start.duration(to: .now))
        metrics.recordRequest(endpoint: endpoint, status: status, seconds: seconds)
        context.logger.log(level: status >= 500 ? .error : (endpoint == "/healthz" || endpoint == "/metrics" ? .debug : .info),
                           "request", metadata: [
                               "request_id": .string(context.id),
                               "method": .string(request.method.rawValue),
                               "path": .string(request.uri.path),
                               "status": .stringConvertible(status),
                               "latency_ms": .string(String(format: "%.1f", seconds * 1000)),
                               "content_length": .string(request.headers[.contentLength] ?? "-"),
                           ])
    }
}
