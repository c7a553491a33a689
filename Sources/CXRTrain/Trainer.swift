import CXRCheckpoint
import CXRData
import CXRNN
import CXRTensor
import Foundation

/// Errors that stop a training run.
public enum TrainingError: Error, CustomStringConvertible {
    case nonFiniteLoss(epoch: Int, batch: Int, lastGoodEpoch: Int)
    case resumeMismatch(String)

    public var description: String {
        switch self {
        case .nonFiniteLoss(let epoch, let batch, let lastGood):
            return "the loss became NaN or infinite in epoch \(epoch), batch \(batch); training stopped. The last complete checkpoint (epoch \(lastGood)) is kept in last.safetensors and best.safetensors. Try a lower learning rate."
        case .resumeMismatch(let reason):
            return "cannot resume: \(reason)"
        }
    }
}

/// Trains an `ImageClassifier` on a prepared dataset: the main job of CXRKit.
///
/// Each epoch trains on the training split (with augmentation and the chosen sampling),
/// scores the validation split (loss, per-class and mean ROC AUC), steps the learning-rate
/// schedule, writes `last.safetensors` (model, optimizer, progress; atomically) and, when the
/// validation mean AUC improves, `best.safetensors`.
public final class Trainer {
    public let configuration: TrainingConfiguration
    public let data: PreparedData
    public let run: RunDirectory
    public let model: ImageClassifier
    public private(set) var progress: TrainingProgress
    private let optimizer: any Optimizer
    private let schedule: (any LearningRateSchedule)?
    private let positiveWeights: [Float]?
    private let classWeights: [Float]?
    /// Called after each epoch (for tests and the CLI).
    public var onEpoch: ((EpochRecord) -> Void)?

    /// Sets up a new run in `run` (or continues it when `resume` is true).
    public init(configuration: TrainingConfiguration, data: PreparedData, run: RunDirectory, resume: Bool = false) throws {
        try configuration.validate()
        self.configuration = configuration
        self.data = data
        self.run = run
        guard let architecture = Architecture(rawValue: configuration.model.architecture) else {
            throw ConfigurationError("unknown architecture \(configuration.model.architecture); choose from \(Architecture.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let classes = data.dataset.classNames.count
        model = architecture.make(classes: classes, seed: configuration.seed)
        let train = data.split.train
        if configuration.objective.classWeights {
            switch configuration.objective.loss {
            case .bce:
                positiveWeights = data.dataset.positiveWeights(indices: train)
                classWeights = nil
            case .crossEntropy:
                let counts = data.dataset.positiveCounts(indices: train).map { Float(max($0, 1)) }
                let total = counts.reduce(0, +)
                classWeights = counts.map { total / (Float(counts.count) * $0) }
                positiveWeights = nil
            }
        } else {
            positiveWeights = nil
            classWeights = nil
        }
        let o = configuration.optimization
        switch o.optimizer {
        case .adam: optimizer = Adam(parameters: model.trainableParameters(), learningRate: o.learningRate, weightDecay: o.weightDecay)
        case .adamw: optimizer = AdamW(parameters: model.trainableParameters(), learningRate: o.learningRate, weightDecay: o.weightDecay)
        case .sgd: optimizer = SGD(parameters: model.trainableParameters(), learningRate: o.learningRate, momentum: o.momentum, weightDecay: o.weightDecay)
        }
        switch o.schedule {
        case .constant: schedule = nil
        case .plateau: schedule = ReduceLROnPlateau(optimizer: optimizer, mode: .max, factor: o.plateauFactor, patience: o.plateauPatience)
        case .cosine: schedule = CosineAnnealingLR(optimizer: optimizer, maximumEpochs: configuration.epochs)
        case .step: schedule = StepLR(optimizer: optimizer, stepSize: o.stepSize, gamma: o.stepGamma)
        }
        progress = TrainingProgress(completedEpochs: 0, bestMetric: nil, bestEpoch: nil, epochsWithoutImprovement: 0, history: [],
                                    schedule: nil, optimizerLearningRate: o.learningRate)
        try run.create()
        if resume {
            try restore()
        } else {
            try initialise()
            try run.write(try configuration.jsonData(), to: run.configuration)
            try PatientSplit.save(data.split, dataset: data.dataset, to: run.split.path)
            try run.write(Data((EpochRecord.csvHeader + "\n").utf8), to: run.metricsCSV)
        }
    }

    /// Applies `model.initialization`: scratch, a torchvision file, or a CXRKit checkpoint
    /// trained on other classes (backbone kept, head replaced).
    private func initialise() throws {
        let initialization = configuration.model.initialization
        guard initialization != "scratch" else { return }
        let path = initialization == "imagenet" ? try ImageNetWeights.path(for: configuration.model.architecture) : initialization
        // A CXRKit checkpoint (safetensors with CXRKit metadata) or any other weights file; a
        // corrupt safetensors file fails here with its parser's message, not as another format.
        if WeightsFile.format(of: path) == .safeTensors,
           try SafeTensors.read(contentsOf: path).metadata[CheckpointMetadata.key] != nil {
            let (tensors, metadata, _) = try Checkpoint.read(path)
            guard metadata.architecture == configuration.model.architecture else {
                throw ConfigurationError("\(path) holds a \(metadata.architecture), not a \(configuration.model.architecture)")
            }
            try model.load(tensors.filter { key, _ in !key.hasPrefix("optimizer.") }, ignoringPrefixes: [model.headName + "."])
        } else {
            try model.loadWeights(from: path, replacingHead: true)
        }
    }

    /// Continues from `last.safetensors`: weights, optimizer state, schedule and history.
    private func restore() throws {
        guard FileManager.default.fileExists(atPath: run.last.path) else {
            throw TrainingError.resumeMismatch("\(run.last.path) does not exist (no epoch was completed)")
        }
        let stored: TrainingConfiguration
        do {
            stored = try TrainingConfiguration.read(run.configuration.path)
        } catch {
            throw TrainingError.resumeMismatch("cannot read \(run.configuration.path) to check the run's settings (\(error)); "
                + "without it a resume could continue a run made with other settings")
        }
        do {
            // Only a longer run may continue a shorter one, and not under a cosine schedule, whose
            // learning rate reached its floor at the old last epoch and would stay there.
            var extended = stored
            extended.epochs = configuration.epochs
            if extended != configuration || (stored.epochs != configuration.epochs && configuration.optimization.schedule == .cosine) {
                let changes = stored.differences(to: configuration)
                throw TrainingError.resumeMismatch("\(run.path) holds a run with other settings (\(changes.joined(separator: "; "))); "
                    + "choose another output folder or delete that one")
            }
        }
        let (tensors, _, progressData) = try Checkpoint.read(run.last.path)
        guard let progressData else { throw TrainingError.resumeMismatch("\(run.last.path) has no progress record") }
        try model.load(tensors.filter { key, _ in !key.hasPrefix("optimizer.") })
        try optimizer.load(state: OptimizerState(stateDict: tensors.filter { key, _ in key.hasPrefix("optimizer.") }))
        progress = try JSONDecoder().decode(TrainingProgress.self, from: progressData)
        if let state = progress.schedule { try schedule?.load(state: state) }
        optimizer.learningRate = progress.optimizerLearningRate
    }

    /// Runs the remaining epochs. Returns the history.
    @discardableResult
    public func train() throws -> [EpochRecord] {
        let c = configuration
        let threads = c.loaderThreads ?? max(1, ProcessInfo.processInfo.activeProcessorCount - EngineThreads.count)
        let sampling: Sampling
        switch c.objective.sampling {
        case .shuffle: sampling = .sequential(shuffle: true)
        case .balanced: sampling = .classBalanced(count: nil)
        case .oversample: sampling = .oversampleMinority(factor: 4)
        }
        let trainLoader = try DataLoader(dataset: data.dataset, indices: data.split.train, pipeline: c.model.trainingPipeline(c.objective.augmentation),
                                         batchSize: c.batchSize, sampling: sampling, seed: c.seed, threads: threads, cache: .memory)
        let validationLoader = try DataLoader(dataset: data.dataset, indices: data.split.validation, pipeline: c.model.evaluationPipeline(),
                                              batchSize: c.batchSize, sampling: .sequential(shuffle: false), seed: c.seed, threads: threads, cache: .memory)
        while progress.completedEpochs < c.epochs {
            let epoch = progress.completedEpochs + 1
            if let patience = c.earlyStoppingPatience, progress.epochsWithoutImprovement >= patience {
                log("early stopping: no validation improvement for \(patience) epochs (best epoch \(progress.bestEpoch ?? 0))")
                break
            }
            let frozen = epoch <= c.freezeBackboneEpochs
            for parameter in model.backboneParameters() { parameter.requiresGrad = !frozen }
            let start = Date()
            let trainLoss = try trainEpoch(trainLoader, epoch: epoch, frozen: frozen)
            let seen = min(trainLoader.batchCount(epoch: epoch - 1), c.maximumBatchesPerEpoch ?? .max) * c.batchSize
            let trainSeconds = Date().timeIntervalSince(start)
            let predictions = try model.predict(validationLoader, loss: c.objective.loss, progressLabel: "  validate")
            let scores = ValidationScores(predictions, classNames: data.dataset.classNames)
            if !scores.classesWithoutThreshold.isEmpty {
                log("warning: no Youden threshold for \(scores.classesWithoutThreshold.joined(separator: ", ")) "
                    + "(the validation split lacks positives or negatives); 0.5 stands in for it in the checkpoint")
            }
            let record = EpochRecord(epoch: epoch, trainLoss: trainLoss, validationLoss: predictions.meanLoss,
                                     validationMeanAUC: scores.meanAUC, validationAUCs: scores.perClassAUC,
                                     learningRate: Double(optimizer.learningRate), seconds: Date().timeIntervalSince(start),
                                     trainImagesPerSecond: Double(seen) / max(trainSeconds, 1e-9))
            schedule?.step(metric: scores.meanAUC ?? -predictions.meanLoss)
            try finishEpoch(record, metric: scores.meanAUC ?? -predictions.meanLoss, thresholds: scores.thresholds)
        }
        return progress.history
    }

    private func trainEpoch(_ loader: DataLoader, epoch: Int, frozen: Bool) throws -> Double {
        model.train()
        let batches = min(loader.batchCount(epoch: epoch - 1), configuration.maximumBatchesPerEpoch ?? .max)
        let bar = ProgressBar(total: batches, label: "epoch \(epoch)/\(configuration.epochs)\(frozen ? " (head only)" : "")")
        let iterator = loader.epoch(epoch - 1)
        defer { iterator.cancel() }
        var total = 0.0, images = 0
        for index in 0..<batches {
            guard let batch = try iterator.next() else { break }
            guard batch.count > 1 || configuration.batchSize == 1 else { continue }  // batch norm needs two samples
            optimizer.zeroGrad()
            let logits = model(Tensor(shape: batch.shape, values: batch.images))
            let loss = Trainer.loss(logits: logits, labels: batch.labels, kind: configuration.objective.loss,
                                    positiveWeights: positiveWeights, classWeights: classWeights)
            guard loss.item.isFinite else {
                throw TrainingError.nonFiniteLoss(epoch: epoch, batch: index + 1, lastGoodEpoch: progress.completedEpochs)
            }
            loss.backward()
            optimizer.step()
            total += Double(loss.item) * Double(batch.count)
            images += batch.count
            bar.update(index + 1, units: images, extra: String(format: "loss %.4f", total / Double(images)))
        }
        return total / Double(max(images, 1))
    }

    /// Records the epoch, writes metrics and checkpoints (best first, then last: a crash in
    /// between leaves a consistent `last`).
    private func finishEpoch(_ record: EpochRecord, metric: Double, thresholds: [Float]?) throws {
        progress.history.append(record)
        progress.completedEpochs = record.epoch
        if progress.bestMetric.map({ metric > $0 }) ?? true {
            progress.bestMetric = metric
            progress.bestEpoch = record.epoch
            progress.epochsWithoutImprovement = 0
            try Checkpoint.write(model: model, metadata: metadata(epoch: record.epoch, auc: record.validationMeanAUC, thresholds: thresholds), to: run.best)
        } else {
            progress.epochsWithoutImprovement += 1
        }
        progress.schedule = schedule?.state()
        progress.optimizerLearningRate = optimizer.learningRate
        try Checkpoint.write(model: model, metadata: metadata(epoch: record.epoch, auc: record.validationMeanAUC, thresholds: thresholds),
                             extra: optimizer.state().stateDict(), progress: try JSONEncoder().encode(progress), to: run.last)
        var csv = (try? String(contentsOf: run.metricsCSV, encoding: .utf8)) ?? (EpochRecord.csvHeader + "\n")
        csv += record.csvLine + "\n"
        try run.write(Data(csv.utf8), to: run.metricsCSV)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try run.write(try encoder.encode(progress.history), to: run.metricsJSON)
        let auc = record.validationMeanAUC.map { String(format: "%.4f", $0) } ?? "n/a"
        log(String(format: "epoch %d/%d  train loss %.4f  val loss %.4f  val mean AUC %@  lr %.2g  %.0f s  %.1f img/s%@", record.epoch,
                   configuration.epochs, record.trainLoss, record.validationLoss, auc, record.learningRate, record.seconds,
                   record.trainImagesPerSecond, progress.bestEpoch == record.epoch ? "  (best)" : ""))
        onEpoch?(record)
    }

    private func metadata(epoch: Int, auc: Double?, thresholds: [Float]?) -> CheckpointMetadata {
        CheckpointMetadata(cxrkitVersion: Checkpoint.version, architecture: configuration.model.architecture,
                           classNames: data.dataset.classNames, imageSize: configuration.model.imageSize,
                           preprocessing: "RGB, exact resize to \(configuration.model.imageSize) (bilinear, antialiased), ImageNet mean/std",
                           loss: configuration.objective.loss, epoch: epoch, validationMeanAUC: auc, thresholds: thresholds,
                           dataset: data.dataset.name, splitDescription: data.splitDescription)
    }

    private func log(_ line: String) {
        print(line)
        fflush(stdout)
        run.appendLog(line)
    }

    /// The configured loss on a batch: BCE with logits against multi-hot labels, or
    /// cross-entropy against the argmax of one-hot labels.
    static func loss(logits: Tensor, labels: [Float], kind: LossKind, positiveWeights: [Float]?, classWeights: [Float]?) -> Tensor {
        let classes = logits.shape[1]
        switch kind {
        case .bce:
            return binaryCrossEntropyWithLogits(logits, targets: Tensor(shape: logits.shape, values: labels), positiveWeights: positiveWeights)
        case .crossEntropy:
            let targets = (0..<logits.shape[0]).map { i in
                (0..<classes).max { labels[i * classes + $0] < labels[i * classes + $1] } ?? 0
            }
            return crossEntropy(logits, targets: targets, classWeights: classWeights)
        }
    }
}

/// Where `--init imagenet` finds torchvision's ImageNet weights.
public enum ImageNetWeights {
    public static var directory: String {
        ProcessInfo.processInfo.environment["CXR_WEIGHTS_DIR"]
            ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".cache/cxrkit/weights").path
    }

    static let files = ["mobilenet_v2": "mobilenet_v2-b0353104.pth", "densenet121": "densenet121-a639ec97.pth",
                        "resnet50": "resnet50-0676ba61.pth", "resnet18": "resnet18-f37072fd.pth"]

    public static func path(for architecture: String) throws -> String {
        guard let file = files[architecture] else {
            throw ConfigurationError("no known ImageNet weights file for \(architecture); pass the torchvision .pth path to --init")
        }
        let path = directory + "/" + file
        guard FileManager.default.fileExists(atPath: path) else {
            throw ConfigurationError("ImageNet weights for \(architecture) not found at \(path)" +
                                     (architecture == "mobilenet_v2" ? "; run scripts/fetch_weights.sh" : "; put torchvision's file there or pass its path to --init"))
        }
        return path
    }
}
