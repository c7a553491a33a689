import Foundation
import XCTest
@testable import CXRCheckpoint

/// Inputs that once crashed (or leaked from) a checkpoint reader, kept under
/// `Fuzz/Crashes/<fuzz target>/` by `make fuzz` (docs/FUZZING.md): each must now give a result
/// or a `CheckpointError`. The same calls as the fuzz targets in Fuzz/Sources. (Leaks are
/// checked by `scripts/fuzz.sh regress`, which replays these files under LeakSanitizer.)
final class FuzzRegressionTests: XCTestCase {
    static let crashes: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path + "/Fuzz/Crashes"
    }()

    static func inputs(_ target: String) throws -> [(name: String, bytes: [UInt8])] {
        XCTAssertTrue(FileManager.default.fileExists(atPath: crashes), "no folder \(crashes)")
        let dir = crashes + "/" + target
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? [])
            .filter { !$0.hasPrefix(".") && !$0.hasSuffix(".md") }.sorted()
        return try names.map { ("\(target)/\($0)", [UInt8](try Data(contentsOf: URL(fileURLWithPath: dir + "/" + $0)))) }
    }

    func expectResultOrCheckpointError(_ name: String, _ body: () throws -> Void) {
        do { try body() } catch is CheckpointError {} catch { XCTFail("\(name): unexpected error type \(type(of: error)): \(error)") }
    }

    func testSafeTensorsInputs() throws {
        for (name, bytes) in try Self.inputs("FuzzSafeTensors") {
            expectResultOrCheckpointError(name) { _ = try SafeTensors.read(bytes: bytes) }
        }
    }

    func testTorchInputs() throws {
        for (name, bytes) in try Self.inputs("FuzzTorchZip") + Self.inputs("FuzzTorchPickle") {
            expectResultOrCheckpointError(name) {
                let dict = try TorchCheckpoint.load(bytes: bytes)
                for key in dict.keys { XCTAssertEqual(dict[key]!.values.count, dict[key]!.elementCount, "\(name): \(key)") }
            }
        }
        // Bare pickles (a zip checkpoint's data.pkl), as FuzzTorchPickle runs them.
        let storage = [UInt8](repeating: 0x3F, count: 64)
        for (name, bytes) in try Self.inputs("FuzzTorchPickle") {
            expectResultOrCheckpointError(name) {
                try bytes.withUnsafeBytes { buffer in
                    try storage.withUnsafeBytes { backing in
                        let ctx = TorchUnpickling()
                        ctx.resolveStorage = { _, dtype, count in
                            UnsafeRawBufferPointer(rebasing: backing[0..<min(backing.count, max(0, count) * dtype.byteSize)])
                        }
                        let arena = PickleArena()
                        defer { arena.release() }
                        var u = Unpickler(buffer, context: name, reduce: ctx.reduce, persistentLoad: ctx.persistentLoad, arena: arena)
                        _ = try u.load()
                        try ctx.materialize()
                    }
                }
            }
        }
    }

    func testZipInputs() throws {
        for (name, bytes) in try Self.inputs("FuzzZip") {
            expectResultOrCheckpointError(name) {
                try bytes.withUnsafeBytes { buffer in
                    let zip = try ZipArchive(buffer)
                    for entry in zip.entries {
                        do { _ = try zip.data(for: entry) } catch is CheckpointError {}
                    }
                }
            }
        }
    }

    func testTorchCrashesNowGiveClearErrors() throws {
        // 1,000,000 nested TUPLE1 opcodes: freeing the nested tuples overflowed the stack.
        let tuples = try Self.file("FuzzTorchPickle/tuples-nested-1M-deep-stack-overflow.pkl")
        assertCheckpointError(try TorchCheckpoint.load(bytes: tuples), contains: "tuples nested deeper than 100 levels")
        // 40 tensors each expanding one stored float to 2^26 elements (11 KB file, 10 GB in memory).
        let broadcast = try Self.file("FuzzTorchZip/broadcast-40-tensors-of-2p26-out-of-memory.pt")
        assertCheckpointError(try TorchCheckpoint.load(bytes: broadcast), contains: "for all expanded tensors together")
    }

    static func file(_ relative: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: crashes + "/" + relative)))
    }

    /// A pickle that puts a dict inside itself (memo GET, then SETITEM) made a reference cycle
    /// that was never freed; the arena empties every container once the state dict is out.
    func testPickleCyclesAreReleased() throws {
        // {"k": <the dict itself>}: EMPTY_DICT, BINPUT 0, SHORT_BINUNICODE "k", BINGET 0, SETITEM, STOP.
        let pickle: [UInt8] = [0x80, 0x02, 0x7D, 0x71, 0x00, 0x8C, 0x01, 0x6B, 0x68, 0x00, 0x73, 0x2E]
        weak var leaked: PickleDict?
        try pickle.withUnsafeBytes { buffer in
            let arena = PickleArena()
            var u = Unpickler(buffer, arena: arena)
            guard case let .dict(d) = try u.load() else { return XCTFail("not a dict") }
            leaked = d
            guard case let .dict(inner)? = d["k"] else { return XCTFail("no cycle") }
            XCTAssertTrue(inner === d)
            arena.release()
        }
        XCTAssertNil(leaked, "the self-referencing dict was freed")
    }
}
