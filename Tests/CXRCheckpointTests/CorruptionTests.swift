import XCTest
@testable import CXRCheckpoint

/// Malformed inputs must give clear `CheckpointError`s and never crash.
final class CorruptionTests: XCTestCase {
    /// Builds a safetensors file from a header string and data bytes.
    func safetensors(_ header: String, data: [UInt8] = [], declaredLength: UInt64? = nil) -> [UInt8] {
        let h = Array(header.utf8)
        var out = withUnsafeBytes(of: (declaredLength ?? UInt64(h.count)).littleEndian) { Array($0) }
        out += h
        out += data
        return out
    }

    func testSafeTensorsValidation() {
        let eight = [UInt8](repeating: 0, count: 8)
        assertCheckpointError(try SafeTensors.read(bytes: [1, 2, 3]), contains: "less than the 8-byte")
        assertCheckpointError(try SafeTensors.read(bytes: safetensors("{}", declaredLength: 200_000_000)), contains: "exceeds")
        assertCheckpointError(try SafeTensors.read(bytes: safetensors("{}", declaredLength: 50)), contains: "only 2 bytes follow")
        assertCheckpointError(try SafeTensors.read(bytes: safetensors("{not json")), contains: "not valid JSON")
        assertCheckpointError(try SafeTensors.read(bytes: safetensors("[1,2]")), contains: "not an object")
        assertCheckpointError(
            try SafeTensors.read(bytes: safetensors(#"{"a":{"dtype":"Q7","shape":[2],"data_offsets":[0,8]}}"#, data: eight)),
            contains: "dtype 'Q7'")
        assertCheckpointError(
            try SafeTensors.read(bytes: safetensors(#"{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,16]}}"#, data: eight)),
            contains: "out of range")
        assertCheckpointError(
            try SafeTensors.read(bytes: safetensors(#"{"a":{"dtype":"F32","shape":[3],"data_offsets":[0,8]}}"#, data: eight)),
            contains: "needs 12")
        assertCheckpointError(
            try SafeTensors.read(bytes: safetensors(
                #"{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},"b":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}}"#,
                data: eight)),
            contains: "overlap")
        assertCheckpointError(
            try SafeTensors.read(bytes: safetensors(#"{"a":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}}"#, data: eight)),
            contains: "hole")
        assertCheckpointError(
            try SafeTensors.read(bytes: safetensors(#"{"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}}"#, data: eight)),
            contains: "cover only 4")
        assertCheckpointError(
            try SafeTensors.read(bytes: safetensors(#"{"a":{"dtype":"F32","shape":[-1],"data_offsets":[0,4]}}"#, data: eight)),
            contains: "non-negative integer")
        assertCheckpointError(
            try SafeTensors.read(bytes: safetensors(#"{"a":{"dtype":"F32","shape":[4611686018427387904, 4],"data_offsets":[0,4]}}"#, data: eight)),
            contains: "too large")
        assertCheckpointError(
            try SafeTensors.read(bytes: safetensors(#"{"a":{"dtype":"F32","shape":[true],"data_offsets":[0,4]}}"#, data: eight)),
            contains: "non-negative integer")
        assertCheckpointError(
            try SafeTensors.read(bytes: safetensors(#"{"a":{"dtype":"F32","shape":[1.5],"data_offsets":[0,4]}}"#, data: eight)),
            contains: "non-negative integer")
        assertCheckpointError(
            try SafeTensors.read(bytes: safetensors(#"{"a":{"dtype":"F32","shape":[1],"data_offsets":[0]}}"#, data: eight)),
            contains: "2 numbers")
        assertCheckpointError(
            try SafeTensors.read(bytes: safetensors(#"{"a":{"shape":[1],"data_offsets":[0,4]}}"#, data: eight)),
            contains: "no string 'dtype'")
        assertCheckpointError(
            try SafeTensors.read(bytes: safetensors(#"{"__metadata__":{"a":1}}"#)), contains: "not a string")
        assertCheckpointError(try SafeTensors.read(contentsOf: "/nonexistent/x.safetensors"), contains: "cannot open")
    }

    func testTruncatedSafeTensorsAtEveryLength() throws {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Fixtures.path("python.safetensors"))))
        for n in 0..<bytes.count {
            assertCheckpointError(try SafeTensors.read(bytes: Array(bytes[0..<n])))
        }
    }

    /// Every prefix of each torch fixture must fail cleanly (or, rarely, parse).
    func testTruncatedTorchCheckpoints() throws {
        for name in ["tiny_zip.pt", "tiny_legacy.pt", "tiny_zip64.pt", "noncontig_legacy.pt"] {
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Fixtures.path(name))))
            var n = 0
            while n < bytes.count {
                assertCheckpointError(try TorchCheckpoint.load(bytes: Array(bytes[0..<n])))
                n += n < 300 ? 1 : 7
            }
        }
    }

    /// Flipping bytes must never crash (errors or, for data bytes, different values are fine).
    func testCorruptedBytesNeverCrash() throws {
        for name in ["tiny_zip.pt", "tiny_legacy.pt", "python.safetensors"] {
            let original = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Fixtures.path(name))))
            var rng = SystemRandomNumberGenerator()
            for i in 0..<original.count {
                var bytes = original
                bytes[i] ^= UInt8.random(in: 1...255, using: &rng)
                if name.hasSuffix(".safetensors") {
                    _ = try? SafeTensors.read(bytes: bytes)
                } else {
                    _ = try? TorchCheckpoint.load(bytes: bytes)
                }
            }
        }
    }

    func testNotACheckpoint() {
        assertCheckpointError(try TorchCheckpoint.load(bytes: []), contains: "empty")
        assertCheckpointError(try TorchCheckpoint.load(bytes: Array("hello world".utf8)), contains: "not a torch checkpoint")
        // A valid pickle that is not torch.save output (no magic number).
        assertCheckpointError(try TorchCheckpoint.load(bytes: [0x80, 0x02, 0x7D, 0x2E]), contains: "magic")
        // A zip without data.pkl.
        assertCheckpointError(try TorchCheckpoint.load(bytes: [0x50, 0x4B, 0x03, 0x04] + [UInt8](repeating: 0, count: 30)))
    }

    func testPickleMachineErrors() {
        func run(_ bytes: [UInt8]) throws -> PickleValue {
            try bytes.withUnsafeBytes { buf in
                var u = Unpickler(buf)
                return try u.load()
            }
        }
        assertCheckpointError(try run([0x80, 0x02, 0x2E]), contains: "stack underflow")
        assertCheckpointError(try run([0x80, 0x02, 0x68, 0x05, 0x2E]), contains: "memo key 5")
        assertCheckpointError(try run([0x80, 0x02, 0xFF]), contains: "opcode 0xff")
        assertCheckpointError(try run([0x80, 0x02, 0x58, 0xFF, 0xFF, 0xFF, 0x7F]), contains: "truncated")
        assertCheckpointError(try run([0x80, 0x02, 0x75]), contains: "MARK")
        // A list memoised before APPENDS sees the appended items (reference semantics).
        let v = try? run([0x80, 0x02, 0x5D, 0x71, 0x00, 0x28, 0x4B, 0x01, 0x4B, 0x02, 0x65, 0x30, 0x68, 0x00, 0x2E])
        guard case let .list(l)? = v else { return XCTFail("expected a list") }
        XCTAssertEqual(l.items.count, 2)
    }
}
