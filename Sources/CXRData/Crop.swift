/// Crops (PIL `Image.crop` semantics: regions outside the image are filled with 0).
public extension Image {
    /// The `width x height` region whose top-left corner is (`x`, `y`).
    func cropped(x: Int, y: Int, width w: Int, height h: Int) -> Image {
        precondition(w > 0 && h > 0, "crop size must be positive")
        func copy<T>(_ src: [T], zero: T) -> [T] {
            var dst = [T](repeating: zero, count: w * h * channels)
            let x0 = max(x, 0), x1 = min(x + w, width)
            guard x1 > x0 else { return dst }
            for yy in max(y, 0)..<max(min(y + h, height), max(y, 0)) {
                let s = (yy * width + x0) * channels, d = ((yy - y) * w + (x0 - x)) * channels
                for i in 0..<((x1 - x0) * channels) { dst[d + i] = src[s + i] }
            }
            return dst
        }
        switch pixels {
        case .uint8(let s): return Image(width: w, height: h, channels: channels, bytes: copy(s, zero: 0))
        case .float(let s): return Image(width: w, height: h, channels: channels, floats: copy(s, zero: 0), valueRange: valueRange)
        }
    }

    /// The centred `width x height` region (torchvision `CenterCrop`: offsets `round((W - w) / 2)`,
    /// rounding half to even as Python does; pads with 0 when the crop is larger than the image).
    func centerCropped(width w: Int, height h: Int) -> Image {
        let top = (Double(height - h) / 2).rounded(.toNearestOrEven)
        let left = (Double(width - w) / 2).rounded(.toNearestOrEven)
        return cropped(x: Int(left), y: Int(top), width: w, height: h)
    }
}
