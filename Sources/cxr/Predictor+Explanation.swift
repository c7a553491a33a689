import CXRData
import CXRTensor
import CXRTrain

/// What `cxr cam` and `cxr localize` need of the shared `Predictor` (the model, its metadata
/// and the preprocessing the metadata prescribes), one image at a time.
extension Predictor {
    /// Decodes a file with the pipeline's decoding options.
    func decode(_ path: String) throws -> Image { try ImageDecoder.decode(contentsOf: path, options: pipeline.decoding) }

    /// Probabilities from one image's logits (sigmoid for BCE models, softmax otherwise).
    func probabilities(_ logits: [Float]) -> [Float] {
        probabilities(logits: Tensor(shape: [1, logits.count], values: logits))[0]
    }
}
