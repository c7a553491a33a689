import CXRCheckpoint
import CXRTensor
import Foundation
import XCTest

/// Relative error `max |observed - expected| / max(max |expected|, floor)`: the measure the
/// parity tests bound (1e-4 for outputs, 1e-3 for gradients).
public func relativeError(_ observed: [Float], _ expected: [Float], floor: Float = 1e-6) -> Float {
    precondition(observed.count == expected.count)
    var worst: Float = 0, scale: Float = floor
    for (o, e) in zip(observed, expected) {
        worst = max(worst, abs(o - e))
        scale = max(scale, abs(e))
    }
    return worst / scale
}

/// Asserts that `observed` matches `expected` in shape and to a relative tolerance, printing
/// both (first values), the error and the tolerance on failure.
public func assertClose(_ observed: Tensor, _ expected: NamedArray, tolerance: Float, _ label: String,
                        file: StaticString = #filePath, line: UInt = #line) {
    let expectedShape = expected.shape.isEmpty ? [1] : expected.shape
    let observedShape = observed.shape.isEmpty ? [1] : observed.shape
    XCTAssertEqual(observedShape.reduce(1, *), expectedShape.reduce(1, *), "\(label): shape \(observed.shape) vs expected \(expected.shape)", file: file, line: line)
    guard observed.count == expected.values.count else { return }
    let error = relativeError(observed.scalars, expected.values)
    if !(error <= tolerance) {
        XCTFail("""
            \(label): relative error \(error) exceeds tolerance \(tolerance)
              expected: \(expected.values.prefix(6))
              observed: \(observed.scalars.prefix(6))
            """, file: file, line: line)
    }
}

/// A fixture file of a test bundle, read as a state dict.
public struct Fixture {
    public let tensors: OrderedStateDict

    public init(path: String) throws {
        tensors = try SafeTensors.read(contentsOf: path)
    }

    public subscript(_ key: String) -> NamedArray {
        guard let value = tensors[key] else { fatalError("fixture has no tensor \(key)") }
        return value
    }

    public func tensor(_ key: String, requiresGrad: Bool = false) -> Tensor {
        Tensor(shape: self[key].shape, values: self[key].values, requiresGrad: requiresGrad)
    }

    public func has(_ key: String) -> Bool { tensors[key] != nil }
}

/// The repository root (for scripts) and the shared data folder beside it.
public enum RepositoryPaths {
    public static func root(from file: String = #filePath) -> URL {
        var url = URL(fileURLWithPath: file)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        fatalError("no Package.swift above \(file)")
    }

    public static var sharedData: URL { root().deletingLastPathComponent().appendingPathComponent("shared/data") }

    /// Debian's python3 with torch, if present (tests that need PyTorch skip without it).
    public static var pythonWithTorch: String? {
        for candidate in ["/usr/bin/python3", "/usr/local/bin/python3"] where FileManager.default.isExecutableFile(atPath: candidate) {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: candidate)
            process.arguments = ["-c", "import torch, torchvision"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            if (try? process.run()) != nil {
                process.waitUntilExit()
                if process.terminationStatus == 0 { return candidate }
            }
        }
        return nil
    }
}

/// `||observed - expected||_2 / max(||expected||_2, floor)`: the error measure for gradients
/// of deep networks, where a max-norm ratio is dominated by a few ill-conditioned entries.
public func l2RelativeError(_ observed: [Float], _ expected: [Float], floor: Double = 1e-12) -> Double {
    precondition(observed.count == expected.count)
    var difference = 0.0, norm = 0.0
    for (o, e) in zip(observed, expected) {
        difference += Double(o - e) * Double(o - e)
        norm += Double(e) * Double(e)
    }
    return difference.squareRoot() / max(norm.squareRoot(), floor)
}

public func l2Norm(_ values: [Float]) -> Double {
    values.reduce(0.0) { $0 + Double($1) * Double($1) }.squareRoot()
}
