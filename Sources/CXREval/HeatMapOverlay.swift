import Foundation

/// A box outlined on a heat-map overlay (image pixel coordinates).
public struct OverlayBox: Sendable, Equatable {
    public var box: PixelBox
    public var color: RGBA
    public var dashed: Bool

    public init(box: PixelBox, color: RGBA, dashed: Bool = false) {
        self.box = box; self.color = color; self.dashed = dashed
    }
}

/// Heat maps drawn over X-rays, with a caption above and a colour bar beside.
///
/// Each image pixel becomes `(1 - alpha) * grey + alpha * colorMap(value)`, where `grey` is
/// the image's luminance (RGB is converted with ITU-R 601 weights, as PIL's "L"), and the heat
/// map is resampled bilinearly to the image when their sizes differ. The colour bar runs from
/// 0 (bottom) to 1 (top) with ticks every 0.25. Text is the built-in bitmap font, scaled
/// with the image (1x up to ~480 px high, 2x to ~800 px, 3x above).
public enum HeatMapOverlay {
    /// Background of the caption and colour-bar areas.
    public static let background = RGBA(hex: 0x181818)

    /// The overlay as a canvas.
    ///
    /// - Parameters:
    ///   - image: 8-bit pixels, row-major, `channels` interleaved (1 grey, 3 RGB, 4 RGBA whose
    ///     alpha is ignored), `width * height * channels` bytes.
    ///   - heatMap: values in [0, 1] (clamped), any size.
    ///   - colorMap: default `.inferno`.
    ///   - alpha: weight of the heat-map colour, in [0, 1] (default 0.5).
    ///   - caption: a line above the image (class, probability, method), or nil for none.
    ///   - boxes: outlines to draw on the image (ground truth, predicted boxes).
    ///   - colorBar: draw the colour bar (default true).
    public static func canvas(image: [UInt8], width: Int, height: Int, channels: Int = 1, heatMap: HeatMap,
                              colorMap: ColorMap = .inferno, alpha: Float = 0.5, caption: String? = nil,
                              boxes: [OverlayBox] = [], colorBar: Bool = true) -> Canvas {
        precondition([1, 3, 4].contains(channels), "image channels must be 1, 3 or 4, got \(channels)")
        precondition(image.count == width * height * channels, "image of \(width)x\(height)x\(channels) needs \(width * height * channels) bytes, got \(image.count)")
        let weight = min(max(alpha, 0), 1)
        let map = heatMap.resized(width: width, height: height)
        let scale = max(1, min(3, Int((Double(height) / 320).rounded())))
        let pad = 4 * scale
        let textHeight = (BitmapFont.capHeight + BitmapFont.descent) * scale
        let top = caption == nil ? 0 : textHeight + 2 * pad
        let barWidth = 10 * scale, tickLength = 3 * scale
        let tickLabels = stride(from: 0.0, through: 1.0, by: 0.25).map { String(format: "%.2f", $0) }
        let labelWidth = tickLabels.map { BitmapFont.width($0, scale: scale) }.max()!
        let panel = colorBar ? 2 * pad + barWidth + tickLength + pad + labelWidth + pad : 0
        let captionWidth = caption.map { BitmapFont.width($0, scale: scale) + 2 * pad } ?? 0
        var canvas = Canvas(width: max(width + panel, captionWidth), height: top + height, background: background)

        // The image with the heat map blended in.
        for y in 0..<height {
            for x in 0..<width {
                let o = (y * width + x) * channels
                let grey: Float = channels == 1 ? Float(image[o])
                    : 0.299 * Float(image[o]) + 0.587 * Float(image[o + 1]) + 0.114 * Float(image[o + 2])
                let c = colorMap.color(map.values[y * width + x])
                func mix(_ v: UInt8) -> UInt8 { UInt8(((1 - weight) * grey + weight * Float(v)).rounded().clamped(0, 255)) }
                canvas.blend(x: x, y: top + y, color: RGBA(r: mix(c.r), g: mix(c.g), b: mix(c.b)), coverage: 1)
            }
        }
        for outline in boxes {
            let b = outline.box
            let corners = [(b.x, b.y), (b.x + b.width, b.y), (b.x + b.width, b.y + b.height), (b.x, b.y + b.height), (b.x, b.y)]
            canvas.drawPolyline(corners.map { ($0.0, $0.1 + Double(top)) }, thickness: Double(max(2, scale)), color: outline.color,
                                dash: outline.dashed ? [Double(6 * scale), Double(4 * scale)] : nil)
        }
        if let caption {
            canvas.drawText(caption, x: Double(pad), baseline: Double(pad + BitmapFont.capHeight * scale), scale: scale, color: .white)
        }
        if colorBar {
            let x0 = width + 2 * pad
            let y0 = top + 3 * pad, y1 = top + height - 3 * pad
            guard y1 - y0 >= 8 else { return canvas }
            for y in y0..<y1 {
                let value = 1 - Float(y - y0) / Float(y1 - y0 - 1)
                canvas.fillRect(x0: Double(x0), y0: Double(y), x1: Double(x0 + barWidth), y1: Double(y + 1), color: colorMap.color(value))
            }
            canvas.strokeRect(x0: Double(x0) - 0.5, y0: Double(y0) - 0.5, x1: Double(x0 + barWidth) + 0.5, y1: Double(y1) + 0.5,
                              thickness: 1, color: .white)
            for (i, label) in tickLabels.enumerated() {
                let value = Double(i) / Double(tickLabels.count - 1)
                let ty = Double(y1) - 0.5 - value * Double(y1 - y0 - 1)
                canvas.drawLine(from: (Double(x0 + barWidth), ty), to: (Double(x0 + barWidth + tickLength), ty), thickness: Double(scale), color: .white)
                canvas.drawText(label, x: Double(x0 + barWidth + tickLength + pad), baseline: ty + Double(BitmapFont.capHeight * scale) / 2,
                                scale: scale, color: .white)
            }
        }
        return canvas
    }

    /// The overlay encoded as PNG (see `canvas` for the parameters).
    public static func png(image: [UInt8], width: Int, height: Int, channels: Int = 1, heatMap: HeatMap,
                           colorMap: ColorMap = .inferno, alpha: Float = 0.5, caption: String? = nil,
                           boxes: [OverlayBox] = [], colorBar: Bool = true) throws -> Data {
        Data(try PNGEncoder.encode(canvas(image: image, width: width, height: height, channels: channels, heatMap: heatMap,
                                          colorMap: colorMap, alpha: alpha, caption: caption, boxes: boxes, colorBar: colorBar)))
    }
}
