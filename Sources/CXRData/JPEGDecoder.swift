import CJPEG

/// JPEG decoding (baseline and progressive, gray, YCbCr/RGB, CMYK/YCCK) through the TurboJPEG API
/// of libjpeg-turbo, which returns error codes instead of calling `exit()` or longjmp-ing through
/// Swift frames. Output: `.uint8` pixels, 1 channel for grayscale JPEGs, 3 (RGB) otherwise.
///
/// Fatal libjpeg-turbo errors and premature end of data (a truncated file, which PIL also rejects)
/// throw; other corrupt-data warnings (such as extraneous bytes before a marker) are tolerated.
/// Progressive files are limited to 500 scans (`TJFLAG_LIMITSCANS`) so hostile input cannot hang.
public enum JPEGDecoder {
    static func decode(_ data: [UInt8], maxPixels: Int, minimumShorterSide: Int? = nil) throws -> Image {
        guard let handle = tjInitDecompress() else { throw ImageDecodingFailure.corrupt("cannot initialise TurboJPEG") }
        defer { tjDestroy(handle) }
        var width: Int32 = 0, height: Int32 = 0, subsampling: Int32 = 0, colorspace: Int32 = 0
        let headerStatus = data.withUnsafeBufferPointer { buf in
            tjDecompressHeader3(handle, buf.baseAddress, UInt(buf.count), &width, &height, &subsampling, &colorspace)
        }
        if headerStatus != 0 { throw failure(handle, stage: "header") }
        if width <= 0 || height <= 0 { throw ImageDecodingFailure.corrupt("zero image size") }
        if Int(width) * Int(height) > maxPixels {
            throw ImageDecodingFailure.tooLarge(width: Int(width), height: Int(height), maxPixels: maxPixels)
        }
        // Optional DCT-domain downscaling (1/2, 1/4, 1/8) while the shorter side stays large enough.
        var outWidth = width, outHeight = height
        if let minSide = minimumShorterSide {
            for denominator: Int32 in [8, 4, 2] {
                let w = (width + denominator - 1) / denominator, h = (height + denominator - 1) / denominator
                if Int(min(w, h)) >= minSide { outWidth = w; outHeight = h; break }
            }
        }
        let isGray = colorspace == Int32(TJCS_GRAY.rawValue)
        let isCMYK = colorspace == Int32(TJCS_CMYK.rawValue) || colorspace == Int32(TJCS_YCCK.rawValue)
        let pixelFormat: TJPF = isGray ? TJPF_GRAY : (isCMYK ? TJPF_CMYK : TJPF_RGB)
        let bytesPerPixel = isGray ? 1 : (isCMYK ? 4 : 3)
        var buffer = [UInt8](repeating: 0, count: Int(outWidth) * Int(outHeight) * bytesPerPixel)
        let flags = Int32(TJFLAG_LIMITSCANS | TJFLAG_NOREALLOC)
        let status = buffer.withUnsafeMutableBufferPointer { out in
            data.withUnsafeBufferPointer { buf in
                tjDecompress2(handle, buf.baseAddress, UInt(buf.count), out.baseAddress, outWidth, 0,
                              outHeight, Int32(pixelFormat.rawValue), flags)
            }
        }
        if status != 0 {
            let error = failure(handle, stage: "pixel data")
            if tjGetErrorCode(handle) != Int32(TJERR_WARNING.rawValue) { throw error }
            if case .truncated = error { throw error }
        }
        let n = Int(outWidth) * Int(outHeight)
        if isCMYK {
            // Adobe-style inverted CMYK as libjpeg returns it: R = C * K / 255 (like PIL's CMYK->RGB on inverted data).
            var rgb = [UInt8](repeating: 0, count: n * 3)
            for p in 0..<n {
                let k = Int(buffer[p * 4 + 3])
                for c in 0..<3 { rgb[p * 3 + c] = UInt8((Int(buffer[p * 4 + c]) * k + 127) / 255) }
            }
            return Image(width: Int(outWidth), height: Int(outHeight), channels: 3, bytes: rgb)
        }
        return Image(width: Int(outWidth), height: Int(outHeight), channels: bytesPerPixel, bytes: buffer)
    }

    private static func failure(_ handle: tjhandle, stage: String) -> ImageDecodingFailure {
        let message = tjGetErrorStr2(handle).map { String(cString: $0) } ?? "unknown error"
        let reason = "libjpeg-turbo (\(stage)): \(message)"
        if message.contains("Premature end") || message.contains("premature") { return .truncated(reason) }
        return .corrupt(reason)
    }

    /// Reads `(width, height)` from a JPEG header without decoding the pixels.
    public static func dimensions(_ data: [UInt8]) -> (width: Int, height: Int)? {
        guard let handle = tjInitDecompress() else { return nil }
        defer { tjDestroy(handle) }
        var w: Int32 = 0, h: Int32 = 0, s: Int32 = 0, c: Int32 = 0
        let status = data.withUnsafeBufferPointer { tjDecompressHeader3(handle, $0.baseAddress, UInt($0.count), &w, &h, &s, &c) }
        return status == 0 ? (Int(w), Int(h)) : nil
    }
}
