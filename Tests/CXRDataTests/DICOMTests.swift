import Foundation
import XCTest
@testable import CXRData

/// Writes small DICOM Part 10 files in memory (explicit or implicit VR little endian).
struct DICOMWriter {
    var explicit: Bool
    var body: [UInt8] = []

    static func le16(_ v: Int) -> [UInt8] { [UInt8(v & 0xff), UInt8((v >> 8) & 0xff)] }
    static func le32(_ v: Int) -> [UInt8] { (0..<4).map { UInt8((v >> (8 * $0)) & 0xff) } }

    mutating func element(_ group: Int, _ element: Int, _ vr: String, _ value: [UInt8], undefinedLength: Bool = false) {
        var v = value
        if v.count % 2 == 1 { v.append(vr == "UI" ? 0 : (["OB", "OW", "US", "SS"].contains(vr) ? 0 : 0x20)) }
        body += DICOMWriter.le16(group) + DICOMWriter.le16(element)
        let length = undefinedLength ? 0xFFFF_FFFF : v.count
        if explicit {
            body += Array(vr.utf8)
            if ["OB", "OW", "SQ", "UN", "UT"].contains(vr) { body += [0, 0] + DICOMWriter.le32(length) } else { body += DICOMWriter.le16(length) }
        } else { body += DICOMWriter.le32(length) }
        body += v
    }
    mutating func us(_ g: Int, _ e: Int, _ v: Int) { element(g, e, "US", DICOMWriter.le16(v)) }
    mutating func text(_ g: Int, _ e: Int, _ vr: String, _ s: String) { element(g, e, vr, Array(s.utf8)) }

    static func file(transferSyntax: String, dataset: [UInt8]) -> [UInt8] {
        var meta = DICOMWriter(explicit: true)
        meta.element(0x0002, 0x0001, "OB", [0, 1])
        meta.text(0x0002, 0x0010, "UI", transferSyntax)
        return [UInt8](repeating: 0, count: 128) + Array("DICM".utf8) + meta.body + dataset
    }
}

final class DICOMTests: XCTestCase {
    func testExplicitVR16BitRescaleWithSequence() throws {
        var w = DICOMWriter(explicit: true)
        // An undefined-length sequence with one undefined-length item (must be skipped).
        w.element(0x0008, 0x1140, "SQ", [], undefinedLength: true)
        w.body += DICOMWriter.le16(0xFFFE) + DICOMWriter.le16(0xE000) + DICOMWriter.le32(0xFFFF_FFFF)
        w.text(0x0008, 0x1150, "UI", "1.2.3")
        w.body += DICOMWriter.le16(0xFFFE) + DICOMWriter.le16(0xE00D) + DICOMWriter.le32(0)
        w.body += DICOMWriter.le16(0xFFFE) + DICOMWriter.le16(0xE0DD) + DICOMWriter.le32(0)
        w.us(0x0028, 0x0002, 1); w.text(0x0028, 0x0004, "CS", "MONOCHROME2")
        w.us(0x0028, 0x0010, 2); w.us(0x0028, 0x0011, 3)
        w.us(0x0028, 0x0100, 16); w.us(0x0028, 0x0101, 16); w.us(0x0028, 0x0103, 0)
        w.text(0x0028, 0x1052, "DS", "-100"); w.text(0x0028, 0x1053, "DS", "2")
        let stored = [0, 1, 100, 1000, 40000, 65535]
        w.element(0x7FE0, 0x0010, "OW", stored.flatMap { DICOMWriter.le16($0) })
        let file = DICOMWriter.file(transferSyntax: "1.2.840.10008.1.2.1", dataset: w.body)
        let image = try ImageDecoder.decode(file, path: "explicit.dcm")
        XCTAssertEqual([image.width, image.height, image.channels], [3, 2, 1])
        XCTAssertEqual(image.floatPixels, stored.map { Float($0 * 2 - 100) })
        XCTAssertEqual(image.valueRange, -100...130_970)
    }

    func testImplicitVRSigned12BitMonochrome1Window() throws {
        var w = DICOMWriter(explicit: false)
        w.us(0x0028, 0x0002, 1); w.text(0x0028, 0x0004, "CS", "MONOCHROME1")
        w.us(0x0028, 0x0010, 1); w.us(0x0028, 0x0011, 4)
        w.us(0x0028, 0x0100, 16); w.us(0x0028, 0x0101, 12); w.us(0x0028, 0x0103, 1)
        w.text(0x0028, 0x1050, "DS", "0\\100"); w.text(0x0028, 0x1051, "DS", "201\\50")
        // 12-bit two's complement: -2048, -100, 0, 100 (high bits garbage to test masking).
        let raw = [0xF800, 0xFF9C & 0x0FFF | 0xF000, 0x0000, 0x0064]
        w.element(0x7FE0, 0x0010, "OW", raw.flatMap { DICOMWriter.le16($0) })
        let image = try ImageDecoder.decode(DICOMWriter.file(transferSyntax: "1.2.840.10008.1.2", dataset: w.body))
        // PS3.3 C.11.2.1.2.1 with c = 0, w = 201: y = ((x + 0.5) / 200 + 0.5) * 255 inside
        // (-100.5, 99.5], 0 below, 255 above; then MONOCHROME1 inverts (255 - y).
        func y(_ x: Double) -> Float { Float(((x + 0.5) / 200 + 0.5) * 255) }
        let expected: [Float] = [255, 255 - y(-100), 255 - y(0), 0]
        assertClose(image.floatPixels, expected, tolerance: 1e-3, "windowed MONOCHROME1")
        XCTAssertEqual(image.valueRange, 0...255)
        let raw8 = try ImageDecoder.decode(DICOMWriter.file(transferSyntax: "1.2.840.10008.1.2", dataset: w.body),
                                           options: DecodingOptions(dicomWindow: .none))
        // No window: stored -2048, -100, 0, 100; MONOCHROME1 inverts within min...max (v -> min + max - v).
        XCTAssertEqual(raw8.floatPixels, [100, -1848, -1948, -2048])
    }

    func test8BitRGBExplicit() throws {
        var w = DICOMWriter(explicit: true)
        w.us(0x0028, 0x0002, 3); w.text(0x0028, 0x0004, "CS", "RGB"); w.us(0x0028, 0x0006, 0)
        w.us(0x0028, 0x0010, 1); w.us(0x0028, 0x0011, 2)
        w.us(0x0028, 0x0100, 8); w.us(0x0028, 0x0101, 8); w.us(0x0028, 0x0103, 0)
        w.element(0x7FE0, 0x0010, "OB", [10, 20, 30, 40, 50, 60])
        let image = try ImageDecoder.decode(DICOMWriter.file(transferSyntax: "1.2.840.10008.1.2.1", dataset: w.body))
        XCTAssertEqual(image.channels, 3)
        XCTAssertEqual(image.floatPixels, [10, 20, 30, 40, 50, 60])
    }

    func testJPEGBaselineEncapsulated() throws {
        let jpeg = try TestPaths.fixtureBytes("mode_gray.jpg")
        let expected = try TestPaths.fixtureBytes("mode_gray.jpg.rgb.u8")
        var w = DICOMWriter(explicit: true)
        w.us(0x0028, 0x0002, 1); w.text(0x0028, 0x0004, "CS", "MONOCHROME2")
        w.us(0x0028, 0x0010, 30); w.us(0x0028, 0x0011, 40)
        w.us(0x0028, 0x0100, 8); w.us(0x0028, 0x0101, 8); w.us(0x0028, 0x0103, 0)
        w.element(0x7FE0, 0x0010, "OB", [], undefinedLength: true)
        w.body += DICOMWriter.le16(0xFFFE) + DICOMWriter.le16(0xE000) + DICOMWriter.le32(0)  // empty offset table
        let half = (jpeg.count / 2) & ~1
        for part in [Array(jpeg[..<half]), Array(jpeg[half...])] {  // two fragments
            var p = part; if p.count % 2 == 1 { p.append(0) }
            w.body += DICOMWriter.le16(0xFFFE) + DICOMWriter.le16(0xE000) + DICOMWriter.le32(p.count) + p
        }
        w.body += DICOMWriter.le16(0xFFFE) + DICOMWriter.le16(0xE0DD) + DICOMWriter.le32(0)
        let image = try ImageDecoder.decode(DICOMWriter.file(transferSyntax: "1.2.840.10008.1.2.4.50", dataset: w.body))
        XCTAssertEqual([image.width, image.height, image.channels], [40, 30, 1])
        let gray = stride(from: 0, to: expected.count, by: 3).map { Float(expected[$0]) }
        assertClose(image.floatPixels, gray, tolerance: 0, "encapsulated JPEG baseline vs PIL")
    }

    func testUnsupportedTransferSyntaxIsNamed() throws {
        var w = DICOMWriter(explicit: true)
        w.us(0x0028, 0x0010, 1); w.us(0x0028, 0x0011, 1)
        w.element(0x7FE0, 0x0010, "OW", [0, 0])
        for (uid, name) in [("1.2.840.10008.1.2.4.100", "MPEG2"), ("1.2.840.10008.1.2.4.201", "High-Throughput JPEG 2000")] {
            XCTAssertThrowsError(try ImageDecoder.decode(DICOMWriter.file(transferSyntax: uid, dataset: w.body), path: "x.dcm")) { error in
                let text = "\(error)"
                XCTAssertTrue(text.contains(uid) && text.contains(name) && text.contains("x.dcm"), text)
            }
        }
    }

    func testHugeDICOMHeaderIsRejected() {
        var w = DICOMWriter(explicit: true)
        w.us(0x0028, 0x0010, 65535); w.us(0x0028, 0x0011, 65535)
        w.element(0x7FE0, 0x0010, "OW", [0, 0])
        XCTAssertThrowsError(try ImageDecoder.decode(DICOMWriter.file(transferSyntax: "1.2.840.10008.1.2.1", dataset: w.body))) {
            XCTAssertTrue("\($0)".contains("65535 x 65535"), "\($0)")
        }
    }
}
