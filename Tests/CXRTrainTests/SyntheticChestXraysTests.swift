import CXRData
import CXRTrain
import Foundation
import XCTest

/// The demo's generated data set: reproducible, readable by the standard loaders, with masks
/// that mean what they say.
final class SyntheticChestXraysTests: XCTestCase {
    func testGeneratedImagesMasksAndLabelsAgree() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cxr-test-synthetic-\(getpid())")
        defer { try? FileManager.default.removeItem(at: folder) }
        let generator = SyntheticChestXrays(patients: 12, size: 96, seed: 4)
        let csv = try generator.write(to: folder.path)
        let dataset = try GenericDataset.csv(path: csv)
        XCTAssertEqual(dataset.classNames, [SyntheticChestXrays.className])
        XCTAssertEqual(Set(dataset.groups).count, 12, "patients come from the patient column")
        XCTAssertGreaterThan(dataset.samples.count, 12, "some patients have several images")
        var positives = 0
        for sample in dataset.samples {
            let image = try ImageDecoder.decode(contentsOf: sample.path)
            XCTAssertEqual([image.width, image.height], [96, 96])
            let name = (sample.path as NSString).lastPathComponent
            let lesion = try ImageDecoder.decode(contentsOf: folder.appendingPathComponent("lesions/\(name)").path).bytePixels
            let lungs = try ImageDecoder.decode(contentsOf: folder.appendingPathComponent("lungs/\(name)").path).bytePixels
            let channels = lesion.count / (96 * 96)
            let lesionPixels = stride(from: 0, to: lesion.count, by: channels).filter { lesion[$0] > 127 }
            if sample.labels[0] > 0.5 {
                positives += 1
                XCTAssertGreaterThan(lesionPixels.count, 5, "\(name): a positive without a lesion mask")
                let inside = lesionPixels.filter { lungs[$0] > 127 }.count
                XCTAssertEqual(inside, lesionPixels.count, "\(name): lesion outside the lungs")
                // The lesion is brighter than the rest of the lung it sits in.
                let pixels = image.bytePixels
                let lungOnly = stride(from: 0, to: lungs.count, by: channels).filter { lungs[$0] > 127 && lesion[$0] <= 127 }
                let mean = { (ix: [Int]) in Double(ix.reduce(0) { $0 + Int(pixels[$1]) }) / Double(max(ix.count, 1)) }
                XCTAssertGreaterThan(mean(lesionPixels), mean(lungOnly) + 10, "\(name): lesion not visible")
            } else {
                XCTAssertEqual(lesionPixels.count, 0, "\(name): a negative with a lesion mask")
            }
        }
        XCTAssertGreaterThan(positives, 3)
        XCTAssertLessThan(positives, dataset.samples.count - 3)
        // Same seed, same bytes.
        let again = FileManager.default.temporaryDirectory.appendingPathComponent("cxr-test-synthetic-b-\(getpid())")
        defer { try? FileManager.default.removeItem(at: again) }
        try generator.write(to: again.path)
        for file in ["labels.csv", "images/syn-0003.png", "lesions/syn-0003.png"] {
            XCTAssertEqual(FileManager.default.contents(atPath: folder.appendingPathComponent(file).path),
                           FileManager.default.contents(atPath: again.appendingPathComponent(file).path), file)
        }
    }
}
