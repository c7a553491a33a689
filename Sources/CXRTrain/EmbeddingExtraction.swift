import CXRData
import CXRNN
import CXRTensor
import Foundation

/// Which images `cxr embed` covers.
public enum EmbeddingSplit: String, CaseIterable, Codable, Sendable {
    case train, validation, test, all

    /// The dataset indices of this part of `split` (all samples for `.all`).
    public func indices(_ split: Split?, count: Int) -> [Int] {
        switch self {
        case .all: return Array(0..<count)
        case .train: return split?.train ?? []
        case .validation: return split?.validation ?? []
        case .test: return split?.test ?? []
        }
    }
}

/// Turns images into vectors for the latent-space analyses: a model's pooled embeddings (the
/// head's input, evaluation mode, no graph recorded) or downsampled grayscale pixels.
public enum EmbeddingExtraction {
    /// Pooled embeddings `[N, model.embeddingWidth]` of `dataset`'s images at `indices`, through
    /// the checkpoint's evaluation preprocessing (RGB, exact resize to `imageSize`, ImageNet
    /// normalisation), in dataset order.
    public static func embed(model: ImageClassifier, metadata: CheckpointMetadata, modelPath: String, dataset: Dataset, indices: [Int],
                             split: String, batchSize: Int = 16, threads: Int = ProcessInfo.processInfo.activeProcessorCount,
                             progressLabel: String? = "embed") throws -> EmbeddingsFile {
        guard !indices.isEmpty else { throw ConfigurationError("no images to embed (the \(split) split is empty)") }
        let pipeline = Pipeline(channels: 3, resize: .exact(width: metadata.imageSize, height: metadata.imageSize), augmentations: [],
                                normalization: .imageNet)
        let compiled = CompiledClassifier(model)
        let width = model.embeddingWidth
        return try collect(dataset: dataset, indices: indices, pipeline: pipeline, width: width, batchSize: batchSize, threads: threads,
                           progressLabel: progressLabel,
                           info: .init(source: "model", model: modelPath, architecture: metadata.architecture, imageSize: metadata.imageSize,
                                       dataset: dataset.name, split: split, classNames: dataset.classNames, paths: [], patientIDs: [])) { batch in
            let images = Tensor(shape: batch.shape, values: batch.images)
            return compiled.embedding(images).scalars
        }
    }

    /// Grayscale pixels in [0, 1] after an exact (antialiased bilinear) resize to `size x size`,
    /// one `size * size` vector per image: the raw-input baseline for the latent comparison.
    public static func rawPixels(dataset: Dataset, indices: [Int], split: String, size: Int = 32, batchSize: Int = 64,
                                 threads: Int = ProcessInfo.processInfo.activeProcessorCount, progressLabel: String? = "pixels") throws -> EmbeddingsFile {
        guard size >= 2 else { throw ConfigurationError("the raw-pixel size must be at least 2") }
        guard !indices.isEmpty else { throw ConfigurationError("no images (the \(split) split is empty)") }
        let pipeline = Pipeline(channels: 1, resize: .exact(width: size, height: size), augmentations: [], normalization: .unit)
        return try collect(dataset: dataset, indices: indices, pipeline: pipeline, width: size * size, batchSize: batchSize, threads: threads,
                           progressLabel: progressLabel,
                           info: .init(source: "raw-pixels", imageSize: size, dataset: dataset.name, split: split,
                                       classNames: dataset.classNames, paths: [], patientIDs: [])) { $0.images }
    }

    private static func collect(dataset: Dataset, indices: [Int], pipeline: Pipeline, width: Int, batchSize: Int, threads: Int,
                                progressLabel: String?, info: EmbeddingsFile.Info, vectors: (Batch) throws -> [Float]) throws -> EmbeddingsFile {
        let loader = try DataLoader(dataset: dataset, indices: indices, pipeline: pipeline, batchSize: batchSize,
                                    sampling: .sequential(shuffle: false), seed: 0, threads: threads)
        let epoch = loader.epoch(0)
        let bar = progressLabel.map { ProgressBar(total: indices.count, label: $0) }
        var values: [Float] = [], labels: [Float] = [], paths: [String] = [], groups: [String] = []
        values.reserveCapacity(indices.count * width)
        while let batch = try epoch.next() {
            let v = try vectors(batch)
            guard v.count == batch.count * width else { throw ConfigurationError("expected \(width) values per image, got \(v.count / max(batch.count, 1))") }
            values += v
            labels += batch.labels
            paths += batch.paths
            groups += batch.groups
            bar?.update(paths.count, units: paths.count)
        }
        var info = info
        info.paths = paths
        info.patientIDs = groups
        return try EmbeddingsFile(count: paths.count, width: width, embeddings: values, labels: labels, info: info)
    }
}
