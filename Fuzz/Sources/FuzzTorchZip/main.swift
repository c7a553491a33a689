import CXRCheckpoint

/// `torch.save` zip checkpoints through the public `TorchCheckpoint.load(bytes:)`: the zip
/// reader, `data.pkl`, persistent ids, storages, strides, wrapped state dicts.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTorchZip(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    let bytes = UnsafeRawBufferPointer(start: count > 0 ? start : nil, count: count)
    do {
        let dict = try TorchCheckpoint.load(bytes: bytes)
        for key in dict.keys {
            let t = dict[key]!
            precondition(t.values.count == t.elementCount, "'\(key)': \(t.values.count) values for shape \(t.shape)")
        }
    } catch let error as CheckpointError {
        _ = error.description
    } catch {
        fatalError("TorchCheckpoint.load threw \(type(of: error)): \(error)")
    }
    return 0
}
