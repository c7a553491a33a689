@testable import CXRCheckpoint

/// Pickles: legacy `torch.save` files (`_use_new_zipfile_serialization=False`, a run of pickles
/// then raw storages) through `TorchCheckpoint.load(bytes:)`; any other input is run as a bare
/// pickle (a zip checkpoint's `data.pkl`) through the same unpickler and torch hooks, with
/// every storage it names backed by 64 bytes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTorchPickle(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    let bytes = UnsafeRawBufferPointer(start: count > 0 ? start : nil, count: count)
    do {
        if (try? TorchCheckpoint.detectFormat(bytes)) == .legacy {
            let dict = try TorchCheckpoint.load(bytes: bytes)
            for key in dict.keys { precondition(dict[key]!.values.count == dict[key]!.elementCount) }
        } else {
            try storage.withUnsafeBytes { backing in
                let ctx = TorchUnpickling()
                ctx.resolveStorage = { _, dtype, count in
                    UnsafeRawBufferPointer(rebasing: backing[0..<min(backing.count, max(0, count) * dtype.byteSize)])
                }
                let arena = PickleArena()
                defer { arena.release() }
                var u = Unpickler(bytes, context: "fuzz pickle", reduce: ctx.reduce, persistentLoad: ctx.persistentLoad, arena: arena)
                let root = try u.load()
                try ctx.materialize()
                _ = try? TorchCheckpoint.extractStateDict(root, stateDictKey: nil)
            }
        }
    } catch let error as CheckpointError {
        _ = error.description
    } catch {
        fatalError("the unpickler threw \(type(of: error)): \(error)")
    }
    return 0
}

private let storage = [UInt8](repeating: 0x3F, count: 64)
