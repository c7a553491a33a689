@testable import CXRDICOM
import XCTest

/// Crafted headers that crashed or misled the old reader: each must throw a clear error.
final class HostileHeaderTests: XCTestCase {
    /// An explicit VR little endian Part 10 file with the given data set elements.
    static func file(_ elements: [(UInt16, UInt16, String, [UInt8])], syntax: String = "1.2.840.10008.1.2.1") -> [UInt8] {
        func element(_ group: UInt16, _ number: UInt16, _ vr: String, _ value: [UInt8]) -> [UInt8] {
            var bytes = [UInt8(group & 0xFF), UInt8(group >> 8), UInt8(number & 0xFF), UInt8(number >> 8)] + Array(vr.utf8)
            if ["OB", "OW", "SQ", "UN", "UT"].contains(vr) {
                bytes += [0, 0] + withUnsafeBytes(of: UInt32(value.count).littleEndian, Array.init)
            } else {
                bytes += withUnsafeBytes(of: UInt16(value.count).littleEndian, Array.init)
            }
            return bytes + value
        }
        var uid = Array(syntax.utf8); if uid.count % 2 == 1 { uid.append(0) }
        var out = [UInt8](repeating: 0, count: 128) + Array("DICM".utf8)
        out += element(0x0002, 0x0010, "UI", uid)
        for (g, e, vr, value) in elements { out += element(g, e, vr, value) }
        return out
    }

    static func us(_ v: UInt16) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8)] }
    static func text(_ s: String) -> [UInt8] { var b = Array(s.utf8); if b.count % 2 == 1 { b.append(0x20) }; return b }

    func assertRefused(_ bytes: [UInt8], saying expected: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try DICOMImage.decode(bytes), file: file, line: line) { error in
            XCTAssertTrue("\(error)".contains(expected), "'\(error)' should mention '\(expected)'", file: file, line: line)
        }
    }

    /// The 308-byte file: Rows as IS "4611686018427387905", Columns "4", 16 pixel bytes.
    func testRowsWrittenAsAHugeIntegerString() {
        let bytes = Self.file([(0x0028, 0x0010, "IS", Self.text("4611686018427387905")), (0x0028, 0x0011, "IS", Self.text("4")),
                               (0x0028, 0x0100, "US", Self.us(8)), (0x7FE0, 0x0010, "OB", [UInt8](repeating: 7, count: 16))])
        assertRefused(bytes, saying: "VR IS")
    }

    func testSizesBeyondTheLimitAreRefusedBeforeAllocation() {
        let bytes = Self.file([(0x0028, 0x0010, "US", Self.us(65535)), (0x0028, 0x0011, "US", Self.us(65535)),
                               (0x0028, 0x0100, "US", Self.us(16)), (0x7FE0, 0x0010, "OW", [0, 0])])
        assertRefused(bytes, saying: "more than the limit")
    }

    func testLyingLengthsAndShortPixelData() {
        var bytes = Self.file([(0x0028, 0x0010, "US", Self.us(4)), (0x0028, 0x0011, "US", Self.us(4)),
                               (0x0028, 0x0100, "US", Self.us(16)), (0x7FE0, 0x0010, "OW", [UInt8](repeating: 1, count: 8))])
        assertRefused(bytes, saying: "needed for one 4 x 4")
        bytes[bytes.count - 12] = 0xFF  // the pixel element's length byte: now claims more than the file has
        assertRefused(bytes, saying: "claims")
    }

    func testBitsStoredAboveBitsAllocatedAndOddSamples() {
        let base: [(UInt16, UInt16, String, [UInt8])] = [(0x0028, 0x0010, "US", Self.us(2)), (0x0028, 0x0011, "US", Self.us(2))]
        assertRefused(Self.file(base + [(0x0028, 0x0100, "US", Self.us(8)), (0x0028, 0x0101, "US", Self.us(12)),
                                        (0x7FE0, 0x0010, "OB", [1, 2, 3, 4])]), saying: "Bits Stored = 12")
        assertRefused(Self.file(base + [(0x0028, 0x0002, "US", Self.us(65535)), (0x7FE0, 0x0010, "OB", [1, 2, 3, 4])]),
                      saying: "Samples per Pixel = 65535")
    }

    func testNonFiniteWindowAndRescaleAreErrors() {
        let base: [(UInt16, UInt16, String, [UInt8])] = [(0x0028, 0x0010, "US", Self.us(2)), (0x0028, 0x0011, "US", Self.us(2)),
                                                        (0x0028, 0x0100, "US", Self.us(8))]
        assertRefused(Self.file(base + [(0x0028, 0x1050, "DS", Self.text("NaN")), (0x0028, 0x1051, "DS", Self.text("100")),
                                        (0x7FE0, 0x0010, "OB", [1, 2, 3, 4])]), saying: "finite decimal")
        assertRefused(Self.file(base + [(0x0028, 0x1053, "DS", Self.text("inf")), (0x7FE0, 0x0010, "OB", [1, 2, 3, 4])]),
                      saying: "finite decimal")
    }

    func testEmptyEncapsulatedFrameAndUnterminatedSequences() {
        var encapsulated = Self.file([(0x0028, 0x0010, "US", Self.us(2)), (0x0028, 0x0011, "US", Self.us(2)),
                                      (0x0028, 0x0100, "US", Self.us(8))], syntax: "1.2.840.10008.1.2.4.70")
        encapsulated += [0xE0, 0x7F, 0x10, 0x00] + Array("OB".utf8) + [0, 0, 0xFF, 0xFF, 0xFF, 0xFF]
        encapsulated += [0xFE, 0xFF, 0x00, 0xE0, 0, 0, 0, 0]  // empty offset table
        encapsulated += [0xFE, 0xFF, 0x00, 0xE0, 0, 0, 0, 0]  // empty fragment
        encapsulated += [0xFE, 0xFF, 0xDD, 0xE0, 0, 0, 0, 0]
        XCTAssertThrowsError(try DICOMImage.decode(encapsulated))
        var nested = Self.file([])
        for _ in 0..<40 { nested += [0x08, 0x00, 0x15, 0x11] + Array("SQ".utf8) + [0, 0, 0xFF, 0xFF, 0xFF, 0xFF, 0xFE, 0xFF, 0x00, 0xE0, 0xFF, 0xFF, 0xFF, 0xFF] }
        assertRefused(nested, saying: "nested deeper")
    }

    func testRandomMutationsNeverCrash() throws {
        let valid = Self.file([(0x0028, 0x0010, "US", Self.us(4)), (0x0028, 0x0011, "US", Self.us(4)),
                               (0x0028, 0x0100, "US", Self.us(16)), (0x0028, 0x0101, "US", Self.us(12)),
                               (0x0028, 0x1050, "DS", Self.text("100")), (0x0028, 0x1051, "DS", Self.text("50")),
                               (0x7FE0, 0x0010, "OW", (0..<32).map { UInt8($0) })])
        XCTAssertNoThrow(try DICOMImage.decode(valid))
        var state: UInt64 = 0x9E3779B97F4A7C15
        func next() -> Int { state = state &* 6364136223846793005 &+ 1442695040888963407; return Int(state >> 33) }
        for _ in 0..<20_000 {
            var bytes = valid
            for _ in 0..<(1 + next() % 4) {
                switch next() % 3 {
                case 0: bytes[next() % bytes.count] = UInt8(truncatingIfNeeded: next())
                case 1: bytes.removeLast(next() % min(bytes.count - 1, 40))
                default: bytes.insert(UInt8(truncatingIfNeeded: next()), at: next() % bytes.count)
                }
            }
            _ = try? DICOMImage.decode(bytes)
        }
    }
}
