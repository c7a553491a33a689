@testable import CXREval
import Foundation
import XCTest

final class HTMLReportTests: XCTestCase {
    func testTextIsEscapedAndFiguresAreEmbedded() throws {
        var report = HTMLReport(title: "Run <1> & \"2\"", subtitle: "s")
        let plot = LinePlot(title: "t", xLabel: "x", yLabel: "y", series: [.init(name: "a", y: [1, 2, 3])])
        report.append(.init(title: "Figures", blocks: [
            .paragraph("a < b"),
            .figure(.svg(plot.svg(), caption: "line")),
            .figures([.png(try plot.png(), caption: "png one"), .png(try plot.png(), caption: "png two")], columns: 2),
            .table(header: ["class", "AUC"], rows: [["<script>", "0.5"]]),
        ]))
        let html = report.render()
        XCTAssertTrue(html.contains("<h1>Run &lt;1&gt; &amp; &quot;2&quot;</h1>"))
        XCTAssertTrue(html.contains("<p>a &lt; b</p>"))
        XCTAssertTrue(html.contains("<td>&lt;script&gt;</td>"))
        XCTAssertFalse(html.contains("<td><script>"))
        XCTAssertEqual(html.components(separatedBy: "src=\"data:image/png;base64,").count - 1, 2)
        XCTAssertEqual(html.components(separatedBy: "<figcaption>").count - 1, 3)
        XCTAssertTrue(html.contains("Figure 3."))
        XCTAssertFalse(html.contains("<?xml"), "an XML declaration inside HTML")
        XCTAssertFalse(html.contains("http://") && html.contains("src=\"http"), "external asset")
    }
}
