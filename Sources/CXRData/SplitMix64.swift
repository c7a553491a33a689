/// A small, fast, seeded PRNG (SplitMix64, Steele et al. 2014); every random choice in CXRData
/// goes through it so results are reproducible for a seed on every platform.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    public var state: UInt64

    public init(seed: UInt64) { state = seed }

    /// A generator derived from several values (seed, epoch, sample index...) by mixing them.
    public init(seed: UInt64, _ streams: UInt64...) {
        var s = SplitMix64(seed: seed)
        var mixed = s.next()
        for v in streams { s = SplitMix64(seed: mixed ^ (v &* 0x9E37_79B9_7F4A_7C15)); mixed = s.next() }
        state = mixed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform double in `[lower, upper)`.
    public mutating func uniform(_ lower: Double, _ upper: Double) -> Double {
        lower + (upper - lower) * Double(next() >> 11) * 0x1.0p-53
    }
}
