import CXRData
import CXRNN
import CXRTensor
import Foundation

/// Model outputs over a set of images.
public struct Predictions: Sendable {
    /// `[images][classes]` probabilities: sigmoid (multi-label) or softmax (multi-class).
    public var probabilities: [[Float]]
    public var labels: [[Float]]
    public var groups: [String]
    public var paths: [String]
    public var meanLoss: Double
}

extension ImageClassifier {
    /// Runs the model in evaluation mode over a loader's images, compiled for inference
    /// (``CompiledClassifier``; no autodiff graph).
    public func predict(_ loader: DataLoader, loss: LossKind, progressLabel: String? = nil) throws -> Predictions {
        let compiled = CompiledClassifier(self)
        var result = Predictions(probabilities: [], labels: [], groups: [], paths: [], meanLoss: 0)
        let epoch = loader.epoch(0)
        let bar = progressLabel.map { ProgressBar(total: loader.indices.count, label: $0) }
        var lossTotal = 0.0
        while let batch = try epoch.next() {
            let images = Tensor(shape: batch.shape, values: batch.images)
            let logits = compiled(images)
            let classes = logits.shape[1]
            let batchLoss = noGrad { Trainer.loss(logits: logits, labels: batch.labels, kind: loss, positiveWeights: nil, classWeights: nil) }
            lossTotal += Double(batchLoss.item) * Double(batch.count)
            let probabilities = loss == .bce ? sigmoid(logits) : softmax(logits)
            for i in 0..<batch.count {
                result.probabilities.append(Array(probabilities.buffer[(i * classes)..<((i + 1) * classes)]))
                result.labels.append(Array(batch.labels[(i * batch.classCount)..<((i + 1) * batch.classCount)]))
            }
            result.groups += batch.groups
            result.paths += batch.paths
            bar?.update(result.paths.count, units: result.paths.count)
        }
        result.meanLoss = lossTotal / Double(max(result.paths.count, 1))
        return result
    }
}
