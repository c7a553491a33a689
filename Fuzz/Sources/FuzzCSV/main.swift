import CXRData

/// CSV text (`CSVTable(text:)`, RFC 4180 quoting, CR/LF/CRLF, BOM): the metadata files of the
/// datasets. Every row must come out at least as wide as the header.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeRawBufferPointer(start: count > 0 ? start : nil, count: count), as: UTF8.self)
    do {
        let table = try CSVTable(text: text, source: "fuzz-input")
        for row in table.rows { precondition(row.count >= table.header.count, "row narrower than the header") }
        for name in ["filename", "Image Index", "patientid", "finding"] { _ = try? table.column(name) }
    } catch let error as DatasetError {
        _ = error.description
    } catch {
        fatalError("CSVTable threw \(type(of: error)): \(error)")
    }
    return 0
}
