import Foundation
import Hummingbird

/// Why a request was refused; each case maps to one HTTP status and a JSON body
/// `{"error": message, "status": code}`.
public enum ServerError: Error, Sendable, Equatable, CustomStringConvertible {
    /// 400: the image could not be decoded (truncated, corrupt, too many pixels), or the request is malformed.
    case badRequest(String)
    /// 413: the body is larger than the upload limit.
    case payloadTooLarge(limit: Int)
    /// 415: the content is not PNG, JPEG or DICOM.
    case unsupportedMediaType(String)
    /// 429: the queue of images waiting for the model is full.
    case queueFull(depth: Int)
    /// 503: the server is shutting down.
    case shuttingDown
    /// 500: what went wrong is in the server's log under this request id, not in the answer.
    case internalError(requestID: String)

    public var status: HTTPResponse.Status {
        switch self {
        case .badRequest: return .badRequest
        case .payloadTooLarge: return .contentTooLarge
        case .unsupportedMediaType: return .unsupportedMediaType
        case .queueFull: return .tooManyRequests
        case .shuttingDown: return .serviceUnavailable
        case .internalError: return .internalServerError
        }
    }

    public var description: String {
        switch self {
        case .badRequest(let message): return message
        case .payloadTooLarge(let limit): return "the upload is larger than the limit of \(limit) bytes"
        case .unsupportedMediaType(let message): return message
        case .queueFull(let depth): return "the server is busy: \(depth) images are already waiting for the model; retry shortly"
        case .shuttingDown: return "the server is shutting down"
        case .internalError(let id): return "internal error; the server's log has the details under request id \(id)"
        }
    }

    /// The JSON error response (with `Retry-After: 1` for 429).
    public var response: Response {
        var headers: HTTPFields = [.contentType: "application/json; charset=utf-8"]
        if case .queueFull = self { headers[.retryAfter] = "1" }
        var object: [String: Any] = ["error": description, "status": Int(status.code)]
        if case .internalError(let id) = self { object["request_id"] = id }
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
