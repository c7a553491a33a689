import ArgumentParser
import CXRNN
import CXRTensor
import Foundation

/// `cxr demo`: the built-in default job, needing no downloaded data. Generates synthetic
/// chest-like radiographs (two lung fields; class 1 carries a bright round "lesion" in one
/// lung), trains a narrow ResNet on them with Adam, and reports loss and held-out accuracy.
struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Train and evaluate on built-in synthetic radiographs (no data needed).")

    @OptionGroup var engine: EngineOptions

    @Option(help: "Training steps.")
    var steps: Int = 60

    @Option(help: "Image size.")
    var imageSize: Int = 64

    @Option(help: "Batch size.")
    var batch: Int = 16

    @Option(help: "Random seed.")
    var seed: UInt64 = 1

    func validate() throws {
        if steps < 1 || batch < 2 || imageSize < 32 { throw ValidationError("need --steps >= 1, --batch >= 2, --image-size >= 32") }
    }

    func run() throws {
        engine.apply()
        let model = ResNet(architecture: "resnet-narrow", block: .basic, layers: [1, 1, 1, 1], baseWidth: 8, classes: 1, seed: seed)
        let optimizer = Adam(parameters: model.trainableParameters(), learningRate: 3e-3)
        var generator = SeededGenerator(seed: seed)
        print("CXRKit demo: \(model.parameterCount)-parameter ResNet on synthetic \(imageSize)x\(imageSize) radiographs, \(EngineThreads.count) threads")
        let start = Date()
        model.train()
        for step in 1...steps {
            let (images, labels) = SyntheticRadiographs.batch(count: batch, size: imageSize, generator: &generator)
            optimizer.zeroGrad()
            let loss = binaryCrossEntropyWithLogits(model(images), targets: labels)
            loss.backward()
            optimizer.step()
            if step == 1 || step % 10 == 0 || step == steps {
                print(String(format: "step %4d  loss %.4f  %.1f img/s", step, loss.item, Double(step * batch) / Date().timeIntervalSince(start)))
            }
        }
        model.eval()
        var correct = 0, total = 0
        for _ in 0..<4 {
            let (images, labels) = SyntheticRadiographs.batch(count: 32, size: imageSize, generator: &generator)
            let logits = noGrad { model(images) }
            for i in 0..<32 where (logits.pointer[i] > 0) == (labels.pointer[i] > 0.5) { correct += 1 }
            total += 32
        }
        print(String(format: "held-out accuracy %.1f%% on %d new synthetic images (%.1f s)", 100 * Double(correct) / Double(total), total,
                     Date().timeIntervalSince(start)))
    }
}

/// Synthetic chest-like radiographs: dark background, two bright elliptical lung fields
/// with noise; positives get a brighter disc inside one lung.
enum SyntheticRadiographs {
    static func batch(count: Int, size: Int, generator: inout SeededGenerator) -> (Tensor, Tensor) {
        var pixels = [Float](repeating: 0, count: count * 3 * size * size)
        var labels = [Float](repeating: 0, count: count)
        let s = Float(size)
        for n in 0..<count {
            let positive = generator.nextUniform() < 0.5
            labels[n] = positive ? 1 : 0
            let lesionX = s * (generator.nextUniform() < 0.5 ? 0.32 : 0.68) + s * 0.06 * (generator.nextUniform() - 0.5)
            let lesionY = s * (0.4 + 0.25 * generator.nextUniform())
            let radius = s * (0.05 + 0.04 * generator.nextUniform())
            for y in 0..<size {
                for x in 0..<size {
                    let (fx, fy) = (Float(x), Float(y))
                    var value: Float = 0.15
                    for centre in [s * 0.32, s * 0.68] {
                        let dx = (fx - centre) / (s * 0.16), dy = (fy - s * 0.5) / (s * 0.32)
                        if dx * dx + dy * dy < 1 { value = 0.55 }
                    }
                    if positive {
                        let dx = fx - lesionX, dy = fy - lesionY
                        if dx * dx + dy * dy < radius * radius { value += 0.3 }
                    }
                    value += 0.08 * generator.nextNormal()
                    for c in 0..<3 { pixels[((n * 3 + c) * size + y) * size + x] = (value - 0.45) / 0.25 }
                }
            }
        }
        return (Tensor(shape: [count, 3, size, size], values: pixels), Tensor(shape: [count, 1], values: labels))
    }
}
