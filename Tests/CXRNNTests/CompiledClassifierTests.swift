import CXRNN
import CXRTensor
import CXRTestSupport
import XCTest

/// `CompiledClassifier` against the model's ordinary forward pass, for batch sizes that are
/// padded to a power of two and for several shapes in turn.
final class CompiledClassifierTests: XCTestCase {
    func testLogitsAndEmbeddingsMatchTheModelForEveryBatchSize() {
        let models: [ImageClassifier] = [
            DenseNet(growthRate: 8, blockConfig: [2, 2, 2, 2], initialFeatures: 16, classes: 3),
            ResNet(block: .bottleneck, layers: [1, 2, 1, 1], baseWidth: 8, classes: 3),
            MobileNetV2(widthMultiplier: 0.25, dropoutProbability: 0.2, classes: 3),
        ]
        var generator = SeededGenerator(seed: 3)
        for model in models {
            // Non-trivial running statistics, so folding batch norm matters.
            for (name, buffer) in model.namedBuffers() where name.hasSuffix("running_mean") {
                buffer.assign(.normal(buffer.shape, standardDeviation: 0.1, generator: &generator))
            }
            let compiled = CompiledClassifier(model)
            for batch in [1, 3, 5, 3] {
                let x = Tensor.normal([batch, 3, 48, 48], standardDeviation: 1, generator: &generator)
                let expected = noGrad { model(x) }
                let observed = compiled(x)
                XCTAssertEqual(observed.shape, [batch, 3])
                let error = relativeError(observed.scalars, expected.scalars, floor: 1e-3)
                XCTAssertLessThanOrEqual(error, 1e-4, "\(model.architecture) batch \(batch): expected \(expected), observed \(observed)")
                let embedding = compiled.embedding(x)
                XCTAssertEqual(embedding.shape, [batch, model.embeddingWidth])
            }
            XCTAssertNil(compiled.fallbackReason, "\(model.architecture): \(compiled.fallbackReason ?? "")")
        }
    }
}
