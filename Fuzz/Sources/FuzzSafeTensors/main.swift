import CXRCheckpoint

/// safetensors files (`SafeTensors.read(bytes:)`: length prefix, JSON header, dtypes, offsets,
/// overlaps and holes). What reads must also write and read back with the same names and shapes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSafeTensors(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    let bytes = count > 0 && start != nil ? Array(UnsafeRawBufferPointer(start: start, count: count)) : []
    let dict: OrderedStateDict
    do {
        dict = try SafeTensors.read(bytes: bytes)
    } catch let error as CheckpointError {
        _ = error.description
        return 0
    } catch {
        fatalError("SafeTensors.read threw \(type(of: error)): \(error)")
    }
    for key in dict.keys {
        let t = dict[key]!
        precondition(t.values.count == t.elementCount, "'\(key)': \(t.values.count) values for shape \(t.shape)")
    }
    do {
        let again = try SafeTensors.read(bytes: try SafeTensors.serialize(dict))
        precondition(again.keys.sorted() == dict.keys.sorted(), "round trip changed the names")
        for key in dict.keys { precondition(again[key]!.shape == dict[key]!.shape, "round trip changed the shape of '\(key)'") }
    } catch {
        fatalError("a file that reads did not write and read back: \(error)")
    }
    return 0
}
