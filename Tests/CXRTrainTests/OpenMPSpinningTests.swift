import CXRTestSupport
import Foundation
import XCTest

/// `cxr` shortens libgomp's idle spinning for itself (GOMP_SPINCOUNT, set before libgomp loads
/// by restarting once) and leaves the environment of the programs it starts as the user had it.
/// Checked through `cxr bench` with a stand-in for PyTorch's reference script that records its
/// own environment and its parent's (the `cxr` process).
final class OpenMPSpinningTests: XCTestCase {
    var binary: String { RepositoryPaths.root().appendingPathComponent(".build/release/cxr").path }

    func run(environment extra: [String: String]) throws -> (child: [String], parent: [String]) {
        guard FileManager.default.isExecutableFile(atPath: binary) else { throw XCTSkip("\(binary) not built (swift build -c release)") }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cxr-openmp-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let dump = folder.appendingPathComponent("environment.txt").path
        let script = folder.appendingPathComponent("reference.sh")
        try """
            { echo child; env | grep -E '^(GOMP_SPINCOUNT|OMP_WAIT_POLICY|CXR_SET_GOMP_SPINCOUNT)='
              echo parent; tr '\\0' '\\n' < /proc/$PPID/environ | grep -E '^(GOMP_SPINCOUNT|OMP_WAIT_POLICY|CXR_SET_GOMP_SPINCOUNT)='; } > '\(dump)'
            echo '{"images_per_second": 1.0, "peak_rss_mb": 1.0, "torch": "none", "layout": "none"}'
            """.write(to: script, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["bench", "--models", "mobilenet_v2", "--iterations", "1", "--batch", "2", "--image-size", "32", "--threads", "1",
                             "--python", "/bin/sh", "--script", script.path]
        var environment = ProcessInfo.processInfo.environment
        for key in ["GOMP_SPINCOUNT", "OMP_WAIT_POLICY", "CXR_SET_GOMP_SPINCOUNT"] { environment[key] = nil }
        environment.merge(extra) { $1 }
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "cxr bench failed")
        let lines = try String(contentsOfFile: dump, encoding: .utf8).split(separator: "\n").map(String.init)
        let split = try XCTUnwrap(lines.firstIndex(of: "parent"))
        return (Array(lines[1..<split]), Array(lines[(split + 1)...]))
    }

    func testCXRSpinsShortlyAndItsChildrenGetTheUsersEnvironment() throws {
        let (child, parent) = try run(environment: [:])
        XCTAssertTrue(parent.contains("GOMP_SPINCOUNT=1000"), "cxr runs with short spinning: \(parent)")
        XCTAssertEqual(child, [], "the reference program gets the environment without cxr's setting: \(child)")
    }

    func testAnExplicitSettingIsKept() throws {
        let (child, parent) = try run(environment: ["OMP_WAIT_POLICY": "active"])
        XCTAssertEqual(parent, ["OMP_WAIT_POLICY=active"], "an explicit wait policy leaves the spinning alone")
        XCTAssertEqual(child, ["OMP_WAIT_POLICY=active"])
    }
}
