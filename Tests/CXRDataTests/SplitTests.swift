import Foundation
import XCTest
@testable import CXRData

final class SplitTests: XCTestCase {
    /// Synthetic groups: 300 patients with 1-4 images each, 20 % of patients positive.
    func synthetic() -> (groups: [String], strata: [Int]) {
        var g = SplitMix64(seed: 9), groups: [String] = [], strata: [Int] = []
        for p in 0..<300 {
            let n = 1 + Int(g.next() % 4), positive = g.uniform(0, 1) < 0.2 ? 1 : 0
            for _ in 0..<n { groups.append("p\(p)"); strata.append(positive) }
        }
        return (groups, strata)
    }

    func testNoPatientCrossesSplits() throws {
        let (groups, strata) = synthetic()
        let split = PatientSplit.random(groups: groups, validationFraction: 0.1, testFraction: 0.2, seed: 5)
        try split.verifyPatientDisjoint(groups: groups)
        XCTAssertEqual(split.train.count + split.validation.count + split.test.count, groups.count)
        XCTAssertEqual(split, PatientSplit.random(groups: groups, validationFraction: 0.1, testFraction: 0.2, seed: 5), "seeded")
        let folds = PatientSplit.kFold(groups: groups, strata: strata, folds: 5, seed: 1)
        var testUnion: [Int] = []
        for s in folds { try s.verifyPatientDisjoint(groups: groups); testUnion += s.test }
        XCTAssertEqual(testUnion.sorted(), Array(groups.indices), "each sample in exactly one test fold")
        // Stratification: positive share per fold close to the overall share; sizes balanced.
        let overall = Double(strata.reduce(0, +)) / Double(strata.count)
        for s in folds {
            let share = Double(s.test.map { strata[$0] }.reduce(0, +)) / Double(s.test.count)
            XCTAssertEqual(share, overall, accuracy: 0.04, "fold positive share \(share) vs overall \(overall)")
            XCTAssertEqual(Double(s.test.count), Double(groups.count) / 5, accuracy: Double(groups.count) * 0.04)
        }
        // A deliberately bad split is caught.
        let bad = Split(train: [0], validation: [], test: groups.indices.filter { $0 != 0 && groups[$0] == groups[0] })
        if !bad.test.isEmpty { XCTAssertThrowsError(try bad.verifyPatientDisjoint(groups: groups)) }
    }

    func testSaveAndReload() throws {
        let (groups, _) = synthetic()
        let dataset = Dataset(name: "synthetic", classNames: ["x"], samples: groups.enumerated().map { Sample(path: "/img/\($0.offset).png", labels: [0], group: $0.element) })
        let split = PatientSplit.random(groups: groups, seed: 11)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("cxr-split-\(getpid()).json").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try PatientSplit.save(split, dataset: dataset, to: path)
        XCTAssertEqual(try PatientSplit.load(from: path, dataset: dataset), split)
        let smaller = Dataset(name: "s", classNames: ["x"], samples: Array(dataset.samples.prefix(10)))
        XCTAssertThrowsError(try PatientSplit.load(from: path, dataset: smaller)) { XCTAssertTrue("\($0)".contains("not in the dataset")) }
    }
}
