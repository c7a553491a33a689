import CPNG
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest
@testable import CXREval

/// Decodes PNG bytes with libpng's simplified read API into RGBA.
func decodePNG(_ bytes: [UInt8]) throws -> (width: Int, height: Int, rgba: [UInt8]) {
    try bytes.withUnsafeBytes { raw in
        var image = png_image()
        image.version = UInt32(PNG_IMAGE_VERSION)
        guard png_image_begin_read_from_memory(&image, raw.baseAddress, raw.count) != 0 else {
            throw PNGEncodingError(description: "libpng cannot read the header")
        }
        defer { png_image_free(&image) }
        image.format = UInt32(PNG_FORMAT_FLAG_COLOR) | UInt32(PNG_FORMAT_FLAG_ALPHA)
        let w = Int(image.width), h = Int(image.height)
        var out = [UInt8](repeating: 0, count: 4 * w * h)
        let ok = out.withUnsafeMutableBytes { png_image_finish_read(&image, nil, $0.baseAddress, 0, nil) }
        guard ok != 0 else { throw PNGEncodingError(description: "libpng cannot decode the pixels") }
        return (w, h, out)
    }
}

/// Parses XML with Foundation's XMLParser; returns the error, the root element and element count.
final class XMLCheck: NSObject, XMLParserDelegate {
    var elements: [String] = []
    /// Character data of each element (entity-split pieces joined).
    var texts: [String] = []
    private var current = ""
    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        elements.append(name)
        current = ""
    }
    func parser(_ parser: XMLParser, foundCharacters string: String) { current += string }
    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if !current.isEmpty { texts.append(current) }
        current = ""
    }

    static func parse(_ text: String) -> (ok: Bool, error: String, check: XMLCheck) {
        let parser = XMLParser(data: Data(text.utf8))
        let check = XMLCheck()
        parser.delegate = check
        let ok = parser.parse()
        return (ok, parser.parserError.map { "\($0)" } ?? "", check)
    }
}

final class PlotTests: XCTestCase {
    func rocPlot() throws -> ROCPlot {
        let a = syntheticPatients(patients: 150, imagesPerPatient: 2, separation: 1.5, seed: 1)
        let b = syntheticPatients(patients: 150, imagesPerPatient: 2, separation: 0.5, seed: 2)
        let data = try MultiLabelScores(classNames: ["Effusion", "Nodule <small> & \"odd\""], labels: [a.labels, b.labels],
                                        scores: [a.scores, b.scores])
        let boot = try Bootstrap.macroAUC(data, patientIDs: a.ids, configuration: BootstrapConfiguration(resamples: 100))
        return try ROCPlot(title: "ROC, Synthetic-CXR test (300 images, 150 patients)", data: data, bootstrap: boot,
                           style: PlotStyle(width: 640, height: 600))
    }

    func lossPlot() -> LinePlot {
        let loss = (0..<20).map { 0.7 * exp(-Double($0) / 6) + 0.1 }
        var val = loss.map { $0 + 0.05 }
        val[7] = .nan  // a gap
        return LinePlot(title: "Training", xLabel: "epoch", yLabel: "loss",
                        series: [.init(name: "train loss", y: loss), .init(name: "validation loss", y: val)], markers: true,
                        style: PlotStyle(width: 500, height: 360))
    }

    func assertDecodesAsVariedImage(_ png: [UInt8], width: Int, height: Int, _ what: String) throws {
        XCTAssertEqual(Array(png.prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "\(what): PNG signature")
        let img = try decodePNG(png)
        XCTAssertEqual(img.width, width, "\(what) width"); XCTAssertEqual(img.height, height, "\(what) height")
        var colours = Set<UInt32>()
        for i in stride(from: 0, to: img.rgba.count, by: 4) {
            colours.insert(UInt32(img.rgba[i]) << 16 | UInt32(img.rgba[i + 1]) << 8 | UInt32(img.rgba[i + 2]))
        }
        XCTAssert(colours.count > 20, "\(what): only \(colours.count) distinct colours, expected an antialiased plot (> 20)")
        let white = (0..<(width * height)).filter { img.rgba[4 * $0] == 255 && img.rgba[4 * $0 + 1] == 255 && img.rgba[4 * $0 + 2] == 255 }.count
        let fraction = Double(white) / Double(width * height)
        XCTAssert(fraction > 0.3 && fraction < 0.98, "\(what): white fraction \(fraction), expected a mostly white plot with content")
    }

    func testROCPlotPNGDecodesWithLibpng() throws {
        let plot = try rocPlot()
        XCTAssertEqual(plot.entries.count, 2)
        try assertDecodesAsVariedImage(try plot.png(), width: 640, height: 600, "ROC PNG")
        // The first class's colour (tab10 blue) appears: the curve was drawn.
        let canvas = plot.canvas()
        let blue = Palette.tab10[0]
        var found = 0
        for y in 0..<canvas.height { for x in 0..<canvas.width where canvas.pixel(x: x, y: y) == blue { found += 1 } }
        XCTAssert(found > 200, "only \(found) pixels of the first curve's colour")
        if let dir = ProcessInfo.processInfo.environment["CXREVAL_PLOT_DIR"] {
            try plot.write(to: dir + "/roc.png"); try plot.write(to: dir + "/roc.svg")
            try lossPlot().write(to: dir + "/loss.png"); try lossPlot().write(to: dir + "/loss.svg")
        }
    }

    func testFourteenClassROCPlotRenders() throws {
        var labels: [[Bool]] = [], scores: [[Double]] = []
        for c in 0..<14 {
            let d = syntheticPatients(patients: 100, imagesPerPatient: 1, separation: 0.2 + 0.15 * Double(c), seed: UInt64(c))
            labels.append(d.labels); scores.append(d.scores)
        }
        let names = ["Atelectasis", "Cardiomegaly", "Effusion", "Infiltration", "Mass", "Nodule", "Pneumonia",
                     "Pneumothorax", "Consolidation", "Edema", "Emphysema", "Fibrosis", "Pleural_Thickening", "Hernia"]
        let data = try MultiLabelScores(classNames: names, labels: labels, scores: scores)
        let boot = try Bootstrap.macroAUC(data, patientIDs: Array(0..<100), configuration: BootstrapConfiguration(resamples: 50))
        let plot = try ROCPlot(title: "ChestX-ray14-like test, 100 images", data: data, bootstrap: boot)
        XCTAssertEqual(plot.entries.count, 14)
        XCTAssertEqual(PlotStyle().seriesStyle(3).dash, nil, "first ten series solid")
        XCTAssertNotNil(PlotStyle().seriesStyle(12).dash, "series 11-20 dashed")
        try assertDecodesAsVariedImage(try plot.png(), width: 900, height: 900, "14-class ROC PNG")
        XCTAssert(XMLCheck.parse(plot.svg()).ok)
        if let dir = ProcessInfo.processInfo.environment["CXREVAL_PLOT_DIR"] { try plot.write(to: dir + "/roc14.png") }
    }

    func testLinePlotPNGDecodesWithLibpng() throws {
        try assertDecodesAsVariedImage(try lossPlot().png(), width: 500, height: 360, "line plot PNG")
    }

    func testSVGIsWellFormedXML() throws {
        for (name, svg) in [("ROC", try rocPlot().svg()), ("line", lossPlot().svg())] {
            let r = XMLCheck.parse(svg)
            XCTAssert(r.ok, "\(name) SVG does not parse: \(r.error)")
            XCTAssertEqual(r.check.elements.first, "svg", "\(name): root element")
            XCTAssert(r.check.elements.contains("polyline"), "\(name): no polyline")
            XCTAssert(r.check.elements.filter { $0 == "text" }.count >= 8, "\(name): too few text elements")
        }
        let rocText = XMLCheck.parse(try rocPlot().svg()).check.texts.joined(separator: "|")
        XCTAssert(rocText.contains("Nodule <small> & \"odd\""), "escaped class name should read back intact: \(rocText)")
        XCTAssert(rocText.contains("False positive rate"), rocText)
        XCTAssert(rocText.contains("0.8"), "tick labels: \(rocText)")
        XCTAssertNotNil(rocText.range(of: #"Effusion +0\.\d{3} \[0\.\d{3}, 0\.\d{3}\]"#, options: .regularExpression),
                        "legend with AUC and CI: \(rocText)")
    }

    func testPNGEncoderRejectsWrongBufferSize() {
        XCTAssertThrowsError(try PNGEncoder.encodeRGBA([0, 0, 0], width: 1, height: 1))
    }

    func testCanvasPrimitives() throws {
        var c = Canvas(width: 40, height: 20)
        c.fillRect(x0: 2, y0: 2, x1: 6, y1: 6, color: .black)
        XCTAssertEqual(c.pixel(x: 3, y: 3), .black)
        XCTAssertEqual(c.pixel(x: 6, y: 6), .white)
        c.fillRect(x0: 10.5, y0: 2, x1: 12, y1: 3, color: .black)  // half-covered pixel 10
        XCTAssertEqual(Int(c.pixel(x: 10, y: 2).r), 128, accuracy: 1)
        // A horizontal 1-px line at y = 15.5 covers row 15 fully, rows 14 and 16 not at all.
        c.drawLine(from: (20, 15.5), to: (35, 15.5), thickness: 1, color: .black)
        XCTAssertEqual(c.pixel(x: 27, y: 15), .black)
        XCTAssertEqual(c.pixel(x: 27, y: 13), .white)
        // A line on a pixel boundary (y = 10) splits into two half-covered rows: antialiasing.
        c.drawLine(from: (20, 10), to: (35, 10), thickness: 1, color: .black)
        XCTAssertEqual(Int(c.pixel(x: 27, y: 9).r), 128, accuracy: 1)
        XCTAssertEqual(Int(c.pixel(x: 27, y: 10).r), 128, accuracy: 1)
        c.fillCircle(center: (8, 14), radius: 3, color: RGBA(hex: 0xFF0000))
        XCTAssertEqual(c.pixel(x: 7, y: 13), RGBA(hex: 0xFF0000))
    }

    func testFontCoversPrintableASCIIWithDistinctGlyphs() {
        var seen: [[UInt8]: Character] = [:]
        for v in 33...126 {
            let ch = Character(UnicodeScalar(UInt8(v)))
            XCTAssertNotNil(BitmapFont.table[ch], "no glyph for \(ch)")
            let rows = BitmapFont.rows(ch)
            XCTAssert(rows.count == 7 || rows.count == 9, "\(ch): \(rows.count) rows")
            XCTAssert(rows.allSatisfy { $0 < 32 }, "\(ch): row wider than 5 pixels")
            if let other = seen[rows] { XCTFail("\(ch) and \(other) have the same glyph") }
            seen[rows] = ch
        }
        XCTAssertEqual(BitmapFont.width("AUC", scale: 2), 34)
        var c = Canvas(width: 20, height: 12)
        c.drawText("1", x: 0, baseline: 9, color: .black)
        // Row 0 of "1" is ..#.. : pixel (2, 2) is ink, (0, 2) is not.
        XCTAssertEqual(c.pixel(x: 2, y: 2), .black); XCTAssertEqual(c.pixel(x: 0, y: 2), .white)
    }

    func testNiceTicks() {
        let a = AxisScale.nice(0, 1, target: 5)
        XCTAssertEqual(a.labels, ["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"])
        // Range 0.58 / 5 = 0.116 -> step 0.2, widened to [0, 0.8].
        let b = AxisScale.nice(0.13, 0.71, target: 5)
        XCTAssertEqual(b.lo, 0, accuracy: 1e-12); XCTAssertEqual(b.hi, 0.8, accuracy: 1e-12)
        XCTAssertEqual(b.labels, ["0.0", "0.2", "0.4", "0.6", "0.8"])
        let d = AxisScale.nice(0.61, 0.87, target: 5)  // 0.052 -> step 0.1 (0.05 is below 0.052)
        XCTAssertEqual(d.labels, ["0.6", "0.7", "0.8", "0.9"])
        let c = AxisScale.nice(1, 20, target: 5)
        XCTAssertEqual(c.labels, ["0", "5", "10", "15", "20"])
    }
}
