import Foundation

/// A figure that draws itself on any surface: SVG text or a raster canvas (PNG). The shared
/// rendering behind each plot's public `svg()`, `canvas()`, `png()` and `write(to:)`.
protocol Plot {
    var style: PlotStyle { get }
    func draw<S: PlotSurface>(_ surface: inout S)
}

extension Plot {
    func renderSVG() -> String {
        var s = SVGSurface(width: style.width, height: style.height)
        draw(&s)
        return s.document
    }

    func renderCanvas() -> Canvas {
        var s = CanvasSurface(canvas: Canvas(width: style.width, height: style.height, background: style.background))
        draw(&s)
        return s.canvas
    }

    /// Writes SVG when `path` ends in ".svg", PNG otherwise (atomically).
    func writeFile(to path: String) throws {
        if path.lowercased().hasSuffix(".svg") {
            try Data(renderSVG().utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } else {
            try Data(PNGEncoder.encode(renderCanvas())).write(to: URL(fileURLWithPath: path), options: .atomic)
        }
    }
}
