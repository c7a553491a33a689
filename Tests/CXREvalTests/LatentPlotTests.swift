import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest
@testable import CXREval

/// SOM pictures and the scatter plot render to valid PNG and SVG with the expected content.
final class LatentPlotTests: XCTestCase {
    func check(_ svg: String, contains elements: [String], file: StaticString = #filePath, line: UInt = #line) {
        let parser = XMLParser(data: Data(svg.utf8))
        let checker = XMLCheck()
        parser.delegate = checker
        XCTAssertTrue(parser.parse(), "SVG does not parse", file: file, line: line)
        for e in elements { XCTAssertTrue(checker.elements.contains(e), "SVG has no <\(e)>", file: file, line: line) }
    }

    func testUMatrixDrawsOneCellPerNeuronInBothTopologies() throws {
        for topology in SOMTopology.allCases {
            let grid = try SOMGrid(rows: 4, columns: 5, topology: topology)
            let values = (0..<grid.count).map { Double($0) / Double(grid.count - 1) }
            let plot = SOMPlot(title: "U-matrix", grid: grid, content: .values(values, colorMap: .viridis, valueLabel: "distance"),
                               style: PlotStyle(width: 500, height: 400))
            let svg = plot.svg()
            check(svg, contains: [topology == .hexagonal ? "polygon" : "polygon", "text"])
            XCTAssertEqual(svg.components(separatedBy: "<polygon").count - 1, grid.count, "\(topology): one cell per neuron")
            let png = try decodePNG(try plot.png())
            XCTAssertEqual(png.width, 500); XCTAssertEqual(png.height, 400)
            // Hexagons have six corners.
            if topology == .hexagonal {
                let first = svg.components(separatedBy: "<polygon points=\"")[1].components(separatedBy: "\"")[0]
                XCTAssertEqual(first.split(separator: " ").count, 6)
            }
        }
        // The colour map runs from viridis' dark purple to yellow.
        XCTAssertEqual(ColorMap.viridis.color(0), RGBA(hex: 0x440154))
        XCTAssertEqual(ColorMap.viridis.color(1), RGBA(hex: 0xFDE725))
    }

    func testHitPanelsAndClassMapAndScatter() throws {
        let grid = try SOMGrid(rows: 3, columns: 3, topology: .hexagonal)
        let hits = SOMPlot(title: "hits", grid: grid, content: .counts(panels: [("all", Array(0..<9)), ("a", [Int](repeating: 1, count: 9))]),
                           style: PlotStyle(width: 600, height: 400))
        XCTAssertEqual(hits.svg().components(separatedBy: "<polygon").count - 1, 18)
        XCTAssertTrue(hits.svg().contains(">all (36)</text>"))
        let classes = SOMPlot(title: "classes", grid: grid, content: .categories([0, 1, nil, 0, 0, 1, nil, nil, 0], names: ["a", "b"]),
                              style: PlotStyle(width: 600, height: 400))
        let svg = classes.svg()
        XCTAssertTrue(svg.contains(">a (4)</text>") && svg.contains(">b (2)</text>") && svg.contains(">empty (3)</text>"))
        let scatter = ScatterPlot(title: "t-SNE", xLabel: "t-SNE 1", yLabel: "t-SNE 2", x: [0, 1, 2], y: [2, 1, 0], categories: [0, 1, 1],
                                  categoryNames: ["COVID-19", "other"], style: PlotStyle(width: 400, height: 300))
        check(scatter.svg(), contains: ["circle", "text"])
        XCTAssertTrue(scatter.svg().contains(">other (2)</text>"))
        let png = try decodePNG(try scatter.png())
        XCTAssertEqual(png.width, 400)
    }

    func testPolygonFillCoversTheInteriorOnly() {
        var canvas = Canvas(width: 20, height: 20)
        canvas.fillPolygon([(5, 5), (15, 5), (15, 15), (5, 15)], color: .black)
        XCTAssertEqual(canvas.pixel(x: 10, y: 10), .black)
        XCTAssertEqual(canvas.pixel(x: 2, y: 2), .white)
        XCTAssertEqual(canvas.pixel(x: 16, y: 10), .white)
    }
}
