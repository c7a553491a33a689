@testable import CXRDICOM
import Foundation
import XCTest

/// Every transfer syntax, photometric interpretation and LUT case of the corpus that
/// `scripts/make_dicom_fixtures.py` builds from the shared X-rays with DCMTK and GDCM, against
/// GDCM's (and, for LUTs, the standard's) pixels. Skips, saying why, where the tools or the
/// shared data are absent.
final class DICOMCorpusTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func testEveryCaseMatchesGDCM() throws {
        for tool in ["/usr/bin/python3", "/usr/bin/dcmcjpeg", "/usr/bin/gdcmconv"] where !FileManager.default.isExecutableFile(atPath: tool) {
            throw XCTSkip("\(tool) is not installed (make test installs dcmtk, libgdcm-tools, python3-gdcm, python3-pydicom): DICOM corpus not checked")
        }
        let data = Self.root.deletingLastPathComponent().appendingPathComponent("shared/data")
        guard FileManager.default.fileExists(atPath: data.path) else { throw XCTSkip("no shared data at \(data.path): DICOM corpus not built") }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cxr-dicom-corpus-\(getpid())")
        defer { try? FileManager.default.removeItem(at: directory) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = [Self.root.appendingPathComponent("scripts/make_dicom_fixtures.py").path, directory.path,
                             "--data", data.path, "--quiet"]
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "make_dicom_fixtures.py failed")
        let manifest = try JSONSerialization.jsonObject(with: Data(contentsOf: directory.appendingPathComponent("manifest.json"))) as! [String: Any]
        let cases = manifest["cases"] as! [[String: Any]]
        XCTAssertGreaterThanOrEqual(cases.count, 80)
        var syntaxes: Set<String> = [], photometrics: Set<String> = []
        for entry in cases {
            let name = entry["name"] as! String
            let bytes = [UInt8](try Data(contentsOf: directory.appendingPathComponent(entry["file"] as! String)))
            if let expected = entry["expect_error"] as? String {
                XCTAssertThrowsError(try DICOMImage.decode(bytes), name) { error in
                    XCTAssertTrue("\(error)".contains(expected), "\(name): '\(error)' should say '\(expected)'")
                }
                continue
            }
            let image: DICOMImage
            do { image = try DICOMImage.decode(bytes) } catch { XCTFail("\(name): \(error)"); continue }
            syntaxes.insert(entry["transfer_syntax"] as! String)
            photometrics.insert(entry["photometric"] as! String)
            let reference = entry["reference"] as! [String: String]
            let modality = try floats(directory.appendingPathComponent(reference["modality"]!))
            guard modality.count == image.values.count else {
                XCTFail("\(name): \(image.width) x \(image.height) x \(image.channels) values, the reference has \(modality.count)"); continue
            }
            let tolerance = Float(entry["tolerance"] as? Double ?? 0)
            let largest = zip(modality, image.values).map { abs($0 - $1) }.max() ?? 0
            XCTAssertLessThanOrEqual(largest, tolerance, "\(name): largest difference from GDCM \(largest), tolerance \(tolerance)")
            if let voiPath = reference["voi01"] {
                let expected = try floats(directory.appendingPathComponent(voiPath))
                // The reference is the VOI output before MONOCHROME1's inversion.
                let display = image.displayValues().map { image.header.photometric == "MONOCHROME1" ? 1 - $0 : $0 }
                let voiLargest = zip(expected, display).map { abs($0 - $1) }.max() ?? 0
                let voiTolerance = Float(entry["voi_tolerance"] as? Double ?? 1e-4)
                XCTAssertLessThanOrEqual(voiLargest, voiTolerance, "\(name): VOI output off by \(voiLargest), tolerance \(voiTolerance)")
            }
            print("\(name): \(entry["transfer_syntax"]!) \(entry["photometric"]!): largest difference from GDCM \(largest) (tolerance \(tolerance))")
        }
        // The syntaxes the issue names, each seen decoded.
        for uid in ["1.2.840.10008.1.2", "1.2.840.10008.1.2.1", "1.2.840.10008.1.2.2", "1.2.840.10008.1.2.1.99",
                    "1.2.840.10008.1.2.4.50", "1.2.840.10008.1.2.4.51", "1.2.840.10008.1.2.4.57", "1.2.840.10008.1.2.4.70",
                    "1.2.840.10008.1.2.4.80", "1.2.840.10008.1.2.4.81", "1.2.840.10008.1.2.4.90", "1.2.840.10008.1.2.4.91",
                    "1.2.840.10008.1.2.5"] {
            XCTAssertTrue(syntaxes.contains(uid), "no corpus case decoded transfer syntax \(uid)")
        }
        for photometric in ["MONOCHROME1", "MONOCHROME2", "RGB", "YBR_FULL", "YBR_FULL_422", "YBR_RCT", "YBR_ICT", "PALETTE COLOR"] {
            XCTAssertTrue(photometrics.contains(photometric), "no corpus case decoded \(photometric)")
        }
    }

    private func floats(_ url: URL) throws -> [Float] {
        let data = try Data(contentsOf: url)
        return data.withUnsafeBytes { Array($0.bindMemory(to: Float.self)) }
    }
}
