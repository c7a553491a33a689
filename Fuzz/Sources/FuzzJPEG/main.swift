import CXRData
import FuzzSupport

/// JPEG files through `ImageDecoder.decode` (TurboJPEG and the Swift around it: size checks,
/// gray/RGB/CMYK output, warnings vs errors), at full size and, when that decodes, again with
/// DCT downscaling; and `JPEGDecoder.dimensions`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJPEG(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    let bytes = fuzzInput(start, count)
    _ = JPEGDecoder.dimensions(bytes)
    if fuzzDecodeImage(bytes) {
        var scaled = fuzzDecodingOptions
        scaled.jpegMinimumShorterSide = 8
        fuzzDecodeImage(bytes, options: scaled)
    }
    return 0
}
