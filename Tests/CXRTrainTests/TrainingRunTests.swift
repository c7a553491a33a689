import CXRCheckpoint
import CXRData
import CXREval
import CXRNN
import CXRTensor
import CXRTestSupport
@testable import CXRTrain
import Foundation
import XCTest

/// Training end to end on a handful of real images: the files and fields a user relies on,
/// resume after an interruption (including a killed process), NaN handling, head
/// replacement and freezing.
final class TrainingRunTests: XCTestCase {
    var covidRoot: String { RepositoryPaths.sharedData.appendingPathComponent("covid-19-image-collection").path }

    func smallConfiguration(epochs: Int = 2) throws -> TrainingConfiguration {
        guard FileManager.default.fileExists(atPath: covidRoot) else { throw XCTSkip("shared data absent: \(covidRoot)") }
        var c = TrainingConfiguration()
        c.data.kind = .covid
        c.data.root = covidRoot
        c.model.architecture = "mobilenet_v2"
        c.model.imageSize = 64
        c.epochs = epochs
        c.batchSize = 4
        c.maximumBatchesPerEpoch = 2
        c.optimization.learningRate = 1e-3
        c.seed = 3
        return c
    }

    func temporaryRun(_ name: String) -> RunDirectory {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("cxr-test-\(name)-\(getpid())")
        try? FileManager.default.removeItem(at: url)
        return RunDirectory(url.path)
    }

    func testTrainingWritesTheRunFolderAndEvaluates() throws {
        let c = try smallConfiguration()
        let data = try c.data.prepare(seed: c.seed)
        let run = temporaryRun("train")
        defer { try? FileManager.default.removeItem(at: run.url) }
        let trainer = try Trainer(configuration: c, data: data, run: run)
        let history = try trainer.train()
        XCTAssertEqual(history.count, 2)
        for file in [run.configuration, run.split, run.last, run.best, run.metricsCSV, run.metricsJSON, run.log] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: file.path), "missing \(file.lastPathComponent)")
        }
        XCTAssertEqual(try String(contentsOf: run.metricsCSV, encoding: .utf8).split(separator: "\n").count, 3, "header + 2 epochs")
        XCTAssertTrue(history.allSatisfy { $0.trainLoss.isFinite && $0.validationMeanAUC != nil })
        let (model, metadata) = try Checkpoint.loadModel(run.best.path)
        XCTAssertEqual(metadata.classNames, ["COVID-19"])
        XCTAssertEqual(metadata.architecture, "mobilenet_v2")
        XCTAssertEqual(metadata.thresholds?.count, 1)
        XCTAssertEqual(model.numberOfClasses, 1)
        // The saved split is patient-disjoint and reloads to the same indices.
        let reloaded = try PatientSplit.load(from: run.split.path, dataset: data.dataset)
        XCTAssertEqual(reloaded, data.split)
        try reloaded.verifyPatientDisjoint(groups: data.dataset.groups)

        let evaluation = try Evaluation.evaluate(run: run, split: .test, bootstrapResamples: 50)
        XCTAssertEqual(evaluation.report.split, "test")
        XCTAssertEqual(evaluation.report.counts.images, data.split.test.count)
        XCTAssertEqual(evaluation.report.counts.patients, Set(data.split.test.map { data.dataset.groups[$0] }).count)
        XCTAssertNotNil(evaluation.report.meanAUC?.interval, "AUC without a confidence interval")
        XCTAssertNotNil(evaluation.report.classes[0].operatingPoint, "no operating point from validation")
        for file in ["metrics.json", "roc.png", "roc.svg", "loss.png", "auc.png"] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: evaluation.folder.appendingPathComponent(file).path), "missing \(file)")
        }
    }

    func testResumeContinuesFromTheLastCompleteEpoch() throws {
        var c = try smallConfiguration(epochs: 1)
        let data = try c.data.prepare(seed: c.seed)
        let run = temporaryRun("resume")
        defer { try? FileManager.default.removeItem(at: run.url) }
        let first = try Trainer(configuration: c, data: data, run: run)
        try first.train()
        let afterOne = first.model.stateDict()

        c.epochs = 2
        let resumed = try Trainer(configuration: c, data: data, run: run, resume: true)
        XCTAssertEqual(resumed.progress.completedEpochs, 1)
        XCTAssertEqual(resumed.model.stateDict()["features.0.0.weight"]?.values, afterOne["features.0.0.weight"]?.values,
                       "resumed weights differ from the checkpoint")
        let history = try resumed.train()
        XCTAssertEqual(history.map(\.epoch), [1, 2])
        XCTAssertEqual(history[0], first.progress.history[0], "epoch 1's record changed on resume")
    }

    func testResumeRefusesARunWithOtherSettings() throws {
        var c = try smallConfiguration(epochs: 1)
        let data = try c.data.prepare(seed: c.seed)
        let run = temporaryRun("resume-other")
        defer { try? FileManager.default.removeItem(at: run.url) }
        try Trainer(configuration: c, data: data, run: run).train()
        let before = try Data(contentsOf: run.last)

        var other = c
        other.optimization.learningRate *= 10
        XCTAssertThrowsError(try Trainer(configuration: other, data: data, run: run, resume: true)) { error in
            XCTAssertTrue("\(error)".contains("optimization.learningRate"), "\(error)")
        }
        // A cosine schedule ended at its floor: a longer run would go on at learning rate 0.
        c.optimization.schedule = .cosine
        let cosineRun = temporaryRun("resume-cosine")
        defer { try? FileManager.default.removeItem(at: cosineRun.url) }
        try Trainer(configuration: c, data: data, run: cosineRun).train()
        var longer = c
        longer.epochs = 3
        XCTAssertThrowsError(try Trainer(configuration: longer, data: data, run: cosineRun, resume: true)) { error in
            XCTAssertTrue("\(error)".contains("epochs: 1 -> 3"), "\(error)")
        }
        XCTAssertNoThrow(try Trainer(configuration: c, data: data, run: cosineRun, resume: true), "the same settings must resume")
        XCTAssertEqual(try Data(contentsOf: run.last), before, "a refused resume changed the checkpoint")
    }

    /// Silent fallbacks that became errors or warnings: an unreadable config.json stops a
    /// resume, an unreadable metrics.json stops the report, a class without validation
    /// positives is named, and a weights file is read by its content.
    func testUnreadableRunFilesAreErrorsNotFallbacks() throws {
        let c = try smallConfiguration(epochs: 1)
        let data = try c.data.prepare(seed: c.seed)
        let run = temporaryRun("fallbacks")
        defer { try? FileManager.default.removeItem(at: run.url) }
        try Trainer(configuration: c, data: data, run: run).train()
        let configuration = try Data(contentsOf: run.configuration)
        try Data("{ not json".utf8).write(to: run.configuration)
        XCTAssertThrowsError(try Trainer(configuration: c, data: data, run: run, resume: true)) { error in
            XCTAssertTrue("\(error)".contains("cannot read") && "\(error)".contains("config.json"), "\(error)")
        }
        try configuration.write(to: run.configuration)
        try Data("[{\"epoch\": ".utf8).write(to: run.metricsJSON)
        XCTAssertThrowsError(try RunReport(run: run, evaluateIfMissing: false)) { error in
            XCTAssertTrue("\(error)".contains("metrics.json"), "\(error)")
        }
        // A corrupt safetensors file named .pth is reported as safetensors, not as a torch file.
        let mislabeled = run.url.appendingPathComponent("weights.pth")
        var bytes = try Data(contentsOf: run.last)
        bytes.removeLast(bytes.count / 2)
        try bytes.write(to: mislabeled)
        XCTAssertEqual(WeightsFile.format(of: mislabeled.path), .safeTensors)
        XCTAssertThrowsError(try WeightsFile.read(mislabeled.path)) { error in
            XCTAssertFalse("\(error)".lowercased().contains("zip") || "\(error)".lowercased().contains("pickle"), "\(error)")
        }
    }

    func testAClassWithoutValidationPositivesIsNamed() {
        let predictions = Predictions(probabilities: [[0.2, 0.9], [0.7, 0.1], [0.4, 0.3]], labels: [[0, 1], [0, 0], [0, 1]],
                                      groups: ["a", "b", "c"], paths: ["1", "2", "3"], meanLoss: 0.5)
        let scores = ValidationScores(predictions, classNames: ["Nodule", "Mass"])
        XCTAssertEqual(scores.classesWithoutThreshold, ["Nodule"])
        XCTAssertEqual(scores.thresholds?[0], 0.5)
    }

    func testAKilledRunResumes() throws {
        let c = try smallConfiguration()
        let binary = RepositoryPaths.root().appendingPathComponent(".build/release/cxr").path
        guard FileManager.default.isExecutableFile(atPath: binary) else { throw XCTSkip("\(binary) not built (swift build -c release)") }
        let run = temporaryRun("kill")
        defer { try? FileManager.default.removeItem(at: run.url) }
        let arguments = ["train", "--dataset", "covid", "--data", c.data.root, "--model", "mobilenet_v2", "--image-size", "64",
                         "--epochs", "3", "--batch-size", "4", "--max-batches", "6", "--seed", "3", "--output", run.path, "--threads", "1"]
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Wait for the first complete epoch, then kill the process mid-run.
        let deadline = Date().addingTimeInterval(240)
        while !FileManager.default.fileExists(atPath: run.last.path) && Date() < deadline && process.isRunning { usleep(100_000) }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        XCTAssertTrue(FileManager.default.fileExists(atPath: run.last.path), "no checkpoint before the kill")
        let (_, _, progressData) = try Checkpoint.read(run.last.path)
        let progress = try JSONDecoder().decode(TrainingProgress.self, from: XCTUnwrap(progressData))
        XCTAssertGreaterThanOrEqual(progress.completedEpochs, 1)

        let resume = Process()
        resume.executableURL = URL(fileURLWithPath: binary)
        resume.arguments = ["train", "--resume", run.path, "--threads", "1"]
        resume.standardOutput = FileHandle.nullDevice
        resume.standardError = FileHandle.nullDevice
        try resume.run()
        resume.waitUntilExit()
        XCTAssertEqual(resume.terminationStatus, 0, "resume failed")
        let history = try JSONDecoder().decode([EpochRecord].self, from: Data(contentsOf: run.metricsJSON))
        XCTAssertEqual(history.map(\.epoch), [1, 2, 3])
    }

    func testNonFiniteLossStopsAndKeepsTheLastCheckpoint() throws {
        var c = try smallConfiguration(epochs: 1)
        let data = try c.data.prepare(seed: c.seed)
        let run = temporaryRun("nan")
        defer { try? FileManager.default.removeItem(at: run.url) }
        try Trainer(configuration: c, data: data, run: run).train()
        let before = try Data(contentsOf: run.last)
        // Resume for a second epoch on labels that make the loss NaN.
        c.epochs = 2
        var poisoned = data
        for i in poisoned.split.train { poisoned.dataset.samples[i].labels = [.nan] }
        let trainer = try Trainer(configuration: c, data: poisoned, run: run, resume: true)
        XCTAssertThrowsError(try trainer.train()) { error in
            XCTAssertTrue(String(describing: error).contains("NaN or infinite"), "\(error)")
            XCTAssertTrue(String(describing: error).contains("epoch 2"), "\(error)")
        }
        XCTAssertEqual(try Data(contentsOf: run.last), before, "the last good checkpoint was overwritten")
    }

    func testBackboneFromAnotherTaskAndFreezing() throws {
        var c = try smallConfiguration(epochs: 1)
        let data = try c.data.prepare(seed: c.seed)
        let source = temporaryRun("source")
        defer { try? FileManager.default.removeItem(at: source.url) }
        try Trainer(configuration: c, data: data, run: source).train()

        // A 2-class problem initialised from the 1-class checkpoint: backbone kept, head new.
        c.model.initialization = source.best.path
        c.freezeBackboneEpochs = 1
        c.maximumBatchesPerEpoch = 2
        var twoClass = data
        twoClass.dataset.classNames = ["COVID-19", "other"]
        for i in twoClass.dataset.samples.indices { twoClass.dataset.samples[i].labels = [twoClass.dataset.samples[i].labels[0], 1 - twoClass.dataset.samples[i].labels[0]] }
        let target = temporaryRun("target")
        defer { try? FileManager.default.removeItem(at: target.url) }
        let trainer = try Trainer(configuration: c, data: twoClass, run: target)
        let sourceWeights = try SafeTensors.read(contentsOf: source.best.path)
        let initial = trainer.model.stateDict()
        XCTAssertEqual(initial["features.3.conv.1.0.weight"]?.values, sourceWeights["features.3.conv.1.0.weight"]?.values, "backbone not loaded")
        XCTAssertEqual(trainer.model.head.weight.shape, [2, 1280])
        try trainer.train()
        let after = trainer.model.stateDict()
        XCTAssertEqual(after["features.3.conv.1.0.weight"]?.values, initial["features.3.conv.1.0.weight"]?.values, "frozen backbone changed")
        XCTAssertNotEqual(after["classifier.1.weight"]?.values, initial["classifier.1.weight"]?.values, "head did not train")
    }
}
