import CXRData
import CXRTestSupport
import CXRTrain
import Foundation
import XCTest

/// `cxr ensemble`: averaging cross-validation runs on their shared test folds, on real images.
final class CrossValidationEnsembleTests: XCTestCase {
    var covidRoot: String { RepositoryPaths.sharedData.appendingPathComponent("covid-19-image-collection").path }

    func configuration(learningRate: Float, seed: UInt64 = 5) throws -> TrainingConfiguration {
        guard FileManager.default.fileExists(atPath: covidRoot) else { throw XCTSkip("shared data absent: \(covidRoot)") }
        // ImageNet weights: a scratch model after two steps predicts one constant (its eval-mode batch
        // norm statistics are still the initial ones), which would make the flip check meaningless.
        guard let weights = try? ImageNetWeights.path(for: "mobilenet_v2"), FileManager.default.fileExists(atPath: weights) else {
            throw XCTSkip("ImageNet MobileNetV2 weights absent (make weights)")
        }
        var c = TrainingConfiguration()
        c.model.initialization = "imagenet"
        c.data.kind = .covid
        c.data.root = covidRoot
        c.model.architecture = "mobilenet_v2"
        c.model.imageSize = 48
        c.epochs = 1
        c.batchSize = 8
        c.maximumBatchesPerEpoch = 2
        c.optimization.learningRate = learningRate
        c.seed = seed
        return c
    }

    func folder(_ name: String) -> RunDirectory {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("cxr-ensemble-\(name)-\(getpid())")
        try? FileManager.default.removeItem(at: url)
        return RunDirectory(url.path)
    }

    /// Reads `image -> probability` from an ensemble fold's predictions.csv (one class).
    func probabilities(_ run: RunDirectory, fold: Int) throws -> [String: Double] {
        let text = try String(contentsOf: run.url.appendingPathComponent("fold-\(fold)/predictions.csv"), encoding: .utf8)
        var result: [String: Double] = [:]
        for line in text.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: ",")
            result[String(fields[0])] = Double(fields[3])!
        }
        return result
    }

    func testEnsembleAveragesMembersAndMatchesASingleRun() throws {
        let a = folder("a"), b = folder("b"), other = folder("other")
        let outputs = ["one", "two", "flip", "bad"].map(folder)
        defer { for r in [a, b, other] + outputs { try? FileManager.default.removeItem(at: r.url) } }
        let cvA = try CrossValidation(configuration: configuration(learningRate: 1e-3), folds: 2, output: a).run(bootstrapResamples: 20)
        _ = try CrossValidation(configuration: configuration(learningRate: 3e-3), folds: 2, output: b).run(bootstrapResamples: 20)

        // One member, no flip: the fold AUCs are the run's own test AUCs.
        let one = try CrossValidationEnsemble(members: [a], horizontalFlip: false, output: outputs[0]).run(bootstrapResamples: 20)
        XCTAssertEqual(one.folds.map(\.fold), [0, 1])
        for (mine, theirs) in zip(one.folds, cvA.folds) {
            let expected = try XCTUnwrap(theirs.testMeanAUC), observed = try XCTUnwrap(mine.testMeanAUC)
            XCTAssertEqual(observed, expected, accuracy: 1e-4, "fold \(mine.fold): expected \(expected), observed \(observed), tolerance 1e-4")
            XCTAssertEqual(mine.testImages, theirs.testImages)
        }

        // Two members: each image's probability is the mean of the members' probabilities.
        let onlyB = folder("only-b")
        defer { try? FileManager.default.removeItem(at: onlyB.url) }
        _ = try CrossValidationEnsemble(members: [b], horizontalFlip: false, output: onlyB).run(bootstrapResamples: 20)
        let two = try CrossValidationEnsemble(members: [a, b], horizontalFlip: false, output: outputs[1]).run(bootstrapResamples: 20)
        XCTAssertNotNil(two.meanAUC)
        for fold in [0, 1] {
            let pa = try probabilities(outputs[0], fold: fold), pb = try probabilities(onlyB, fold: fold)
            let pab = try probabilities(outputs[1], fold: fold)
            XCTAssertEqual(Set(pab.keys), Set(pa.keys))
            XCTAssertFalse(pa.isEmpty)
            var differs = false
            for (image, p) in pab {
                let expected = (pa[image]! + pb[image]!) / 2
                XCTAssertEqual(p, expected, accuracy: 2e-6, "\(image): expected \(expected), observed \(p)")
                if abs(pa[image]! - pb[image]!) > 1e-4 { differs = true }
            }
            XCTAssertTrue(differs, "the two members should not predict identically")
        }

        // Flips change the probabilities (the models are not mirror-symmetric) and keep the images.
        _ = try CrossValidationEnsemble(members: [a], horizontalFlip: true, output: outputs[2]).run(bootstrapResamples: 20)
        let flipped = try probabilities(outputs[2], fold: 0), plain = try probabilities(outputs[0], fold: 0)
        XCTAssertEqual(Set(flipped.keys), Set(plain.keys))
        XCTAssertTrue(flipped.contains { abs($0.value - plain[$0.key]!) > 1e-5 }, "test-time flips left every probability unchanged")
        let summary = try JSONDecoder().decode(CrossValidationEnsemble.Summary.self,
                                               from: Data(contentsOf: outputs[2].url.appendingPathComponent("cv.json")))
        XCTAssertTrue(summary.horizontalFlip)

        // Checkpoint choice: a copy of `a` whose final-epoch weights are `b`'s best weights. `last`
        // must then predict as `b` alone, `both` as the two-member ensemble of `a` and `b`.
        let mixed = folder("mixed"), lastOnly = folder("last"), both = folder("both")
        defer { for r in [mixed, lastOnly, both] { try? FileManager.default.removeItem(at: r.url) } }
        try FileManager.default.copyItem(at: a.url, to: mixed.url)
        for fold in [0, 1] {
            let run = RunDirectory(mixed.url.appendingPathComponent("fold-\(fold)").path)
            try FileManager.default.removeItem(at: run.last)
            try FileManager.default.copyItem(at: RunDirectory(b.url.appendingPathComponent("fold-\(fold)").path).best, to: run.last)
        }
        _ = try CrossValidationEnsemble(members: [mixed], horizontalFlip: false, checkpoints: .last, output: lastOnly).run(bootstrapResamples: 20)
        let bothSummary = try CrossValidationEnsemble(members: [mixed], horizontalFlip: false, checkpoints: .both, output: both).run(bootstrapResamples: 20)
        XCTAssertEqual(bothSummary.checkpoints, .both)
        XCTAssertTrue(bothSummary.rule.contains("final-epoch"), bothSummary.rule)
        for fold in [0, 1] {
            let expectedLast = try probabilities(onlyB, fold: fold), observedLast = try probabilities(lastOnly, fold: fold)
            let expectedBoth = try probabilities(outputs[1], fold: fold), observedBoth = try probabilities(both, fold: fold)
            XCTAssertEqual(Set(observedBoth.keys), Set(expectedBoth.keys))
            for (image, p) in observedLast {
                XCTAssertEqual(p, expectedLast[image]!, accuracy: 2e-6, "last, \(image): expected \(expectedLast[image]!), observed \(p)")
            }
            for (image, p) in observedBoth {
                XCTAssertEqual(p, expectedBoth[image]!, accuracy: 2e-6, "both, \(image): expected \(expectedBoth[image]!), observed \(p)")
            }
        }

        // Members on other folds are refused, not averaged.
        _ = try CrossValidation(configuration: configuration(learningRate: 1e-3, seed: 99), folds: 2, output: other).run(onlyFolds: [0], bootstrapResamples: 20)
        XCTAssertThrowsError(try CrossValidationEnsemble(members: [a, other], horizontalFlip: false, output: outputs[3]).run(bootstrapResamples: 20)) { error in
            XCTAssertTrue("\(error)".contains("other test images"), "\(error)")
        }
    }
}
