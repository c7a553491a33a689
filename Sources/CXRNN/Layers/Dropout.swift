import CXRTensor

/// `nn.Dropout(p)`: zeroes values with probability `probability` in training (scaling the
/// rest by 1/(1-p)); identity in evaluation. Seeded for reproducible runs.
public final class Dropout: Module, UnaryLayer {
    public let probability: Float
    private var generator: SeededGenerator

    public init(probability: Float, seed: UInt64 = 0) {
        self.probability = probability
        generator = SeededGenerator(seed: seed)
    }

    public func callAsFunction(_ x: Tensor) -> Tensor {
        dropout(x, probability: probability, training: isTraining, generator: &generator)
    }
}
