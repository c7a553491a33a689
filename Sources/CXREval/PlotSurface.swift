import Foundation

/// Horizontal alignment of text at its anchor point.
public enum TextAnchor: String, Sendable { case start, middle, end }

/// What a plot draws on; `SVGSurface` writes SVG text, `CanvasSurface` rasterises into a
/// `Canvas`. Coordinates in pixels, y downwards. Text sizes are in font pixels (`scale`): a
/// character is `6 * scale` wide and capitals `7 * scale` tall on both surfaces.
protocol PlotSurface {
    mutating func fillRect(x0: Double, y0: Double, x1: Double, y1: Double, color: RGBA)
    mutating func strokeRect(x0: Double, y0: Double, x1: Double, y1: Double, width: Double, color: RGBA)
    mutating func polyline(_ points: [(Double, Double)], width: Double, color: RGBA, dash: [Double]?)
    mutating func circle(center: (Double, Double), radius: Double, color: RGBA)
    /// A filled polygon (closed automatically).
    mutating func polygon(_ points: [(Double, Double)], color: RGBA)
    /// `(x, baseline)` anchors the text; `rotated` runs it upwards with `x` the baseline's x.
    mutating func text(_ s: String, x: Double, baseline: Double, scale: Int, anchor: TextAnchor, color: RGBA, rotated: Bool)
}

extension PlotSurface {
    static func textWidth(_ s: String, scale: Int) -> Double { Double(BitmapFont.width(s, scale: scale)) }
}

struct CanvasSurface: PlotSurface {
    var canvas: Canvas

    mutating func fillRect(x0: Double, y0: Double, x1: Double, y1: Double, color: RGBA) {
        canvas.fillRect(x0: x0, y0: y0, x1: x1, y1: y1, color: color)
    }
    mutating func strokeRect(x0: Double, y0: Double, x1: Double, y1: Double, width: Double, color: RGBA) {
        canvas.strokeRect(x0: x0, y0: y0, x1: x1, y1: y1, thickness: width, color: color)
    }
    mutating func polyline(_ points: [(Double, Double)], width: Double, color: RGBA, dash: [Double]?) {
        canvas.drawPolyline(points, thickness: width, color: color, dash: dash)
    }
    mutating func circle(center: (Double, Double), radius: Double, color: RGBA) {
        canvas.fillCircle(center: center, radius: radius, color: color)
    }
    mutating func polygon(_ points: [(Double, Double)], color: RGBA) {
        canvas.fillPolygon(points, color: color)
    }
    mutating func text(_ s: String, x: Double, baseline: Double, scale: Int, anchor: TextAnchor, color: RGBA, rotated: Bool) {
        let w = Self.textWidth(s, scale: scale)
        let shift = anchor == .start ? 0 : anchor == .middle ? w / 2 : w
        if rotated {
            canvas.drawText(s, x: x, baseline: baseline + shift, scale: scale, color: color, rotated: true)
        } else {
            canvas.drawText(s, x: x - shift, baseline: baseline, scale: scale, color: color)
        }
    }
}

struct SVGSurface: PlotSurface {
    let width: Int, height: Int
    private(set) var body: [String] = []

    init(width: Int, height: Int) { self.width = width; self.height = height }

    var document: String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <svg xmlns="http://www.w3.org/2000/svg" width="\(width)" height="\(height)" viewBox="0 0 \(width) \(height)">
        \(body.joined(separator: "\n"))
        </svg>

        """
    }

    private static func n(_ x: Double) -> String { String(format: "%.2f", x) }

    private static func paint(_ attr: String, _ c: RGBA) -> String {
        c.a == 255 ? "\(attr)=\"\(c.hexString)\"" : "\(attr)=\"\(c.hexString)\" \(attr)-opacity=\"\(n(Double(c.a) / 255))\""
    }

    /// Escapes `& < > " '` for XML text and attribute values (the same escaping as HTML's).
    static func escape(_ s: String) -> String { htmlEscape(s) }

    mutating func fillRect(x0: Double, y0: Double, x1: Double, y1: Double, color: RGBA) {
        body.append("<rect x=\"\(Self.n(min(x0, x1)))\" y=\"\(Self.n(min(y0, y1)))\" width=\"\(Self.n(abs(x1 - x0)))\" height=\"\(Self.n(abs(y1 - y0)))\" \(Self.paint("fill", color))/>")
    }
    mutating func strokeRect(x0: Double, y0: Double, x1: Double, y1: Double, width: Double, color: RGBA) {
        body.append("<rect x=\"\(Self.n(min(x0, x1)))\" y=\"\(Self.n(min(y0, y1)))\" width=\"\(Self.n(abs(x1 - x0)))\" height=\"\(Self.n(abs(y1 - y0)))\" fill=\"none\" \(Self.paint("stroke", color)) stroke-width=\"\(Self.n(width))\"/>")
    }
    mutating func polyline(_ points: [(Double, Double)], width: Double, color: RGBA, dash: [Double]?) {
        guard points.count >= 2 else { return }
        let pts = points.map { "\(Self.n($0.0)),\(Self.n($0.1))" }.joined(separator: " ")
        let dashAttr = dash.map { " stroke-dasharray=\"\($0.map(Self.n).joined(separator: ","))\"" } ?? ""
        body.append("<polyline points=\"\(pts)\" fill=\"none\" \(Self.paint("stroke", color)) stroke-width=\"\(Self.n(width))\" stroke-linejoin=\"round\" stroke-linecap=\"round\"\(dashAttr)/>")
    }
    mutating func circle(center: (Double, Double), radius: Double, color: RGBA) {
        body.append("<circle cx=\"\(Self.n(center.0))\" cy=\"\(Self.n(center.1))\" r=\"\(Self.n(radius))\" \(Self.paint("fill", color))/>")
    }
    mutating func polygon(_ points: [(Double, Double)], color: RGBA) {
        guard points.count >= 3 else { return }
        let pts = points.map { "\(Self.n($0.0)),\(Self.n($0.1))" }.joined(separator: " ")
        body.append("<polygon points=\"\(pts)\" \(Self.paint("fill", color))/>")
    }
    mutating func text(_ s: String, x: Double, baseline: Double, scale: Int, anchor: TextAnchor, color: RGBA, rotated: Bool) {
        // A monospace font at 10 px per scale step has about the bitmap font's 6 px advance.
        let rotate = rotated ? " transform=\"rotate(-90 \(Self.n(x)) \(Self.n(baseline)))\"" : ""
        body.append("<text x=\"\(Self.n(x))\" y=\"\(Self.n(baseline))\" font-family=\"DejaVu Sans Mono, Menlo, Consolas, monospace\" font-size=\"\(10 * scale)\" text-anchor=\"\(anchor.rawValue)\" \(Self.paint("fill", color))\(rotate)>\(Self.escape(s))</text>")
    }
}
