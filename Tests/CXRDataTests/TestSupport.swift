import Foundation
import XCTest
@testable import CXRData

/// Paths shared by the tests: the repository root (from #filePath), the committed fixtures and
/// the shared data folder `../shared/data` (tests skip with a printed reason when it is absent).
enum TestPaths {
    static let repoRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()
    static let fixtures = repoRoot + "/Tests/CXRDataFixtures"
    static let data = URL(fileURLWithPath: repoRoot + "/../shared/data").standardizedFileURL.path
    static let reference = URL(fileURLWithPath: repoRoot + "/../shared/reference").standardizedFileURL.path

    static func requireData(_ sub: String = "") throws -> String {
        let path = sub.isEmpty ? data : data + "/" + sub
        guard FileManager.default.fileExists(atPath: path) else {
            print("SKIP: shared data not found at \(path)")
            throw XCTSkip("shared data not found at \(path)")
        }
        return path
    }

    static func fixtureBytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: fixtures + "/" + name)))
    }

    static func manifest() throws -> [String: Any] {
        let d = try Data(contentsOf: URL(fileURLWithPath: fixtures + "/manifest.json"))
        return try JSONSerialization.jsonObject(with: d) as! [String: Any]
    }
}

/// Compares two equally long value arrays; fails with expected/observed/tolerance on mismatch.
func assertClose(_ observed: [Float], _ expected: [Float], tolerance: Float, maxBadFraction: Double = 0,
                 _ what: String, file: StaticString = #filePath, line: UInt = #line) {
    guard observed.count == expected.count else {
        XCTFail("\(what): \(observed.count) values, expected \(expected.count)", file: file, line: line); return
    }
    var bad = 0, worst: (Int, Float, Float) = (-1, 0, 0), maxDiff: Float = 0
    for i in observed.indices {
        let d = abs(observed[i] - expected[i])
        if d > tolerance { bad += 1; if d > maxDiff { maxDiff = d; worst = (i, expected[i], observed[i]) } }
    }
    let fraction = Double(bad) / Double(max(observed.count, 1))
    if fraction > maxBadFraction {
        XCTFail("\(what): \(bad)/\(observed.count) values differ by more than tolerance \(tolerance) "
                + "(allowed fraction \(maxBadFraction)); worst at \(worst.0): expected \(worst.1), observed \(worst.2)",
                file: file, line: line)
    }
}

/// MD5 (RFC 1321), for comparing pixels with the hashes PIL wrote.
func md5Hex(_ message: [UInt8]) -> String {
    let s: [UInt32] = [7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20,
                       4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21]
    let k: [UInt32] = (0..<64).map { UInt32(truncatingIfNeeded: Int64(abs(sin(Double($0 + 1))) * 4294967296.0)) }
    var a0: UInt32 = 0x67452301, b0: UInt32 = 0xefcdab89, c0: UInt32 = 0x98badcfe, d0: UInt32 = 0x10325476
    var msg = message
    let bitLength = UInt64(message.count) * 8
    msg.append(0x80)
    while msg.count % 64 != 56 { msg.append(0) }
    for i in 0..<8 { msg.append(UInt8((bitLength >> (8 * UInt64(i))) & 0xff)) }
    var m = [UInt32](repeating: 0, count: 16)
    for chunk in stride(from: 0, to: msg.count, by: 64) {
        for i in 0..<16 {
            m[i] = UInt32(msg[chunk + 4 * i]) | UInt32(msg[chunk + 4 * i + 1]) << 8 | UInt32(msg[chunk + 4 * i + 2]) << 16 | UInt32(msg[chunk + 4 * i + 3]) << 24
        }
        var a = a0, b = b0, c = c0, d = d0
        for i in 0..<64 {
            var f: UInt32, g: Int
            switch i {
            case 0..<16: f = (b & c) | (~b & d); g = i
            case 16..<32: f = (d & b) | (~d & c); g = (5 * i + 1) % 16
            case 32..<48: f = b ^ c ^ d; g = (3 * i + 5) % 16
            default: f = c ^ (b | ~d); g = (7 * i) % 16
            }
            f = f &+ a &+ k[i] &+ m[g]
            a = d; d = c; c = b
            b = b &+ ((f << s[i]) | (f >> (32 - s[i])))
        }
        a0 = a0 &+ a; b0 = b0 &+ b; c0 = c0 &+ c; d0 = d0 &+ d
    }
    return [a0, b0, c0, d0].map { v in (0..<4).map { String(format: "%02x", (v >> (8 * UInt32($0))) & 0xff) }.joined() }.joined()
}
