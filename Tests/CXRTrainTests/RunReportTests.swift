import CXRTestSupport
import CXRTrain
import Foundation
import XCTest

/// `cxr report`: a real (tiny) run rendered to one HTML file, opened in headless Chromium.
final class RunReportTests: XCTestCase {
    func testReportOfARealRunLoadsEveryFigureInABrowser() throws {
        let covidRoot = RepositoryPaths.sharedData.appendingPathComponent("covid-19-image-collection").path
        guard FileManager.default.fileExists(atPath: covidRoot) else { throw XCTSkip("shared data absent: \(covidRoot)") }
        var c = TrainingConfiguration()
        c.data.kind = .covid
        c.data.root = covidRoot
        c.model.architecture = "mobilenet_v2"
        c.model.imageSize = 64
        c.epochs = 2
        c.batchSize = 4
        c.maximumBatchesPerEpoch = 2
        c.seed = 5
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("cxr-test-report-\(getpid())")
        try? FileManager.default.removeItem(at: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let run = RunDirectory(url.path)
        try Trainer(configuration: c, data: try c.data.prepare(seed: c.seed), run: run).train()

        var report = try RunReport(run: run, bootstrapResamples: 50)
        try report.addHeatmaps(perKind: 1)
        try report.addLatentSpace()
        let path = try report.write()
        let html = try String(contentsOfFile: path, encoding: .utf8)
        for expected in ["Summary", "Configuration", "Training", "Evaluation: test split", "COVID-19", "95 % CI", "patients",
                         "source detection", "Heatmaps (test split)", "missed positive", "Localisation against masks", "lungs", "Latent space", "raw pixels (32 x 32)", "mobilenet_v2 embeddings"] {
            XCTAssertTrue(html.contains(expected), "report lacks \(expected)")
        }
        XCTAssertFalse(html.contains("src=\"http"), "the report must not load external assets")
        let scores = try JSONDecoder().decode([MaskLocalization].self, from: Data(contentsOf: run.url.appendingPathComponent("localization.json")))
        XCTAssertEqual(scores.map(\.mask), ["lungs"])
        let lungs = try XCTUnwrap(scores.first)
        XCTAssertGreaterThan(lungs.summary.images, 10, "lung-mask scores rest on the test images with masks")
        XCTAssertTrue((0...1).contains(lungs.summary.meanEnergyFraction) && (0...1).contains(lungs.summary.meanAreaFraction))

        guard HeadlessBrowser.executable != nil else {
            print("skipped the browser check: Chromium is not installed (apt-get install chromium)")
            return
        }
        let dom = try HeadlessBrowser.dumpDOM(URL(fileURLWithPath: path))
        let total = try XCTUnwrap(attribute("data-figures-total", in: dom), "no figure count in the rendered page")
        let loaded = try XCTUnwrap(attribute("data-figures-loaded", in: dom))
        XCTAssertGreaterThanOrEqual(total, 13, "loss, AUC, ROC, four heatmaps and six latent-space figures expected")
        XCTAssertEqual(loaded, total, "\(total - loaded) figures did not load")
    }

    private func attribute(_ name: String, in dom: String) -> Int? {
        guard let range = dom.range(of: "\(name)=\"") else { return nil }
        let rest = dom[range.upperBound...]
        return Int(rest.prefix { $0.isNumber })
    }
}
