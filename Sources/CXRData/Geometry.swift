import Foundation

/// Interpolation for geometric transforms.
public enum Interpolation: Sendable { case nearest, bilinear }

/// Geometric transforms: flips and affine warps with PIL's `Image.transform(AFFINE)` conventions
/// (the matrix maps output pixel centres to input coordinates; nearest uses PIL's 16.16 fixed point).
public extension Image {
    /// Mirrors left-right.
    func flippedHorizontally() -> Image {
        func flip<T>(_ s: [T]) -> [T] {
            var d = s
            for y in 0..<height {
                for x in 0..<width {
                    let a = (y * width + x) * channels, b = (y * width + (width - 1 - x)) * channels
                    for c in 0..<channels { d[b + c] = s[a + c] }
                }
            }
            return d
        }
        var out = self
        switch pixels {
        case .uint8(let s): out.pixels = .uint8(flip(s))
        case .float(let s): out.pixels = .float(flip(s))
        }
        return out
    }

    /// Warps with the inverse affine `matrix` (a, b, c, d, e, f): the output pixel (x, y) samples the
    /// input at (a x' + b y' + c, d x' + e y' + f) with x' = x + 0.5, y' = y + 0.5. Pixels that
    /// fall outside are `fill` (in pixel units). Output has the same size and storage.
    func affineTransformed(inverseMatrix m: [Double], interpolation: Interpolation = .nearest, fill: Float = 0) -> Image {
        precondition(m.count == 6, "affine matrix needs 6 values")
        let ch = channels, w = width, h = height
        switch interpolation {
        case .nearest:
            func fix(_ v: Double) -> Int { Int((v * 65536 + 0.5).rounded(.down)) }
            let a0 = fix(m[0]), a1 = fix(m[1]), a3 = fix(m[3]), a4 = fix(m[4])
            var a2 = fix(m[0] * 0.5 + m[1] * 0.5 + m[2]), a5 = fix(m[3] * 0.5 + m[4] * 0.5 + m[5])
            func warp<T>(_ s: [T], fill: T) -> [T] {
                var d = [T](repeating: fill, count: s.count)
                for y in 0..<h {
                    var xx = a2, yy = a5
                    for x in 0..<w {
                        let xin = xx >> 16, yin = yy >> 16
                        if xin >= 0 && xin < w && yin >= 0 && yin < h {
                            let si = (yin * w + xin) * ch, di = (y * w + x) * ch
                            for c in 0..<ch { d[di + c] = s[si + c] }
                        }
                        xx += a0; yy += a3
                    }
                    a2 += a1; a5 += a4
                }
                return d
            }
            var out = self
            switch pixels {
            case .uint8(let s): out.pixels = .uint8(warp(s, fill: UInt8(max(0, min(255, fill.rounded())))))
            case .float(let s): out.pixels = .float(warp(s, fill: fill))
            }
            return out
        case .bilinear:
            let s = floatPixels
            var d = [Float](repeating: fill, count: s.count)
            for y in 0..<h {
                for x in 0..<w {
                    let xp = Double(x) + 0.5, yp = Double(y) + 0.5
                    let u = m[0] * xp + m[1] * yp + m[2] - 0.5, v = m[3] * xp + m[4] * yp + m[5] - 0.5
                    let x0 = Int(u.rounded(.down)), y0 = Int(v.rounded(.down))
                    if u < -0.5 || v < -0.5 || u > Double(w) - 0.5 || v > Double(h) - 0.5 { continue }
                    let fx = Float(u - Double(x0)), fy = Float(v - Double(y0))
                    let xa = min(max(x0, 0), w - 1), xb = min(max(x0 + 1, 0), w - 1)
                    let ya = min(max(y0, 0), h - 1), yb = min(max(y0 + 1, 0), h - 1)
                    for c in 0..<ch {
                        let p00 = s[(ya * w + xa) * ch + c], p01 = s[(ya * w + xb) * ch + c]
                        let p10 = s[(yb * w + xa) * ch + c], p11 = s[(yb * w + xb) * ch + c]
                        let top = p00 + (p01 - p00) * fx, bottom = p10 + (p11 - p10) * fx
                        d[(y * w + x) * ch + c] = top + (bottom - top) * fy
                    }
                }
            }
            return Image(width: w, height: h, channels: ch, floats: d, valueRange: valueRange)
        }
    }

    /// Rotates counter-clockwise by `degrees` about the centre, same size (PIL `Image.rotate`,
    /// torchvision `F.rotate` with `expand=False`).
    func rotated(degrees: Double, interpolation: Interpolation = .nearest, fill: Float = 0) -> Image {
        var angle = degrees.truncatingRemainder(dividingBy: 360)
        if angle < 0 { angle += 360 }  // Python's `angle % 360`, as PIL computes it
        if angle == 0 { return self }
        let r = -angle * .pi / 180
        func r15(_ v: Double) -> Double { (v * 1e15).rounded() / 1e15 }
        var m = [r15(cos(r)), r15(sin(r)), 0, r15(-sin(r)), r15(cos(r)), 0]
        let cx = Double(width) / 2, cy = Double(height) / 2
        m[2] = m[0] * -cx + m[1] * -cy + cx
        m[5] = m[3] * -cx + m[4] * -cy + cy
        return affineTransformed(inverseMatrix: m, interpolation: interpolation, fill: fill)
    }

    /// torchvision `F.affine`: rotation `degrees` (counter-clockwise), translation in pixels,
    /// `scale`, shear angles in degrees (x, y), about the image centre.
    func affine(degrees: Double, translate: (x: Double, y: Double), scale: Double, shear: (x: Double, y: Double),
                interpolation: Interpolation = .nearest, fill: Float = 0) -> Image {
        let m = Image.inverseAffineMatrix(center: (Double(width) * 0.5, Double(height) * 0.5), degrees: degrees,
                                          translate: translate, scale: scale, shear: shear)
        return affineTransformed(inverseMatrix: m, interpolation: interpolation, fill: fill)
    }

    /// torchvision's `_get_inverse_affine_matrix` (inverted = true).
    static func inverseAffineMatrix(center: (Double, Double), degrees: Double, translate: (x: Double, y: Double),
                                    scale: Double, shear: (x: Double, y: Double)) -> [Double] {
        let rot = degrees * .pi / 180, sx = shear.x * .pi / 180, sy = shear.y * .pi / 180
        let (cx, cy) = center
        let a = cos(rot - sy) / cos(sy)
        let b = -cos(rot - sy) * tan(sx) / cos(sy) - sin(rot)
        let c = sin(rot - sy) / cos(sy)
        let d = -sin(rot - sy) * tan(sx) / cos(sy) + cos(rot)
        var m = [d, -b, 0, -c, a, 0].map { $0 / scale }
        m[2] += m[0] * (-cx - translate.x) + m[1] * (-cy - translate.y)
        m[5] += m[3] * (-cx - translate.x) + m[4] * (-cy - translate.y)
        m[2] += cx; m[5] += cy
        return m
    }
}
