import Foundation
import XCTest
@testable import CXRData

/// Inputs that once crashed a parser, kept under `Fuzz/Crashes/<fuzz target>/` (found by
/// `make fuzz`, see docs/FUZZING.md, or written to reproduce a reported crash): each must now
/// give a result or an error of the parser's own type. The same calls as the fuzz targets in
/// Fuzz/Sources, but with the library's default options.
final class FuzzRegressionTests: XCTestCase {
    static let crashes = TestPaths.repoRoot + "/Fuzz/Crashes"

    /// The kept inputs of one fuzz target (none is fine: the target has not crashed yet).
    static func inputs(_ target: String) throws -> [(name: String, bytes: [UInt8])] {
        guard FileManager.default.fileExists(atPath: crashes) else {
            XCTFail("no folder \(crashes)")
            return []
        }
        let dir = crashes + "/" + target
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? [])
            .filter { !$0.hasPrefix(".") && !$0.hasSuffix(".md") }.sorted()
        return try names.map { ("\(target)/\($0)", [UInt8](try Data(contentsOf: URL(fileURLWithPath: dir + "/" + $0)))) }
    }

    static func file(_ relative: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: crashes + "/" + relative)))
    }

    func decodeImage(_ name: String, _ bytes: [UInt8], _ options: DecodingOptions = DecodingOptions()) {
        do {
            let image = try ImageDecoder.decode(bytes, path: name, options: options)
            XCTAssertEqual(image.bytePixels.count, image.width * image.height * image.channels, name)
            XCTAssertTrue(image.valueRange.lowerBound.isFinite && image.valueRange.upperBound.isFinite, "\(name): range \(image.valueRange)")
        } catch let error as ImageDecodingError {
            XCTAssertTrue(error.description.contains(name), "the error names the file: \(error)")
        } catch {
            XCTFail("\(name): unexpected error type \(type(of: error)): \(error)")
        }
    }

    func testImageInputs() throws {
        for target in ["FuzzDICOM", "FuzzPNG", "FuzzJPEG"] {
            for (name, bytes) in try Self.inputs(target) {
                decodeImage(name, bytes)
                decodeImage(name, bytes, DecodingOptions(jpegMinimumShorterSide: 8, dicomWindow: .none))
            }
        }
    }

    func testDICOMCrashesNowGiveClearErrors() throws {
        // Rows as IS text "4611686018427387905" x Columns 4 overflowed Int (a trap). Rows is
        // read only as US, its VR in the standard.
        let rows = try Self.file("FuzzDICOM/rows-is-text-overflow.dcm")
        XCTAssertThrowsError(try ImageDecoder.decode(rows, path: "rows.dcm")) {
            XCTAssertEqual(($0 as? ImageDecodingError)?.failure, .corrupt("(0028,0010) has VR IS; the standard gives it VR US"))
        }
        // Rescale Slope 1e300: Float(slope) is infinite, 0 * inf is NaN, and NaN...NaN trapped.
        let slope = try Self.file("FuzzDICOM/rescale-slope-nan-range.dcm")
        XCTAssertThrowsError(try ImageDecoder.decode(slope, path: "slope.dcm")) {
            XCTAssertTrue("\($0)".contains("beyond the float range"), "\($0)")
        }
        // 200,000 nested undefined-length items: unbounded recursion (stack overflow).
        let nested = try Self.file("FuzzDICOM/nested-items-stack-overflow.dcm")
        XCTAssertThrowsError(try ImageDecoder.decode(nested, path: "nested.dcm")) {
            XCTAssertTrue("\($0)".contains("nested deeper than") || "\($0)".contains("unexpected item tag"), "\($0)")
        }
    }

    func testTableInputs() throws {
        for (name, bytes) in try Self.inputs("FuzzCSV") {
            do { _ = try CSVTable(text: String(decoding: bytes, as: UTF8.self), source: name) }
            catch is DatasetError {} catch { XCTFail("\(name): unexpected error \(error)") }
        }
        for (name, bytes) in try Self.inputs("FuzzFoldTable") {
            do {
                let table = try FoldTable(text: String(decoding: bytes, as: UTF8.self), path: name)
                XCTAssertGreaterThanOrEqual(table.foldCount, 0, name)
            } catch is DatasetError {} catch { XCTFail("\(name): unexpected error \(error)") }
        }
    }

    func testNegativeTestFoldIsABadValue() throws {
        // test_fold -11 gave foldCount -10, and cross-validation's 0..<foldCount trapped.
        let text = String(decoding: try Self.file("FuzzFoldTable/crash-a48910e2-negative-test-fold.csv"), as: UTF8.self)
        XCTAssertThrowsError(try FoldTable(text: text, path: "folds.csv")) {
            XCTAssertTrue("\($0)".contains("bad value '-11' in column 'test_fold'"), "\($0)")
        }
        XCTAssertThrowsError(try FoldTable(text: "image,group,labels,test_fold,val_in_folds\na,1,0,9223372036854775807,\n"))
        XCTAssertEqual(try FoldTable(text: "image,group,labels,test_fold,val_in_folds\na,1,0,999,\n").foldCount, 1000)
    }

    func testMultipartInputs() throws {
        for (name, input) in try Self.inputs("FuzzMultipart") {
            // As the fuzz target: the Content-Type value, a newline, the body.
            let newline = input.firstIndex(of: 0x0A) ?? input.count
            let body = newline < input.count ? Array(input[(newline + 1)...]) : []
            do {
                let form = try MultipartForm(body: body, contentType: String(decoding: input[..<newline], as: UTF8.self))
                XCTAssertLessThanOrEqual(try form.imagePart().count, body.count, name)
            } catch is MultipartForm.Malformed {} catch { XCTFail("\(name): unexpected error \(error)") }
        }
    }
}
