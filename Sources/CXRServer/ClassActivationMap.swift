import CXRData
import CXREval
import CXRNN
import CXRTensor
import Foundation

/// Class activation maps (Zhou et al., 2016) for a global-average-pooled classifier.
///
/// For feature maps `F` of shape `[C, h, w]` and the head's weights `W` of shape
/// `[classes, C]`, the map of class `k` is
///
///     M_k(i, j) = max(0, sum_c W[k, c] * F[c, i, j])      (the bias only shifts every logit)
///
/// normalised by its maximum to `0...1` (all zeros stays zeros), upsampled bilinearly
/// (half-pixel centres, as PyTorch's `align_corners=False`) and blended in a viridis colour
/// map over the gray image.
public enum ClassActivationMap {
    /// A map of `height x width` values in `0...1`, row-major.
    public struct Grid: Sendable, Equatable {
        public var width: Int
        public var height: Int
        public var values: [Float]
    }

    /// The normalised map of `classIndex` from one image's feature maps `[channels, height, width]`
    /// (flat, CHW) and the head's weight matrix `[classes, channels]` (flat, row-major).
    public static func map(featureMaps: UnsafeBufferPointer<Float>, channels: Int, height: Int, width: Int,
                           headWeights: UnsafeBufferPointer<Float>, classIndex: Int) -> Grid {
        precondition(featureMaps.count == channels * height * width, "feature maps must hold channels x height x width values")
        precondition(headWeights.count >= (classIndex + 1) * channels, "head weights too small for class \(classIndex)")
        let plane = height * width
        var values = [Float](repeating: 0, count: plane)
        for c in 0..<channels {
            let weight = headWeights[classIndex * channels + c]
            if weight == 0 { continue }
            let base = c * plane
            for p in 0..<plane { values[p] += weight * featureMaps[base + p] }
        }
        var maximum: Float = 0
        for p in 0..<plane {
            values[p] = max(values[p], 0)
            maximum = max(maximum, values[p])
        }
        if maximum > 0 { for p in 0..<plane { values[p] /= maximum } }
        return Grid(width: width, height: height, values: values)
    }

    /// The overlay's size for an image of `width x height`: the longer side becomes
    /// `min(maxSide, longer side)` and the aspect ratio is kept.
    public static func overlaySize(width: Int, height: Int, maxSide: Int) -> (width: Int, height: Int) {
        let longer = max(width, height)
        let scale = Double(min(maxSide, longer)) / Double(longer)
        return (max(1, Int((Double(width) * scale).rounded())), max(1, Int((Double(height) * scale).rounded())))
    }

    /// Bilinear upsampling of `grid` to `width x height` (half-pixel centres, edges clamped).
    public static func upsample(_ grid: Grid, width: Int, height: Int) -> [Float] {
        func taps(_ outCount: Int, _ inCount: Int) -> [(Int, Int, Float)] {
            let scale = Float(inCount) / Float(outCount)
            return (0..<outCount).map { o in
                let source = min(max((Float(o) + 0.5) * scale - 0.5, 0), Float(inCount - 1))
                let low = Int(source)
                return (low, min(low + 1, inCount - 1), source - Float(low))
            }
        }
        let xs = taps(width, grid.width), ys = taps(height, grid.height)
        var out = [Float](repeating: 0, count: width * height)
        for (y, (y0, y1, fy)) in ys.enumerated() {
            for (x, (x0, x1, fx)) in xs.enumerated() {
                let top = grid.values[y0 * grid.width + x0] * (1 - fx) + grid.values[y0 * grid.width + x1] * fx
                let bottom = grid.values[y1 * grid.width + x0] * (1 - fx) + grid.values[y1 * grid.width + x1] * fx
                out[y * width + x] = top * (1 - fy) + bottom * fy
            }
        }
        return out
    }

    /// Viridis (matplotlib), sampled at nine points and interpolated linearly.
    static let viridis: [(Float, Float, Float)] = [
        (68, 1, 84), (71, 44, 122), (59, 81, 139), (44, 113, 142), (33, 144, 141),
        (39, 173, 129), (92, 200, 99), (170, 220, 50), (253, 231, 37),
    ]

    /// The viridis colour of `value` in `0...1`.
    public static func color(_ value: Float) -> (r: Float, g: Float, b: Float) {
        let t = min(max(value.isNaN ? 0 : value, 0), 1) * Float(viridis.count - 1)
        let i = min(Int(t), viridis.count - 2)
        let f = t - Float(i)
        let a = viridis[i], b = viridis[i + 1]
        return (a.0 + (b.0 - a.0) * f, a.1 + (b.1 - a.1) * f, a.2 + (b.2 - a.2) * f)
    }

    /// PNG of the map blended over the gray image: each pixel is
    /// `(1 - a) * gray + a * viridis(m)` with `a = 0.15 + 0.55 m`, so the anatomy stays visible
    /// where the class is not supported. Size: `overlaySize(width:height:maxSide:)` of the image.
    public static func overlayPNG(_ grid: Grid, image: Image, maxSide: Int = 512) throws -> [UInt8] {
        let size = overlaySize(width: image.width, height: image.height, maxSide: maxSide)
        let gray = Pipeline(channels: 1, resize: .exact(width: size.width, height: size.height), normalization: .imageNet)
            .preprocess(image).bytePixels
        let activation = upsample(grid, width: size.width, height: size.height)
        var rgba = [UInt8](repeating: 255, count: 4 * size.width * size.height)
        for p in 0..<(size.width * size.height) {
            let m = activation[p]
            let alpha = 0.15 + 0.55 * m
            let g = Float(gray[p]) * (1 - alpha)
            let c = color(m)
            rgba[4 * p] = UInt8(min(255, max(0, (g + alpha * c.r).rounded())))
            rgba[4 * p + 1] = UInt8(min(255, max(0, (g + alpha * c.g).rounded())))
            rgba[4 * p + 2] = UInt8(min(255, max(0, (g + alpha * c.b).rounded())))
        }
        return try PNGEncoder.encodeRGBA(rgba, width: size.width, height: size.height)
    }

    /// The map of `classIndex` for the first image of a batch of feature maps `[N, C, h, w]`
    /// at `index`, with the model's head weights.
    public static func map(model: ImageClassifier, featureMaps: Tensor, index: Int, classIndex: Int) -> Grid {
        let shape = featureMaps.shape
        precondition(shape.count == 4 && index < shape[0], "feature maps must be [N, C, h, w]")
        let count = shape[1] * shape[2] * shape[3]
        let weights = model.head.weight.buffer
        let slice = UnsafeBufferPointer(rebasing: featureMaps.buffer[(index * count)..<((index + 1) * count)])
        return map(featureMaps: slice, channels: shape[1], height: shape[2], width: shape[3],
                   headWeights: UnsafeBufferPointer(weights), classIndex: classIndex)
    }
}

/// Class activation map overlay of one image as PNG bytes: `model.featureMaps(input)`, the
/// head's weights of `classIndex` over the maps, ReLU, normalisation, bilinear upsampling and a
/// viridis blend over `image` (the decoded picture `input` was preprocessed from).
///
/// `input` is the model's normalised CHW input (`[3, size, size]` values). Not thread-safe:
/// it runs a forward pass of `model`.
public func camOverlayPNG(model: ImageClassifier, input: [Float], inputShape: [Int], image: Image, classIndex: Int,
                          maxSide: Int = 512) throws -> Data {
    precondition((0..<model.numberOfClasses).contains(classIndex), "class index \(classIndex) out of range")
    let maps = noGrad { model.featureMaps(Tensor(shape: [1] + inputShape, values: input)) }
    let grid = ClassActivationMap.map(model: model, featureMaps: maps, index: 0, classIndex: classIndex)
    return Data(try ClassActivationMap.overlayPNG(grid, image: image, maxSide: maxSide))
}
