import Foundation

/// A continuous colour map from [0, 1] to colours, by linear interpolation between evenly
/// spaced anchors.
public struct ColorMap: Sendable {
    public let name: String
    public let anchors: [RGBA]

    public init(name: String, anchors: [RGBA]) {
        precondition(anchors.count >= 2, "a colour map needs two anchors")
        self.name = name; self.anchors = anchors
    }

    /// The colour at `t` (clamped to [0, 1]; NaN gives the first anchor).
    public func color(_ t: Double) -> RGBA {
        let v = t.isNaN ? 0 : min(max(t, 0), 1)
        let x = v * Double(anchors.count - 1)
        let i = min(Int(x), anchors.count - 2), f = x - Double(i)
        let a = anchors[i], b = anchors[i + 1]
        func mix(_ p: UInt8, _ q: UInt8) -> UInt8 { UInt8((Double(p) + (Double(q) - Double(p)) * f).rounded()) }
        return RGBA(r: mix(a.r, b.r), g: mix(a.g, b.g), b: mix(a.b, b.b))
    }

    /// Matplotlib's perceptually uniform `viridis` (17 samples of `cm.viridis`), dark purple to yellow.
    public static let viridis = ColorMap(name: "viridis", anchors: [
        0x440154, 0x48186A, 0x472D7B, 0x424086, 0x3B528B, 0x33638D, 0x2C728E, 0x26828E, 0x21918C,
        0x1FA088, 0x28AE80, 0x3FBC73, 0x5EC962, 0x84D44B, 0xADDC30, 0xD8E219, 0xFDE725,
    ].map(RGBA.init(hex:)))

    /// White (0) to black (1): a U-matrix in grey shows boundaries as dark ridges.
    public static let grayscale = ColorMap(name: "gray", anchors: [.white, .black])
}
