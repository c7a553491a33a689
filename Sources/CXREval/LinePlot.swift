import Foundation

/// Several named series of (x, y) points as lines, e.g. loss and AUC per epoch.
///
/// Axes cover the data (or the given ranges) with "nice" ticks; NaN or infinite y values break
/// a line into pieces; `markers` puts a dot on every point. Legend in the chosen corner.
public struct LinePlot: Plot, Sendable {
    /// The plot as an SVG document.
    public func svg() -> String { renderSVG() }

    /// The plot rasterised with the built-in font.
    public func canvas() -> Canvas { renderCanvas() }

    /// The plot as PNG bytes.
    public func png() throws -> [UInt8] { try PNGEncoder.encode(renderCanvas()) }

    /// SVG when `path` ends in ".svg", PNG otherwise.
    public func write(to path: String) throws { try writeFile(to: path) }

    public struct Series: Sendable {
        public var name: String
        public var x: [Double]
        public var y: [Double]

        public init(name: String, x: [Double], y: [Double]) { self.name = name; self.x = x; self.y = y }

        /// `y` against 1, 2, 3... (epochs).
        public init(name: String, y: [Double]) { self.init(name: name, x: y.indices.map { Double($0 + 1) }, y: y) }
    }

    public enum LegendCorner: Sendable { case topLeft, topRight, bottomLeft, bottomRight }

    public var title: String
    public var xLabel: String
    public var yLabel: String
    public var series: [Series]
    /// Fixed axis ranges; nil to fit the data.
    public var xRange: ClosedRange<Double>?
    public var yRange: ClosedRange<Double>?
    public var markers: Bool
    public var legendCorner: LegendCorner
    public var style: PlotStyle

    public init(title: String, xLabel: String, yLabel: String, series: [Series],
                xRange: ClosedRange<Double>? = nil, yRange: ClosedRange<Double>? = nil,
                markers: Bool = false, legendCorner: LegendCorner = .topRight, style: PlotStyle = PlotStyle()) {
        self.title = title; self.xLabel = xLabel; self.yLabel = yLabel; self.series = series
        self.xRange = xRange; self.yRange = yRange; self.markers = markers; self.legendCorner = legendCorner
        self.style = style
    }

    private func range(_ values: [Double], fixed: ClosedRange<Double>?) -> AxisScale {
        if let fixed { return AxisScale.nice(fixed.lowerBound, fixed.upperBound, target: 5, extend: false) }
        let finite = values.filter(\.isFinite)
        return AxisScale.nice(finite.min() ?? 0, finite.max() ?? 1, target: 5)
    }

    func draw<S: PlotSurface>(_ s: inout S) {
        let xs = series.flatMap { zip($0.x, $0.y).filter { $0.1.isFinite }.map(\.0) }
        let ys = series.flatMap { $0.y }
        let layout = PlotLayout(style: style, x: range(xs, fixed: xRange), y: range(ys, fixed: yRange), hasTitle: !title.isEmpty)
        layout.drawFrame(&s, title: title, xLabel: xLabel, yLabel: yLabel)
        var legend: [(text: String, color: RGBA, dash: [Double]?)] = []
        for (i, ser) in series.enumerated() {
            let (color, dash) = style.seriesStyle(i)
            // Split at non-finite values; clamp to the plot area when ranges are fixed.
            var piece: ([Double], [Double]) = ([], [])
            func flush() {
                if piece.0.count >= 2 {
                    s.polyline(layout.mapped(piece.0, piece.1), width: style.lineWidth, color: color, dash: dash)
                }
                piece = ([], [])
            }
            for (x, y) in zip(ser.x, ser.y) {
                if x.isFinite && y.isFinite {
                    let cx = x.clamped(layout.x.lo, layout.x.hi), cy = y.clamped(layout.y.lo, layout.y.hi)
                    piece.0.append(cx); piece.1.append(cy)
                    if markers { s.circle(center: (layout.px(cx), layout.py(cy)), radius: style.lineWidth * 1.4, color: color) }
                } else { flush() }
            }
            flush()
            legend.append((ser.name, color, dash))
        }
        let corner: PlotLayout.Corner
        switch legendCorner {
        case .topLeft: corner = .topLeft
        case .topRight: corner = .topRight
        case .bottomLeft: corner = .bottomLeft
        case .bottomRight: corner = .bottomRight
        }
        layout.drawLegend(&s, entries: legend, corner: corner)
    }
}
