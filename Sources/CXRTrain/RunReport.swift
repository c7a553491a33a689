import CXRData
import CXREval
import Foundation

/// Builds the HTML report of a training run from what is in its folder.
///
/// Sections, each present when its inputs are: summary (model, data, split, counts, best epoch,
/// test mean AUC with its interval), configuration, training curves (from `metrics.json`),
/// evaluation on each split evaluated (`evaluation-<split>/metrics.json` and `roc.svg`), and
/// any extra sections the caller adds (heatmaps, localisation, latent space). Every number
/// names the split and the counts it rests on.
public struct RunReport {
    public let run: RunDirectory
    public private(set) var report: HTMLReport

    /// Reads the run; evaluates the test split first when `evaluateIfMissing` and it has not
    /// been evaluated yet.
    public init(run: RunDirectory, evaluateIfMissing: Bool = true, bootstrapResamples: Int = 1000) throws {
        self.run = run
        let configuration = try TrainingConfiguration.read(run.configuration.path)
        let checkpoint = FileManager.default.fileExists(atPath: run.best.path) ? run.best : run.last
        let metadata = try Checkpoint.read(checkpoint.path).metadata
        if evaluateIfMissing, !FileManager.default.fileExists(atPath: Self.evaluationFolder(run, .test).appendingPathComponent("metrics.json").path) {
            _ = try Evaluation.evaluate(run: run, split: .test, bootstrapResamples: bootstrapResamples)
        }
        let evaluations = try EvaluationSplit.allCases.compactMap { split -> (EvaluationSplit, MetricsReport)? in
            let url = Self.evaluationFolder(run, split).appendingPathComponent("metrics.json")
            guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
            do {
                return (split, try MetricsReport.decode(data))
            } catch {
                throw ConfigurationError("\(url.path) is not a CXRKit evaluation (\(error)); run `cxr evaluate` again")
            }
        }
        // No metrics.json (no epoch finished) draws no curves; an unreadable one is an error,
        // not empty curves.
        var history: [EpochRecord] = []
        if let data = FileManager.default.contents(atPath: run.metricsJSON.path) {
            do {
                history = try JSONDecoder().decode([EpochRecord].self, from: data)
            } catch {
                throw ConfigurationError("\(run.metricsJSON.path) cannot be read (\(error)); the training curves cannot be drawn")
            }
        }

        report = HTMLReport(title: "CXRKit run: \(run.url.lastPathComponent)",
                            subtitle: "\(metadata.architecture) on \(metadata.dataset), \(metadata.classNames.count) classes, \(metadata.imageSize) x \(metadata.imageSize)")
        report.append(Self.summary(configuration: configuration, metadata: metadata, history: history, evaluations: evaluations))
        report.append(HTMLReport.Section(title: "Configuration", blocks: [
            .paragraph("The effective configuration saved in the run folder (config.json)."),
            .preformatted(String(decoding: (try? Data(contentsOf: run.configuration)) ?? Data(), as: UTF8.self)),
        ]))
        if let curves = Self.trainingCurves(history) { report.append(curves) }
        for (split, metrics) in evaluations {
            report.append(Self.evaluationSection(split: split, metrics: metrics, folder: Self.evaluationFolder(run, split)))
        }
    }

    /// Adds a section after the built-in ones.
    public mutating func append(_ section: HTMLReport.Section) { report.append(section) }

    /// A mask to score heatmaps against: its name, whether only images labelled with the class
    /// count (lesion masks) or all (lung masks), and the mask file of a sample, if any.
    public struct MaskSource {
        public var name: String
        public var onlyPositives: Bool
        public var path: (Sample) -> String?
        public init(name: String, onlyPositives: Bool, path: @escaping (Sample) -> String?) {
            self.name = name; self.onlyPositives = onlyPositives; self.path = path
        }
    }

    /// Adds the heatmap gallery of the test split (`perKind` cases of each kind per class) and,
    /// for the data set's lung masks (COVID-19 collection) and any `masks` given, the share of
    /// heatmap energy inside them; the scores are also written to `RUN/localization.json`.
    public mutating func addHeatmaps(perKind: Int = 2, method: CAMMethod = .gradCAM, masks: [MaskSource] = []) throws {
        let configuration = try TrainingConfiguration.read(run.configuration.path)
        let dataset = try configuration.data.loadDataset()
        let split = try PatientSplit.load(from: run.split.path, dataset: dataset, allowMissing: configuration.data.allowMissing)
        let (model, metadata) = try Checkpoint.loadModel(run.best.path)
        var explanation = try RunExplanation(model: model, metadata: metadata, dataset: dataset, indices: split.test, splitName: "test")
        explanation.method = method
        report.append(try explanation.gallerySection(perKind: perKind))
        let boxRows = try metadata.classNames.indices.compactMap { c in
            try explanation.boxScores(classIndex: c).map { (name: metadata.classNames[c], summary: $0) }
        }
        if !boxRows.isEmpty {
            report.append(BoxLocalizationSummary.section(boxRows, split: "test", method: method.rawValue))
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            try run.write(try encoder.encode(Dictionary(uniqueKeysWithValues: boxRows.map { ($0.name, $0.summary) })),
                          to: run.url.appendingPathComponent("localization-boxes.json"))
        }
        var sources = masks
        if dataset.samples.contains(where: { $0.maskPath != nil }) {
            sources.append(MaskSource(name: "lungs", onlyPositives: false) { $0.maskPath })
        }
        guard !sources.isEmpty else { return }
        var scores: [MaskLocalization] = []
        for source in sources {
            for c in metadata.classNames.indices {
                scores.append(try explanation.maskScores(classIndex: c, onlyPositives: source.onlyPositives, maskName: source.name, mask: source.path))
            }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try run.write(try encoder.encode(scores), to: run.url.appendingPathComponent("localization.json"))
        report.append(MaskLocalization.section(scores, note: "Share of each \(method.rawValue) heatmap's energy (sum of its values) inside the mask, beside the mask's share of the image, which is what a uniform heatmap would score: a model that looks at the anatomy scores well above it, one that looks at labels, borders or devices scores near or below it. Pointing game: share of images whose heatmap peak lies inside the mask. Lesion masks count only images labelled with the class; lung masks count all test images."))
    }

    /// Writes `RUN/report.html` (or `path`) and returns its path.
    @discardableResult
    public func write(to path: String? = nil) throws -> String {
        let target = path ?? run.url.appendingPathComponent("report.html").path
        try report.write(to: target)
        return target
    }

    /// Adds the latent-space comparison on the test split (images the model never trained on):
    /// t-SNE and a self-organising map of downsampled raw pixels (32 x 32) and of the model's
    /// pooled embeddings, with k-NN class accuracy, trustworthiness and the SOM errors side by
    /// side. Files go to `RUN/latent/{raw,model}/`.
    public mutating func addLatentSpace(perplexity: Double = 30, seed: UInt64 = 0) throws {
        let configuration = try TrainingConfiguration.read(run.configuration.path)
        let dataset = try configuration.data.loadDataset()
        let split = try PatientSplit.load(from: run.split.path, dataset: dataset, allowMissing: configuration.data.allowMissing)
        let (model, metadata) = try Checkpoint.loadModel(run.best.path)
        let folder = run.url.appendingPathComponent("latent")
        let sources: [(name: String, file: EmbeddingsFile)] = [
            ("raw", try EmbeddingExtraction.rawPixels(dataset: dataset, indices: split.test, split: "test", size: 32, progressLabel: "  raw pixels")),
            ("model", try EmbeddingExtraction.embed(model: model, metadata: metadata, modelPath: run.best.path, dataset: dataset,
                                                    indices: split.test, split: "test", progressLabel: "  embeddings")),
        ]
        var tsneOptions = TSNEAnalysis.Options()
        tsneOptions.perplexity = min(perplexity, Double(max(split.test.count - 1, 2)) / 3)
        tsneOptions.seed = seed
        var somOptions = SOMAnalysis.Options()
        somOptions.seed = seed
        var rows: [[String]] = [], figures: [HTMLReport.Figure] = []
        for (name, file) in sources {
            let output = folder.appendingPathComponent(name)
            let tsne = try TSNEAnalysis.run(file, options: tsneOptions, output: output).report
            let som = try SOMAnalysis.run(file, options: somOptions, output: output, progressLabel: nil)
            let label = name == "raw" ? "raw pixels (32 x 32)" : "\(metadata.architecture) embeddings (\(file.width))"
            rows.append([label, String(file.count), tsne.knnClassAccuracy["original"].map { format($0) } ?? "-",
                         tsne.knnClassAccuracy["embedded"].map { format($0) } ?? "-", tsne.trustworthiness["5"].map { format($0) } ?? "-",
                         String(format: "%.3f", tsne.klDivergence), "\(som.rows) x \(som.columns)", String(format: "%.3f", som.quantizationError),
                         String(format: "%.3f", som.topographicError)])
            for (picture, caption) in [("tsne", "t-SNE of \(label), coloured by class."),
                                       ("classes", "SOM of \(label): majority class per neuron."),
                                       ("umatrix", "SOM of \(label): U-matrix (dark ridges separate clusters).")] {
                if let svg = try? String(contentsOf: output.appendingPathComponent(picture + ".svg"), encoding: .utf8) {
                    figures.append(.svg(svg, caption: caption))
                }
            }
        }
        append(HTMLReport.Section(title: "Latent space: raw pixels vs learned features (test split)", blocks: [
            .paragraph("Do the model's features separate the classes better than the pixels do? On the \(split.test.count) test images (patients the model never trained on): leave-one-out 5-nearest-neighbour class accuracy in each space, the trustworthiness of the 2-D t-SNE map (k = 5), its final KL divergence, and the self-organising map's quantization and topographic errors (features standardised; map size from the 5 sqrt(N) rule)."),
            .table(header: ["space", "images", "5-NN accuracy (space)", "5-NN accuracy (t-SNE)", "trustworthiness", "t-SNE KL", "SOM", "quantization error", "topographic error"], rows: rows),
            .figures(figures, columns: 3),
        ]))
    }

    static func evaluationFolder(_ run: RunDirectory, _ split: EvaluationSplit) -> URL {
        run.url.appendingPathComponent("evaluation-\(split.rawValue)")
    }

    static func summary(configuration: TrainingConfiguration, metadata: CheckpointMetadata, history: [EpochRecord],
                        evaluations: [(EvaluationSplit, MetricsReport)]) -> HTMLReport.Section {
        var pairs: [(key: String, value: String)] = [
            ("model", "\(metadata.architecture), \(configuration.model.initialization) initialisation"),
            ("dataset", metadata.dataset),
            ("split", metadata.splitDescription),
            ("classes", metadata.classNames.joined(separator: ", ")),
            ("preprocessing", metadata.preprocessing),
            ("loss", "\(metadata.loss)"),
            ("epochs run", "\(history.count) of \(configuration.epochs)"),
            ("checkpoint kept", "epoch \(metadata.epoch)" + (metadata.validationMeanAUC.map { ", validation mean AUC \(format($0))" } ?? "")),
            ("training time", format(seconds: history.reduce(0) { $0 + $1.seconds })),
            ("CXRKit", metadata.cxrkitVersion),
        ]
        for (split, metrics) in evaluations {
            if let mean = metrics.meanAUC {
                pairs.append(("\(split.rawValue) mean AUC", "\(format(mean.auc))\(mean.interval.map { " (95 % CI \(format($0.lower))-\(format($0.upper)))" } ?? "") on \(metrics.counts.images) images of \(metrics.counts.patients) patients"))
            }
        }
        var blocks: [HTMLReport.Block] = [.keyValues(pairs)]
        if metadata.dataset.lowercased().contains("covid") {
            blocks.append(.note("The COVID-19 image collection gathers images from many papers and web sites; positives and negatives often come from different sources, so part of a high AUC may be source detection rather than disease detection. The lung-energy score of the heatmaps speaks to that."))
        }
        return HTMLReport.Section(title: "Summary", blocks: blocks)
    }

    static func trainingCurves(_ history: [EpochRecord]) -> HTMLReport.Section? {
        guard !history.isEmpty else { return nil }
        let epochs = history.map { Double($0.epoch) }
        var figures: [HTMLReport.Figure] = [
            .svg(LinePlot(title: "Loss per epoch", xLabel: "epoch", yLabel: "loss", series: [
                .init(name: "train", x: epochs, y: history.map(\.trainLoss)),
                .init(name: "validation", x: epochs, y: history.map(\.validationLoss)),
            ], markers: true).svg(), caption: "Training and validation loss per epoch."),
        ]
        let aucs = history.compactMap { r in r.validationMeanAUC.map { (Double(r.epoch), $0) } }
        if !aucs.isEmpty {
            figures.append(.svg(LinePlot(title: "Validation mean AUC per epoch", xLabel: "epoch", yLabel: "AUC",
                                         series: [.init(name: "validation mean AUC", x: aucs.map(\.0), y: aucs.map(\.1))],
                                         markers: true, legendCorner: .bottomRight).svg(),
                                caption: "Validation mean AUC per epoch; the checkpoint kept is the best of these."))
        }
        let rows = history.map { r in
            [String(r.epoch), format(r.trainLoss), format(r.validationLoss), r.validationMeanAUC.map { format($0) } ?? "-",
             String(format: "%.2g", r.learningRate), format(seconds: r.seconds), String(format: "%.1f", r.trainImagesPerSecond)]
        }
        return HTMLReport.Section(title: "Training", blocks: [
            .figures(figures, columns: 2),
            .table(header: ["epoch", "train loss", "val loss", "val mean AUC", "learning rate", "time", "train img/s"], rows: rows),
        ])
    }

    static func evaluationSection(split: EvaluationSplit, metrics: MetricsReport, folder: URL) -> HTMLReport.Section {
        var blocks: [HTMLReport.Block] = [
            .paragraph("\(metrics.dataset), \(metrics.split) split: \(metrics.counts.images) images of \(metrics.counts.patients) patients. AUC intervals are 95 % percentile intervals over patient-level bootstrap resamples (\(metrics.bootstrap.resamples) resamples). Operating points are chosen by Youden's J on the validation split and applied unchanged here."),
        ]
        if let svg = try? String(contentsOf: folder.appendingPathComponent("roc.svg"), encoding: .utf8) {
            blocks.append(.figure(.svg(svg, caption: "ROC curves on the \(metrics.split) split with AUC and 95 % CI per class.")))
        }
        let rows = metrics.classes.map { c -> [String] in
            let auc = c.auc.map { a in format(a) + (c.aucInterval.map { " [\(format($0.lower)), \(format($0.upper))]" } ?? "") } ?? (c.skipReason ?? "-")
            let point = c.operatingPoint?.evaluation
            return [c.name, String(c.positives), String(c.negatives), auc,
                    c.operatingPoint.map { format($0.selection.threshold) } ?? "-",
                    point?.sensitivity.map { format($0) } ?? "-", point?.specificity.map { format($0) } ?? "-",
                    point?.positivePredictiveValue.map { format($0) } ?? "-", point?.negativePredictiveValue.map { format($0) } ?? "-"]
        }
        blocks.append(.table(header: ["class", "positives", "negatives", "AUC [95 % CI]", "threshold", "sensitivity", "specificity", "PPV", "NPV"], rows: rows))
        if let mean = metrics.meanAUC {
            var text = "Mean AUC over \(mean.classes.count) classes: \(format(mean.auc))"
            if let i = mean.interval { text += " (95 % CI \(format(i.lower))-\(format(i.upper)))" }
            if !mean.skippedClasses.isEmpty { text += "; not scored (too few positives): \(mean.skippedClasses.joined(separator: ", "))" }
            blocks.append(.paragraph(text + "."))
        }
        return HTMLReport.Section(title: "Evaluation: \(split.rawValue) split", blocks: blocks)
    }
}

private func format(_ value: Double) -> String { String(format: "%.3f", value) }

private func format(seconds: Double) -> String {
    seconds >= 60 ? String(format: "%.1f min", seconds / 60) : String(format: "%.1f s", seconds)
}
