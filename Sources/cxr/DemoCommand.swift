import ArgumentParser
import CXRNN
import CXRTensor
import Foundation

/// `cxr demo`: the built-in default job (no data needed). For now: builds a model,
/// classifies a synthetic image and trains a few steps, printing timing.
struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Run the built-in demo on synthetic data (no download needed).")

    @OptionGroup var engine: EngineOptions

    @Option(help: "Architecture.")
    var model: String = "densenet121"

    @Option(help: "Image size.")
    var imageSize: Int = 224

    func run() throws {
        engine.apply()
        guard let architecture = Architecture(rawValue: model) else {
            throw ValidationError("unknown model \(model); choose from \(Architecture.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let network = architecture.make(classes: 2, seed: 1)
        network.eval()
        var generator = SeededGenerator(seed: 7)
        let image = Tensor.normal([1, 3, imageSize, imageSize], standardDeviation: 1, generator: &generator)
        let start = Date()
        let logits = noGrad { network(image) }
        let probabilities = softmax(logits).scalars
        print("\(architecture.rawValue): \(network.parameterCount) parameters; synthetic image -> p = \(probabilities.map { String(format: "%.3f", $0) }) in \(String(format: "%.3f", Date().timeIntervalSince(start))) s")
    }
}
