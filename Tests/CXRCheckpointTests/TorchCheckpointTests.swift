import XCTest
@testable import CXRCheckpoint

final class TorchCheckpointTests: XCTestCase {
    func load(_ name: String) throws -> OrderedStateDict {
        try TorchCheckpoint.load(contentsOf: Fixtures.path(name))
    }

    func testTinyModelZipFormat() throws {
        let sd = try load("tiny_zip.pt")
        assertMatchesExpectation(sd, Fixtures.expectation("tiny_zip.pt"))
        XCTAssertEqual(sd.count, 8)
        XCTAssertEqual(sd["1.num_batches_tracked"]?.values, [2])
        XCTAssertEqual(sd["1.num_batches_tracked"]?.isInteger, true)
        XCTAssertEqual(sd["0.weight"]?.shape, [4, 3, 3, 3])
    }

    func testTinyModelLegacyFormat() throws {
        let sd = try load("tiny_legacy.pt")
        assertMatchesExpectation(sd, Fixtures.expectation("tiny_legacy.pt"))
        // Both formats decode to the same tensors.
        XCTAssertEqual(sd, try load("tiny_zip.pt"))
    }

    func testFormatDetection() throws {
        for (name, format) in [("tiny_zip.pt", TorchCheckpoint.Format.zip), ("tiny_legacy.pt", .legacy)] {
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Fixtures.path(name))))
            try bytes.withUnsafeBytes { XCTAssertEqual(try TorchCheckpoint.detectFormat($0), format) }
        }
    }

    func testZip64Archive() throws {
        assertMatchesExpectation(try load("tiny_zip64.pt"), Fixtures.expectation("tiny_zip64.pt"))
    }

    func testLoadFromMemoryMatchesFile() throws {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Fixtures.path("tiny_zip.pt"))))
        XCTAssertEqual(try TorchCheckpoint.load(bytes: bytes), try load("tiny_zip.pt"))
    }

    func testWrappedStateDictWithDataParallelPrefix() throws {
        let sd = try load("wrapped_module.pt")
        assertMatchesExpectation(sd, Fixtures.expectation("wrapped_module.pt"))
        XCTAssertTrue(sd.keys.allSatisfy { $0.hasPrefix("module.") })
        let stripped = try sd.strippingPrefix()
        assertMatchesExpectation(stripped, Fixtures.expectation("tiny_zip.pt"))
        // Explicit key selection works too.
        XCTAssertEqual(try TorchCheckpoint.load(contentsOf: Fixtures.path("wrapped_module.pt"), stateDictKey: "state_dict"), sd)
        assertCheckpointError(try TorchCheckpoint.load(contentsOf: Fixtures.path("wrapped_module.pt"), stateDictKey: "nope"),
                              contains: "no top-level key 'nope'")
    }

    func testWrappedUnderModelKeyLegacy() throws {
        assertMatchesExpectation(try load("wrapped_model_legacy.pt"), Fixtures.expectation("wrapped_model_legacy.pt"))
    }

    func testNonContiguousTensorsZip() throws {
        let sd = try load("noncontig_zip.pt")
        assertMatchesExpectation(sd, Fixtures.expectation("noncontig_zip.pt"))
        // transposed view of arange(24).reshape(4, 6) / 8
        XCTAssertEqual(Array(sd["transposed"]!.values.prefix(4)), [0, 6, 12, 18].map { Float($0) / 8 })
    }

    func testNonContiguousTensorsLegacy() throws {
        assertMatchesExpectation(try load("noncontig_legacy.pt"), Fixtures.expectation("noncontig_legacy.pt"))
    }

    func testDTypesZip() throws {
        let sd = try load("dtypes_zip.pt")
        assertMatchesExpectation(sd, Fixtures.expectation("dtypes_zip.pt"))
        XCTAssertEqual(sd["long"]?.values, [0, 1, -3, 1_099_511_627_776])
        XCTAssertEqual(sd["bool"]?.values, [1, 0, 1])
        XCTAssertEqual(sd["scalar_long"]?.shape, [])
        XCTAssertEqual(sd["scalar_long"]?.values, [42])
        XCTAssertEqual(sd["double"]?.values.last, .infinity)  // 1e300 overflows Float
    }

    func testDTypesLegacy() throws {
        assertMatchesExpectation(try load("dtypes_legacy.pt"), Fixtures.expectation("dtypes_legacy.pt"))
    }

    func testLegacyDenseNetKeys() throws {
        let sd = try load("densenet_old.pt")
        let renamed = try sd.renamingLegacyDenseNetKeys()
        assertMatchesExpectation(renamed, Fixtures.expectation("densenet_old.pt"), renaming: StateDictKeys.renameLegacyDenseNetKey)
        XCTAssertEqual(renamed.keys, [
            "features.conv0.weight",
            "features.denseblock1.denselayer1.norm1.weight",
            "features.denseblock1.denselayer1.norm1.running_mean",
            "features.denseblock1.denselayer1.conv1.weight",
            "features.denseblock1.denselayer12.norm2.bias",
            "features.denseblock1.denselayer12.conv2.weight",
            "features.norm5.weight",
        ])
    }

    func testNonTensorEntriesAreSkipped() throws {
        let sd = try load("mixed.pt")
        assertMatchesExpectation(sd, Fixtures.expectation("mixed.pt"))
        XCTAssertEqual(sd.skippedKeys, ["note", "count"])
    }

    func testWholeModuleIsRejected() {
        assertCheckpointError(try TorchCheckpoint.load(contentsOf: Fixtures.path("whole_module.pt")),
                              contains: "torch.nn.modules.linear.Linear")
    }

    func testDeflatedEntriesAreRejected() {
        assertCheckpointError(try TorchCheckpoint.load(contentsOf: Fixtures.path("tiny_deflated.pt")),
                              contains: "compressed")
    }
}
