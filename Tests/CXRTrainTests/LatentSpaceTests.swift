import CXRCheckpoint
import CXRData
import CXREval
import CXRNN
import CXRTensor
import CXRTestSupport
import Foundation
import XCTest
@testable import CXRTrain

/// The latent-space path end to end on a handful of real images: a randomly initialised
/// MobileNetV2 checkpoint, `cxr embed`'s extraction and file, then the SOM and t-SNE analyses
/// (what `cxr som` / `cxr tsne` run) with their files and fields; and the raw-pixel baseline.
final class LatentSpaceTests: XCTestCase {
    var covidRoot: String { RepositoryPaths.sharedData.appendingPathComponent("covid-19-image-collection").path }

    func temporaryFolder(_ name: String) -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("cxr-latent-\(name)-\(getpid())")
        try? FileManager.default.removeItem(at: url)
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func smallDataset() throws -> (Dataset, [Int]) {
        guard FileManager.default.fileExists(atPath: covidRoot) else {
            print("LatentSpaceTests skipped: shared data absent at \(covidRoot)")
            throw XCTSkip("shared data absent: \(covidRoot)")
        }
        let dataset = try COVIDCollection.load(root: covidRoot)
        // 24 images, both classes present.
        let positives = dataset.samples.indices.filter { dataset.samples[$0].labels[0] > 0.5 }.prefix(12)
        let negatives = dataset.samples.indices.filter { dataset.samples[$0].labels[0] <= 0.5 }.prefix(12)
        return (dataset, Array(positives + negatives).sorted())
    }

    func testEmbedThenSOMAndTSNEWriteTheirFilesAndFields() throws {
        let (dataset, indices) = try smallDataset()
        let folder = temporaryFolder("model")
        defer { try? FileManager.default.removeItem(at: folder) }
        // A randomly initialised checkpoint.
        let model = Architecture.mobilenetV2.make(classes: dataset.classNames.count, seed: 1)
        let metadata = CheckpointMetadata(cxrkitVersion: Checkpoint.version, architecture: "mobilenet_v2", classNames: dataset.classNames,
                                          imageSize: 64, preprocessing: "RGB, exact resize, ImageNet mean/std", loss: .bce, epoch: 0,
                                          validationMeanAUC: nil, thresholds: nil, dataset: dataset.name, splitDescription: "test")
        let checkpoint = folder.appendingPathComponent("model.safetensors")
        try Checkpoint.write(model: model, metadata: metadata, to: checkpoint)
        let (loaded, loadedMetadata) = try Checkpoint.loadModel(checkpoint.path)

        let file = try EmbeddingExtraction.embed(model: loaded, metadata: loadedMetadata, modelPath: checkpoint.path, dataset: dataset,
                                                 indices: indices, split: "all", batchSize: 8, threads: 2, progressLabel: nil)
        XCTAssertEqual(file.count, 24)
        XCTAssertEqual(file.width, 1280, "MobileNetV2's pooled width")
        XCTAssertEqual(file.info.paths, indices.map { dataset.samples[$0].path })
        XCTAssertEqual(file.info.patientIDs, indices.map { dataset.samples[$0].group })
        XCTAssertEqual(file.labelRows, indices.map { dataset.samples[$0].labels.map(Double.init) })
        // The vectors are the model's embeddings: the head applied to them gives the logits.
        let pipeline = Pipeline(channels: 3, resize: .exact(width: 64, height: 64), augmentations: [], normalization: .imageNet)
        var unused = SplitMix64(seed: 0)
        let image = Tensor(shape: [1, 3, 64, 64], values: try pipeline.tensor(contentsOf: dataset.samples[indices[0]].path, using: &unused))
        let direct = noGrad { loaded.embedding(image) }.scalars
        XCTAssertLessThan(relativeError(Array(file.embeddings.prefix(1280)), direct), 1e-5)

        let path = folder.appendingPathComponent("embeddings.safetensors").path
        try file.write(to: path)
        let reread = try EmbeddingsFile.read(path)
        XCTAssertEqual(reread.embeddings, file.embeddings)
        XCTAssertEqual(reread.info, file.info)
        XCTAssertEqual(reread.info.source, "model")
        XCTAssertEqual(reread.info.architecture, "mobilenet_v2")

        var somOptions = SOMAnalysis.Options()
        somOptions.topology = .hexagonal
        somOptions.iterations = 500
        let somFolder = folder.appendingPathComponent("som")
        let som = try SOMAnalysis.run(reread, options: somOptions, output: somFolder, progressLabel: nil)
        for name in ["umatrix.png", "umatrix.svg", "hits.png", "hits.svg", "classes.png", "classes.svg", "som.json"] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: somFolder.appendingPathComponent(name).path), "missing \(name)")
        }
        XCTAssertEqual(som.rows, SOMGrid.defaultSide(samples: 24))
        XCTAssertEqual(som.hits.reduce(0, +), 24)
        XCTAssertEqual(som.winners.count, 24)
        XCTAssertTrue(som.quantizationError.isFinite && som.quantizationError > 0)
        XCTAssertTrue((0...1).contains(som.topographicError))
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: somFolder.appendingPathComponent("som.json"))) as! [String: Any]
        for key in ["quantizationError", "topographicError", "rows", "columns", "sigma", "learningRate", "decay", "hits", "classHits", "source"] {
            XCTAssertNotNil(json[key], "som.json lacks \(key)")
        }

        var tsneOptions = TSNEAnalysis.Options()
        tsneOptions.perplexity = 5
        tsneOptions.iterations = 300
        let tsneFolder = folder.appendingPathComponent("tsne")
        let (report, embedding) = try TSNEAnalysis.run(reread, options: tsneOptions, output: tsneFolder)
        for name in ["tsne.png", "tsne.svg", "tsne.csv", "tsne.json"] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: tsneFolder.appendingPathComponent(name).path), "missing \(name)")
        }
        XCTAssertEqual(embedding.rows, 24)
        XCTAssertEqual(report.method, .exact)
        XCTAssertTrue(report.klDivergence.isFinite)
        XCTAssertNotNil(report.trustworthiness["5"])
        XCTAssertNotNil(report.trustworthiness["10"], "k = 10 is below 24 / 2")
        XCTAssertNotNil(report.neighborPreservation["10"])
        XCTAssertNotNil(report.knnClassAccuracy["original"])
        XCTAssertNotNil(report.knnClassAccuracy["embedded"])
        XCTAssertEqual(report.categoryCounts.reduce(0, +), 24)
        let csv = try String(contentsOf: tsneFolder.appendingPathComponent("tsne.csv"), encoding: .utf8)
        XCTAssertEqual(csv.split(separator: "\n").count, 25, "header + one line per image")
    }

    func testRawPixelVectors() throws {
        let (dataset, indices) = try smallDataset()
        let file = try EmbeddingExtraction.rawPixels(dataset: dataset, indices: Array(indices.prefix(6)), split: "all", size: 16, threads: 2,
                                                     progressLabel: nil)
        XCTAssertEqual(file.count, 6)
        XCTAssertEqual(file.width, 256)
        XCTAssertEqual(file.info.source, "raw-pixels")
        XCTAssertTrue(file.embeddings.allSatisfy { $0 >= 0 && $0 <= 1 }, "pixels in [0, 1]")
        XCTAssertGreaterThan(Set(file.embeddings).count, 50, "not a constant image")
    }
}
