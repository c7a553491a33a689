import XCTest
@testable import CXRCheckpoint

final class SafeTensorsTests: XCTestCase {
    func testReadsPythonWrittenFile() throws {
        let sd = try SafeTensors.read(contentsOf: Fixtures.path("python.safetensors"))
        let exp = Fixtures.expectation("python.safetensors")
        assertMatchesExpectation(sd, exp)
        XCTAssertEqual(sd.metadata, exp["metadata"] as! [String: String])
        XCTAssertEqual(sd["half"]?.values, [1.0, -2.5, 65504.0, Float(5.9604645e-08)])
        XCTAssertEqual(sd["bf16"]?.values[1], -3.140625)
        XCTAssertEqual(sd["scalar"]?.shape, [])
        XCTAssertEqual(sd["empty"]?.shape, [0, 3])
        XCTAssertEqual(sd["empty"]?.values, [])
    }

    func sample() throws -> OrderedStateDict {
        var sd = OrderedStateDict()
        sd["conv.weight"] = NamedArray(shape: [2, 1, 2, 2], values: (0..<8).map { Float($0) * 0.25 - 1 })
        sd["bn.num_batches_tracked"] = NamedArray(shape: [], values: [12345], sourceType: .int64)
        sd["odd \"name\"\n"] = NamedArray(shape: [3], values: [.infinity, -0.0, 1e-40])
        sd["empty"] = NamedArray(shape: [0], values: [])
        sd.metadata = ["format": "pt", "quote": "a \"b\" \\ c"]
        return sd
    }

    func testRoundTripInMemory() throws {
        let sd = try sample()
        let bytes = try SafeTensors.serialize(sd)
        // Header length + header end on an 8-byte boundary, padded with spaces.
        let n = Int(bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) })
        XCTAssertEqual((8 + n) % 8, 0)
        let back = try SafeTensors.read(bytes: bytes)
        XCTAssertEqual(back.keys, sd.keys)
        XCTAssertEqual(back.metadata, sd.metadata)
        XCTAssertEqual(back["bn.num_batches_tracked"]?.sourceType, .int64)
        XCTAssertEqual(back["conv.weight"], sd["conv.weight"])
        XCTAssertEqual(back["odd \"name\"\n"]?.values.map(\.bitPattern), sd["odd \"name\"\n"]?.values.map(\.bitPattern))
        XCTAssertEqual(back, sd)
    }

    func testRoundTripThroughFile() throws {
        let dir = try makeTemporaryDirectory()
        let path = dir + "/model.safetensors"
        let sd = try sample()
        try SafeTensors.write(sd, to: path)
        XCTAssertEqual(try SafeTensors.read(contentsOf: path), sd)
        // Overwrite in place with different contents.
        var sd2 = sd
        sd2["extra"] = NamedArray(shape: [1], values: [7])
        try SafeTensors.write(sd2, to: path)
        XCTAssertEqual(try SafeTensors.read(contentsOf: path), sd2)
        // No temporary files are left behind.
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir), ["model.safetensors"])
    }

    func testTorchCheckpointToSafeTensors() throws {
        let sd = try TorchCheckpoint.load(contentsOf: Fixtures.path("tiny_legacy.pt"))
        let back = try SafeTensors.read(bytes: try SafeTensors.serialize(sd))
        XCTAssertEqual(back.keys, sd.keys)
        for k in sd.keys {
            XCTAssertEqual(back[k]?.values, sd[k]?.values)
            XCTAssertEqual(back[k]?.shape, sd[k]?.shape)
            XCTAssertEqual(back[k]?.isInteger, sd[k]?.isInteger)
        }
    }

    func testWriteRejectsInconsistentArray() {
        var sd = OrderedStateDict()
        sd["bad"] = NamedArray(shape: [2, 2], values: [1, 2, 3])
        assertCheckpointError(try SafeTensors.serialize(sd), contains: "3 values for shape [2, 2]")
    }
}
