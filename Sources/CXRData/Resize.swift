/// Antialiased bilinear resampling that reproduces PIL's `Image.resize(size, Image.BILINEAR)`:
/// a triangle filter whose support grows with the downscale factor, applied horizontally then
/// vertically. On `.uint8` images it uses PIL's 22-bit fixed-point coefficients and rounds to
/// 8 bits after each pass, so results are bit-identical to PIL; on `.float` images the same
/// coefficients are applied in floating point without rounding.
public extension Image {
    /// Resizes to exactly `width x height` (PIL bilinear with antialiasing).
    func resized(width newWidth: Int, height newHeight: Int) -> Image {
        precondition(newWidth > 0 && newHeight > 0, "resize target must be positive")
        var image = self
        if newWidth != width { image = image.resampledHorizontally(to: newWidth) }
        if newHeight != height { image = image.resampledVertically(to: newHeight) }
        return image
    }

    /// Resizes so the shorter side becomes `shorterSide`, keeping the aspect ratio like
    /// torchvision's `Resize(int)`: the longer side becomes `Int(shorterSide * long / short)`.
    func resized(shorterSide: Int) -> Image {
        if width <= height {
            return resized(width: shorterSide, height: Int(Double(shorterSide) * Double(height) / Double(width)))
        }
        return resized(width: Int(Double(shorterSide) * Double(width) / Double(height)), height: shorterSide)
    }
}

/// PIL's per-output-pixel filter taps for one axis.
struct ResampleKernel {
    var start: [Int]      // first input index per output pixel
    var count: [Int]      // number of taps per output pixel
    var size: Int         // taps stored per output pixel
    var weights: [Double] // normalised weights, `size` per output pixel
    var fixed: [Int32]    // weights in PIL's 22-bit fixed point

    static let precisionBits = 32 - 8 - 2

    init(inSize: Int, outSize: Int) {
        let scale = Double(inSize) / Double(outSize)
        let filterScale = max(scale, 1.0)
        let support = 1.0 * filterScale
        size = Int(support.rounded(.up)) * 2 + 1
        start = [Int](repeating: 0, count: outSize)
        count = [Int](repeating: 0, count: outSize)
        weights = [Double](repeating: 0, count: outSize * size)
        let inverse = 1.0 / filterScale
        for xx in 0..<outSize {
            let center = (Double(xx) + 0.5) * scale
            let xmin = max(Int(center - support + 0.5), 0)
            let xmax = min(Int(center + support + 0.5), inSize) - xmin
            var total = 0.0
            for x in 0..<xmax {
                var t = abs((Double(x + xmin) - center + 0.5) * inverse)
                t = t < 1 ? 1 - t : 0
                weights[xx * size + x] = t
                total += t
            }
            if total != 0 { for x in 0..<xmax { weights[xx * size + x] /= total } }
            start[xx] = xmin; count[xx] = max(xmax, 0)
        }
        let one = Double(1 << ResampleKernel.precisionBits)
        fixed = weights.map { $0 < 0 ? Int32(-0.5 + $0 * one) : Int32(0.5 + $0 * one) }
    }
}

@inline(__always) private func clip8(_ v: Int32) -> UInt8 {
    if v >= Int32(1 << ResampleKernel.precisionBits) << 8 { return 255 }
    if v <= 0 { return 0 }
    return UInt8(truncatingIfNeeded: v >> Int32(ResampleKernel.precisionBits))
}

extension Image {
    func resampledHorizontally(to outWidth: Int) -> Image {
        let k = ResampleKernel(inSize: width, outSize: outWidth)
        let ch = channels, inRow = width * ch, outRow = outWidth * ch
        switch pixels {
        case .uint8(let src):
            var dst = [UInt8](repeating: 0, count: height * outRow)
            let half = Int32(1 << (ResampleKernel.precisionBits - 1))
            src.withUnsafeBufferPointer { s in dst.withUnsafeMutableBufferPointer { d in k.fixed.withUnsafeBufferPointer { w in
                for y in 0..<height {
                    let row = y * inRow, orow = y * outRow
                    for xx in 0..<outWidth {
                        let x0 = k.start[xx], n = k.count[xx], wb = xx * k.size
                        for c in 0..<ch {
                            var acc = half
                            var p = row + x0 * ch + c
                            for t in 0..<n { acc &+= Int32(s[p]) &* w[wb + t]; p += ch }
                            d[orow + xx * ch + c] = clip8(acc)
                        }
                    }
                }
            } } }
            return Image(width: outWidth, height: height, channels: ch, bytes: dst)
        case .float(let src):
            var dst = [Float](repeating: 0, count: height * outRow)
            src.withUnsafeBufferPointer { s in dst.withUnsafeMutableBufferPointer { d in
                for y in 0..<height {
                    let row = y * inRow, orow = y * outRow
                    for xx in 0..<outWidth {
                        let x0 = k.start[xx], n = k.count[xx], wb = xx * k.size
                        for c in 0..<ch {
                            var acc = 0.0
                            for t in 0..<n { acc += Double(s[row + (x0 + t) * ch + c]) * k.weights[wb + t] }
                            d[orow + xx * ch + c] = Float(acc)
                        }
                    }
                }
            } }
            return Image(width: outWidth, height: height, channels: ch, floats: dst, valueRange: valueRange)
        }
    }

    func resampledVertically(to outHeight: Int) -> Image {
        let k = ResampleKernel(inSize: height, outSize: outHeight)
        let rowLength = width * channels
        switch pixels {
        case .uint8(let src):
            var dst = [UInt8](repeating: 0, count: outHeight * rowLength)
            let half = Int32(1 << (ResampleKernel.precisionBits - 1))
            var acc = [Int32](repeating: 0, count: rowLength)
            src.withUnsafeBufferPointer { s in dst.withUnsafeMutableBufferPointer { d in acc.withUnsafeMutableBufferPointer { a in
                for yy in 0..<outHeight {
                    for i in 0..<rowLength { a[i] = half }
                    let y0 = k.start[yy], wb = yy * k.size
                    for t in 0..<k.count[yy] {
                        let w = k.fixed[wb + t], row = (y0 + t) * rowLength
                        for i in 0..<rowLength { a[i] &+= Int32(s[row + i]) &* w }
                    }
                    let orow = yy * rowLength
                    for i in 0..<rowLength { d[orow + i] = clip8(a[i]) }
                }
            } } }
            return Image(width: width, height: outHeight, channels: channels, bytes: dst)
        case .float(let src):
            var dst = [Float](repeating: 0, count: outHeight * rowLength)
            var acc = [Double](repeating: 0, count: rowLength)
            src.withUnsafeBufferPointer { s in dst.withUnsafeMutableBufferPointer { d in acc.withUnsafeMutableBufferPointer { a in
                for yy in 0..<outHeight {
                    for i in 0..<rowLength { a[i] = 0 }
                    let y0 = k.start[yy], wb = yy * k.size
                    for t in 0..<k.count[yy] {
                        let w = k.weights[wb + t], row = (y0 + t) * rowLength
                        for i in 0..<rowLength { a[i] += Double(s[row + i]) * w }
                    }
                    for i in 0..<rowLength { d[yy * rowLength + i] = Float(a[i]) }
                }
            } } }
            return Image(width: width, height: outHeight, channels: channels, floats: dst, valueRange: valueRange)
        }
    }
}
