/// `count` deterministic values in [-1, 1) from a linear congruential generator: the same
/// inputs on every run and machine, for tests that compare two computations of one thing.
public func deterministicValues(_ count: Int, seed: UInt64) -> [Float] {
    var state = seed
    return (0..<count).map { _ in
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Float(Int(state >> 40) % 2_000_000) / 1_000_000 - 1
    }
}
