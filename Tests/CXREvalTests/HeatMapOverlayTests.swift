import XCTest
@testable import CXREval

final class HeatMapOverlayTests: XCTestCase {
    func testColorMapEnds() {
        // matplotlib's first and last entries.
        XCTAssertEqual(ColorMap.viridis.color(0), RGBA(hex: 0x440154))
        XCTAssertEqual(ColorMap.viridis.color(1), RGBA(hex: 0xFDE725))
        XCTAssertEqual(ColorMap.inferno.color(0), RGBA(hex: 0x000004))
        XCTAssertEqual(ColorMap.inferno.color(1), RGBA(hex: 0xFCFFA4))
        XCTAssertEqual(ColorMap.turbo.color(0), RGBA(hex: 0x30123B))
        XCTAssertEqual(ColorMap.turbo.color(1), RGBA(hex: 0x7A0403))
        XCTAssertEqual(ColorMap.viridis.color(-3), ColorMap.viridis.color(0))
        XCTAssertEqual(ColorMap.viridis.color(.nan), ColorMap.viridis.color(0))
        for map in ColorMap.allCases { XCTAssertEqual(map.table.count, 256) }
    }

    func testBlendAndLayout() throws {
        let width = 40, height = 30
        let image = [UInt8](repeating: 100, count: width * height)
        let heat = HeatMap(width: 4, height: 3, values: [Float](repeating: 1, count: 12))
        // alpha 0: the grey image; alpha 1: the colour map; 0.5: halfway.
        let plain = HeatMapOverlay.canvas(image: image, width: width, height: height, heatMap: heat, alpha: 0, colorBar: false)
        XCTAssertEqual([plain.width, plain.height], [width, height])
        XCTAssertEqual(plain.pixel(x: 7, y: 9), RGBA(r: 100, g: 100, b: 100))
        let full = HeatMapOverlay.canvas(image: image, width: width, height: height, heatMap: heat, colorMap: .viridis, alpha: 1, colorBar: false)
        XCTAssertEqual(full.pixel(x: 7, y: 9), ColorMap.viridis.color(1))
        let half = HeatMapOverlay.canvas(image: image, width: width, height: height, heatMap: heat, colorMap: .viridis, alpha: 0.5, colorBar: false)
        let top = ColorMap.viridis.color(1)
        XCTAssertEqual(half.pixel(x: 0, y: 0), RGBA(r: UInt8((50 + Float(top.r) / 2).rounded()), g: UInt8((50 + Float(top.g) / 2).rounded()),
                                                    b: UInt8((50 + Float(top.b) / 2).rounded())))
        // RGB is shown as its luminance.
        let rgb = [UInt8](repeating: 0, count: 3 * width * height).enumerated().map { $0.offset % 3 == 0 ? UInt8(200) : 0 }
        let fromRGB = HeatMapOverlay.canvas(image: rgb, width: width, height: height, channels: 3, heatMap: heat, alpha: 0, colorBar: false)
        XCTAssertEqual(fromRGB.pixel(x: 3, y: 3), RGBA(r: 60, g: 60, b: 60))

        // Caption above, colour bar beside: the image moves down, the canvas widens.
        let big = [UInt8](repeating: 100, count: 200 * 160)
        let labelled = HeatMapOverlay.canvas(image: big, width: 200, height: 160, heatMap: heat, alpha: 0, caption: "Effusion p=0.91")
        XCTAssertGreaterThan(labelled.width, 200)
        XCTAssertGreaterThan(labelled.height, 160)
        let offset = labelled.height - 160
        XCTAssertEqual(labelled.pixel(x: 10, y: offset + 10), RGBA(r: 100, g: 100, b: 100))
        XCTAssertEqual(labelled.pixel(x: 10, y: offset - 1), HeatMapOverlay.background)
        // The bar (from 2 pads right of the image, 3 pads below its top to 3 above its bottom;
        // a pad is 4 px at this size): top row the colour of 1, bottom row that of 0.
        let barColumn = 200 + 8 + 5
        XCTAssertEqual(labelled.pixel(x: barColumn, y: offset + 12), ColorMap.inferno.color(1))
        XCTAssertEqual(labelled.pixel(x: barColumn, y: offset + 160 - 12 - 1), ColorMap.inferno.color(0))
        XCTAssertEqual(labelled.pixel(x: barColumn, y: offset + 12 - 1), .white, "outline")
        let png = try HeatMapOverlay.png(image: big, width: 200, height: 160, heatMap: heat, caption: "x")
        XCTAssertEqual(Array(png.prefix(4)), [0x89, 0x50, 0x4E, 0x47])
    }
}
