import Foundation

/// Look of a plot. Defaults: 900 x 900 pixels, text at font scale 2 (12 px per character),
/// title at scale 3, lines 2.5 px, the `Palette.tab10` cycle (series 11-20 reuse it dashed).
public struct PlotStyle: Sendable {
    public var width: Int
    public var height: Int
    public var textScale: Int
    public var titleScale: Int
    public var lineWidth: Double
    public var palette: [RGBA]
    public var background: RGBA

    public init(width: Int = 900, height: Int = 900, textScale: Int = 2, titleScale: Int = 3,
                lineWidth: Double = 2.5, palette: [RGBA] = Palette.tab10, background: RGBA = .white) {
        self.width = width; self.height = height; self.textScale = textScale; self.titleScale = titleScale
        self.lineWidth = lineWidth; self.palette = palette.isEmpty ? Palette.tab10 : palette; self.background = background
    }

    /// Colour and dash pattern of series `i`: palette colours in turn, dashed from the second round.
    func seriesStyle(_ i: Int) -> (color: RGBA, dash: [Double]?) {
        let round = i / palette.count
        let dashes: [[Double]?] = [nil, [10, 6], [3, 4], [12, 4, 3, 4]]
        let d = dashes[round % dashes.count].map { $0.map { $0 * lineWidth / 2.5 } }
        return (palette[i % palette.count], d)
    }
}

/// An axis range with tick positions and their labels.
struct AxisScale {
    var lo: Double
    var hi: Double
    var ticks: [Double]
    var labels: [String]

    /// Ticks at multiples of a "nice" step (1, 2, 2.5 or 5 times a power of ten) giving about
    /// `target` intervals over `[lo, hi]`; the range is widened to whole steps when `extend`.
    static func nice(_ lo: Double, _ hi: Double, target: Int = 5, extend: Bool = true) -> AxisScale {
        var lo = lo, hi = hi
        if !(lo.isFinite && hi.isFinite) { lo = 0; hi = 1 }
        if hi < lo { swap(&lo, &hi) }
        if hi == lo { let pad = lo == 0 ? 1 : abs(lo) * 0.1; lo -= pad; hi += pad }
        let raw = (hi - lo) / Double(max(target, 1))
        let mag = pow(10, (log10(raw)).rounded(.down))
        let step = [1, 2, 2.5, 5, 10].map { $0 * mag }.first { $0 >= raw * 0.999 } ?? 10 * mag
        // Tick k sits at k * step (computed from the integer, so rounding does not accumulate);
        // 1e-9 step slack keeps ends such as 0.6 / 0.1 = 5.999... on their tick.
        let first = extend ? (lo / step + 1e-9).rounded(.down) : (lo / step - 1e-9).rounded(.up)
        let last = extend ? (hi / step - 1e-9).rounded(.up) : (hi / step + 1e-9).rounded(.down)
        if extend { lo = first * step; hi = last * step }
        var ticks: [Double] = []
        if last >= first {
            for k in Int(first)...Int(last) { ticks.append(Double(k) * step) }
        }
        var decimals = max(0, Int(-log10(step).rounded(.down)))
        if (step / mag).truncatingRemainder(dividingBy: 1) != 0 { decimals += 1 }
        let labels = ticks.map { String(format: "%.\(decimals)f", $0) }
        return AxisScale(lo: lo, hi: hi, ticks: ticks, labels: labels)
    }
}

/// Where the plot area lies and how data map onto it; draws frame, grid, ticks, labels, legend.
struct PlotLayout {
    let style: PlotStyle
    let x: AxisScale
    let y: AxisScale
    let left: Double, top: Double, right: Double, bottom: Double

    init(style: PlotStyle, x: AxisScale, y: AxisScale, hasTitle: Bool) {
        self.style = style; self.x = x; self.y = y
        let s = Double(style.textScale), char = 6 * s, line = 10 * s
        let tickLabelWidth = Double(y.labels.map(\.count).max() ?? 1) * char
        left = (line + 8 + tickLabelWidth + 10 + 8).rounded()
        top = hasTitle ? (Double(10 * style.titleScale) + 20).rounded() : 16
        // Room for half of the last x tick label beyond the plot's right edge.
        right = Double(style.width) - max(16, (Double(x.labels.last?.count ?? 1) * char / 2 + 10).rounded())
        bottom = Double(style.height) - (line * 2 + 24).rounded()
    }

    func px(_ v: Double) -> Double { left + (v - x.lo) / (x.hi - x.lo) * (right - left) }
    func py(_ v: Double) -> Double { bottom - (v - y.lo) / (y.hi - y.lo) * (bottom - top) }

    func drawFrame<S: PlotSurface>(_ s: inout S, title: String, xLabel: String, yLabel: String) {
        let ts = style.textScale, tick = 6.0, textColor = RGBA(hex: 0x222222)
        s.fillRect(x0: 0, y0: 0, x1: Double(style.width), y1: Double(style.height), color: style.background)
        for t in x.ticks where t > x.lo && t < x.hi {
            s.polyline([(px(t), top), (px(t), bottom)], width: 1, color: RGBA(hex: 0xE5E5E5), dash: nil)
        }
        for t in y.ticks where t > y.lo && t < y.hi {
            s.polyline([(left, py(t)), (right, py(t))], width: 1, color: RGBA(hex: 0xE5E5E5), dash: nil)
        }
        s.strokeRect(x0: left, y0: top, x1: right, y1: bottom, width: 1.5, color: textColor)
        let capH = Double(7 * ts)
        for (t, label) in zip(x.ticks, x.labels) {
            s.polyline([(px(t), bottom), (px(t), bottom + tick)], width: 1.5, color: textColor, dash: nil)
            s.text(label, x: px(t), baseline: bottom + tick + 6 + capH, scale: ts, anchor: .middle, color: textColor, rotated: false)
        }
        for (t, label) in zip(y.ticks, y.labels) {
            s.polyline([(left - tick, py(t)), (left, py(t))], width: 1.5, color: textColor, dash: nil)
            s.text(label, x: left - tick - 6, baseline: py(t) + capH / 2, scale: ts, anchor: .end, color: textColor, rotated: false)
        }
        s.text(xLabel, x: (left + right) / 2, baseline: Double(style.height) - Double(3 * ts) - 8,
               scale: ts, anchor: .middle, color: textColor, rotated: false)
        s.text(yLabel, x: 8 + capH, baseline: (top + bottom) / 2, scale: ts, anchor: .middle, color: textColor, rotated: true)
        if !title.isEmpty {
            // The largest scale up to titleScale at which the title fits the width.
            var scale = max(style.titleScale, 1)
            while scale > 1 && S.textWidth(title, scale: scale) > Double(style.width) - 20 { scale -= 1 }
            s.text(title, x: Double(style.width) / 2, baseline: 10 + Double(7 * style.titleScale),
                   scale: scale, anchor: .middle, color: textColor, rotated: false)
        }
    }

    enum Corner { case topLeft, topRight, bottomLeft, bottomRight }

    /// A legend box inside the plot area: a line sample in each entry's style, then its text.
    /// `header`, when given, is a first line of text aligned with the entries' text (column titles).
    /// With `markers`, each entry's sample is a disc instead of a line.
    func drawLegend<S: PlotSurface>(_ s: inout S, entries: [(text: String, color: RGBA, dash: [Double]?)], corner: Corner,
                                    header: String? = nil, markers: Bool = false) {
        guard !entries.isEmpty else { return }
        let ts = style.textScale, line = Double(10 * ts), pad = Double(4 * ts), sample = Double(18 * ts)
        let textW = (entries.map(\.text) + [header ?? ""]).map { S.textWidth($0, scale: ts) }.max() ?? 0
        let rows = entries.count + (header == nil ? 0 : 1)
        let w = pad * 3 + sample + textW, h = pad * 2 + line * Double(rows) - Double(3 * ts)
        let x0: Double, y0: Double
        switch corner {
        case .topLeft: (x0, y0) = (left + 10, top + 10)
        case .topRight: (x0, y0) = (right - 10 - w, top + 10)
        case .bottomLeft: (x0, y0) = (left + 10, bottom - 10 - h)
        case .bottomRight: (x0, y0) = (right - 10 - w, bottom - 10 - h)
        }
        s.fillRect(x0: x0, y0: y0, x1: x0 + w, y1: y0 + h, color: RGBA(r: 255, g: 255, b: 255, a: 230))
        s.strokeRect(x0: x0, y0: y0, x1: x0 + w, y1: y0 + h, width: 1, color: RGBA(hex: 0x999999))
        if let header {
            s.text(header, x: x0 + pad * 2 + sample, baseline: y0 + pad + Double(7 * ts), scale: ts, anchor: .start,
                   color: RGBA(hex: 0x555555), rotated: false)
        }
        for (k, e) in entries.enumerated() {
            let baseline = y0 + pad + Double(7 * ts) + line * Double(k + (header == nil ? 0 : 1))
            let mid = baseline - Double(7 * ts) / 2
            if markers {
                s.circle(center: (x0 + pad + sample / 2, mid), radius: Double(3 * ts), color: e.color)
            } else {
                s.polyline([(x0 + pad, mid), (x0 + pad + sample, mid)], width: style.lineWidth, color: e.color, dash: e.dash)
            }
            s.text(e.text, x: x0 + pad * 2 + sample, baseline: baseline, scale: ts, anchor: .start, color: RGBA(hex: 0x222222), rotated: false)
        }
    }

    /// Data points mapped to pixels, dropping points closer than a quarter pixel to the previous
    /// kept one (the last point is always kept).
    func mapped(_ xs: [Double], _ ys: [Double]) -> [(Double, Double)] {
        var out: [(Double, Double)] = []
        for i in 0..<min(xs.count, ys.count) {
            let p = (px(xs[i]), py(ys[i]))
            if let q = out.last, i != xs.count - 1, abs(p.0 - q.0) < 0.25, abs(p.1 - q.1) < 0.25 { continue }
            out.append(p)
        }
        return out
    }
}
