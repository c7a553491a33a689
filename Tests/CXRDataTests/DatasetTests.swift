import Foundation
import XCTest
@testable import CXRData

final class DatasetTests: XCTestCase {
    func testCSVQuotedFieldsAndMissingColumn() throws {
        let t = try CSVTable(text: "a,b,c\r\n1,\"x, y\",\"multi\nline \"\"quoted\"\"\"\n2,,\n", source: "t.csv")
        XCTAssertEqual(t.header, ["a", "b", "c"])
        XCTAssertEqual(t.rows, [["1", "x, y", "multi\nline \"quoted\""], ["2", "", ""]])
        XCTAssertThrowsError(try t.column("finding")) { XCTAssertTrue("\($0)".contains("'finding'") && "\($0)".contains("t.csv"), "\($0)") }
    }

    func testNIHLoadsWithMissingImagesReported() throws {
        let root = try TestPaths.requireData("nih-chestxray14")
        XCTAssertThrowsError(try NIHChestXray14.load(root: root)) { error in
            XCTAssertTrue("\(error)".contains("111499 of 112120 images are missing"), "\(error)")
        }
        let nih = try NIHChestXray14.load(root: root, allowMissing: true)
        print(nih.summary)
        XCTAssertEqual(nih.count, 621)
        XCTAssertEqual(nih.missingFiles.count, 112_120 - 621)
        XCTAssertEqual(nih.classNames.count, 14)
        XCTAssertTrue(nih.positiveCounts().allSatisfy { $0 > 0 }, "every finding present")
        XCTAssertEqual(nih.samples.filter { $0.labels.allSatisfy { $0 == 0 } }.count, 100, "100 No Finding images")
        // Boxes: 1024-px coordinates scaled to the 512-px files.
        let withBoxes = nih.samples.filter { !$0.boxes.isEmpty }
        XCTAssertGreaterThan(withBoxes.count, 0)
        let raw = try NIHChestXray14.loadBoxes(path: root + "/BBox_List_2017.csv")
        let s = withBoxes[0], original = raw[s.fileName]![0]
        XCTAssertEqual(s.boxes[0].x, original.x * 0.5, accuracy: 1e-9)
        XCTAssertEqual(s.boxes[0].width, original.width * 0.5, accuracy: 1e-9)
        XCTAssertFalse(raw.values.joined().contains { $0.finding == "Infiltrate" }, "Infiltrate is renamed Infiltration")
        // Official split + patient-disjoint validation.
        let split = try NIHChestXray14.officialSplit(nih, root: root, validationFraction: 0.1, seed: 3)
        XCTAssertEqual(split.train.count + split.validation.count + split.test.count, 621)
        XCTAssertGreaterThan(split.validation.count, 0)
        try split.verifyPatientDisjoint(groups: nih.groups)
    }

    func testNIHWrongColumnIsNamed() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cxr-nih-\(getpid())").path
        try FileManager.default.createDirectory(atPath: dir + "/images", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "Image Index,Labels,Patient ID\na.png,Mass,1\n".write(toFile: dir + "/Data_Entry_2017.csv", atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try NIHChestXray14.load(root: dir)) { XCTAssertTrue("\($0)".contains("no column 'Finding Labels'"), "\($0)") }
    }

    func testCOVIDCollectionMatchesReferenceCounts() throws {
        let root = try TestPaths.requireData("covid-19-image-collection")
        let covid = try COVIDCollection.load(root: root)
        print(covid.summary, covid.notes)
        XCTAssertEqual(covid.count, 527, "reference: 527 images")
        XCTAssertEqual(Set(covid.groups).count, 309, "reference: 309 patient groups")
        XCTAssertEqual(covid.positiveCounts(), [427], "reference: 427 positive")
        XCTAssertGreaterThan(covid.missingFiles.count, 0, "rows whose file is absent are reported")
        XCTAssertTrue(covid.groups.contains { $0.contains("+") }, "duplicate files merge patient ids")
        XCTAssertTrue(covid.samples.contains { $0.finding == "COVID-19, ARDS" && $0.labels == [1] })
        XCTAssertGreaterThan(covid.samples.filter { $0.maskPath != nil }.count, 100, "lung masks attached")
        XCTAssertEqual(Set(covid.samples.map(\.path)).count, covid.count, "one row per image file")
        let literal = try COVIDCollection.load(root: root, mergeDuplicateFiles: false)
        XCTAssertEqual(literal.count, 531, "reference: 531 literal rows")
    }

    func testReferenceFoldTables() throws {
        let data = try TestPaths.requireData()
        let covid = try COVIDCollection.load(root: data + "/covid-19-image-collection")
        let nih = try NIHChestXray14.load(root: data + "/nih-chestxray14", allowMissing: true)
        for (file, dataset) in [("covid_folds.csv", covid), ("nih_folds.csv", nih)] {
            let table = try FoldTable(contentsOf: TestPaths.reference + "/" + file)
            XCTAssertEqual(table.foldCount, 5)
            XCTAssertEqual(table.entries.count, dataset.count, file)
            let byName = Dictionary(uniqueKeysWithValues: dataset.samples.map { ($0.fileName, $0) })
            for e in table.entries { XCTAssertEqual(byName[e.image]?.labels, e.labels, "\(file) \(e.image) labels") }
            for k in 0..<5 {
                let split = try table.split(testFold: k, dataset: dataset)
                XCTAssertEqual(split.train.count + split.validation.count + split.test.count, dataset.count)
                try split.verifyPatientDisjoint(groups: dataset.groups)
            }
        }
    }

    func testFifteenClassAndBalancedSampler() throws {
        let data = try TestPaths.requireData()
        let combined = FifteenClass.combine(nih: try NIHChestXray14.load(root: data + "/nih-chestxray14", allowMissing: true),
                                            covid: try COVIDCollection.load(root: data + "/covid-19-image-collection"))
        XCTAssertEqual(combined.count, 621 + 527)
        XCTAssertEqual(combined.classNames.last, "COVID-19")
        XCTAssertEqual(combined.positiveCounts().last, 427)
        let sampler = EpochSampler(indices: Array(combined.samples.indices), labels: combined.samples.map(\.labels),
                                   sampling: .classBalanced(count: 20_000), seed: 1)
        let order = sampler.order(epoch: 0)
        var draws = [Int](repeating: 0, count: 15)
        for i in order { for (c, v) in combined.samples[i].labels.enumerated() where v > 0 { draws[c] += 1 } }
        let natural = Double(combined.positiveCounts()[14]) / Double(combined.count)
        let balanced = Double(draws[14]) / Double(order.count)
        print("COVID-19 share: natural \(natural), balanced sampler \(balanced); draws per class \(draws)")
        XCTAssertLessThan(balanced, natural * 0.5, "the majority class is drawn much less often")
        XCTAssertGreaterThan(Double(draws[13]) / Double(order.count), 2 * Double(combined.positiveCounts()[13]) / Double(combined.count), "rare Hernia drawn more often")
        XCTAssertEqual(order, sampler.order(epoch: 0), "seeded")
        let weights = combined.positiveWeights()
        XCTAssertEqual(weights[14], Float(combined.count - 427) / 427, accuracy: 1e-4)
    }

    func testGenericFolderAndCSVDatasets() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cxr-generic-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for (cls, file) in [("covid", "a.png"), ("covid", "b.jpg"), ("normal", "c.png")] {
            try FileManager.default.createDirectory(atPath: dir + "/" + cls, withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: TestPaths.fixtures + "/synthetic_gray.png", toPath: dir + "/" + cls + "/" + file)
        }
        let folder = try GenericDataset.folderPerClass(root: dir)
        XCTAssertEqual(folder.classNames, ["covid", "normal"])
        XCTAssertEqual(folder.samples.map(\.labels), [[1, 0], [1, 0], [0, 1]])
        try "path,labels,patient\ncovid/a.png,COVID|Pneumonia,p1\nnormal/c.png,,p2\n".write(toFile: dir + "/list.csv", atomically: true, encoding: .utf8)
        let table = try GenericDataset.csv(path: dir + "/list.csv", groupColumn: "patient")
        XCTAssertEqual(table.classNames, ["COVID", "Pneumonia"])
        XCTAssertEqual(table.samples.map(\.labels), [[1, 1], [0, 0]])
        XCTAssertEqual(table.groups, ["p1", "p2"])
        XCTAssertThrowsError(try GenericDataset.csv(path: dir + "/list.csv", labelsColumn: "findings")) { XCTAssertTrue("\($0)".contains("'findings'")) }
    }
}
