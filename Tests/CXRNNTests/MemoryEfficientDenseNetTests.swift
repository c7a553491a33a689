import CXRNN
import CXRTensor
import CXRTestSupport
import XCTest

/// The memory-efficient DenseNet (each dense layer's bottleneck recomputed in backward) against
/// the plain one on the same weights and batch: the same training logits, loss, gradients of
/// every parameter and running statistics. (The plain path is checked against torchvision in
/// ModelParityTests, which now runs the memory-efficient one in training.)
final class MemoryEfficientDenseNetTests: XCTestCase {
    func values(_ count: Int, seed: UInt64) -> [Float] { deterministicValues(count, seed: seed) }

    func trainingStep(memoryEfficient: Bool) -> (logits: [Float], loss: Float, gradients: [(String, [Float])], buffers: [(String, [Float])]) {
        let model = DenseNet(growthRate: 8, blockConfig: [3, 2, 2, 2], initialFeatures: 16, classes: 3, seed: 11)
        model.memoryEfficient = memoryEfficient
        XCTAssertEqual(model.memoryEfficient, memoryEfficient)
        model.train()
        let input = Tensor(shape: [3, 3, 48, 48], values: values(3 * 3 * 48 * 48, seed: 1))
        let targets = Tensor(shape: [3, 3], values: [1, 0, 1, 0, 0, 1, 1, 1, 0])
        let logits = model(input)
        let loss = binaryCrossEntropyWithLogits(logits, targets: targets)
        loss.backward()
        return (logits.scalars, loss.item,
                model.namedParameters().map { ($0.name, $0.tensor.grad?.scalars ?? []) },
                model.namedBuffers().map { ($0.name, $0.tensor.scalars) })
    }

    func testSameStepAsThePlainDenseNet() {
        let efficient = trainingStep(memoryEfficient: true), plain = trainingStep(memoryEfficient: false)
        XCTAssertEqual(efficient.logits, plain.logits, "training logits")
        XCTAssertEqual(efficient.loss, plain.loss, "loss")
        XCTAssertEqual(efficient.gradients.map(\.0), plain.gradients.map(\.0))
        for ((name, a), (_, b)) in zip(efficient.gradients, plain.gradients) {
            XCTAssertFalse(a.isEmpty, "\(name) has no gradient")
            let scale = max(b.map { abs($0) }.max() ?? 0, 1e-12)
            let worst = zip(a, b).map { abs($0 - $1) }.max() ?? 0
            XCTAssertLessThanOrEqual(worst / scale, 1e-5,
                                     "d loss / d \(name): memory-efficient vs plain, observed max difference \(worst) (scale \(scale)), tolerance 1e-5 relative")
        }
        for ((name, a), (_, b)) in zip(efficient.buffers, plain.buffers) {
            XCTAssertEqual(a, b, "\(name) after the step (running statistics updated once, batches counted once)")
        }
    }
}
