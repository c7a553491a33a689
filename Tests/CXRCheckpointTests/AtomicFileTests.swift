import XCTest
@testable import CXRCheckpoint

final class AtomicFileTests: XCTestCase {
    func sample() -> OrderedStateDict {
        var sd = OrderedStateDict()
        sd["w"] = NamedArray(shape: [1000], values: (0..<1000).map(Float.init))
        return sd
    }

    func testFailedWriteLeavesOldFileIntact() throws {
        let dir = try makeTemporaryDirectory()
        let path = dir + "/weights.safetensors"
        try AtomicFile.write(Array("old contents".utf8), to: path)
        // Simulate ENOSPC after 100 bytes.
        let text = assertCheckpointError(
            try SafeTensors.write(sample(), to: path, metadata: nil, failAfterBytes: 100), contains: "disk full")
        XCTAssertTrue(text.contains(path))
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "old contents")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir), ["weights.safetensors"], "temp file removed")
    }

    func testFailedWriteCreatesNothing() throws {
        let dir = try makeTemporaryDirectory()
        let path = dir + "/new.safetensors"
        assertCheckpointError(try SafeTensors.write(sample(), to: path, metadata: nil, failAfterBytes: 0), contains: "disk full")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir), [])
    }

    func testThrowingBodyLeavesOldFileIntact() throws {
        struct Boom: Error {}
        let dir = try makeTemporaryDirectory()
        let path = dir + "/f"
        try AtomicFile.write(Array("v1".utf8), to: path)
        XCTAssertThrowsError(try AtomicFile.write(to: path) { w in
            try w.write(Array("partial".utf8))
            throw Boom()
        })
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "v1")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir), ["f"])
    }

    func testMissingDirectoryGivesClearError() {
        assertCheckpointError(try AtomicFile.write([1, 2, 3], to: "/nonexistent-dir-cxr/x.bin"),
                              contains: "cannot create temporary file")
    }

    func testWriteToDevFullReportsNoSpace() throws {
        // /dev/full is a real device that fails every write with ENOSPC.
        guard FileManager.default.fileExists(atPath: "/dev/full") else { throw XCTSkip("no /dev/full") }
        let fd = open("/dev/full", O_WRONLY)
        guard fd >= 0 else { throw XCTSkip("cannot open /dev/full") }
        defer { close(fd) }
        var w = AtomicFileWriter(fd: fd, path: "/dev/full", failAfterBytes: nil)
        let text = assertCheckpointError(try w.write([1, 2, 3]), contains: "disk full")
        XCTAssertTrue(text.contains("No space"), text)
    }

    func testSuccessfulWriteReplacesAndSetsPermissions() throws {
        let dir = try makeTemporaryDirectory()
        let path = dir + "/f"
        try AtomicFile.write(Array("one".utf8), to: path)
        try AtomicFile.write(Array("two".utf8), to: path)
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "two")
        let attrs = try FileManager.default.attributesOfItem(atPath: path)
        XCTAssertEqual((attrs[.posixPermissions] as? NSNumber)?.intValue, 0o644)
    }
}
