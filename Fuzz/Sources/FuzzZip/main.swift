@testable import CXRCheckpoint

/// ZIP archives (`ZipArchive`: end-of-central-directory search, ZIP64 records and extra
/// fields, central directory, local headers), reading every entry's data.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzZip(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    let bytes = UnsafeRawBufferPointer(start: count > 0 ? start : nil, count: count)
    do {
        let zip = try ZipArchive(bytes)
        for entry in zip.entries {
            precondition(zip.entry(named: entry.name) != nil, "entry '\(entry.name)' not found by name")
            do {
                let data = try zip.data(for: entry)
                if let base = bytes.baseAddress, let d = data.baseAddress, !data.isEmpty {
                    precondition(d >= base && d + data.count <= base + bytes.count, "entry data outside the archive")
                }
            } catch let error as CheckpointError {
                _ = error.description
            }
        }
    } catch let error as CheckpointError {
        _ = error.description
    } catch {
        fatalError("ZipArchive threw \(type(of: error)): \(error)")
    }
    return 0
}
