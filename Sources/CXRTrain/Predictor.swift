import CXRData
import CXRNN
import CXRTensor
import Foundation

/// A trained model ready for inference: the network in evaluation mode, its checkpoint metadata
/// and the preprocessing that metadata prescribes. `cxr predict` and `cxr serve` both run this.
///
/// Preprocessing (as in training's evaluation pipeline): RGB (gray replicated), exact
/// `imageSize x imageSize` resize (PIL bilinear, antialiased), ImageNet mean/std.
/// Probabilities: sigmoid of the logits for a multi-label (BCE) model, softmax for a
/// multi-class (cross-entropy) one.
///
/// Not thread-safe: run one forward pass at a time.
public final class Predictor {
    public let model: ImageClassifier
    public let metadata: CheckpointMetadata
    public let pipeline: Pipeline
    /// The model compiled for inference (fused oneDNN graphs, one per batch size).
    public let compiled: CompiledClassifier

    public init(model: ImageClassifier, metadata: CheckpointMetadata) {
        model.eval()
        self.model = model
        self.compiled = CompiledClassifier(model)
        self.metadata = metadata
        self.pipeline = Predictor.pipeline(for: metadata)
    }

    /// Loads a CXRKit checkpoint (`.safetensors`) or a run folder's `best.safetensors`.
    public static func load(_ modelOrRun: String) throws -> Predictor {
        let (model, metadata) = try Checkpoint.loadModel(checkpointPath(modelOrRun))
        return Predictor(model: model, metadata: metadata)
    }

    /// The checkpoint file a model argument names: the file itself, or a run folder's best weights.
    public static func checkpointPath(_ modelOrRun: String) -> String {
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: modelOrRun, isDirectory: &isDirectory)
        return exists && isDirectory.boolValue ? RunDirectory(modelOrRun).best.path : modelOrRun
    }

    /// The evaluation preprocessing of a checkpoint (no augmentation).
    public static func pipeline(for metadata: CheckpointMetadata) -> Pipeline {
        Pipeline(channels: 3, resize: .exact(width: metadata.imageSize, height: metadata.imageSize), augmentations: [],
                 normalization: .imageNet)
    }

    public var classNames: [String] { metadata.classNames }

    /// `[3, imageSize, imageSize]`: the shape of one preprocessed input.
    public var inputShape: [Int] { [3, metadata.imageSize, metadata.imageSize] }

    /// Preprocesses a decoded image into the model's normalised CHW input.
    public func input(_ image: Image) -> [Float] { pipeline.tensor(pipeline.preprocess(image)) }

    /// Stacks CHW inputs into one `[N, 3, size, size]` batch.
    public func batch(_ inputs: [[Float]]) -> Tensor {
        precondition(!inputs.isEmpty, "empty batch")
        let count = inputShape.reduce(1, *)
        precondition(inputs.allSatisfy { $0.count == count }, "every input must have \(count) values (shape \(inputShape))")
        return Tensor(shape: [inputs.count] + inputShape, values: inputs.flatMap { $0 })
    }

    /// Per-image probabilities `[N][classes]` from logits `[N, classes]`.
    public func probabilities(logits: Tensor) -> [[Float]] {
        let probabilities = noGrad { metadata.loss == .bce ? sigmoid(logits) : softmax(logits) }
        let classes = logits.shape[1]
        return (0..<logits.shape[0]).map { i in Array(probabilities.buffer[(i * classes)..<((i + 1) * classes)]) }
    }

    /// One forward pass over CHW inputs: per-image probabilities `[N][classes]`.
    public func probabilities(_ inputs: [[Float]]) -> [[Float]] {
        let logits = compiled(batch(inputs))
        return probabilities(logits: logits)
    }
}
