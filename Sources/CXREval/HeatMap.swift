/// A scalar map on a pixel grid: a class activation map at the resolution of a network's
/// feature maps, or upsampled to an image. `values` are row-major, `values[y * width + x]`.
public struct HeatMap: Sendable, Equatable, Codable {
    public let width: Int
    public let height: Int
    public var values: [Float]

    public init(width: Int, height: Int, values: [Float]) {
        precondition(width > 0 && height > 0, "heat map size must be positive, got \(width)x\(height)")
        precondition(values.count == width * height, "heat map of \(width)x\(height) needs \(width * height) values, got \(values.count)")
        self.width = width
        self.height = height
        self.values = values
    }

    /// The value at column `x`, row `y`.
    public subscript(x: Int, y: Int) -> Float { values[y * width + x] }

    /// The largest value.
    public var maximum: Float { values.max()! }

    /// The smallest value.
    public var minimum: Float { values.min()! }

    /// The pixel of the largest value (the first in row-major order on ties).
    public var argmax: (x: Int, y: Int) {
        var best = 0
        for i in values.indices where values[i] > values[best] { best = i }
        return (best % width, best / width)
    }

    /// `max(value, 0)` everywhere.
    public func rectified() -> HeatMap {
        HeatMap(width: width, height: height, values: values.map { max($0, 0) })
    }

    /// Min-max normalised to [0, 1]: `(v - min) / (max - min)`. A constant map (all zeros
    /// after a ReLU, for example) has no contrast and becomes all zeros, never NaN.
    public func normalized() -> HeatMap {
        let lo = minimum, hi = maximum
        let span = hi - lo
        guard span > 0, span.isFinite else { return HeatMap(width: width, height: height, values: [Float](repeating: 0, count: values.count)) }
        return HeatMap(width: width, height: height, values: values.map { ($0 - lo) / span })
    }

    /// Bilinear resampling to `width x height`, exactly PyTorch's
    /// `F.interpolate(map, size=(height, width), mode="bilinear", align_corners=False)`:
    /// output pixel `i` samples the source at `(i + 0.5) * (in / out) - 0.5`, clamped below at
    /// 0, between source pixels `floor` and `min(floor + 1, in - 1)`. Values of a map in [0, 1]
    /// stay in [0, 1].
    public func resized(width outWidth: Int, height outHeight: Int) -> HeatMap {
        precondition(outWidth > 0 && outHeight > 0, "resized size must be positive, got \(outWidth)x\(outHeight)")
        if outWidth == width && outHeight == height { return self }
        let xs = HeatMap.samplePositions(input: width, output: outWidth)
        let ys = HeatMap.samplePositions(input: height, output: outHeight)
        var out = [Float](repeating: 0, count: outWidth * outHeight)
        values.withUnsafeBufferPointer { v in
            for (oy, sy) in ys.enumerated() {
                let row0 = sy.index * width, row1 = (sy.index + sy.step) * width
                for (ox, sx) in xs.enumerated() {
                    let top = sx.weight0 * v[row0 + sx.index] + sx.weight1 * v[row0 + sx.index + sx.step]
                    let bottom = sx.weight0 * v[row1 + sx.index] + sx.weight1 * v[row1 + sx.index + sx.step]
                    out[oy * outWidth + ox] = sy.weight0 * top + sy.weight1 * bottom
                }
            }
        }
        return HeatMap(width: outWidth, height: outHeight, values: out)
    }

    /// PyTorch's `area_pixel_compute_source_index` (align_corners false) and neighbour step.
    private static func samplePositions(input: Int, output: Int) -> [(index: Int, step: Int, weight0: Float, weight1: Float)] {
        let scale = Float(input) / Float(output)
        return (0..<output).map { i in
            let source = max(scale * (Float(i) + 0.5) - 0.5, 0)
            let index = min(Int(source), input - 1)
            let step = index < input - 1 ? 1 : 0
            let lambda = source - Float(index)
            return (index, step, 1 - lambda, lambda)
        }
    }
}
