import Foundation

/// Points in the plane coloured by category with a legend (e.g. a t-SNE embedding coloured by
/// class). Axes fit the data with "nice" ticks; point radius shrinks with the point count
/// (4 px up to 500 points, 3 up to 2000, then 2); points are slightly transparent so dense
/// regions read darker. Categories beyond the palette reuse its colours.
public struct ScatterPlot: Plot, Sendable {
    public var title: String
    public var xLabel: String
    public var yLabel: String
    public var x: [Double]
    public var y: [Double]
    /// Category of each point, an index into `categoryNames`.
    public var categories: [Int]
    public var categoryNames: [String]
    public var style: PlotStyle

    public init(title: String, xLabel: String, yLabel: String, x: [Double], y: [Double], categories: [Int],
                categoryNames: [String], style: PlotStyle = PlotStyle()) {
        self.title = title; self.xLabel = xLabel; self.yLabel = yLabel; self.x = x; self.y = y
        self.categories = categories; self.categoryNames = categoryNames; self.style = style
    }

    /// The plot as an SVG document.
    public func svg() -> String { renderSVG() }
    /// The plot rasterised with the built-in font.
    public func canvas() -> Canvas { renderCanvas() }
    /// The plot as PNG bytes.
    public func png() throws -> [UInt8] { try PNGEncoder.encode(renderCanvas()) }
    /// SVG when `path` ends in ".svg", PNG otherwise.
    public func write(to path: String) throws { try writeFile(to: path) }

    func draw<S: PlotSurface>(_ s: inout S) {
        let fx = x.filter(\.isFinite), fy = y.filter(\.isFinite)
        let layout = PlotLayout(style: style, x: AxisScale.nice(fx.min() ?? 0, fx.max() ?? 1), y: AxisScale.nice(fy.min() ?? 0, fy.max() ?? 1),
                                hasTitle: !title.isEmpty)
        layout.drawFrame(&s, title: title, xLabel: xLabel, yLabel: yLabel)
        let n = min(x.count, y.count, categories.count)
        let radius = n <= 500 ? 4.0 : n <= 2000 ? 3.0 : 2.0
        // Larger categories first, so small ones stay visible on top.
        let counts = categoryNames.indices.map { k in categories.filter { $0 == k }.count }
        let order = (0..<n).sorted { (counts[safe: categories[$0]] ?? 0, $0) > (counts[safe: categories[$1]] ?? 0, $1) }
        for i in order where x[i].isFinite && y[i].isFinite {
            var color = style.palette[max(categories[i], 0) % style.palette.count]
            color.a = 200
            s.circle(center: (layout.px(x[i]), layout.py(y[i])), radius: radius, color: color)
        }
        let legend = categoryNames.indices.filter { counts[$0] > 0 }.map { k in
            (text: "\(categoryNames[k]) (\(counts[k]))", color: style.palette[k % style.palette.count], dash: [Double]?.none)
        }
        layout.drawLegend(&s, entries: legend, corner: .topRight, markers: true)
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
