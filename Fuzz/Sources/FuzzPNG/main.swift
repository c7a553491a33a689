import CXRData
import FuzzSupport

/// PNG files through `ImageDecoder.decode` (libpng's simplified API and the Swift around it:
/// size checks, 16-bit, alpha stripping), and `PNGDecoder.dimensions`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPNG(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    let bytes = fuzzInput(start, count)
    _ = PNGDecoder.dimensions(bytes)
    fuzzDecodeImage(bytes)
    return 0
}
