import CXRServer
import CXRTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import XCTest

/// The web page in headless Chromium (Debian's chromium and chromium-driver, driven by
/// `scripts/browser_check.py` with selenium): a real X-ray is chosen in the page's file input,
/// and the probabilities and the class activation map must appear.
final class BrowserTests: XCTestCase {
    func testThePageShowsProbabilitiesAndTheHeatmapOfAnUploadedXray() async throws {
        let python = "/usr/bin/python3"
        let script = RepositoryPaths.root().appendingPathComponent("scripts/browser_check.py").path
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/chromium"), FileManager.default.fileExists(atPath: "/usr/bin/chromedriver") else {
            throw XCTSkip("Chromium absent: apt-get install chromium chromium-driver (make test installs them)")
        }
        guard try await run(python, ["-c", "import selenium"]).status == 0 else {
            throw XCTSkip("selenium absent: \(python) -m pip install --break-system-packages selenium (make test installs it)")
        }
        guard let image = ServerFixtures.realImages(count: 1)?.first else {
            throw XCTSkip("shared data absent (\(RepositoryPaths.sharedData.path)): the browser test uploads a real X-ray")
        }
        let screenshot = FileManager.default.temporaryDirectory.appendingPathComponent("cxr-serve-page-\(getpid()).png").path
        let server = try ServerFixtures.server()
        try await server.application().test(.live) { client in
            let port = try XCTUnwrap(client.port)
            let result = try await run(python, [script, "--url", "http://127.0.0.1:\(port)/", "--image", image.path,
                                                "--screenshot", screenshot, "--expect-classes", "\(ServerFixtures.classNames.count)"])
            print("browser: \(result.output)")
            if result.status == 77 { throw XCTSkip(result.output) }
            XCTAssertEqual(result.status, 0, result.output)
            let line = result.output.split(separator: "\n").first { $0.hasPrefix("{") }.map(String.init) ?? "{}"
            let json = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] ?? [:]
            let shown = json["probabilities"] as? [String: Double] ?? [:]
            let expected = try ServerFixtures.directProbabilities([UInt8](Data(contentsOf: image)))
            for (c, name) in ServerFixtures.classNames.enumerated() {
                XCTAssertEqual(shown[name] ?? .nan, Double(expected[c]), accuracy: 1e-5, "\(name) shown on the page")
            }
            let heatmap = json["heatmap"] as? [String: Any] ?? [:]
            XCTAssertGreaterThan(heatmap["width"] as? Int ?? 0, 0)
            XCTAssertTrue(FileManager.default.fileExists(atPath: screenshot), "no screenshot")
            print("browser: screenshot at \(screenshot)")
        }
    }

    /// Runs a program without blocking the concurrency pool (the server answers on it meanwhile).
    func run(_ executable: String, _ arguments: [String]) async throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        let collected = OutputBuffer()
        pipe.fileHandleForReading.readabilityHandler = { handle in collected.append(handle.availableData) }
        return try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { process in
                pipe.fileHandleForReading.readabilityHandler = nil
                collected.append((try? pipe.fileHandleForReading.readToEnd()) ?? Data())
                continuation.resume(returning: (process.terminationStatus, collected.text))
            }
            do { try process.run() } catch { continuation.resume(throwing: error) }
        }
    }
}

final class OutputBuffer: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    func append(_ more: Data) { lock.withLock { data.append(more) } }
    var text: String { lock.withLock { String(decoding: data, as: UTF8.self) } }
}
