import Foundation
import XCTest
@testable import CXRData

final class DecodingTests: XCTestCase {
    func testMD5() {
        XCTAssertEqual(md5Hex(Array("abc".utf8)), "900150983cd24fb0d6963f7d28e17f72")
    }

    /// Palette, gray+alpha, RGBA, progressive/baseline/gray JPEG decode to PIL's pixels.
    func testModesMatchPIL() throws {
        let manifest = try TestPaths.manifest()
        let decoding = manifest["decoding"] as! [String: [String: Any]]
        for (name, info) in decoding.sorted(by: { $0.key < $1.key }) {
            let image = try ImageDecoder.decode(contentsOf: TestPaths.fixtures + "/" + name)
            XCTAssertEqual(image.width, info["width"] as? Int, name)
            XCTAssertEqual(image.height, info["height"] as? Int, name)
            if name == "mode_gray16.png" {
                let raw = try TestPaths.fixtureBytes(name + ".u16")
                let expected = stride(from: 0, to: raw.count, by: 2).map { Float(Int(raw[$0]) | Int(raw[$0 + 1]) << 8) }
                XCTAssertEqual(image.valueRange, 0...65535)
                assertClose(image.floatPixels, expected, tolerance: 0, "16-bit gray PNG")
                continue
            }
            XCTAssertEqual(image.channels, info["channels"] as? Int, "\(name) channels")
            let rgb = image.converted(toChannels: 3).bytePixels.map(Float.init)
            let expected = try TestPaths.fixtureBytes(name + ".rgb.u8").map(Float.init)
            assertClose(rgb, expected, tolerance: 0, "\(name) vs PIL convert('RGB')")
        }
    }

    /// Every real image of the shared data decodes, with the size PIL reports, and (hash) the same
    /// RGB pixels and the same 224 x 224 bilinear resize as PIL.
    func testAllRealImagesDecodeLikePIL() throws {
        let root = try TestPaths.requireData()
        let table = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: TestPaths.fixtures + "/real_images.json"))) as! [String: [String: Any]]
        var decoded = 0, exact = 0, resizeExact = 0, failures: [String] = []
        var byFormat: [String: Int] = [:]
        for sub in ["covid-19-image-collection/images", "nih-chestxray14/images", "nih-chestxray14/images-1024"] {
            let dir = root + "/" + sub
            guard let files = try? FileManager.default.contentsOfDirectory(atPath: dir) else { continue }
            for file in files.sorted() {
                let path = dir + "/" + file
                do {
                    let image = try ImageDecoder.decode(contentsOf: path)
                    decoded += 1
                    guard let info = table[sub + "/" + file] else { failures.append("\(file): not in real_images.json"); continue }
                    byFormat["\(info["format"]!) \(info["mode"]!)", default: 0] += 1
                    XCTAssertEqual(image.width, info["width"] as? Int, file)
                    XCTAssertEqual(image.height, info["height"] as? Int, file)
                    let rgb = image.converted(toChannels: 3)
                    if md5Hex(rgb.bytePixels) == info["rgb_md5"] as? String { exact += 1 } else {
                        let mean = rgb.floatPixels.reduce(0.0) { $0 + Double($1) } / Double(rgb.count)
                        XCTAssertEqual(mean, info["rgb_mean"] as! Double, accuracy: 1.0, "\(file) mean pixel vs PIL")
                    }
                    let small = image.resized(width: 224, height: 224).converted(toChannels: 3)
                    if md5Hex(small.bytePixels) == info["resize224_md5"] as? String { resizeExact += 1 }
                } catch {
                    failures.append("\(error)")
                }
            }
        }
        print("decoded \(decoded) real images \(byFormat); identical to PIL: \(exact); 224 resize identical to PIL: \(resizeExact)")
        XCTAssertTrue(failures.isEmpty, failures.prefix(5).joined(separator: "\n"))
        XCTAssertEqual(decoded, table.count, "every real image decodes")
        XCTAssertGreaterThanOrEqual(Double(exact), 0.99 * Double(decoded), "pixels identical to PIL for at least 99 % of files")
        XCTAssertGreaterThanOrEqual(Double(resizeExact), 0.99 * Double(decoded), "224 resize identical to PIL for at least 99 % of files")
    }

    func testErrorsNameFileAndReason() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cxrdata-errors-\(getpid())").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let png = try TestPaths.fixtureBytes("synthetic_rgb.png")
        let jpg = try TestPaths.fixtureBytes("mode_baseline.jpg")
        // A PNG whose IHDR claims 100000 x 100000 pixels (CRC fixed so libpng reads it).
        var huge = png
        for (o, v) in [(16, 100_000), (20, 100_000)] { for i in 0..<4 { huge[o + i] = UInt8((v >> (24 - 8 * i)) & 0xff) } }
        let crc = crc32(Array(huge[12..<29]))
        for i in 0..<4 { huge[29 + i] = UInt8((crc >> (24 - 8 * UInt32(i))) & 0xff) }
        let cases: [(String, [UInt8], String)] = [
            ("empty.png", [], "empty"),
            ("text.png", Array("hello, not an image".utf8), "unknown image format"),
            ("cut.png", Array(png.prefix(png.count / 2)), "PNG"),
            ("cut.jpg", Array(jpg.prefix(jpg.count / 2)), "truncated"),
            ("huge.png", huge, "100000 x 100000"),
            ("header-only.jpg", [0xFF, 0xD8, 0xFF], "JPEG"),
        ]
        for (name, bytes, needle) in cases {
            let path = dir + "/" + name
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            XCTAssertThrowsError(try ImageDecoder.decode(contentsOf: path), name) { error in
                let text = "\(error)"
                XCTAssertTrue(text.contains(path), "error names the file: \(text)")
                XCTAssertTrue(text.contains(needle), "error gives the reason (\(needle)): \(text)")
            }
        }
        XCTAssertThrowsError(try ImageDecoder.decode(contentsOf: dir + "/absent.png")) { XCTAssertTrue("\($0)".contains("no such file")) }
    }
}

func crc32(_ bytes: [UInt8]) -> UInt32 {
    var crc: UInt32 = 0xFFFF_FFFF
    for b in bytes {
        crc ^= UInt32(b)
        for _ in 0..<8 { crc = crc & 1 != 0 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
    }
    return ~crc
}
