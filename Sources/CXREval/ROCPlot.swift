import Foundation

/// ROC curves of one or more classes: one line per class in the palette, the chance diagonal
/// (dashed grey), axes 0...1 with ticks every 0.2, "False positive rate (1 - specificity)" and
/// "True positive rate (sensitivity)" axis labels, a title and a legend in the lower right giving
/// each class's AUC and, when known, its confidence interval: `Name  0.812 [0.801, 0.823]`, under
/// the column titles `Class  AUC [95 % CI]`.
public struct ROCPlot: Plot, Sendable {
    /// The plot as an SVG document.
    public func svg() -> String { renderSVG() }

    /// The plot rasterised with the built-in font.
    public func canvas() -> Canvas { renderCanvas() }

    /// The plot as PNG bytes.
    public func png() throws -> [UInt8] { try PNGEncoder.encode(renderCanvas()) }

    /// SVG when `path` ends in ".svg", PNG otherwise.
    public func write(to path: String) throws { try writeFile(to: path) }

    public struct Entry: Sendable {
        public var name: String
        public var curve: ROCCurve
        public var auc: Double
        public var interval: ConfidenceInterval?

        public init(name: String, curve: ROCCurve, auc: Double, interval: ConfidenceInterval? = nil) {
            self.name = name; self.curve = curve; self.auc = auc; self.interval = interval
        }
    }

    public var title: String
    public var entries: [Entry]
    public var style: PlotStyle

    public init(title: String, entries: [Entry], style: PlotStyle = PlotStyle()) {
        self.title = title; self.entries = entries; self.style = style
    }

    /// One entry per class that `ROC.macroAUC` includes (skipped classes have no curve), with the
    /// intervals of `bootstrap` when given (it must come from the same data).
    public init(title: String, data: MultiLabelScores, minimumPositives: Int = 1,
                bootstrap: MacroBootstrap? = nil, style: PlotStyle = PlotStyle()) throws {
        let macro = bootstrap?.macro ?? ROC.macroAUC(data, minimumPositives: minimumPositives)
        var entries: [Entry] = []
        for c in 0..<data.classCount {
            guard let auc = macro.perClass[c].auc else { continue }
            let curve = try ROC.curve(labels: data.labels[c], scores: data.scores[c])
            entries.append(Entry(name: data.classNames[c], curve: curve, auc: auc, interval: bootstrap?.perClass[c]?.interval))
        }
        self.init(title: title, entries: entries, style: style)
    }

    /// The legend text of an entry.
    public static func legendText(_ e: Entry, nameWidth: Int = 0) -> String {
        let name = e.name.padding(toLength: max(nameWidth, e.name.count), withPad: " ", startingAt: 0)
        var s = "\(name) \(String(format: "%.3f", e.auc))"
        if let i = e.interval { s += String(format: " [%.3f, %.3f]", i.lower, i.upper) }
        return s
    }

    func draw<S: PlotSurface>(_ s: inout S) {
        let ticks = AxisScale.nice(0, 1, target: 5)
        let layout = PlotLayout(style: style, x: ticks, y: ticks, hasTitle: !title.isEmpty)
        layout.drawFrame(&s, title: title, xLabel: "False positive rate (1 - specificity)", yLabel: "True positive rate (sensitivity)")
        s.polyline([(layout.px(0), layout.py(0)), (layout.px(1), layout.py(1))], width: 1.5, color: .gray, dash: [8, 6])
        let nameWidth = entries.map(\.name.count).max() ?? 0
        var legend: [(text: String, color: RGBA, dash: [Double]?)] = []
        for (i, e) in entries.enumerated() {
            let (color, dash) = style.seriesStyle(i)
            s.polyline(layout.mapped(e.curve.falsePositiveRates, e.curve.truePositiveRates),
                       width: style.lineWidth, color: color, dash: dash)
            legend.append((Self.legendText(e, nameWidth: nameWidth), color, dash))
        }
        // Column titles over the names and figures: "Class   AUC [95 % CI]".
        let level = entries.compactMap(\.interval).first.map { " [\(Int(($0.level * 100).rounded())) % CI]" } ?? ""
        let header = "Class".padding(toLength: max(nameWidth, 5), withPad: " ", startingAt: 0) + " AUC" + level
        layout.drawLegend(&s, entries: legend, corner: .bottomRight, header: header)
    }
}
