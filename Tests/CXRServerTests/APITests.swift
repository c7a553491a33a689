import CXRData
import CXREval
import CXRNN
@testable import CXRServer
import CXRTestSupport
import CXRTrain
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import ServiceLifecycle
import XCTest

/// The HTTP API over a real loopback socket (HummingbirdTesting `.live`), against a tiny
/// MobileNetV2 checkpoint the tests write, with real X-rays from `../shared/data` where present.
final class APITests: XCTestCase {
    /// Real images when the shared data is there, synthetic PNGs otherwise.
    func sampleImages() throws -> [(name: String, bytes: [UInt8])] {
        if let real = ServerFixtures.realImages(count: 4) {
            return try real.map { ($0.lastPathComponent, [UInt8](try Data(contentsOf: $0))) }
        }
        print("note: ../shared/data absent (\(RepositoryPaths.sharedData.path)); using synthetic PNGs instead of real X-rays")
        return try (0..<2).map { ("synthetic-\($0).png", try ServerFixtures.syntheticPNG(seed: $0)) }
    }

    func testPredictAnswersTheSameProbabilitiesAsADirectPrediction() async throws {
        let images = try sampleImages()
        let expected = try images.map { try ServerFixtures.directProbabilities($0.bytes) }
        print("direct probabilities: \(expected)")
        // The comparison means something only if the images get different probabilities.
        let spread = ServerFixtures.classNames.indices.map { c in (expected.map { $0[c] }.max()! - expected.map { $0[c] }.min()!) }.max()!
        if ServerFixtures.usesImageNetFeatures {
            XCTAssertGreaterThan(spread, 0.01, "the test model gives every image the same probabilities")
        }
        let app = try ServerFixtures.server().application()
        try await app.test(.live) { client in
            for (image, probabilities) in zip(images, expected) {
                let response = try await client.execute(uri: "/api/predict", method: .post, body: ByteBuffer(bytes: image.bytes))
                XCTAssertEqual(response.status, .ok, "\(image.name): \(String(buffer: response.body))")
                XCTAssertEqual(response.headers[.contentType], "application/json; charset=utf-8")
                let json = response.json
                XCTAssertEqual(json["classes"] as? [String], ServerFixtures.classNames)
                XCTAssertEqual(json["architecture"] as? String, "mobilenet_v2")
                let answered = json["probabilities"] as? [String: Double] ?? [:]
                for (c, name) in ServerFixtures.classNames.enumerated() {
                    let observed = answered[name] ?? .nan
                    XCTAssertEqual(observed, Double(probabilities[c]), accuracy: 1e-5,
                                   "\(image.name) \(name): expected \(probabilities[c]), observed \(observed), tolerance 1e-5")
                }
                XCTAssertEqual(json["thresholds"] as? [String: Double], ["Atelectasis": 0.3, "Effusion": 0.5, "Pneumonia": 0.7].mapValues { Double(Float($0)) })
                let predictions = json["predictions"] as? [[String: Any]] ?? []
                XCTAssertEqual(predictions.count, 3)
                for (c, prediction) in predictions.enumerated() {
                    XCTAssertEqual(prediction["class"] as? String, ServerFixtures.classNames[c])
                    XCTAssertEqual(prediction["positive"] as? Bool, probabilities[c] >= ServerFixtures.thresholds[c])
                }
                let decoded = try ImageDecoder.decode(image.bytes)
                let info = json["image"] as? [String: Any] ?? [:]
                XCTAssertEqual(info["width"] as? Int, decoded.width)
                XCTAssertEqual(info["height"] as? Int, decoded.height)
                XCTAssertEqual(info["format"] as? String, ImageFormat.sniff(image.bytes)?.rawValue)
                let timings = json["timings"] as? [String: Double] ?? [:]
                for key in ["decodeMilliseconds", "preprocessMilliseconds", "queueMilliseconds", "inferenceMilliseconds", "totalMilliseconds"] {
                    XCTAssertGreaterThanOrEqual(timings[key] ?? -1, 0, key)
                }
                XCTAssertGreaterThan(timings["inferenceMilliseconds"] ?? 0, 0)
                XCTAssertGreaterThanOrEqual(timings["totalMilliseconds"] ?? 0, timings["inferenceMilliseconds"] ?? .infinity)
                XCTAssertGreaterThanOrEqual(timings["batchSize"] ?? 0, 1)
            }
            // The same image as multipart/form-data (the part named `file`; its file name is ignored).
            let (body, contentType) = ServerFixtures.multipart(images[0].bytes)
            let multipart = try await client.execute(uri: "/api/predict", method: .post, headers: [.contentType: contentType],
                                                     body: ByteBuffer(bytes: body))
            XCTAssertEqual(multipart.status, .ok, String(buffer: multipart.body))
            let answered = multipart.json["probabilities"] as? [String: Double] ?? [:]
            for (c, name) in ServerFixtures.classNames.enumerated() {
                XCTAssertEqual(answered[name] ?? .nan, Double(expected[0][c]), accuracy: 1e-5, "multipart \(name)")
            }
            // DICOM, recognised by content.
            let dicom = ServerFixtures.dicom(width: 40, height: 30)
            let dicomResponse = try await client.execute(uri: "/api/predict", method: .post, headers: [.contentType: "image/png"],
                                                         body: ByteBuffer(bytes: dicom))
            XCTAssertEqual(dicomResponse.status, .ok, String(buffer: dicomResponse.body))
            XCTAssertEqual((dicomResponse.json["image"] as? [String: Any])?["format"] as? String, "DICOM")
            let dicomExpected = try ServerFixtures.directProbabilities(dicom)
            let dicomAnswered = dicomResponse.json["probabilities"] as? [String: Double] ?? [:]
            XCTAssertEqual(dicomAnswered["Effusion"] ?? .nan, Double(dicomExpected[1]), accuracy: 1e-5)
        }
    }

    func testActivationMapIsAPNGOfTheOverlaySizeAndMatchesTheDirectMap() async throws {
        let image = try sampleImages()[0]
        let predictor = try Predictor.load(ServerFixtures.run.path)
        let decoded = try ImageDecoder.decode(image.bytes)
        let direct = try camOverlayPNG(model: predictor.model, input: predictor.input(decoded), inputShape: predictor.inputShape,
                                       image: decoded, classIndex: 1)
        let expectedSize = ClassActivationMap.overlaySize(width: decoded.width, height: decoded.height, maxSide: 512)
        let app = try ServerFixtures.server().application()
        try await app.test(.live) { client in
            let response = try await client.execute(uri: "/api/cam?class=Effusion", method: .post, body: ByteBuffer(bytes: image.bytes))
            XCTAssertEqual(response.status, .ok, String(buffer: response.body))
            XCTAssertEqual(response.headers[.contentType], "image/png")
            XCTAssertEqual(response.header("X-CXR-Class"), "Effusion")
            XCTAssertNotNil(response.header("Server-Timing"))
            let size = try XCTUnwrap(pngSize(response.bytes), "not a PNG")
            XCTAssertEqual(size.width, expectedSize.width)
            XCTAssertEqual(size.height, expectedSize.height)
            // Same pixels as the map computed directly (batched vs single forward pass: within 1/255).
            let served = try ImageDecoder.decode(response.bytes).bytePixels
            let reference = try ImageDecoder.decode([UInt8](direct)).bytePixels
            XCTAssertEqual(served.count, reference.count)
            let worst = zip(served, reference).map { abs(Int($0) - Int($1)) }.max() ?? 255
            XCTAssertLessThanOrEqual(worst, 1, "largest pixel difference from the direct map")

            // Without a class: the most probable one.
            let top = try await client.execute(uri: "/api/cam", method: .post, body: ByteBuffer(bytes: image.bytes))
            XCTAssertEqual(top.status, .ok)
            let probabilities = try ServerFixtures.directProbabilities(image.bytes)
            let best = probabilities.indices.max { probabilities[$0] < probabilities[$1] }!
            XCTAssertEqual(top.header("X-CXR-Class"), ServerFixtures.classNames[best])

            let unknown = try await client.execute(uri: "/api/cam?class=Fracture", method: .post, body: ByteBuffer(bytes: image.bytes))
            XCTAssertEqual(unknown.status, .badRequest)
            XCTAssertTrue((unknown.json["error"] as? String ?? "").contains("Atelectasis, Effusion, Pneumonia"), String(buffer: unknown.body))
        }
    }

    func testBadUploadsAreRefusedWithTheirStatusAndMessage() async throws {
        let png = try ServerFixtures.syntheticPNG()
        var configuration = ServerConfiguration(port: 0)
        configuration.maxUploadBytes = png.count + 1000
        let limit = configuration.maxUploadBytes
        let app = try ServerFixtures.server(configuration).application()
        try await app.test(.live) { client in
            // 415: not an image format we read, whatever the content type says.
            let text = try await client.execute(uri: "/api/predict", method: .post, headers: [.contentType: "image/png"],
                                                body: ByteBuffer(string: "GIF89a this is not a supported image"))
            XCTAssertEqual(text.status, .unsupportedMediaType)
            XCTAssertTrue((text.json["error"] as? String ?? "").contains("not PNG, JPEG or DICOM"), String(buffer: text.body))
            XCTAssertEqual(text.json["status"] as? Int, 415)
            // 400: a truncated PNG, with the decoder's message.
            let truncated = try await client.execute(uri: "/api/predict", method: .post, body: ByteBuffer(bytes: png.prefix(png.count / 2)))
            XCTAssertEqual(truncated.status, .badRequest)
            let message = truncated.json["error"] as? String ?? ""
            XCTAssertTrue(message.contains("PNG") && (message.contains("truncated") || message.contains("corrupt")), message)
            // 400: a corrupt JPEG (valid marker, garbage after it).
            let jpeg = try await client.execute(uri: "/api/predict", method: .post,
                                                body: ByteBuffer(bytes: [0xFF, 0xD8, 0xFF, 0xE0] + [UInt8](repeating: 0x41, count: 300)))
            XCTAssertEqual(jpeg.status, .badRequest, String(buffer: jpeg.body))
            XCTAssertTrue((jpeg.json["error"] as? String ?? "").contains("JPEG"))
            // 400: empty body; multipart without a boundary.
            let empty = try await client.execute(uri: "/api/predict", method: .post)
            XCTAssertEqual(empty.status, .badRequest)
            let noBoundary = try await client.execute(uri: "/api/predict", method: .post, headers: [.contentType: "multipart/form-data"],
                                                      body: ByteBuffer(bytes: png))
            XCTAssertEqual(noBoundary.status, .badRequest)
            XCTAssertTrue((noBoundary.json["error"] as? String ?? "").contains("boundary"))
            // 400: the crafted DICOM that once killed the server (Rows as IS "4611686018427387905").
            let crafted = try await client.execute(uri: "/api/predict", method: .post, body: ByteBuffer(bytes: Self.craftedDICOM()))
            XCTAssertEqual(crafted.status, .badRequest, String(buffer: crafted.body))
            XCTAssertTrue((crafted.json["error"] as? String ?? "").contains("VR IS"), String(buffer: crafted.body))
            let health = try await client.execute(uri: "/healthz", method: .get)
            XCTAssertEqual(health.status, .ok)
            // The server still answers after all that.
            let good = try await client.execute(uri: "/api/predict", method: .post, body: ByteBuffer(bytes: png))
            XCTAssertEqual(good.status, .ok)
            // 413: over the upload limit (last: the server may close the connection unread).
            let large = try await client.execute(uri: "/api/predict", method: .post, body: ByteBuffer(bytes: png + [UInt8](repeating: 0, count: 2000)))
            XCTAssertEqual(large.status, .contentTooLarge)
            XCTAssertTrue((large.json["error"] as? String ?? "").contains("\(limit) bytes"))
        }
    }

    /// The 308-byte DICOM: explicit VR little endian, Rows written as IS
    /// "4611686018427387905", Columns "4", 16 bytes of pixels.
    static func craftedDICOM() -> [UInt8] {
        func element(_ g: UInt16, _ e: UInt16, _ vr: String, _ value: [UInt8]) -> [UInt8] {
            var out = [UInt8(g & 0xFF), UInt8(g >> 8), UInt8(e & 0xFF), UInt8(e >> 8)] + Array(vr.utf8)
            out += vr == "OB" ? [0, 0, UInt8(value.count), 0, 0, 0] : [UInt8(value.count), 0]
            return out + value
        }
        var out = [UInt8](repeating: 0, count: 128) + Array("DICM".utf8)
        out += element(0x0002, 0x0010, "UI", Array("1.2.840.10008.1.2.1\0".utf8))
        out += element(0x0028, 0x0010, "IS", Array("4611686018427387905 ".utf8)) + element(0x0028, 0x0011, "IS", Array("4 ".utf8))
        out += element(0x0028, 0x0100, "US", [8, 0]) + element(0x7FE0, 0x0010, "OB", [UInt8](repeating: 9, count: 16))
        return out
    }

    /// A 500 names the request id, never the error's text; the log has the text.
    func testInternalErrorsAnswerWithTheRequestIDAlone() throws {
        struct Failure: Error, CustomStringConvertible { var description: String { "cannot open /secret/path/model.safetensors" } }
        let response = InferenceServer.errorResponse(Failure(), logger: Logger(label: "test"), requestID: "req-42")
        XCTAssertEqual(response.status, .internalServerError)
        let text = ServerError.internalError(requestID: "req-42").description
        XCTAssertTrue(text.contains("req-42") && !text.contains("/secret"), text)
    }

    /// Decoding slots: `capacity` at once, `maxWaiting` waiting, one more refused with 429.
    func testDecodeSlotsBoundConcurrentDecodes() async throws {
        let slots = DecodeSlots(capacity: 1, maxWaiting: 1)
        try await slots.acquire()
        let waiter = Task { try await slots.acquire() }
        while await slots.state.waiting == 0 { await Task.yield() }
        do {
            try await slots.acquire()
            XCTFail("a third upload should be refused")
        } catch let error as ServerError {
            XCTAssertEqual(error.status, .tooManyRequests)
        }
        await slots.release()
        try await waiter.value
        let state = await slots.state
        XCTAssertEqual(state.inUse, 1)
        XCTAssertEqual(state.waiting, 0)
        await slots.release()
        let idle = await slots.state
        XCTAssertEqual(idle.inUse, 0)
    }

    func testAFullQueueAnswers429WithRetryAfter() async throws {
        let png = try ServerFixtures.syntheticPNG()
        var configuration = ServerConfiguration(port: 0)
        configuration.queueDepth = 2
        configuration.maxBatchSize = 1
        let server = try ServerFixtures.server(configuration)
        try await server.application().test(.live) { client in
            let port = try XCTUnwrap(client.port)
            server.batcher.start()
            server.batcher.suspend()
            // Two requests wait in the queue while the worker is held.
            let waiting = (0..<2).map { _ in
                Task {
                    try await TestClient.withClient(host: "localhost", port: port) { other in
                        try await other.post("/api/predict", body: ByteBuffer(bytes: png)).status
                    }
                }
            }
            let deadline = Date().addingTimeInterval(20)
            while server.batcher.queuedCount < 2 && Date() < deadline { try await Task.sleep(for: .milliseconds(10)) }
            XCTAssertEqual(server.batcher.queuedCount, 2)
            let metrics = try await client.execute(uri: "/metrics", method: .get)
            XCTAssertTrue(String(buffer: metrics.body).contains("\ncxr_queue_depth 2\n"))
            let refused = try await client.execute(uri: "/api/predict", method: .post, body: ByteBuffer(bytes: png))
            XCTAssertEqual(refused.status, .tooManyRequests)
            XCTAssertEqual(refused.headers[.retryAfter], "1")
            XCTAssertTrue((refused.json["error"] as? String ?? "").contains("busy"))
            server.batcher.resume()
            for task in waiting {
                let status = try await task.value
                XCTAssertEqual(status, .ok)
            }
        }
    }

    func testModelHealthMetricsAndPage() async throws {
        let png = try ServerFixtures.syntheticPNG()
        let app = try ServerFixtures.server().application()
        try await app.test(.live) { client in
            let model = try await client.execute(uri: "/api/model", method: .get)
            XCTAssertEqual(model.status, .ok)
            let json = model.json
            XCTAssertEqual(json["classes"] as? [String], ServerFixtures.classNames)
            XCTAssertEqual(json["architecture"] as? String, "mobilenet_v2")
            XCTAssertEqual(json["imageSize"] as? Int, 64)
            XCTAssertEqual(json["loss"] as? String, "bce")
            XCTAssertEqual(json["dataset"] as? String, "synthetic test data")
            XCTAssertEqual(json["validationMeanAUC"] as? Double, 0.75)
            XCTAssertEqual(json["checkpoint"] as? String, "best.safetensors")
            XCTAssertNotNil(json["preprocessing"] as? String)
            XCTAssertEqual((json["thresholds"] as? [String: Double])?["Pneumonia"] ?? 0, 0.7, accuracy: 1e-6)
            XCTAssertGreaterThan(json["parameters"] as? Int ?? 0, 2_000_000)
            let run = json["run"] as? [String: Any] ?? [:]
            XCTAssertEqual((run["configuration"] as? [String: Any])?["epochs"] as? Int, 2)
            XCTAssertEqual((run["metrics"] as? [[String: Any]])?.count, 2)

            let health = try await client.execute(uri: "/healthz", method: .get)
            XCTAssertEqual(health.status, .ok)
            XCTAssertEqual(health.json["status"] as? String, "ok")

            let page = try await client.execute(uri: "/", method: .get)
            XCTAssertEqual(page.status, .ok)
            XCTAssertEqual(page.headers[.contentType], "text/html; charset=utf-8")
            let html = String(buffer: page.body)
            for id in ["file", "probabilities", "heatmap", "class", "timings"] { XCTAssertTrue(html.contains("id=\"\(id)\""), "no #\(id)") }
            for external in ["src=\"http", "href=\"http", "src=\"//", "href=\"//", "@import", "url(http"] {
                XCTAssertFalse(html.contains(external), "external asset: \(external)")
            }

            _ = try await client.execute(uri: "/api/predict", method: .post, body: ByteBuffer(bytes: png))
            _ = try await client.execute(uri: "/api/predict", method: .post, body: ByteBuffer(string: "nope"))
            _ = try await client.execute(uri: "/no/such/page", method: .get)
            let metrics = try await client.execute(uri: "/metrics", method: .get)
            XCTAssertEqual(metrics.status, .ok)
            XCTAssertTrue(metrics.headers[.contentType]?.hasPrefix("text/plain; version=0.0.4") ?? false)
            let text = String(buffer: metrics.body)
            for line in ["cxr_http_requests_total{endpoint=\"/api/predict\",status=\"200\"} 1",
                         "cxr_http_requests_total{endpoint=\"/api/predict\",status=\"415\"} 1",
                         "cxr_http_requests_total{endpoint=\"/api/model\",status=\"200\"} 1",
                         "cxr_http_requests_total{endpoint=\"other\",status=\"404\"} 1",
                         "cxr_http_request_duration_seconds_bucket{endpoint=\"/api/predict\",le=\"+Inf\"} 2",
                         "cxr_http_request_duration_seconds_count{endpoint=\"/api/predict\"} 2",
                         "cxr_batch_size_bucket{le=\"1\"} 1", "cxr_batch_size_count 1", "cxr_batch_size_sum 1",
                         "cxr_inference_seconds_count 1", "cxr_queue_depth 0", "cxr_model_loaded 1"] {
                XCTAssertTrue(text.contains(line + "\n"), "missing metrics line: \(line)\n\(text)")
            }
        }
    }

    /// Graceful shutdown (what SIGTERM triggers): a request in flight is answered, then the
    /// server and the batcher stop.
    func testGracefulShutdownFinishesTheRequestInFlight() async throws {
        let png = try ServerFixtures.syntheticPNG()
        let server = try ServerFixtures.server()
        let ports = AsyncStream<Int>.makeStream()
        let group = ServiceGroup(configuration: .init(services: [server.application { ports.continuation.yield($0) }],
                                                      gracefulShutdownSignals: [], logger: ServerFixtures.quietLogger))
        let running = Task { try await group.run() }
        var iterator = ports.stream.makeAsyncIterator()
        let first = await iterator.next()
        let port = try XCTUnwrap(first)
        server.batcher.start()
        server.batcher.suspend()
        let inFlight = Task {
            try await TestClient.withClient(host: "localhost", port: port) { client in
                try await client.post("/api/predict", body: ByteBuffer(bytes: png))
            }
        }
        let deadline = Date().addingTimeInterval(20)
        while server.batcher.queuedCount < 1 && Date() < deadline { try await Task.sleep(for: .milliseconds(10)) }
        await group.triggerGracefulShutdown()
        try await Task.sleep(for: .milliseconds(200))
        server.batcher.resume()
        let response = try await inFlight.value
        XCTAssertEqual(response.status, .ok)
        try await running.value
        XCTAssertFalse(server.batcher.isAccepting)
        do {
            _ = try await server.batcher.submit([Float](repeating: 0, count: 3 * 64 * 64))
            XCTFail("a request after shutdown was accepted")
        } catch let error as ServerError {
            XCTAssertEqual(error, .shuttingDown)
        }
    }
}
