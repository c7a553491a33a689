/// A small RGBA raster for plots: antialiased lines, rectangles, discs and bitmap text,
/// composited source-over onto straight-alpha 8-bit pixels.
///
/// Coordinates are in pixels with (0, 0) the top-left corner of the top-left pixel; pixel
/// `(x, y)` covers `[x, x+1) x [y, y+1)` and is sampled at its centre `(x + 0.5, y + 0.5)`.
public struct Canvas: Sendable {
    public let width: Int
    public let height: Int
    /// Row-major RGBA bytes, `4 * width * height`.
    public private(set) var pixels: [UInt8]

    public init(width: Int, height: Int, background: RGBA = .white) {
        precondition(width > 0 && height > 0, "canvas size must be positive")
        self.width = width
        self.height = height
        pixels = [UInt8](repeating: 0, count: 4 * width * height)
        for i in 0..<(width * height) {
            pixels[4 * i] = background.r; pixels[4 * i + 1] = background.g
            pixels[4 * i + 2] = background.b; pixels[4 * i + 3] = background.a
        }
    }

    public func pixel(x: Int, y: Int) -> RGBA {
        let o = 4 * (y * width + x)
        return RGBA(r: pixels[o], g: pixels[o + 1], b: pixels[o + 2], a: pixels[o + 3])
    }

    /// Composites `color` over pixel (x, y) with weight `coverage` in [0, 1] (outside: ignored).
    /// Straight-alpha source-over: `a = as + ad (1 - as)`, `c = (cs as + cd ad (1 - as)) / a`.
    public mutating func blend(x: Int, y: Int, color: RGBA, coverage: Double) {
        guard x >= 0, y >= 0, x < width, y < height, coverage > 0 else { return }
        let sa = Double(color.a) / 255 * min(coverage, 1)
        let o = 4 * (y * width + x)
        let da = Double(pixels[o + 3]) / 255
        let oa = sa + da * (1 - sa)
        guard oa > 0 else { return }
        func mix(_ s: UInt8, _ d: UInt8) -> UInt8 {
            UInt8(((Double(s) * sa + Double(d) * da * (1 - sa)) / oa).rounded().clamped(0, 255))
        }
        pixels[o] = mix(color.r, pixels[o])
        pixels[o + 1] = mix(color.g, pixels[o + 1])
        pixels[o + 2] = mix(color.b, pixels[o + 2])
        pixels[o + 3] = UInt8((oa * 255).rounded().clamped(0, 255))
    }

    /// Fills the rectangle `[x0, x1) x [y0, y1)`; partly covered edge pixels get partial coverage.
    public mutating func fillRect(x0: Double, y0: Double, x1: Double, y1: Double, color: RGBA) {
        let (ax, bx) = (min(x0, x1), max(x0, x1)), (ay, by) = (min(y0, y1), max(y0, y1))
        let px0 = max(0, Int(ax.rounded(.down))), px1 = min(width - 1, Int(bx.rounded(.up)) - 1)
        let py0 = max(0, Int(ay.rounded(.down))), py1 = min(height - 1, Int(by.rounded(.up)) - 1)
        guard px0 <= px1, py0 <= py1 else { return }
        for py in py0...py1 {
            let cy = min(by, Double(py + 1)) - max(ay, Double(py))
            for px in px0...px1 {
                let cx = min(bx, Double(px + 1)) - max(ax, Double(px))
                blend(x: px, y: py, color: color, coverage: cx * cy)
            }
        }
    }

    /// Outlines a rectangle with lines of `thickness` centred on its edges.
    public mutating func strokeRect(x0: Double, y0: Double, x1: Double, y1: Double, thickness: Double, color: RGBA) {
        drawPolyline([(x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)], thickness: thickness, color: color)
    }

    /// A straight line of `thickness` with round caps, antialiased (coverage from the distance of
    /// each pixel centre to the segment: `clamp(thickness/2 + 0.5 - d, 0, 1)`).
    public mutating func drawLine(from a: (Double, Double), to b: (Double, Double), thickness: Double, color: RGBA) {
        drawPolyline([a, b], thickness: thickness, color: color)
    }

    /// Connected segments drawn as one shape (joints are not darkened by double blending).
    /// `dash`: lengths of on/off runs in pixels (e.g. `[6, 4]`), nil for a solid line.
    public mutating func drawPolyline(_ points: [(Double, Double)], thickness: Double, color: RGBA, dash: [Double]? = nil) {
        guard points.count >= 2 else { return }
        var segments: [((Double, Double), (Double, Double))] = []
        if let dash, !dash.isEmpty, dash.allSatisfy({ $0 > 0 }) {
            var k = 0, remaining = dash[0], on = true
            for i in 1..<points.count {
                var a = points[i - 1]
                let b = points[i]
                var len = ((b.0 - a.0) * (b.0 - a.0) + (b.1 - a.1) * (b.1 - a.1)).squareRoot()
                while len > 0 {
                    let step = min(remaining, len)
                    let t = step / len
                    let c = (a.0 + (b.0 - a.0) * t, a.1 + (b.1 - a.1) * t)
                    if on { segments.append((a, c)) }
                    a = c; len -= step; remaining -= step
                    if remaining <= 1e-9 { k = (k + 1) % dash.count; remaining = dash[k]; on.toggle() }
                }
            }
        } else {
            for i in 1..<points.count { segments.append((points[i - 1], points[i])) }
        }
        let half = max(thickness, 0) / 2, gain = min(thickness, 1)
        let xs = points.map(\.0), ys = points.map(\.1)
        let bx0 = max(0, Int((xs.min()! - half - 1).rounded(.down))), bx1 = min(width - 1, Int((xs.max()! + half + 1).rounded(.up)))
        let by0 = max(0, Int((ys.min()! - half - 1).rounded(.down))), by1 = min(height - 1, Int((ys.max()! + half + 1).rounded(.up)))
        guard bx0 <= bx1, by0 <= by1 else { return }
        let mw = bx1 - bx0 + 1
        var mask = [Float](repeating: 0, count: mw * (by1 - by0 + 1))
        for (a, b) in segments {
            let x0 = max(bx0, Int((min(a.0, b.0) - half - 1).rounded(.down))), x1 = min(bx1, Int((max(a.0, b.0) + half + 1).rounded(.up)))
            let y0 = max(by0, Int((min(a.1, b.1) - half - 1).rounded(.down))), y1 = min(by1, Int((max(a.1, b.1) + half + 1).rounded(.up)))
            guard x0 <= x1, y0 <= y1 else { continue }
            let dx = b.0 - a.0, dy = b.1 - a.1, len2 = dx * dx + dy * dy
            for py in y0...y1 {
                let cy = Double(py) + 0.5
                for px in x0...x1 {
                    let cx = Double(px) + 0.5
                    var t = len2 > 0 ? ((cx - a.0) * dx + (cy - a.1) * dy) / len2 : 0
                    t = t.clamped(0, 1)
                    let ex = cx - (a.0 + t * dx), ey = cy - (a.1 + t * dy)
                    let d = (ex * ex + ey * ey).squareRoot()
                    let cov = Float((half + 0.5 - d).clamped(0, 1) * gain)
                    let m = (py - by0) * mw + (px - bx0)
                    if cov > mask[m] { mask[m] = cov }
                }
            }
        }
        for py in by0...by1 {
            for px in bx0...bx1 {
                let cov = mask[(py - by0) * mw + (px - bx0)]
                if cov > 0 { blend(x: px, y: py, color: color, coverage: Double(cov)) }
            }
        }
    }

    /// A filled polygon (even-odd rule), antialiased by 4 x 4 supersampling of each pixel.
    public mutating func fillPolygon(_ points: [(Double, Double)], color: RGBA) {
        guard points.count >= 3 else { return }
        let xs = points.map(\.0), ys = points.map(\.1)
        let x0 = max(0, Int(xs.min()!.rounded(.down))), x1 = min(width - 1, Int(xs.max()!.rounded(.up)))
        let y0 = max(0, Int(ys.min()!.rounded(.down))), y1 = min(height - 1, Int(ys.max()!.rounded(.up)))
        guard x0 <= x1, y0 <= y1 else { return }
        func inside(_ x: Double, _ y: Double) -> Bool {
            var c = false
            var j = points.count - 1
            for i in 0..<points.count {
                let (xi, yi) = points[i], (xj, yj) = points[j]
                if (yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi { c.toggle() }
                j = i
            }
            return c
        }
        for py in y0...y1 {
            for px in x0...x1 {
                var hits = 0
                for sy in 0..<4 { for sx in 0..<4 where inside(Double(px) + (Double(sx) + 0.5) / 4, Double(py) + (Double(sy) + 0.5) / 4) { hits += 1 } }
                if hits > 0 { blend(x: px, y: py, color: color, coverage: Double(hits) / 16) }
            }
        }
    }

    /// A filled disc, antialiased (`coverage = clamp(radius + 0.5 - d, 0, 1)`).
    public mutating func fillCircle(center: (Double, Double), radius: Double, color: RGBA) {
        let x0 = max(0, Int((center.0 - radius - 1).rounded(.down))), x1 = min(width - 1, Int((center.0 + radius + 1).rounded(.up)))
        let y0 = max(0, Int((center.1 - radius - 1).rounded(.down))), y1 = min(height - 1, Int((center.1 + radius + 1).rounded(.up)))
        guard x0 <= x1, y0 <= y1 else { return }
        for py in y0...y1 {
            for px in x0...x1 {
                let dx = Double(px) + 0.5 - center.0, dy = Double(py) + 0.5 - center.1
                let d = (dx * dx + dy * dy).squareRoot()
                blend(x: px, y: py, color: color, coverage: (radius + 0.5 - d).clamped(0, 1))
            }
        }
    }

    /// Draws `text` in the built-in `BitmapFont`, each font pixel a `scale` x `scale` block.
    /// `(x, baseline)` is the left end of the baseline. With `rotated`, the text runs upwards
    /// (rotated 90 degrees counter-clockwise) and `(x, baseline)` is the baseline's lower end.
    public mutating func drawText(_ text: String, x: Double, baseline: Double, scale: Int = 1, color: RGBA, rotated: Bool = false) {
        let s = max(scale, 1)
        let ox = Int(x.rounded()), oy = Int(baseline.rounded())
        for (k, ch) in text.enumerated() {
            let rows = BitmapFont.rows(ch)
            for (r, bits) in rows.enumerated() where bits != 0 {
                for col in 0..<BitmapFont.glyphWidth where bits & (1 << (BitmapFont.glyphWidth - 1 - col)) != 0 {
                    // Position in the unrotated text frame: u to the right, v down from the baseline.
                    let u = (k * BitmapFont.advance + col) * s
                    let v = (r - BitmapFont.capHeight) * s
                    for i in 0..<s {
                        for j in 0..<s {
                            if rotated {
                                blend(x: ox + v + j, y: oy - u - i - 1, color: color, coverage: 1)
                            } else {
                                blend(x: ox + u + i, y: oy + v + j, color: color, coverage: 1)
                            }
                        }
                    }
                }
            }
        }
    }
}

extension Comparable {
    func clamped(_ lo: Self, _ hi: Self) -> Self { min(max(self, lo), hi) }
}
