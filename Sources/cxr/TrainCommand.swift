import ArgumentParser
import CXRTrain
import Foundation

extension DatasetKind: ExpressibleByArgument {}
extension OptimizerKind: ExpressibleByArgument {}
extension ScheduleKind: ExpressibleByArgument {}
extension LossKind: ExpressibleByArgument {}
extension SamplingKind: ExpressibleByArgument {}
extension AugmentationPreset: ExpressibleByArgument {}

/// Dataset options shared by `train`, `cv` and `evaluate`.
struct DatasetOptions: ParsableArguments {
    @Option(help: "Dataset kind: nih, covid, fifteen, folder or csv.")
    var dataset: DatasetKind?

    @Option(help: "Dataset root (NIH or COVID folder, class-folder root, or CSV file).")
    var data: String?

    @Option(help: "For the fifteen-class set: the NIH root.")
    var nihRoot: String?

    @Flag(help: "Go on with the images present when some listed files are missing.")
    var allowMissing = false

    @Option(help: "A fold table (image, group, labels, test_fold, val_in_folds), e.g. ../shared/reference/covid_folds.csv.")
    var folds: String?

    func apply(to configuration: inout TrainingConfiguration) {
        if let dataset { configuration.data.kind = dataset }
        if let data { configuration.data.root = data }
        if let nihRoot { configuration.data.secondaryRoot = nihRoot }
        if allowMissing { configuration.data.allowMissing = true }
        if let folds { configuration.data.foldTable = folds }
    }
}

/// Model and optimisation options shared by `train` and `cv`.
struct RecipeOptions: ParsableArguments {
    @Option(help: "A JSON configuration file (flags given as well override it).")
    var config: String?

    @Option(help: "Architecture: densenet121 (default), resnet50, mobilenet_v2, ...")
    var model: String?

    @Option(help: "Image size.")
    var imageSize: Int?

    @Option(name: .customLong("init"), help: "Initialisation: scratch, imagenet, or a checkpoint file (torchvision .pth or CXRKit .safetensors; the head is replaced).")
    var initialization: String?

    @Option(help: "Epochs.")
    var epochs: Int?

    @Option(help: "Batch size.")
    var batchSize: Int?

    @Option(help: "Learning rate.")
    var learningRate: Float?

    @Option(help: "Weight decay.")
    var weightDecay: Float?

    @Option(help: "Optimizer: adam, adamw or sgd.")
    var optimizer: OptimizerKind?

    @Option(help: "Learning-rate schedule: plateau (default), cosine, step or constant.")
    var schedule: ScheduleKind?

    @Option(help: "Loss: bce (multi-label) or crossEntropy (multi-class).")
    var loss: LossKind?

    @Flag(help: "Weight classes by their frequency in the training split (BCE positive weights or CE class weights).")
    var classWeights = false

    @Option(help: "Sampling: shuffle, balanced or oversample.")
    var sampling: SamplingKind?

    @Option(help: "Augmentation: none, reference (flip + rotation 10 degrees) or strong.")
    var augmentation: AugmentationPreset?

    @Option(help: "Stop after this many epochs without validation improvement.")
    var earlyStopping: Int?

    @Option(help: "Train only the head for the first N epochs.")
    var freezeBackboneEpochs: Int?

    @Option(help: "Random seed.")
    var seed: UInt64?

    @Option(help: "Use at most this many training batches per epoch (smoke runs).")
    var maxBatches: Int?

    func configuration(dataset: DatasetOptions) throws -> TrainingConfiguration {
        var c = try config.map(TrainingConfiguration.read) ?? TrainingConfiguration()
        dataset.apply(to: &c)
        if let model { c.model.architecture = model }
        if let imageSize { c.model.imageSize = imageSize }
        if let initialization { c.model.initialization = initialization }
        if let epochs { c.epochs = epochs }
        if let batchSize { c.batchSize = batchSize }
        if let learningRate { c.optimization.learningRate = learningRate }
        if let weightDecay { c.optimization.weightDecay = weightDecay }
        if let optimizer { c.optimization.optimizer = optimizer }
        if let schedule { c.optimization.schedule = schedule }
        if let loss { c.objective.loss = loss }
        if classWeights { c.objective.classWeights = true }
        if let sampling { c.objective.sampling = sampling }
        if let augmentation { c.objective.augmentation = augmentation }
        if let earlyStopping { c.earlyStoppingPatience = earlyStopping }
        if let freezeBackboneEpochs { c.freezeBackboneEpochs = freezeBackboneEpochs }
        if let seed { c.seed = seed }
        if let maxBatches { c.maximumBatchesPerEpoch = maxBatches }
        try c.validate()
        return c
    }
}

/// `cxr train`: trains a classifier and keeps the best checkpoint by validation mean AUC.
struct Train: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Train a classifier (patient-level split; best checkpoint by validation mean AUC).",
        discussion: "Resume an interrupted run with `cxr train --resume RUN`.")

    @OptionGroup var engine: EngineOptions
    @OptionGroup var datasetOptions: DatasetOptions
    @OptionGroup var recipe: RecipeOptions

    @Option(help: "Run folder to create (default runs/<timestamp>).")
    var output: String?

    @Option(help: "Resume the run in this folder from its last complete epoch.")
    var resume: String?

    @Option(help: "With a fold table: the test fold.")
    var testFold: Int = 0

    func validate() throws {
        if resume != nil && output != nil { throw ValidationError("--resume continues an existing run; do not also give --output") }
    }

    func run() throws {
        engine.apply()
        let runDirectory: RunDirectory
        var configuration: TrainingConfiguration
        if let resume {
            runDirectory = RunDirectory(resume)
            configuration = try TrainingConfiguration.read(runDirectory.configuration.path)
            if let epochs = recipe.epochs { configuration.epochs = epochs }
        } else {
            configuration = try recipe.configuration(dataset: datasetOptions)
            configuration.data.testFold = testFold
            runDirectory = RunDirectory(output ?? "runs/" + RunName.timestamp())
        }
        let data = try configuration.data.prepare(seed: configuration.seed)
        print("dataset \(data.dataset.name): \(data.dataset.count) images, \(Set(data.dataset.groups).count) patients; \(data.splitDescription)")
        print("split: train \(data.split.train.count), validation \(data.split.validation.count), test \(data.split.test.count) images")
        if !data.dataset.missingFiles.isEmpty { print("note: \(data.dataset.missingFiles.count) listed images are missing on disk and were skipped") }
        let trainer = try Trainer(configuration: configuration, data: data, run: runDirectory, resume: resume != nil)
        print("\(configuration.model.architecture) (\(trainer.model.parameterCount) parameters), init \(configuration.model.initialization), run folder \(runDirectory.path)")
        try trainer.train()
        print("best epoch \(trainer.progress.bestEpoch ?? 0), validation mean AUC \(trainer.progress.bestMetric.map { String(format: "%.4f", $0) } ?? "n/a"); checkpoint \(runDirectory.best.path)")
    }
}

enum RunName {
    static func timestamp() -> String {
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        return formatter.string(from: Date())
    }
}
