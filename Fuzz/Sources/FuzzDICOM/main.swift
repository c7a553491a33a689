import CXRData
import FuzzSupport

/// DICOM Part 10 files (preamble, `DICM`, meta group, data set, pixel data), through
/// `ImageDecoder.decode`: the parser, value interpretation, rescale, windowing and the
/// encapsulated JPEG path. Seeds: DICOM files made from the shared images with `img2dcm`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDICOM(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    let bytes = fuzzInput(start, count)
    fuzzDecodeImage(bytes)
    // The same file without the file's window (stored values, rescaled, their own range).
    if ImageFormat.sniff(bytes) == .dicom {
        var options = fuzzDecodingOptions
        options.dicomWindow = .none
        fuzzDecodeImage(bytes, options: options)
    }
    return 0
}
