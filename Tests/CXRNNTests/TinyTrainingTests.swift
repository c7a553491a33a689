import CXRNN
import CXRTensor
import Foundation
import XCTest

/// End to end: a small CNN built from CXRNN layers learns a synthetic task with Adam.
///
/// Task: 16x16 single-channel images of uniform noise in [0, 0.4); in class 1 a 4x4 square of
/// brightness 1 sits at a random place. Model: Conv2d(1→4, 3x3) → BatchNorm2d → ReLU → global
/// max pool → Linear(4→1). Full-batch Adam (lr 0.05) on 64 seeded images must bring the BCE
/// loss from above 0.5 at initialisation (about 2.0 with these seeds) to below 0.05 within 150
/// steps, and the trained model (evaluation mode, running statistics) must classify 64 fresh
/// images with at least 95% accuracy.
final class TinyTrainingTests: XCTestCase {
    final class TinyNet: Module, UnaryLayer {
        let features: Sequential
        let classifier: Linear

        init(seed: UInt64) {
            var generator = SeededGenerator(seed: seed)
            features = Sequential([
                Conv2d(inputChannels: 1, outputChannels: 4, kernelSize: 3, padding: 1, generator: &generator),
                BatchNorm2d(channels: 4),
                ReLU(),
                MaxPool2d(kernelSize: 16),
            ])
            classifier = Linear(inputs: 4, outputs: 1, generator: &generator)
            super.init()
            registerChild("features", features)
            registerChild("classifier", classifier)
        }

        func callAsFunction(_ x: Tensor) -> Tensor {
            classifier(flatten(features(x)))
        }
    }

    /// `count` images (half of each class, alternating) and their `[count, 1]` targets.
    static func makeDataset(count: Int, seed: UInt64) -> (images: Tensor, targets: Tensor) {
        var generator = SeededGenerator(seed: seed)
        let side = 16, square = 4
        let images = Tensor(zeros: [count, 1, side, side])
        let targets = Tensor(zeros: [count, 1])
        for n in 0..<count {
            let base = images.pointer + n * side * side
            for i in 0..<(side * side) { base[i] = 0.4 * generator.nextUniform() }
            guard n % 2 == 1 else { continue }
            targets.pointer[n] = 1
            let top = Int(generator.next() % UInt64(side - square + 1)), left = Int(generator.next() % UInt64(side - square + 1))
            for y in top..<(top + square) {
                for x in left..<(left + square) { base[y * side + x] = 1 }
            }
        }
        return (images, targets)
    }

    func testAdamTrainsSmallCNNBelowLossBound() {
        let start = Date()
        let (images, targets) = Self.makeDataset(count: 64, seed: 2024)
        let model = TinyNet(seed: 7)
        model.train()
        let optimizer = Adam(parameters: model.trainableParameters(), learningRate: 0.05)

        let lossBound: Float = 0.05, maximumSteps = 150
        var losses: [Float] = []
        for _ in 0..<maximumSteps {
            let loss = binaryCrossEntropyWithLogits(model(images), targets: targets)
            losses.append(loss.item)
            if loss.item < lossBound { break }
            optimizer.zeroGrad()
            loss.backward()
            optimizer.step()
        }
        let initial = losses.first!, final = losses.last!
        XCTAssertGreaterThan(initial, 0.5, "the untrained model should not already solve the task (initial loss \(initial))")
        XCTAssertLessThan(final, lossBound,
                          "BCE loss after \(losses.count) steps: expected < \(lossBound), observed \(final) (started at \(initial)); losses every 10 steps: \(stride(from: 0, to: losses.count, by: 10).map { losses[$0] })")

        model.eval()
        let (testImages, testTargets) = Self.makeDataset(count: 64, seed: 99)
        let logits = noGrad { model(testImages) }
        let correct = (0..<64).filter { (logits.pointer[$0] > 0) == (testTargets.pointer[$0] == 1) }.count
        let accuracy = Double(correct) / 64
        XCTAssertGreaterThanOrEqual(accuracy, 0.95, "held-out accuracy: expected >= 0.95, observed \(accuracy)")
        print("TinyTraining: loss \(initial) -> \(final) in \(losses.count - 1) steps, held-out accuracy \(accuracy), \(String(format: "%.2f", Date().timeIntervalSince(start))) s")
    }
}
