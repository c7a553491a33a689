import CXRTestSupport
import Foundation
import XCTest

/// `cxr decode`: the .npy values, the PNG and the JSON line a user debugging an export reads.
final class DecodeCommandTests: XCTestCase {
    var binary: String { RepositoryPaths.root().appendingPathComponent(".build/release/cxr").path }

    /// A 3 x 2 explicit VR little endian DICOM, 16-bit, rescale slope 2 intercept -100, window 100/50.
    func smallDICOM() -> [UInt8] {
        func element(_ g: UInt16, _ e: UInt16, _ vr: String, _ value: [UInt8]) -> [UInt8] {
            var out = [UInt8(g & 0xFF), UInt8(g >> 8), UInt8(e & 0xFF), UInt8(e >> 8)] + Array(vr.utf8)
            out += vr == "OW" ? [0, 0, UInt8(value.count & 0xFF), UInt8(value.count >> 8), 0, 0] : [UInt8(value.count & 0xFF), UInt8(value.count >> 8)]
            return out + value
        }
        func us(_ v: Int) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8)] }
        var out = [UInt8](repeating: 0, count: 128) + Array("DICM".utf8)
        out += element(0x0002, 0x0010, "UI", Array("1.2.840.10008.1.2.1\0".utf8))
        out += element(0x0028, 0x0002, "US", us(1)) + element(0x0028, 0x0004, "CS", Array("MONOCHROME2 ".utf8))
        out += element(0x0028, 0x0010, "US", us(2)) + element(0x0028, 0x0011, "US", us(3))
        out += element(0x0028, 0x0100, "US", us(16)) + element(0x0028, 0x0101, "US", us(12)) + element(0x0028, 0x0103, "US", us(0))
        out += element(0x0028, 0x1050, "DS", Array("100 ".utf8)) + element(0x0028, 0x1051, "DS", Array("50".utf8))
        out += element(0x0028, 0x1052, "DS", Array("-100".utf8)) + element(0x0028, 0x1053, "DS", Array("2 ".utf8))
        out += element(0x7FE0, 0x0010, "OW", [0, 1, 50, 75, 100, 4095].flatMap(us))
        return out
    }

    func testDecodeWritesValuesImageAndHeader() throws {
        guard FileManager.default.isExecutableFile(atPath: binary) else { throw XCTSkip("\(binary) not built (swift build -c release)") }
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("cxr-decode-\(getpid())")
        defer { try? FileManager.default.removeItem(at: work) }
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        let dicom = work.appendingPathComponent("small.dcm"), broken = work.appendingPathComponent("broken.dcm")
        try Data(smallDICOM()).write(to: dicom)
        try Data(smallDICOM().dropLast(4)).write(to: broken)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["decode", dicom.path, broken.path, "--output", work.appendingPathComponent("out").path]
        process.standardError = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 1, "a file that cannot be decoded makes the exit status 1")

        // .npy: float32, shape (2, 3, 1), values after the rescale.
        let npy = [UInt8](try Data(contentsOf: work.appendingPathComponent("out/small.npy")))
        XCTAssertEqual(Array(npy[0..<6]), [0x93] + Array("NUMPY".utf8))
        let headerLength = Int(npy[8]) | Int(npy[9]) << 8
        let header = String(decoding: npy[10..<(10 + headerLength)], as: UTF8.self)
        XCTAssertTrue(header.contains("'descr': '<f4'") && header.contains("'shape': (2, 3, 1)"), header)
        XCTAssertEqual((10 + headerLength) % 64, 0)
        let values = Array(npy[(10 + headerLength)...]).withUnsafeBytes { Array($0.bindMemory(to: Float.self)) }
        XCTAssertEqual(values, [0, 1, 50, 75, 100, 4095].map { Float($0 * 2 - 100) })

        // PNG of the windowed image, and the JSON lines.
        let png = [UInt8](try Data(contentsOf: work.appendingPathComponent("out/small.png")))
        XCTAssertEqual(Array(png.prefix(4)), [0x89, 0x50, 0x4E, 0x47])
        let lines = try String(contentsOf: work.appendingPathComponent("out/decode.jsonl"), encoding: .utf8).split(separator: "\n")
        XCTAssertEqual(lines.count, 2)
        let first = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        let fields = try XCTUnwrap(first["dicom"] as? [String: Any])
        XCTAssertEqual(fields["transferSyntaxUID"] as? String, "1.2.840.10008.1.2.1")
        XCTAssertEqual(fields["bitsStored"] as? Int, 12)
        XCTAssertEqual(fields["windowCenter"] as? Double, 100)
        XCTAssertEqual(fields["rescaleSlope"] as? Double, 2)
        let second = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [String: Any])
        XCTAssertTrue((second["error"] as? String ?? "").contains("truncated"), "\(second)")
    }
}
