import CXRCheckpoint
import CXREval
import Foundation

/// Pooled embeddings (or raw-pixel vectors) of a set of images with their labels, as written by
/// `cxr embed` and read by `cxr som` / `cxr tsne`.
///
/// On disk a safetensors file: tensor `embeddings` `[N, D]` and `labels` `[N, C]` (float32),
/// and under the metadata key `cxrkit_embeddings` a JSON `EmbeddingsFile.Info` (class names,
/// image paths, patient ids, where the vectors came from).
public struct EmbeddingsFile: Sendable {
    /// Where the vectors came from and what the rows are.
    public struct Info: Codable, Equatable, Sendable {
        /// `model` (pooled embeddings, the head's input) or `raw-pixels`.
        public var source: String
        /// The checkpoint path (model source only).
        public var model: String?
        public var architecture: String?
        /// Model input size, or the raw-pixel side.
        public var imageSize: Int
        public var dataset: String
        /// `train`, `validation`, `test` or `all`.
        public var split: String
        public var classNames: [String]
        public var paths: [String]
        public var patientIDs: [String]
        public var cxrkitVersion: String

        public init(source: String, model: String? = nil, architecture: String? = nil, imageSize: Int, dataset: String, split: String,
                    classNames: [String], paths: [String], patientIDs: [String]) {
            self.source = source; self.model = model; self.architecture = architecture; self.imageSize = imageSize
            self.dataset = dataset; self.split = split; self.classNames = classNames; self.paths = paths
            self.patientIDs = patientIDs; self.cxrkitVersion = Checkpoint.version
        }
    }

    public static let metadataKey = "cxrkit_embeddings"

    /// Rows (images).
    public let count: Int
    /// Features per row.
    public let width: Int
    /// `[count * width]` row-major.
    public var embeddings: [Float]
    /// `[count * classNames.count]` row-major multi-hot labels.
    public var labels: [Float]
    public var info: Info

    public init(count: Int, width: Int, embeddings: [Float], labels: [Float], info: Info) throws {
        guard embeddings.count == count * width else { throw ConfigurationError("embeddings: \(embeddings.count) values for \(count) x \(width)") }
        guard labels.count == count * info.classNames.count else {
            throw ConfigurationError("labels: \(labels.count) values for \(count) x \(info.classNames.count)")
        }
        guard info.paths.count == count, info.patientIDs.count == count else {
            throw ConfigurationError("embeddings: \(info.paths.count) paths and \(info.patientIDs.count) patient ids for \(count) rows")
        }
        self.count = count; self.width = width; self.embeddings = embeddings; self.labels = labels; self.info = info
    }

    /// The vectors as a matrix of doubles.
    public var matrix: Matrix { Matrix(rows: count, columns: width, floats: embeddings) }

    /// Labels per row.
    public var labelRows: [[Double]] {
        let c = info.classNames.count
        return (0..<count).map { i in (0..<c).map { Double(labels[i * c + $0]) } }
    }

    /// Writes the file atomically.
    public func write(to path: String) throws {
        let tensors = try OrderedStateDict([
            ("embeddings", NamedArray(shape: [count, width], values: embeddings)),
            ("labels", NamedArray(shape: [count, info.classNames.count], values: labels)),
        ])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try SafeTensors.write(tensors, to: path, metadata: [EmbeddingsFile.metadataKey: String(decoding: try encoder.encode(info), as: UTF8.self)])
    }

    /// Reads a file written by `write(to:)`.
    public static func read(_ path: String) throws -> EmbeddingsFile {
        guard FileManager.default.fileExists(atPath: path) else { throw ConfigurationError("no embeddings file at \(path)") }
        let tensors = try SafeTensors.read(contentsOf: path)
        guard let text = tensors.metadata[metadataKey], let data = text.data(using: .utf8) else {
            throw ConfigurationError("\(path) is not a CXRKit embeddings file (no '\(metadataKey)' metadata; write one with `cxr embed`)")
        }
        let info = try JSONDecoder().decode(Info.self, from: data)
        guard let e = tensors["embeddings"], e.shape.count == 2 else { throw ConfigurationError("\(path): no 2-D tensor 'embeddings'") }
        guard let l = tensors["labels"], l.shape.count == 2, l.shape[0] == e.shape[0] else { throw ConfigurationError("\(path): no tensor 'labels' [N, C] matching 'embeddings'") }
        return try EmbeddingsFile(count: e.shape[0], width: e.shape[1], embeddings: e.values, labels: l.values, info: info)
    }
}
