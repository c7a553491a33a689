import Foundation

/// Pictures of a self-organizing map: the U-matrix with a colour bar, hit counts per class
/// (one small panel per class, plus all samples), or the majority class of each neuron with a
/// legend. Rectangular maps draw square cells, hexagonal maps hexagons at the neurons' plane
/// positions (`SOMGrid.position`); row 0 is at the top.
public struct SOMPlot: Plot, Sendable {
    /// What the picture shows.
    public enum Content: Sendable {
        /// One value per neuron in [0, 1] (e.g. `SelfOrganizingMap.distanceMap`) in `colorMap`,
        /// with a colour bar labelled `valueLabel`.
        case values([Double], colorMap: ColorMap, valueLabel: String)
        /// Panels of counts per neuron, each shaded from white to its palette colour by count
        /// over the panel's maximum (the count written in cells when they are large enough).
        case counts(panels: [(name: String, counts: [Int])])
        /// One category per neuron (nil: no samples), coloured from the palette, with a legend
        /// of `names` and how many neurons each colours.
        case categories([Int?], names: [String])
    }

    public var title: String
    public var grid: SOMGrid
    public var content: Content
    public var style: PlotStyle

    public init(title: String, grid: SOMGrid, content: Content, style: PlotStyle = PlotStyle()) {
        self.title = title; self.grid = grid; self.content = content; self.style = style
    }

    /// The plot as an SVG document.
    public func svg() -> String { renderSVG() }
    /// The plot rasterised with the built-in font.
    public func canvas() -> Canvas { renderCanvas() }
    /// The plot as PNG bytes.
    public func png() throws -> [UInt8] { try PNGEncoder.encode(renderCanvas()) }
    /// SVG when `path` ends in ".svg", PNG otherwise.
    public func write(to path: String) throws { try writeFile(to: path) }

    /// Extent of the map in plane units: x from `minX` over `width`, y over `height`.
    private var extent: (minX: Double, width: Double, height: Double) {
        switch grid.topology {
        case .rectangular: return (-0.5, Double(grid.columns), Double(grid.rows))
        case .hexagonal:
            let r = 1 / 3.0.squareRoot()
            let shifted = (0..<grid.rows).contains { grid.isShifted(row: $0) }
            let unshifted = (0..<grid.rows).contains { !grid.isShifted(row: $0) }
            let minX = (shifted ? -0.5 : 0) - 0.5, maxX = Double(grid.columns - 1) + (unshifted ? 0 : -0.5) + 0.5
            return (minX, maxX - minX, Double(grid.rows - 1) * SOMGrid.hexRowHeight + 2 * r)
        }
    }

    /// The cell outline of `neuron` in pixels for a map drawn with unit length `unit` and
    /// top-left corner `(left, top)`.
    func cell(_ neuron: Int, unit: Double, left: Double, top: Double) -> [(Double, Double)] {
        let p = grid.position(neuron), e = extent
        switch grid.topology {
        case .rectangular:
            let x0 = left + (p.x - 0.5 - e.minX) * unit, y0 = top + (p.y) * unit
            return [(x0, y0), (x0 + unit, y0), (x0 + unit, y0 + unit), (x0, y0 + unit)]
        case .hexagonal:
            let r = 1 / 3.0.squareRoot()
            let cx = left + (p.x - e.minX) * unit, cy = top + (p.y + r) * unit
            return (0..<6).map { k in
                let a = Double.pi / 6 + Double(k) * Double.pi / 3
                return (cx + r * unit * cos(a), cy + r * unit * sin(a))
            }
        }
    }

    /// Draws the map into the box `(x, y, width, height)`, centred; returns the unit length.
    private func drawMap<S: PlotSurface>(_ s: inout S, box: (Double, Double, Double, Double),
                                        fill: (Int) -> RGBA, label: ((Int) -> String?)? = nil) {
        let e = extent
        let unit = min(box.2 / e.width, box.3 / e.height)
        let left = box.0 + (box.2 - unit * e.width) / 2, top = box.1 + (box.3 - unit * e.height) / 2
        let ts = max(1, style.textScale - (unit < 40 ? 1 : 0))
        for n in 0..<grid.count {
            let outline = cell(n, unit: unit, left: left, top: top)
            s.polygon(outline, color: fill(n))
            s.polyline(outline + [outline[0]], width: 0.6, color: RGBA(r: 255, g: 255, b: 255, a: 160), dash: nil)
            if let text = label?(n), S.textWidth(text, scale: ts) < unit * 0.8, Double(7 * ts) < unit * 0.5 {
                let cx = outline.map(\.0).reduce(0, +) / Double(outline.count), cy = outline.map(\.1).reduce(0, +) / Double(outline.count)
                let c = fill(n)
                let light = 0.299 * Double(c.r) + 0.587 * Double(c.g) + 0.114 * Double(c.b) > 140
                s.text(text, x: cx, baseline: cy + Double(7 * ts) / 2, scale: ts, anchor: .middle, color: light ? RGBA(hex: 0x222222) : .white, rotated: false)
            }
        }
    }

    private func drawTitle<S: PlotSurface>(_ s: inout S, _ text: String) -> Double {
        guard !text.isEmpty else { return 12 }
        var scale = max(style.titleScale, 1)
        while scale > 1 && S.textWidth(text, scale: scale) > Double(style.width) - 20 { scale -= 1 }
        s.text(text, x: Double(style.width) / 2, baseline: 10 + Double(7 * style.titleScale), scale: scale, anchor: .middle,
               color: RGBA(hex: 0x222222), rotated: false)
        return Double(10 * style.titleScale) + 24
    }

    func draw<S: PlotSurface>(_ s: inout S) {
        let w = Double(style.width), h = Double(style.height), ts = style.textScale, dark = RGBA(hex: 0x222222)
        s.fillRect(x0: 0, y0: 0, x1: w, y1: h, color: style.background)
        let top = drawTitle(&s, title)
        switch content {
        case .values(let values, let map, let valueLabel):
            let barWidth = 24.0, labelWidth = Double(6 * ts * 5) + 16
            let box = (16.0, top, w - 16 - barWidth - labelWidth - 24, h - top - 16)
            drawMap(&s, box: box, fill: { map.color(Float(values[$0])) })
            // Colour bar: 0 at the bottom, 1 at the top, ticks every 0.25.
            let bx = w - barWidth - labelWidth - 8, by0 = top + 10, by1 = h - 40
            let steps = 64
            for k in 0..<steps {
                let v0 = Double(k) / Double(steps), v1 = Double(k + 1) / Double(steps)
                s.fillRect(x0: bx, y0: by1 - (by1 - by0) * v1, x1: bx + barWidth, y1: by1 - (by1 - by0) * v0 + 0.5, color: map.color(Float((v0 + v1) / 2)))
            }
            s.strokeRect(x0: bx, y0: by0, x1: bx + barWidth, y1: by1, width: 1, color: dark)
            for tick in [0.0, 0.25, 0.5, 0.75, 1.0] {
                let y = by1 - (by1 - by0) * tick
                s.polyline([(bx + barWidth, y), (bx + barWidth + 5, y)], width: 1, color: dark, dash: nil)
                s.text(String(format: "%.2f", tick), x: bx + barWidth + 8, baseline: y + Double(7 * ts) / 2, scale: ts, anchor: .start, color: dark, rotated: false)
            }
            s.text(valueLabel, x: bx + barWidth / 2, baseline: h - 14, scale: ts, anchor: .middle, color: dark, rotated: false)
        case .counts(let panels):
            guard !panels.isEmpty else { return }
            let columns = Int(Double(panels.count).squareRoot().rounded(.up)), rows = (panels.count + columns - 1) / columns
            let pw = (w - 16) / Double(columns), ph = (h - top - 8) / Double(rows)
            for (k, panel) in panels.enumerated() {
                let px = 8 + Double(k % columns) * pw, py = top + Double(k / columns) * ph
                let total = panel.counts.reduce(0, +), top = max(panel.counts.max() ?? 0, 1)
                let color = style.palette[k % style.palette.count]
                let header = "\(panel.name) (\(total))"
                var scale = ts
                while scale > 1 && S.textWidth(header, scale: scale) > pw - 8 { scale -= 1 }
                s.text(header, x: px + pw / 2, baseline: py + Double(7 * scale) + 4, scale: scale, anchor: .middle, color: dark, rotated: false)
                drawMap(&s, box: (px + 4, py + Double(7 * scale) + 12, pw - 8, ph - Double(7 * scale) - 20), fill: { n in
                    let f = Double(panel.counts[n]) / Double(top)
                    func mix(_ c: UInt8) -> UInt8 { UInt8((255 + (Double(c) - 255) * f).rounded()) }
                    return panel.counts[n] == 0 ? RGBA(hex: 0xF2F2F2) : RGBA(r: mix(color.r), g: mix(color.g), b: mix(color.b))
                }, label: { n in panel.counts[n] > 0 ? "\(panel.counts[n])" : nil })
            }
        case .categories(let majority, let names):
            let used = names.indices.map { k in majority.filter { $0 == k }.count }
            let entries = names.indices.filter { used[$0] > 0 }
            let legendWidth = Double((entries.map { "\(names[$0]) (\(used[$0]))".count }.max() ?? 0) * 6 * ts) + Double(18 * ts)
            let box = (16.0, top, w - 32 - legendWidth, h - top - 16)
            drawMap(&s, box: box, fill: { n in majority[n].map { style.palette[$0 % style.palette.count] } ?? RGBA(hex: 0xE8E8E8) })
            var y = top + 20
            for k in entries {
                s.circle(center: (w - legendWidth - 4 + Double(5 * ts), y - Double(7 * ts) / 2), radius: Double(4 * ts), color: style.palette[k % style.palette.count])
                s.text("\(names[k]) (\(used[k]))", x: w - legendWidth - 4 + Double(12 * ts), baseline: y, scale: ts, anchor: .start, color: dark, rotated: false)
                y += Double(11 * ts)
            }
            if majority.contains(where: { $0 == nil }) {
                s.circle(center: (w - legendWidth - 4 + Double(5 * ts), y - Double(7 * ts) / 2), radius: Double(4 * ts), color: RGBA(hex: 0xE8E8E8))
                s.text("empty (\(majority.filter { $0 == nil }.count))", x: w - legendWidth - 4 + Double(12 * ts), baseline: y, scale: ts, anchor: .start, color: dark, rotated: false)
            }
        }
    }
}
