import Foundation

/// Everything that defines a training run. Written to the run folder as `config.json`; a
/// JSON file of this shape can replace command-line flags (`cxr train --config FILE`).
public struct TrainingConfiguration: Codable, Equatable, Sendable {
    /// Which dataset and how to split it.
    public var data = DataConfiguration()
    /// Architecture (torchvision name), image size and initialisation.
    public var model = ModelConfiguration()
    /// Optimiser and learning-rate schedule.
    public var optimization = OptimizationConfiguration()
    /// Loss and sampling.
    public var objective = ObjectiveConfiguration()
    /// Epochs, batch size, early stopping.
    public var epochs = 10
    public var batchSize = 16
    /// Stop when the validation metric has not improved for this many epochs (nil: never).
    public var earlyStoppingPatience: Int? = nil
    /// Train only the head for the first N epochs.
    public var freezeBackboneEpochs = 0
    /// Seed for initialisation, splits, sampling and augmentation.
    public var seed: UInt64 = 0
    /// Loader threads (nil: the cores the engine leaves free, at least one: the loader decodes and
    /// augments the next batches while the engine computes, and threads beyond the cores would
    /// preempt the engine's OpenMP workers, which wait for each other at every barrier).
    public var loaderThreads: Int? = nil
    /// Stop after this many training batches per epoch (nil: the whole epoch); for smoke runs.
    public var maximumBatchesPerEpoch: Int? = nil

    public init() {}

    public func validate() throws {
        guard epochs >= 1 else { throw ConfigurationError("epochs must be at least 1") }
        guard batchSize >= 1 else { throw ConfigurationError("batchSize must be at least 1") }
        guard model.imageSize >= 32 else { throw ConfigurationError("imageSize must be at least 32") }
        guard optimization.learningRate > 0 else { throw ConfigurationError("learningRate must be positive") }
        guard freezeBackboneEpochs >= 0 else { throw ConfigurationError("freezeBackboneEpochs must be >= 0") }
    }
}

public struct DataConfiguration: Codable, Equatable, Sendable {
    /// `nih`, `covid`, `fifteen`, `folder` or `csv`.
    public var kind: DatasetKind = .covid
    /// Dataset root (NIH or COVID folder, class-folder root, or the CSV file).
    public var root = "../shared/data/covid-19-image-collection"
    /// For `fifteen`: the NIH root (`root` is then the COVID root).
    public var secondaryRoot: String? = nil
    /// Go on with the images present when some listed ones are missing.
    public var allowMissing = false
    /// A fold table (`image, group, labels, test_fold, val_in_folds`) and the test fold, or nil
    /// for a seeded random patient split.
    public var foldTable: String? = nil
    public var testFold: Int = 0
    /// Random patient split fractions (when no fold table is given).
    public var validationFraction = 0.1
    public var testFraction = 0.2
    public init() {}
}

public enum DatasetKind: String, Codable, CaseIterable, Sendable {
    case nih, covid, fifteen, folder, csv
}

public struct ModelConfiguration: Codable, Equatable, Sendable {
    public var architecture = "densenet121"
    public var imageSize = 224
    /// `scratch`, a torchvision ImageNet checkpoint path (`--init imagenet` resolves to the
    /// cached MobileNetV2 file), or a CXRKit checkpoint (`.safetensors`) trained on other
    /// classes: the backbone is kept and the head replaced.
    public var initialization = "scratch"
    public init() {}
}

public struct OptimizationConfiguration: Codable, Equatable, Sendable {
    public var optimizer: OptimizerKind = .adam
    public var learningRate: Float = 1e-4
    public var weightDecay: Float = 1e-5
    public var momentum: Float = 0.9
    public var schedule: ScheduleKind = .plateau
    /// ReduceLROnPlateau factor and patience (on the validation metric, mode max).
    public var plateauFactor = 0.1
    public var plateauPatience = 2
    public var stepSize = 5
    public var stepGamma = 0.1
    public init() {}
}

public enum OptimizerKind: String, Codable, CaseIterable, Sendable { case adam, adamw, sgd }
public enum ScheduleKind: String, Codable, CaseIterable, Sendable { case constant, plateau, cosine, step }

public struct ObjectiveConfiguration: Codable, Equatable, Sendable {
    /// `bce` (multi-label, one sigmoid per class) or `crossEntropy` (one class per image).
    public var loss: LossKind = .bce
    /// Weight positives by neg/pos per class (BCE) or classes by inverse frequency (CE).
    public var classWeights = false
    /// `shuffle`, `balanced` (class-balanced sampling) or `oversample` (rare classes repeated).
    public var sampling: SamplingKind = .shuffle
    /// Augmentation: `reference` (flip + rotation 10 degrees), `strong`, or `none`.
    public var augmentation: AugmentationPreset = .reference
    public init() {}
}

public enum LossKind: String, Codable, CaseIterable, Sendable { case bce, crossEntropy }
public enum SamplingKind: String, Codable, CaseIterable, Sendable { case shuffle, balanced, oversample }
public enum AugmentationPreset: String, Codable, CaseIterable, Sendable { case none, reference, strong }

public struct ConfigurationError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}

extension TrainingConfiguration {
    /// Reads a configuration from a JSON file; unknown keys are an error naming them.
    public static func read(_ path: String) throws -> TrainingConfiguration {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        return try decode(data, path: path)
    }

    /// Decodes a configuration from JSON data; `path` is only used in error messages.
    public static func decode(_ data: Data, path: String = "<memory>") throws -> TrainingConfiguration {
        do {
            return try JSONDecoder().decode(TrainingConfiguration.self, from: data)
        } catch {
            throw ConfigurationError("cannot read configuration \(path): \(error)")
        }
    }

    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }
}
