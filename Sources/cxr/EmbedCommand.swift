import ArgumentParser
import CXRData
import CXRTrain
import Foundation

extension EmbeddingSplit: ExpressibleByArgument {}

/// `cxr embed MODEL DATASET-OPTIONS --output FILE`: pooled embeddings of a dataset's images.
struct Embed: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Pooled embeddings (the head's input) of a dataset's images, or raw pixels, into a safetensors file.",
        discussion: """
            MODEL is a CXRKit checkpoint or a run folder; a run folder also supplies its dataset and its saved \
            patient split (dataset options given here override the dataset). The file holds `embeddings` [N, D], \
            `labels` [N, C] and JSON metadata (class names, image paths, patient ids, source). With --raw-pixels SIZE \
            (32 is the usual choice) no model is needed: the vectors are SIZE x SIZE grayscale pixels in [0, 1].
            """)

    @OptionGroup var engine: EngineOptions

    @Argument(help: "A CXRKit checkpoint (.safetensors) or a run folder (omit with --raw-pixels).")
    var model: String?

    @OptionGroup var datasetOptions: DatasetOptions

    @Option(help: "Which images: train, validation, test (of the patient-level split) or all.")
    var split: EmbeddingSplit = .all

    @Option(help: "Output file (.safetensors).")
    var output: String

    @Option(name: .customLong("raw-pixels"), help: "Write SIZE x SIZE grayscale pixel vectors instead of model embeddings (e.g. 32).")
    var rawPixels: Int?

    @Option(help: "Seed of the random patient split (when there is no fold table or run split).")
    var seed: UInt64 = 0

    @Option(help: "Images per forward pass.")
    var batchSize: Int = 16

    func validate() throws {
        if model == nil && rawPixels == nil { throw ValidationError("give a MODEL, or --raw-pixels SIZE") }
        if let rawPixels, rawPixels < 2 { throw ValidationError("--raw-pixels must be at least 2") }
        if batchSize < 1 { throw ValidationError("--batch-size must be positive") }
    }

    func run() throws {
        engine.apply()
        var configuration = TrainingConfiguration()
        var checkpoint: String?
        var run: RunDirectory?
        if let model {
            if FileManager.default.isDirectory(model) {
                let folder = RunDirectory(model)
                guard FileManager.default.fileExists(atPath: folder.configuration.path) else {
                    throw ConfigurationError("\(model) is a folder without config.json; give a checkpoint file or a run folder")
                }
                configuration = try TrainingConfiguration.read(folder.configuration.path)
                checkpoint = folder.best.path
                run = folder
            } else {
                checkpoint = model
            }
        }
        let datasetGiven = datasetOptions.dataset != nil || datasetOptions.data != nil
        guard datasetGiven || run != nil else { throw ConfigurationError("give the dataset: --dataset KIND --data PATH (or a run folder as MODEL)") }
        datasetOptions.apply(to: &configuration)
        let images: Dataset
        var indices: [Int]
        if split == .all {
            images = try configuration.data.loadDataset()
            indices = Array(0..<images.count)
            print("dataset \(images.name): \(images.count) images")
        } else if let run, !datasetGiven, FileManager.default.fileExists(atPath: run.split.path) {
            images = try configuration.data.loadDataset()
            let parts = try PatientSplit.load(from: run.split.path, dataset: images, allowMissing: configuration.data.allowMissing)
            indices = split.indices(parts, count: images.count)
            print("dataset \(images.name): \(images.count) images; the saved split of run \(run.path)")
        } else {
            let prepared = try configuration.data.prepare(seed: seed)
            images = prepared.dataset
            indices = split.indices(prepared.split, count: images.count)
            print("dataset \(images.name): \(images.count) images; \(prepared.splitDescription)")
        }
        guard !indices.isEmpty else { throw ConfigurationError("the \(split.rawValue) split has no images") }
        indices.sort()
        let file: EmbeddingsFile
        if let rawPixels {
            file = try EmbeddingExtraction.rawPixels(dataset: images, indices: indices, split: split.rawValue, size: rawPixels)
        } else if let checkpoint {
            let (network, metadata) = try Checkpoint.loadModel(checkpoint)
            file = try EmbeddingExtraction.embed(model: network, metadata: metadata, modelPath: checkpoint, dataset: images, indices: indices,
                                                 split: split.rawValue, batchSize: batchSize)
        } else {
            throw ConfigurationError("give a MODEL, or --raw-pixels SIZE")
        }
        try file.write(to: output)
        print("wrote \(output): \(file.count) x \(file.width) (\(file.info.source)), labels for \(file.info.classNames.count) classes")
    }
}
