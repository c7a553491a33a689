import Foundation
import XCTest
@testable import CXREval

/// The JSON fixtures written by scripts/make_eval_fixtures.py.
enum Fixtures {
    static var directory: URL { Bundle.module.url(forResource: "Fixtures", withExtension: nil)! }

    static func load(_ name: String) -> [String: Any] {
        let url = directory.appendingPathComponent(name)
        let data = try! Data(contentsOf: url)
        return try! JSONSerialization.jsonObject(with: data) as! [String: Any]
    }

    /// A number ("inf", "-inf", "nan" strings allowed); nil for JSON null.
    static func double(_ v: Any?) -> Double? {
        switch v {
        case let s as String: return s == "inf" ? .infinity : s == "-inf" ? -.infinity : .nan
        case let n as NSNumber: return n.doubleValue
        default: return nil
        }
    }

    static func doubles(_ v: Any?) -> [Double] { (v as! [Any]).map { double($0)! } }
    static func optionalDoubles(_ v: Any?) -> [Double?] { (v as! [Any]).map { double($0) } }
    static func ints(_ v: Any?) -> [Int] { (v as! [Any]).map { ($0 as! NSNumber).intValue } }
    static func bools(_ v: Any?) -> [Bool] { ints(v).map { $0 != 0 } }
}

/// Fails with expected, observed and tolerance when `|observed - expected| > tolerance`
/// (infinities must match exactly).
func assertClose(_ observed: Double?, _ expected: Double?, tolerance: Double, _ what: @autoclosure () -> String,
                 file: StaticString = #filePath, line: UInt = #line) {
    switch (observed, expected) {
    case (nil, nil): return
    case let (o?, e?):
        if o == e { return }
        if !(abs(o - e) <= tolerance) {
            XCTFail("\(what()): expected \(e), observed \(o), tolerance \(tolerance)", file: file, line: line)
        }
    default:
        XCTFail("\(what()): expected \(expected.map { "\($0)" } ?? "nil"), observed \(observed.map { "\($0)" } ?? "nil")", file: file, line: line)
    }
}

func assertClose(_ observed: [Double], _ expected: [Double], tolerance: Double, _ what: @autoclosure () -> String,
                 file: StaticString = #filePath, line: UInt = #line) {
    guard observed.count == expected.count else {
        XCTFail("\(what()): expected \(expected.count) values, observed \(observed.count)\nexpected \(expected)\nobserved \(observed)", file: file, line: line)
        return
    }
    for i in observed.indices {
        assertClose(observed[i], expected[i], tolerance: tolerance, "\(what())[\(i)]", file: file, line: line)
    }
}
