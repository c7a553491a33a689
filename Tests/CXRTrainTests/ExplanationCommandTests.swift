import CXRData
import CXRNN
import CXRTestSupport
@testable import CXRTrain
import Foundation
import XCTest

/// `cxr cam` and `cxr localize` end to end on a few real NIH images with boxes and COVID
/// images with lung masks, with a small checkpoint made here (MobileNetV2 at 64 x 64, seeded
/// weights, the 14 NIH classes): the files and JSON fields a user and the server rely on.
final class ExplanationCommandTests: XCTestCase {
    var nihRoot: String { RepositoryPaths.sharedData.appendingPathComponent("nih-chestxray14").path }
    var covidRoot: String { RepositoryPaths.sharedData.appendingPathComponent("covid-19-image-collection").path }
    var binary: String { RepositoryPaths.root().appendingPathComponent(".build/release/cxr").path }

    var work: URL!

    override func setUpWithError() throws {
        guard FileManager.default.fileExists(atPath: nihRoot), FileManager.default.fileExists(atPath: covidRoot) else {
            throw XCTSkip("shared data absent: \(RepositoryPaths.sharedData.path)")
        }
        guard FileManager.default.isExecutableFile(atPath: binary) else { throw XCTSkip("\(binary) not built (swift build -c release)") }
        work = FileManager.default.temporaryDirectory.appendingPathComponent("cxr-explain-\(getpid())")
        try? FileManager.default.removeItem(at: work)
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        if let work { try? FileManager.default.removeItem(at: work) }
    }

    /// A small CXRKit checkpoint with the NIH classes.
    func makeCheckpoint() throws -> String {
        let model = Architecture.mobilenetV2.make(classes: NIHChestXray14.findings.count, seed: 5)
        let metadata = CheckpointMetadata(cxrkitVersion: Checkpoint.version, architecture: "mobilenet_v2", classNames: NIHChestXray14.findings,
                                          imageSize: 64, preprocessing: "RGB, exact resize to 64, ImageNet mean/std", loss: .bce, epoch: 0,
                                          validationMeanAUC: nil, thresholds: nil, dataset: "test", splitDescription: "none")
        let url = work.appendingPathComponent("tiny.safetensors")
        try Checkpoint.write(model: model, metadata: metadata, to: url)
        return url.path
    }

    @discardableResult
    func cxr(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments + ["--threads", "1"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    func json(_ url: URL) throws -> [String: Any] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    }

    func testCamWritesOverlaysAndIndexAndSkipsBadFiles() throws {
        let checkpoint = try makeCheckpoint()
        let images = try FileManager.default.contentsOfDirectory(atPath: nihRoot + "/images-1024").sorted().prefix(2).map { nihRoot + "/images-1024/" + $0 }
        let bad = work.appendingPathComponent("not-an-image.png")
        try Data("hello".utf8).write(to: bad)
        let out = work.appendingPathComponent("cam")
        let result = try cxr(["cam", checkpoint] + images + [bad.path, "--class", "Effusion", "--class", "Mass", "--method", "gradcam++",
                                                             "--layer", "features.13", "--no-relu", "--color-map", "viridis", "--output", out.path])
        XCTAssertEqual(result.status, 0, result.output)
        let index = try json(out.appendingPathComponent("index.json"))
        XCTAssertEqual(index["method"] as? String, "gradcam++")
        XCTAssertEqual(index["layer"] as? String, "features.13")
        XCTAssertEqual(index["classes"] as? [String], ["Effusion", "Mass"])
        let entries = try XCTUnwrap(index["images"] as? [[String: Any]])
        XCTAssertEqual(entries.count, 3)
        XCTAssertNotNil(entries[2]["error"], "the unreadable file is reported")
        for entry in entries.prefix(2) {
            XCTAssertNil(entry["error"])
            XCTAssertEqual(entry["width"] as? Int, 1024)
            let outputs = try XCTUnwrap(entry["outputs"] as? [[String: Any]])
            XCTAssertEqual(outputs.map { $0["class"] as? String }, ["Effusion", "Mass"])
            for output in outputs {
                let p = try XCTUnwrap(output["probability"] as? Double)
                XCTAssertTrue((0...1).contains(p))
                let size = try XCTUnwrap(output["map_size"] as? [String: Int])
                XCTAssertEqual(size, ["width": 4, "height": 4], "features.13 of MobileNetV2 has stride 16: 64 / 16")
                let png = try ImageDecoder.decode(contentsOf: out.appendingPathComponent(try XCTUnwrap(output["png"] as? String)).path)
                XCTAssertGreaterThan(png.width, 1024, "image plus colour bar")
                XCTAssertGreaterThan(png.height, 1024, "image plus caption")
            }
        }
        // A layer that does not exist is refused before any work.
        let wrong = try cxr(["cam", checkpoint, images[0], "--layer", "features.99", "--output", work.appendingPathComponent("wrong").path])
        XCTAssertNotEqual(wrong.status, 0)
    }

    func testLocalizeOnNIHBoxes() throws {
        let checkpoint = try makeCheckpoint()
        let out = work.appendingPathComponent("nih")
        let result = try cxr(["localize", checkpoint, "--dataset", "nih", "--data", nihRoot, "--limit", "4", "--method", "cam", "--no-relu",
                              "--overlays", "1", "--output", out.path])
        XCTAssertEqual(result.status, 0, result.output)
        XCTAssertTrue(result.output.contains("IoU>=0.25"), result.output)
        let report = try json(out.appendingPathComponent("localize.json"))
        XCTAssertEqual(report["images_used"] as? Int, 4)
        XCTAssertEqual(report["thresholds"] as? [Double], [0.1, 0.25, 0.5, 0.75, 0.9])
        let cases = try XCTUnwrap(report["box_cases"] as? [[String: Any]])
        XCTAssertGreaterThanOrEqual(cases.count, 4)
        for c in cases {
            let scores = try XCTUnwrap(c["scores"] as? [[String: Any]])
            XCTAssertEqual(scores.count, 5)
            for s in scores {
                for key in ["intersection_over_union", "intersection_over_detected", "intersection_over_truth"] {
                    let v = try XCTUnwrap(s[key] as? Double, key)
                    XCTAssertTrue((0...1).contains(v), "\(key) \(v)")
                }
                XCTAssertTrue(s.keys.contains("predicted_box"))
            }
            // Boxes are in the 512-px files' frame (scaled from 1024).
            let truth = try XCTUnwrap(c["truth"] as? [String: Double])
            XCTAssertLessThanOrEqual(truth["x"]! + truth["width"]!, 512.5)
        }
        let all = try XCTUnwrap(report["all_boxes"] as? [String: Any])
        XCTAssertEqual(all["cases"] as? Int, cases.count)
        let overlays = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasSuffix(".png") }
        XCTAssertFalse(overlays.isEmpty)
    }

    func testLocalizeOnCOVIDLungMasks() throws {
        let checkpoint = try makeCheckpoint()
        let out = work.appendingPathComponent("covid")
        let result = try cxr(["localize", checkpoint, "--dataset", "covid", "--data", covidRoot, "--limit", "3", "--class", "Effusion",
                              "--method", "gradcam", "--no-relu", "--overlays", "0", "--output", out.path])
        XCTAssertEqual(result.status, 0, result.output)
        XCTAssertTrue(result.output.contains("energy in lungs"), result.output)
        let report = try json(out.appendingPathComponent("localize.json"))
        XCTAssertEqual(report["images_used"] as? Int, 3)
        let classes = try XCTUnwrap(report["mask_classes"] as? [[String: Any]])
        XCTAssertEqual(classes.map { $0["name"] as? String }, ["Effusion"])
        let summary = try XCTUnwrap(classes[0]["summary"] as? [String: Any])
        let area = try XCTUnwrap(summary["mean_area_fraction"] as? Double)
        XCTAssertTrue(area > 0.05 && area < 0.9, "lungs cover part of the image: \(area)")
        let energy = try XCTUnwrap(summary["mean_energy_fraction"] as? Double)
        XCTAssertTrue((0...1).contains(energy))
        XCTAssertEqual((report["mask_cases"] as? [Any])?.count, 3)
        XCTAssertTrue(try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasSuffix(".png") }.isEmpty)
    }
}
