/// Brightness and contrast adjustment (torchvision `adjust_brightness` / `adjust_contrast`,
/// i.e. PIL `ImageEnhance`). On `.uint8` images the result is PIL's: blended, clipped and
/// truncated to 8 bits; on `.float` images it is blended and clipped to `valueRange`.
public extension Image {
    /// Multiplies intensities by `factor` (1 = unchanged, 0 = black).
    func adjustedBrightness(factor: Double) -> Image {
        blended(with: valueRange.lowerBound == 0 ? 0 : valueRange.lowerBound, factor: factor)
    }

    /// Moves intensities away from (factor > 1) or towards (factor < 1) the mean gray level.
    /// The mean is that of the grayscale image, rounded to an integer on 8-bit images as PIL does.
    func adjustedContrast(factor: Double) -> Image {
        let gray = converted(toChannels: 1)
        var mean: Double
        switch gray.pixels {
        case .uint8(let s): mean = (Double(s.reduce(0) { $0 + Int($1) }) / Double(max(s.count, 1)) + 0.5).rounded(.down)
        case .float(let s): mean = s.reduce(0.0) { $0 + Double($1) } / Double(max(s.count, 1))
        }
        return blended(with: Float(mean), factor: factor)
    }

    /// `degenerate + factor * (pixel - degenerate)`, PIL `Image.blend` arithmetic.
    private func blended(with degenerate: Float, factor: Double) -> Image {
        switch pixels {
        case .uint8(let s):
            let d0 = Float(degenerate), f = Float(factor)
            let out = s.map { v -> UInt8 in
                let t = d0 + f * (Float(v) - d0)
                return t <= 0 ? 0 : (t >= 255 ? 255 : UInt8(t))
            }
            return Image(width: width, height: height, channels: channels, bytes: out)
        case .float(let s):
            let lo = valueRange.lowerBound, hi = valueRange.upperBound, f = Float(factor)
            let out = s.map { min(max(degenerate + f * ($0 - degenerate), lo), hi) }
            return Image(width: width, height: height, channels: channels, floats: out, valueRange: valueRange)
        }
    }
}
