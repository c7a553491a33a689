import CXRData

/// Helpers shared by the fuzz targets. A target traps (and libFuzzer reports a crash) only when
/// a parser breaks its contract: an error of another type than documented, or a result that
/// contradicts itself. Errors of the documented type are the expected answer to bad input.

/// The fuzzer's input as an array (libFuzzer may pass a null pointer for an empty input).
public func fuzzInput(_ start: UnsafeRawPointer?, _ count: Int) -> [UInt8] {
    guard let start, count > 0 else { return [] }
    return Array(UnsafeRawBufferPointer(start: start, count: count))
}

/// Options for the image targets: the library's defaults, except a 1-megapixel cap so that
/// headers claiming large images (allowed up to 50 megapixels by default) do not make every
/// such input allocate and decode megabytes of garbage; the size check itself is the same code.
public let fuzzDecodingOptions = DecodingOptions(maxPixels: 1 << 20)

/// Decodes through the public entry point; traps on anything but an image or an
/// `ImageDecodingError`. Returns whether the input decoded.
@discardableResult
public func fuzzDecodeImage(_ bytes: [UInt8], options: DecodingOptions = fuzzDecodingOptions) -> Bool {
    let image: Image
    do {
        image = try ImageDecoder.decode(bytes, path: "fuzz-input", options: options)
    } catch let error as ImageDecodingError {
        precondition(error.description.contains("fuzz-input"), "the error does not name the input: \(error)")
        return false
    } catch {
        fatalError("ImageDecoder.decode threw \(type(of: error)), not ImageDecodingError: \(error)")
    }
    checkImage(image, maxPixels: options.maxPixels)
    return true
}

/// A decoded image must have a positive size within the cap, 1 or 3 channels, and as many values.
public func checkImage(_ image: Image, maxPixels: Int) {
    precondition(image.width > 0 && image.height > 0, "image of \(image.width) x \(image.height)")
    precondition(image.width * image.height <= maxPixels, "image of \(image.width) x \(image.height) beyond the cap")
    precondition(image.channels == 1 || image.channels == 3, "\(image.channels) channels")
    precondition(image.bytePixels.count == image.count, "pixel count")
    precondition(image.valueRange.lowerBound.isFinite && image.valueRange.upperBound.isFinite,
                 "value range \(image.valueRange) is not finite")
}
