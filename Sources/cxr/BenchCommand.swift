import ArgumentParser
import CXRNN
import CXRTensor
import Foundation

/// `cxr bench`: images/s for inference and a training step (forward, BCE loss, backward,
/// Adam) of the main architectures, beside PyTorch on the same machine.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Benchmark inference and training speed against PyTorch.")

    @OptionGroup var engine: EngineOptions

    func run() throws {
        engine.apply()
        print("not yet")
    }
}
