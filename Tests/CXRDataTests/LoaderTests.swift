import Foundation
import XCTest
@testable import CXRData

final class LoaderTests: XCTestCase {
    func smallDataset() throws -> Dataset {
        let root = try TestPaths.requireData("covid-19-image-collection")
        var covid = try COVIDCollection.load(root: root)
        covid.samples = Array(covid.samples.prefix(37))
        return covid
    }

    func collect(_ loader: DataLoader, epoch: Int) throws -> [Batch] {
        let e = loader.epoch(epoch)
        var out: [Batch] = []
        while let b = try e.next() { out.append(b) }
        return out
    }

    func testDeterministicAcrossThreadCountsAndCaches() throws {
        let dataset = try smallDataset()
        let pipeline = Pipeline(channels: 3, resize: .exact(width: 64, height: 64),
                                augmentations: [.horizontalFlip(), .rotation(maxDegrees: 10), .colorJitter()])
        let cacheDir = FileManager.default.temporaryDirectory.appendingPathComponent("cxr-cache-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: cacheDir) }
        let one = try collect(DataLoader(dataset: dataset, pipeline: pipeline, batchSize: 8, seed: 7, threads: 1), epoch: 1)
        let two = try DataLoader(dataset: dataset, pipeline: pipeline, batchSize: 8, seed: 7, threads: 2, prefetchBatches: 1, cache: .memory)
        let disk = try DataLoader(dataset: dataset, pipeline: pipeline, batchSize: 8, seed: 7, threads: 3, cache: .disk(directory: cacheDir))
        _ = try collect(disk, epoch: 0)  // fills the disk cache
        for other in [try collect(two, epoch: 1), try collect(two, epoch: 1), try collect(disk, epoch: 1)] {
            XCTAssertEqual(other.count, one.count)
            for (a, b) in zip(one, other) {
                XCTAssertEqual(a.indices, b.indices); XCTAssertEqual(a.images, b.images); XCTAssertEqual(a.labels, b.labels)
            }
        }
        XCTAssertEqual(one.count, 5)
        XCTAssertEqual(one[0].shape, [8, 3, 64, 64])
        XCTAssertEqual(one.last!.shape, [5, 3, 64, 64])
        XCTAssertEqual(one[0].labels.count, 8 * 1)
        XCTAssertEqual(Set(one.flatMap(\.indices)), Set(dataset.samples.indices), "an epoch visits every sample once")
        let cachedFiles = try FileManager.default.contentsOfDirectory(atPath: cacheDir)
        XCTAssertEqual(cachedFiles.count, dataset.count)
        let epoch2 = try collect(DataLoader(dataset: dataset, pipeline: pipeline, batchSize: 8, seed: 7, threads: 2), epoch: 2)
        XCTAssertNotEqual(epoch2.flatMap(\.indices), one.flatMap(\.indices), "epochs reshuffle")
    }

    func testReferenceRecipeTensorsAndErrors() throws {
        var dataset = try smallDataset()
        let loader = try DataLoader(dataset: dataset, pipeline: .reference(training: false), batchSize: 4,
                                    sampling: .sequential(shuffle: false), threads: 2)
        let batch = try loader.epoch(0).next()!
        XCTAssertEqual(batch.shape, [4, 3, 224, 224])
        let p = Pipeline.reference(training: false)
        XCTAssertEqual(Array(batch.images[0..<(3 * 224 * 224)]), p.tensor(try p.preprocess(contentsOf: dataset.samples[0].path)))
        // A broken file surfaces as an error naming it.
        dataset.samples[2].path = TestPaths.fixtures + "/manifest.json"
        let broken = try DataLoader(dataset: dataset, pipeline: .reference(training: false), batchSize: 4, sampling: .sequential(shuffle: false), threads: 2)
        XCTAssertThrowsError(try collect(broken, epoch: 0)) { XCTAssertTrue("\($0)".contains("manifest.json"), "\($0)") }
        XCTAssertThrowsError(try DataLoader(dataset: dataset, pipeline: Pipeline(resize: .shorterSide(100))))
    }
}
