import CXRData
import CXREval
import Foundation

/// Scores an ensemble of cross-validation runs on the test folds they share.
///
/// For every fold `k` present in all members (`CV/fold-k/best.safetensors`), each member's chosen
/// checkpoints (``Checkpoints``: the best-validation weights, the final-epoch weights, or both)
/// predict the fold's test images; with `horizontalFlip`, each model also predicts the mirrored
/// images (test-time augmentation); the probabilities are averaged with equal weight.
/// The fold's AUCs get patient-bootstrap intervals as in ``Evaluation``. The members must have
/// been run on the same dataset and the same folds (e.g. the same `--folds` table): the test
/// images of a fold must be the same in every member, or the command refuses.
///
/// Writes `OUTPUT/fold-k/metrics.json`, `OUTPUT/fold-k/roc.png|svg`,
/// `OUTPUT/fold-k/predictions.csv` and `OUTPUT/cv.json` (mean and spread over folds).
public struct CrossValidationEnsemble {
    /// Which of a fold's checkpoints join the ensemble.
    public enum Checkpoints: String, CaseIterable, Codable, Sendable {
        /// `best.safetensors`: the weights of the best validation epoch.
        case best
        /// `last.safetensors`: the weights after the final epoch (independent of validation).
        case last
        /// Both, as two members of equal weight.
        case both

        /// The weights it names, as the summary's rule says them.
        var weights: String {
            switch self {
            case .best: return "best-validation weights"
            case .last: return "final-epoch weights"
            case .both: return "best-validation and final-epoch weights"
            }
        }

        func files(of run: RunDirectory) -> [URL] {
            switch self {
            case .best: return [run.best]
            case .last: return [run.last]
            case .both: return [run.best, run.last]
            }
        }
    }

    public struct Summary: Codable, Sendable {
        public var dataset: String
        public var members: [String]
        public var horizontalFlip: Bool
        /// Absent in summaries written before checkpoints could be chosen (they used `best`).
        public var checkpoints: Checkpoints?
        public var folds: [CrossValidation.FoldResult]
        public var meanAUC: Double?
        public var standardDeviation: Double?
        public var rule: String
    }

    public let members: [RunDirectory]
    public let horizontalFlip: Bool
    public let checkpoints: Checkpoints
    public let output: RunDirectory

    public init(members: [RunDirectory], horizontalFlip: Bool, checkpoints: Checkpoints = .best, output: RunDirectory) {
        self.members = members
        self.horizontalFlip = horizontalFlip
        self.checkpoints = checkpoints
        self.output = output
    }

    /// The fold numbers every member has a finished model (and the chosen checkpoints) for.
    public func sharedFolds() -> [Int] {
        let perMember = members.map { member -> Set<Int> in
            let names = (try? FileManager.default.contentsOfDirectory(atPath: member.path)) ?? []
            return Set(names.compactMap { name -> Int? in
                guard name.hasPrefix("fold-"), let k = Int(name.dropFirst(5)) else { return nil }
                let run = RunDirectory(member.url.appendingPathComponent(name).path)
                let files = Checkpoints.best.files(of: run) + checkpoints.files(of: run)
                return files.allSatisfy { FileManager.default.fileExists(atPath: $0.path) } ? k : nil
            })
        }
        guard let first = perMember.first else { return [] }
        return perMember.dropFirst().reduce(first) { $0.intersection($1) }.sorted()
    }

    public func run(bootstrapResamples: Int = 1000, seed: UInt64 = 0, threads: Int? = nil) throws -> Summary {
        guard !members.isEmpty else { throw ConfigurationError("an ensemble needs at least one cross-validation folder") }
        let folds = sharedFolds()
        guard !folds.isEmpty else {
            throw ConfigurationError("no fold has a finished model (fold-k/best.safetensors\(checkpoints == .best ? "" : " and last.safetensors")) in every member: \(members.map(\.path).joined(separator: ", "))")
        }
        try output.create()
        var results: [CrossValidation.FoldResult] = []
        var datasetName = ""
        // The folds of a cross-validation differ only in their test fold: load their data once.
        var loaded: (configuration: DataConfiguration, dataset: Dataset)?
        func dataset(for configuration: DataConfiguration) throws -> Dataset {
            var key = configuration
            key.testFold = 0
            if let loaded, loaded.configuration == key { return loaded.dataset }
            let dataset = try configuration.loadDataset()
            loaded = (key, dataset)
            return dataset
        }
        for fold in folds {
            let start = Date()
            let runs = members.map { RunDirectory($0.url.appendingPathComponent("fold-\(fold)").path) }
            let configurations = try runs.map { try TrainingConfiguration.read($0.configuration.path) }
            let dataset = try dataset(for: configurations[0].data)
            datasetName = dataset.name
            var averaged: Predictions?
            var count = 0
            for (run, configuration) in zip(runs, configurations) {
                guard configuration.data.kind == configurations[0].data.kind else {
                    throw ConfigurationError("\(run.path) was trained on \(configuration.data.kind) data, \(runs[0].path) on \(configurations[0].data.kind)")
                }
                let split = try PatientSplit.load(from: run.split.path, dataset: dataset, allowMissing: configuration.data.allowMissing)
                for file in checkpoints.files(of: run) {
                    for predictions in try predictions(of: file, run: run, configuration: configuration, dataset: dataset,
                                                       testImages: split.test, fold: fold, seed: seed, threads: threads) {
                        if var sum = averaged {
                            guard sum.paths.sorted() == predictions.paths.sorted() else {
                                throw ConfigurationError("fold \(fold): \(run.path) has other test images than \(runs[0].path); an ensemble needs the same folds")
                            }
                            sum.add(predictions)
                            averaged = sum
                        } else {
                            averaged = predictions
                        }
                        count += 1
                    }
                }
            }
            var result = averaged!
            result.probabilities = result.probabilities.map { row in row.map { $0 / Float(count) } }
            guard let data = result.multiLabelScores(classNames: dataset.classNames) else {
                throw ConfigurationError("fold \(fold): no test predictions")
            }
            let report = try MetricsReport.evaluate(dataset: dataset.name, split: "test (fold \(fold), ensemble of \(count) predictions)", data: data,
                                                    patientIDs: result.groups,
                                                    bootstrap: BootstrapConfiguration(resamples: bootstrapResamples, seed: seed))
            print(report.summary)
            let folder = output.url.appendingPathComponent("fold-\(fold)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try output.write(try report.jsonData(), to: folder.appendingPathComponent("metrics.json"))
            try output.write(Data(Self.predictionsCSV(result, classNames: dataset.classNames).utf8), to: folder.appendingPathComponent("predictions.csv"))
            try Evaluation.writeROC(report: report, data: data,
                                    title: "Ensemble of \(members.count) on \(dataset.name), test fold \(fold) (\(report.counts.images) images)",
                                    into: folder)
            results.append(.init(fold: fold, testMeanAUC: report.meanAUC?.auc, testAUCInterval: report.meanAUC?.interval, bestEpoch: nil,
                                 testImages: report.counts.images, testPatients: report.counts.patients, seconds: Date().timeIntervalSince(start)))
        }
        let (mean, sd) = CrossValidation.meanAndSpread(results)
        let rule = "mean of the members' probabilities (\(checkpoints.weights))" + (horizontalFlip ? ", each model on the image and its mirror image" : "")
        let summary = Summary(dataset: datasetName, members: members.map(\.path), horizontalFlip: horizontalFlip, checkpoints: checkpoints, folds: results,
                              meanAUC: mean, standardDeviation: sd, rule: rule)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try output.write(try encoder.encode(summary), to: output.url.appendingPathComponent("cv.json"))
        return summary
    }

    /// One checkpoint's probabilities on a fold's test images: on the images as they are and, with
    /// `horizontalFlip`, on their mirror images (one `Predictions` each).
    func predictions(of checkpoint: URL, run: RunDirectory, configuration: TrainingConfiguration, dataset: Dataset,
                     testImages: [Int], fold: Int, seed: UInt64, threads: Int?) throws -> [Predictions] {
        let (model, metadata) = try Checkpoint.loadModel(checkpoint.path)
        guard metadata.classNames == dataset.classNames else {
            throw ConfigurationError("\(checkpoint.path) predicts \(metadata.classNames), the dataset has \(dataset.classNames)")
        }
        var pipelines = [configuration.model.evaluationPipeline()]
        if horizontalFlip {
            var mirrored = pipelines[0]
            mirrored.augmentations = [.horizontalFlip(probability: 1)]
            pipelines.append(mirrored)
        }
        return try pipelines.enumerated().map { p, pipeline in
            let loader = try DataLoader(dataset: dataset, indices: testImages, pipeline: pipeline, batchSize: configuration.batchSize,
                                        sampling: .sequential(shuffle: false), seed: seed,
                                        threads: threads ?? ProcessInfo.processInfo.activeProcessorCount)
            let label = "  fold \(fold) \(URL(fileURLWithPath: run.path).deletingLastPathComponent().lastPathComponent)"
                + (checkpoints == .best ? "" : " \(checkpoint.deletingPathExtension().lastPathComponent)") + (p == 1 ? " (flipped)" : "")
            return try model.predict(loader, loss: metadata.loss, progressLabel: label)
        }
    }

    /// `image,group,<class>_label,<class>_probability,...` per test image.
    static func predictionsCSV(_ predictions: Predictions, classNames: [String]) -> String {
        func field(_ s: String) -> String { s.contains(",") || s.contains("\"") ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s }
        var lines = ["image,group," + classNames.flatMap { [field($0 + "_label"), field($0 + "_probability")] }.joined(separator: ",")]
        for i in predictions.paths.indices {
            let values = classNames.indices.flatMap { c in [String(format: "%.0f", predictions.labels[i][c]), String(format: "%.6f", predictions.probabilities[i][c])] }
            lines.append(([field(URL(fileURLWithPath: predictions.paths[i]).lastPathComponent), field(predictions.groups[i])] + values).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension Predictions {
    /// Adds another prediction set's probabilities image by image (matched by path; the images
    /// must be the same, in any order).
    mutating func add(_ other: Predictions) {
        let position = Dictionary(uniqueKeysWithValues: other.paths.enumerated().map { ($1, $0) })
        for i in paths.indices {
            let row = other.probabilities[position[paths[i]]!]
            for c in row.indices { probabilities[i][c] += row[c] }
        }
    }
}
