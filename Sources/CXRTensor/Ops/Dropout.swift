/// Inverted dropout: in training, zeroes each value with probability `probability` and
/// scales the rest by `1 / (1 - probability)`; identity when not training.
///
/// Uses the given generator so runs are reproducible for a seed.
public func dropout(_ x: Tensor, probability: Float, training: Bool, generator: inout SeededGenerator) -> Tensor {
    guard training, probability > 0 else { return x }
    precondition(probability < 1, "dropout probability must be below 1")
    Tracer.untraceable("dropout in training mode")
    let keepScale = 1 / (1 - probability)
    let mask = Tensor(uninitializedLike: x)
    for i in 0..<x.count {
        mask.pointer[i] = generator.nextUniform() < probability ? 0 : keepScale
    }
    let y = elementwiseProduct(x, mask)
    return y.recording("dropout", [x]) { g in [elementwiseProduct(g, mask)] }
}
