import Foundation

/// A random augmentation, applied with a seeded `SplitMix64` (reproducible for a seed).
/// Parameter sampling follows torchvision's transforms of the same names.
public enum Augmentation: Sendable {
    /// Mirror left-right with `probability` (torchvision `RandomHorizontalFlip`, default 0.5).
    case horizontalFlip(probability: Double = 0.5)
    /// Rotate by a uniform angle in `-maxDegrees...maxDegrees` (torchvision `RandomRotation`,
    /// default ±20°, nearest, fill 0).
    case rotation(maxDegrees: Double = 20, interpolation: Interpolation = .nearest, fill: Float = 0)
    /// torchvision `RandomAffine`: rotation in ±`maxDegrees`, translation up to `maxTranslate`
    /// (fractions of width, height), scale uniform in `scale`, x-shear uniform in ±`maxShear` degrees.
    case affine(maxDegrees: Double = 0, maxTranslate: (x: Double, y: Double) = (0, 0),
                scale: ClosedRange<Double> = 1...1, maxShear: Double = 0,
                interpolation: Interpolation = .nearest, fill: Float = 0)
    /// torchvision `ColorJitter(brightness, contrast)`: factors uniform in `1 ± brightness` and
    /// `1 ± contrast` (brightness applied first).
    case colorJitter(brightness: Double = 0.2, contrast: Double = 0.2)
    /// torchvision `RandomResizedCrop(size, scale, ratio)`: a random area fraction and aspect
    /// ratio, cropped and resized (PIL bilinear) to `width x height`.
    case randomResizedCrop(width: Int, height: Int, scale: ClosedRange<Double> = 0.08...1,
                           ratio: ClosedRange<Double> = (3.0 / 4)...(4.0 / 3))

    /// Applies the augmentation with parameters drawn from `generator`.
    public func apply(to image: Image, using generator: inout SplitMix64) -> Image {
        switch self {
        case .horizontalFlip(let p):
            return generator.uniform(0, 1) < p ? image.flippedHorizontally() : image
        case .rotation(let maxDegrees, let interpolation, let fill):
            let angle = generator.uniform(-maxDegrees, maxDegrees)
            return image.rotated(degrees: angle, interpolation: interpolation, fill: fill)
        case .affine(let maxDegrees, let maxTranslate, let scale, let maxShear, let interpolation, let fill):
            let angle = generator.uniform(-maxDegrees, maxDegrees)
            let dx = maxTranslate.x * Double(image.width), dy = maxTranslate.y * Double(image.height)
            let tx = generator.uniform(-dx, dx).rounded(.toNearestOrEven), ty = generator.uniform(-dy, dy).rounded(.toNearestOrEven)
            let s = generator.uniform(scale.lowerBound, scale.upperBound)
            let shear = generator.uniform(-maxShear, maxShear)
            return image.affine(degrees: angle, translate: (tx, ty), scale: s, shear: (shear, 0),
                                interpolation: interpolation, fill: fill)
        case .colorJitter(let brightness, let contrast):
            var out = image
            if brightness > 0 { out = out.adjustedBrightness(factor: generator.uniform(max(0, 1 - brightness), 1 + brightness)) }
            if contrast > 0 { out = out.adjustedContrast(factor: generator.uniform(max(0, 1 - contrast), 1 + contrast)) }
            return out
        case .randomResizedCrop(let w, let h, let scale, let ratio):
            let box = Augmentation.resizedCropBox(width: image.width, height: image.height, scale: scale, ratio: ratio, using: &generator)
            return image.cropped(x: box.x, y: box.y, width: box.width, height: box.height).resized(width: w, height: h)
        }
    }

    /// torchvision `RandomResizedCrop.get_params`: up to 10 tries, then a centre crop.
    public static func resizedCropBox(width: Int, height: Int, scale: ClosedRange<Double>, ratio: ClosedRange<Double>,
                                      using generator: inout SplitMix64) -> (x: Int, y: Int, width: Int, height: Int) {
        let area = Double(width * height)
        for _ in 0..<10 {
            let target = area * generator.uniform(scale.lowerBound, scale.upperBound)
            let aspect = exp(generator.uniform(log(ratio.lowerBound), log(ratio.upperBound)))
            let w = Int((target * aspect).squareRoot().rounded(.toNearestOrEven))
            let h = Int((target / aspect).squareRoot().rounded(.toNearestOrEven))
            if w > 0 && w <= width && h > 0 && h <= height {
                let y = Int(generator.next() % UInt64(height - h + 1))
                let x = Int(generator.next() % UInt64(width - w + 1))
                return (x, y, w, h)
            }
        }
        let inRatio = Double(width) / Double(height)
        var w = width, h = height
        if inRatio < ratio.lowerBound { h = Int((Double(w) / ratio.lowerBound).rounded(.toNearestOrEven)) }
        else if inRatio > ratio.upperBound { w = Int((Double(h) * ratio.upperBound).rounded(.toNearestOrEven)) }
        return ((width - w) / 2, (height - h) / 2, w, h)
    }

    /// The output size this augmentation forces, if any.
    var outputSize: (width: Int, height: Int)? {
        if case .randomResizedCrop(let w, let h, _, _) = self { return (w, h) }
        return nil
    }
}
