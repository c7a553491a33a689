import Foundation
import XCTest
@testable import CXRCheckpoint

/// Access to the fixtures written by scripts/make_checkpoint_fixtures.py.
enum Fixtures {
    static var directory: URL {
        Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
    }

    static func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    /// The parsed expected.json.
    static let expected: [String: Any] = {
        let data = try! Data(contentsOf: directory.appendingPathComponent("expected.json"))
        return try! JSONSerialization.jsonObject(with: data) as! [String: Any]
    }()

    static func expectation(_ name: String) -> [String: Any] {
        expected[name] as! [String: Any]
    }

    /// Converts an expected JSON value to Float ("inf", "-inf", "nan" strings allowed).
    static func float(_ v: Any) -> Float {
        if let s = v as? String {
            switch s {
            case "inf": return .infinity
            case "-inf": return -.infinity
            default: return .nan
            }
        }
        return Float((v as! NSNumber).doubleValue)
    }
}

/// Asserts that `dict` holds exactly the tensors described by the fixture JSON entry,
/// in order, with identical shapes, source dtypes and bit-identical float32 values.
func assertMatchesExpectation(
    _ dict: OrderedStateDict, _ exp: [String: Any], renaming: (String) -> String = { $0 },
    file: StaticString = #filePath, line: UInt = #line
) {
    let keys = (exp["keys"] as! [String]).map(renaming)
    XCTAssertEqual(dict.keys, keys, "key order", file: file, line: line)
    let tensors = exp["tensors"] as! [String: [String: Any]]
    for (rawKey, info) in tensors {
        let key = renaming(rawKey)
        guard let t = dict[key] else {
            XCTFail("missing \(key)", file: file, line: line)
            continue
        }
        XCTAssertEqual(t.shape, info["shape"] as! [Int], "shape of \(key)", file: file, line: line)
        XCTAssertEqual(t.sourceType.rawValue, info["dtype"] as! String, "dtype of \(key)", file: file, line: line)
        let values = (info["values"] as! [Any]).map(Fixtures.float)
        XCTAssertEqual(t.values.count, values.count, "count of \(key)", file: file, line: line)
        let same = zip(t.values, values).allSatisfy { $0.bitPattern == $1.bitPattern || ($0.isNaN && $1.isNaN) }
        XCTAssertTrue(same, "values of \(key): got \(t.values.prefix(8)) expected \(values.prefix(8))", file: file, line: line)
    }
    if let skipped = exp["skipped"] as? [String] {
        XCTAssertEqual(dict.skippedKeys, skipped, "skipped keys", file: file, line: line)
    }
}

/// Asserts that `body` throws a `CheckpointError` (and does not crash); returns its text.
@discardableResult
func assertCheckpointError(
    _ body: @autoclosure () throws -> Any, contains fragment: String? = nil,
    file: StaticString = #filePath, line: UInt = #line
) -> String {
    do {
        _ = try body()
        XCTFail("expected an error", file: file, line: line)
        return ""
    } catch let e as CheckpointError {
        let text = e.description
        if let fragment {
            XCTAssertTrue(text.contains(fragment), "error '\(text)' does not mention '\(fragment)'", file: file, line: line)
        }
        return text
    } catch {
        XCTFail("unexpected error type \(error)", file: file, line: line)
        return ""
    }
}

/// A fresh empty temporary directory.
func makeTemporaryDirectory() throws -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cxrckpt-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir.path
}
