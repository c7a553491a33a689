import CXRData
import CXREval
import CXRNN
import Foundation

/// Which part of a run's split to evaluate.
public enum EvaluationSplit: String, CaseIterable, Sendable {
    case train, validation, test
}

/// Scores a trained run on one part of its patient-level split: per-class ROC AUC with 95 %
/// patient-bootstrap confidence intervals, mean AUC, and operating points chosen by Youden's J
/// on the validation split; writes `RUN/evaluation-<split>/metrics.json`, `roc.png`, `roc.svg`
/// and the training curves.
public enum Evaluation {
    public struct Result: Sendable {
        public var report: MetricsReport
        public var folder: URL
    }

    public static func evaluate(run: RunDirectory, split: EvaluationSplit, bootstrapResamples: Int = 1000, seed: UInt64 = 0,
                                threads: Int? = nil) throws -> Result {
        let configuration = try TrainingConfiguration.read(run.configuration.path)
        let dataset = try configuration.data.loadDataset()
        let parts = try PatientSplit.load(from: run.split.path, dataset: dataset, allowMissing: configuration.data.allowMissing)
        let (model, metadata) = try Checkpoint.loadModel(run.best.path)
        let indices: [Int]
        switch split {
        case .train: indices = parts.train
        case .validation: indices = parts.validation
        case .test: indices = parts.test
        }
        guard !indices.isEmpty else { throw ConfigurationError("the \(split.rawValue) split of \(run.path) is empty") }
        let pipeline = configuration.model.evaluationPipeline()
        func predictions(_ indices: [Int], _ label: String) throws -> Predictions {
            let loader = try DataLoader(dataset: dataset, indices: indices, pipeline: pipeline, batchSize: configuration.batchSize,
                                        sampling: .sequential(shuffle: false), seed: seed,
                                        threads: threads ?? ProcessInfo.processInfo.activeProcessorCount)
            return try model.predict(loader, loss: metadata.loss, progressLabel: label)
        }
        let evaluated = try predictions(indices, "  \(split.rawValue)")
        guard let data = evaluated.multiLabelScores(classNames: dataset.classNames) else {
            throw ConfigurationError("no predictions on the \(split.rawValue) split")
        }
        var selection: ThresholdSelection?
        if split != .validation, !parts.validation.isEmpty,
           let validationData = try predictions(parts.validation, "  validation (thresholds)").multiLabelScores(classNames: dataset.classNames) {
            selection = ThresholdSelection(split: "validation", data: validationData)
        }
        let report = try MetricsReport.evaluate(dataset: dataset.name, split: split.rawValue, data: data, patientIDs: evaluated.groups,
                                                bootstrap: BootstrapConfiguration(resamples: bootstrapResamples, seed: seed),
                                                thresholdsFrom: selection)
        let folder = run.url.appendingPathComponent("evaluation-\(split.rawValue)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try run.write(try report.jsonData(), to: folder.appendingPathComponent("metrics.json"))
        let title = "\(metadata.architecture) on \(dataset.name), \(split.rawValue) split (\(report.counts.images) images, \(report.counts.patients) patients)"
        try writeROC(report: report, data: data, title: title, into: folder)
        try writeTrainingCurves(run: run, into: folder)
        return Result(report: report, folder: folder)
    }

    /// `roc.png` and `roc.svg`: one curve per class with the report's own AUCs and bootstrap
    /// intervals (computed once, in the report).
    static func writeROC(report: MetricsReport, data: MultiLabelScores, title: String, into folder: URL) throws {
        let entries = try zip(report.classes.indices, report.classes).compactMap { c, entry -> ROCPlot.Entry? in
            guard let auc = entry.auc else { return nil }
            return ROCPlot.Entry(name: entry.name, curve: try ROC.curve(labels: data.labels[c], scores: data.scores[c]),
                                 auc: auc, interval: entry.aucInterval)
        }
        let plot = ROCPlot(title: title, entries: entries)
        try plot.write(to: folder.appendingPathComponent("roc.png").path)
        try plot.write(to: folder.appendingPathComponent("roc.svg").path)
    }

    /// Loss and validation-AUC curves over epochs from `metrics.json`, as PNG and SVG.
    public static func writeTrainingCurves(run: RunDirectory, into folder: URL) throws {
        guard let data = FileManager.default.contents(atPath: run.metricsJSON.path),
              let history = try? JSONDecoder().decode([EpochRecord].self, from: data), !history.isEmpty else { return }
        let epochs = history.map { Double($0.epoch) }
        let loss = LinePlot(title: "Loss per epoch", xLabel: "epoch", yLabel: "loss", series: [
            .init(name: "train", x: epochs, y: history.map(\.trainLoss)),
            .init(name: "validation", x: epochs, y: history.map(\.validationLoss)),
        ], markers: true)
        try loss.write(to: folder.appendingPathComponent("loss.png").path)
        try loss.write(to: folder.appendingPathComponent("loss.svg").path)
        let aucs = history.compactMap { record in record.validationMeanAUC.map { (Double(record.epoch), $0) } }
        if !aucs.isEmpty {
            let auc = LinePlot(title: "Validation mean AUC per epoch", xLabel: "epoch", yLabel: "AUC",
                               series: [.init(name: "validation mean AUC", x: aucs.map(\.0), y: aucs.map(\.1))], markers: true, legendCorner: .bottomRight)
            try auc.write(to: folder.appendingPathComponent("auc.png").path)
            try auc.write(to: folder.appendingPathComponent("auc.svg").path)
        }
    }
}
