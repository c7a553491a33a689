import CXRData
import CXRNN
import CXRTensor
import CXRTrain
import Foundation

/// A trained model loaded for inference (`cxr predict`, `cxr cam`, `cxr localize`): the
/// network in evaluation mode, its checkpoint metadata, and the preprocessing the metadata
/// prescribes (RGB, exact resize to the training size, ImageNet mean/std).
struct InferenceModel {
    let network: ImageClassifier
    let metadata: CheckpointMetadata
    let pipeline: Pipeline

    /// Loads a CXRKit checkpoint (`.safetensors`) or a run folder (its `best.safetensors`).
    init(path: String) throws {
        let checkpoint = FileManager.default.isDirectory(path) ? RunDirectory(path).best.path : path
        (network, metadata) = try Checkpoint.loadModel(checkpoint)
        pipeline = Pipeline(channels: 3, resize: .exact(width: metadata.imageSize, height: metadata.imageSize), augmentations: [],
                            normalization: .imageNet)
    }

    /// The normalised `[3, size, size]` input values of a decoded image.
    func inputValues(_ image: Image) -> [Float] { pipeline.tensor(pipeline.preprocess(image)) }

    /// Decodes a file with the pipeline's decoding options.
    func decode(_ path: String) throws -> Image { try ImageDecoder.decode(contentsOf: path, options: pipeline.decoding) }

    /// Probabilities from logits: sigmoid for multi-label (BCE) models, softmax otherwise.
    func probabilities(_ logits: Tensor) -> Tensor { metadata.loss == .bce ? sigmoid(logits) : softmax(logits) }

    /// Probabilities from one image's logits.
    func probabilities(_ logits: [Float]) -> [Float] { probabilities(Tensor(shape: [1, logits.count], values: logits)).scalars }
}
