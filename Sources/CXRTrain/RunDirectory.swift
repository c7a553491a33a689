import CXRCheckpoint
import CXRNN
import Foundation

/// The folder of one training run:
///
///     RUN/config.json          effective configuration
///     RUN/split.json           the patient-level split (image file names per part)
///     RUN/last.safetensors     model + optimizer state + progress, written atomically each epoch
///     RUN/best.safetensors     model weights of the best validation epoch, with metadata
///     RUN/metrics.csv, .json   one row per epoch
///     RUN/train.log            the epoch lines
public struct RunDirectory: Sendable {
    public let url: URL

    public init(_ path: String) { url = URL(fileURLWithPath: path) }

    public var path: String { url.path }
    public var configuration: URL { url.appendingPathComponent("config.json") }
    public var split: URL { url.appendingPathComponent("split.json") }
    public var last: URL { url.appendingPathComponent("last.safetensors") }
    public var best: URL { url.appendingPathComponent("best.safetensors") }
    public var metricsCSV: URL { url.appendingPathComponent("metrics.csv") }
    public var metricsJSON: URL { url.appendingPathComponent("metrics.json") }
    public var log: URL { url.appendingPathComponent("train.log") }

    public func create() throws {
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// Writes `data` atomically (temporary file in the same folder, then rename).
    public func write(_ data: Data, to file: URL) throws {
        try AtomicFile.write([UInt8](data), to: file.path)
    }

    public func appendLog(_ line: String) {
        let data = Data((line + "\n").utf8)
        if let handle = try? FileHandle(forWritingTo: log) {
            handle.seekToEndOfFile()
            handle.write(data)
            try? handle.close()
        } else {
            try? data.write(to: log)
        }
    }
}

/// Descriptive metadata stored in every CXRKit checkpoint's safetensors header.
public struct CheckpointMetadata: Codable, Equatable, Sendable {
    public var cxrkitVersion: String
    public var architecture: String
    public var classNames: [String]
    public var imageSize: Int
    /// Preprocessing a user must apply: RGB, exact resize, ImageNet mean/std.
    public var preprocessing: String
    public var loss: LossKind
    public var epoch: Int
    public var validationMeanAUC: Double?
    /// Operating thresholds per class (Youden on validation), when computed.
    public var thresholds: [Float]?
    public var dataset: String
    public var splitDescription: String

    public static let key = "cxrkit"

    public init(cxrkitVersion: String = Checkpoint.version, architecture: String, classNames: [String], imageSize: Int,
                preprocessing: String, loss: LossKind, epoch: Int, validationMeanAUC: Double? = nil, thresholds: [Float]? = nil,
                dataset: String, splitDescription: String) {
        self.cxrkitVersion = cxrkitVersion; self.architecture = architecture; self.classNames = classNames
        self.imageSize = imageSize; self.preprocessing = preprocessing; self.loss = loss; self.epoch = epoch
        self.validationMeanAUC = validationMeanAUC; self.thresholds = thresholds; self.dataset = dataset
        self.splitDescription = splitDescription
    }
}

/// Reading and writing CXRKit checkpoints.
public enum Checkpoint {
    public static let version = "0.1.0"

    /// Writes model weights (and optional extra arrays, e.g. optimizer state) with metadata,
    /// atomically.
    public static func write(model: Module, metadata: CheckpointMetadata, extra: OrderedStateDict = OrderedStateDict(),
                             progress: Data? = nil, to url: URL) throws {
        var tensors = model.stateDict()
        for (key, value) in extra.entries { tensors[key] = value }
        var header = [CheckpointMetadata.key: String(data: try JSONEncoder().encode(metadata), encoding: .utf8)!]
        if let progress { header["progress"] = String(data: progress, encoding: .utf8)! }
        try SafeTensors.write(tensors, to: url.path, metadata: header)
    }

    /// Reads a CXRKit checkpoint: its tensors and metadata.
    public static func read(_ path: String) throws -> (tensors: OrderedStateDict, metadata: CheckpointMetadata, progress: Data?) {
        let tensors = try SafeTensors.read(contentsOf: path)
        guard let text = tensors.metadata[CheckpointMetadata.key], let data = text.data(using: .utf8) else {
            throw ConfigurationError("\(path) is not a CXRKit checkpoint (no '\(CheckpointMetadata.key)' metadata)")
        }
        let metadata = try JSONDecoder().decode(CheckpointMetadata.self, from: data)
        return (tensors, metadata, tensors.metadata["progress"].flatMap { $0.data(using: .utf8) })
    }

    /// Builds the model a checkpoint describes and loads its weights (ignoring extra arrays).
    public static func loadModel(_ path: String) throws -> (model: ImageClassifier, metadata: CheckpointMetadata) {
        let (tensors, metadata, _) = try read(path)
        guard let architecture = Architecture(rawValue: metadata.architecture) else {
            throw ConfigurationError("\(path): unknown architecture \(metadata.architecture)")
        }
        let model = architecture.make(classes: metadata.classNames.count)
        try model.load(tensors.filter { key, _ in !key.hasPrefix("optimizer.") })
        model.eval()
        return (model, metadata)
    }
}
