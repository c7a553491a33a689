import CXRData
@testable import CXRServer
import Foundation
import XCTest

/// The class activation map against PyTorch (`scripts/make_serve_cam_fixture.py`): the weighted
/// sum over channels, ReLU, normalisation and `F.interpolate(bilinear, align_corners=False)`.
final class ClassActivationMapTests: XCTestCase {
    struct Fixture: Decodable {
        struct Case: Decodable {
            var classIndex: Int
            var map: [Float]
            var upsampled: [Float]
        }
        var channels: Int, height: Int, width: Int, classes: Int
        var featureMaps: [Float], headWeights: [Float]
        var upsampledHeight: Int, upsampledWidth: Int
        var cases: [Case]
        var negativeWeights: [Float], negativeMap: [Float]
    }

    func fixture() throws -> Fixture {
        let url = try XCTUnwrap(Bundle.module.url(forResource: "Fixtures/cam", withExtension: "json"))
        return try JSONDecoder().decode(Fixture.self, from: Data(contentsOf: url))
    }

    func maxDifference(_ a: [Float], _ b: [Float]) -> Float {
        XCTAssertEqual(a.count, b.count)
        return zip(a, b).map { abs($0 - $1) }.max() ?? .infinity
    }

    func testMapAndUpsamplingMatchPyTorch() throws {
        let f = try fixture()
        for c in f.cases {
            let grid = f.featureMaps.withUnsafeBufferPointer { maps in
                f.headWeights.withUnsafeBufferPointer { weights in
                    ClassActivationMap.map(featureMaps: maps, channels: f.channels, height: f.height, width: f.width,
                                           headWeights: weights, classIndex: c.classIndex)
                }
            }
            XCTAssertEqual(grid.width, f.width)
            XCTAssertEqual(grid.height, f.height)
            let mapError = maxDifference(grid.values, c.map)
            XCTAssertLessThanOrEqual(mapError, 1e-5, "class \(c.classIndex) map: max |observed - expected| \(mapError), tolerance 1e-5")
            let up = ClassActivationMap.upsample(grid, width: f.upsampledWidth, height: f.upsampledHeight)
            let upError = maxDifference(up, c.upsampled)
            XCTAssertLessThanOrEqual(upError, 1e-5, "class \(c.classIndex) upsampled: max |observed - expected| \(upError), tolerance 1e-5")
        }
        let zero = f.featureMaps.withUnsafeBufferPointer { maps in
            f.negativeWeights.withUnsafeBufferPointer { weights in
                ClassActivationMap.map(featureMaps: maps, channels: f.channels, height: f.height, width: f.width, headWeights: weights, classIndex: 0)
            }
        }
        XCTAssertEqual(zero.values, f.negativeMap, "all-negative evidence gives an all-zero map")
        XCTAssertTrue(zero.values.allSatisfy { $0 == 0 })
    }

    func testOverlaySizeKeepsTheAspectRatioAndNeverEnlarges() {
        XCTAssertTrue(ClassActivationMap.overlaySize(width: 1024, height: 512, maxSide: 512) == (512, 256))
        XCTAssertTrue(ClassActivationMap.overlaySize(width: 300, height: 400, maxSide: 512) == (300, 400))
        XCTAssertTrue(ClassActivationMap.overlaySize(width: 373, height: 361, maxSide: 200) == (200, 194))
    }

    func testOverlayBlendsViridisOverTheGrayImage() throws {
        // A 2 x 1 map (left 0, right 1) over a mid-gray 8 x 4 image.
        let grid = ClassActivationMap.Grid(width: 2, height: 1, values: [0, 1])
        let image = Image(width: 8, height: 4, channels: 1, bytes: [UInt8](repeating: 100, count: 32))
        let png = try ClassActivationMap.overlayPNG(grid, image: image, maxSide: 512)
        let decoded = try ImageDecoder.decode(png)
        XCTAssertEqual(decoded.width, 8)
        XCTAssertEqual(decoded.height, 4)
        XCTAssertEqual(decoded.channels, 3)
        // Leftmost column: m = 0, a = 0.15: 0.85 * 100 + 0.15 * viridis(0) = (68, 1, 84).
        let left = (0..<3).map { decoded[0, 0, $0] }
        XCTAssertEqual(left, [Float((85 + 0.15 * 68).rounded()), Float((85 + 0.15 * 1).rounded()), Float((85 + 0.15 * 84).rounded())])
        // Rightmost column: m = 1, a = 0.7: 0.3 * 100 + 0.7 * viridis(1) = (253, 231, 37).
        let right = (0..<3).map { decoded[7, 0, $0] }
        XCTAssertEqual(right, [Float((30 + 0.7 * 253).rounded()), Float((30 + 0.7 * 231).rounded()), Float((30 + 0.7 * 37).rounded())])
    }

    func testMultipartPartsAreFoundByNameThenFileName() throws {
        let body = Array("preamble\r\n--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nfirst\r\n--XyZ\r\n".utf8)
            + Array("Content-Disposition: form-data; name=\"upload\"; filename=\"x.png\"\r\n\r\n\u{1}\u{2}\r\n--\r\n--XyZ--\r\n".utf8)
        let form = try MultipartForm(body: body, contentType: "multipart/form-data; boundary=\"XyZ\"")
        XCTAssertEqual(form.parts.count, 2)
        XCTAssertEqual(try form.imagePart(), [1, 2, 13, 10, 45, 45], "the part with a file name, bytes kept as sent")
        XCTAssertThrowsError(try MultipartForm(body: Array("--XyZ\r\nno end".utf8), contentType: "multipart/form-data; boundary=XyZ"))
        XCTAssertThrowsError(try ImageUpload.imageBytes(body: Array("--XyZ\r\nno end".utf8), contentType: "multipart/form-data; boundary=XyZ")) {
            XCTAssertEqual($0 as? ServerError, .badRequest("malformed multipart body: a part without headers"))
        }
        XCTAssertThrowsError(try ImageUpload.imageBytes(body: [], contentType: nil))
        XCTAssertEqual(try ImageUpload.imageBytes(body: [7, 8], contentType: "application/octet-stream"), [7, 8])
    }
}
