import Foundation
import XCTest
@testable import CXRData

/// Mutated real files (bit flips, truncations, spliced garbage) must give a successful decode or
/// an `ImageDecodingError`, quickly, never a crash or hang.
final class FuzzTests: XCTestCase {
    func testMutatedFilesFailCleanly() throws {
        var seeds: [(String, [UInt8])] = []
        for name in ["synthetic_rgb.png", "mode_palette.png", "mode_la.png", "mode_gray16.png", "mode_progressive.jpg", "mode_gray.jpg", "mode_baseline.jpg"] {
            seeds.append((name, try TestPaths.fixtureBytes(name)))
        }
        if let root = try? TestPaths.requireData() {
            for sub in ["nih-chestxray14/images", "covid-19-image-collection/images"] {
                let files = ((try? FileManager.default.contentsOfDirectory(atPath: root + "/" + sub)) ?? []).sorted()
                for f in files.prefix(6) { seeds.append((f, [UInt8](try Data(contentsOf: URL(fileURLWithPath: root + "/" + sub + "/" + f))))) }
            }
        }
        var dicom = DICOMWriter(explicit: true)
        dicom.us(0x0028, 0x0010, 8); dicom.us(0x0028, 0x0011, 8); dicom.us(0x0028, 0x0100, 16)
        dicom.element(0x7FE0, 0x0010, "OW", [UInt8](repeating: 7, count: 128))
        seeds.append(("synthetic.dcm", DICOMWriter.file(transferSyntax: "1.2.840.10008.1.2.1", dataset: dicom.body)))

        var g = SplitMix64(seed: 2024)
        var ok = 0, clean = 0, slowest = 0.0
        for round in 0..<600 {
            let (name, original) = seeds[round % seeds.count]
            var data = original
            switch g.next() % 4 {
            case 0: for _ in 0..<(1 + Int(g.next() % 20)) { let i = Int(g.next() % UInt64(data.count)); data[i] ^= UInt8(1 << (g.next() % 8)) }
            case 1: data = Array(data.prefix(Int(g.next() % UInt64(data.count))))
            case 2:  // corrupt the header region
                for _ in 0..<4 { let i = Int(g.next() % UInt64(min(data.count, 300))); data[i] = UInt8(truncatingIfNeeded: g.next()) }
            default:
                let i = Int(g.next() % UInt64(data.count))
                data.replaceSubrange(i..<min(data.count, i + 64), with: (0..<64).map { _ in UInt8(truncatingIfNeeded: g.next()) })
            }
            let start = Date()
            do { _ = try ImageDecoder.decode(data, path: "fuzz/\(name)#\(round)"); ok += 1 }
            catch let error as ImageDecodingError {
                clean += 1
                XCTAssertTrue(error.description.contains("fuzz/\(name)#\(round)"), "error names the file: \(error)")
            } catch { XCTFail("unexpected error type for \(name) round \(round): \(error)") }
            slowest = max(slowest, Date().timeIntervalSince(start))
        }
        print("fuzz: 600 mutated files from \(seeds.count) seeds: \(ok) decoded, \(clean) clean errors, slowest \(String(format: "%.3f", slowest)) s")
        XCTAssertLessThan(slowest, 5, "no decode may hang")
    }
}
