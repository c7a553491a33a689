import CJPEG

/// 8-bit JPEG through libjpeg-turbo's TurboJPEG API, which reports errors by return code (no
/// longjmp through Swift frames): one-component sequential and progressive streams, and
/// progressive colour ones (returned as RGB). Sequential colour and 12-bit streams go to
/// ``JPEGExtendedDecoder``, which returns the components as coded so that the Photometric
/// Interpretation decides their colour transform.
enum LibJPEGTurboDecoder {
    static func decode(_ data: [UInt8], limits: DecodingLimits) throws -> DecodedFrame {
        guard let handle = tjInitDecompress() else { throw DICOMError.corrupt("cannot initialise TurboJPEG") }
        defer { tjDestroy(handle) }
        var width: Int32 = 0, height: Int32 = 0, subsampling: Int32 = 0, colorspace: Int32 = 0
        let header = data.withUnsafeBufferPointer { tjDecompressHeader3(handle, $0.baseAddress, UInt($0.count), &width, &height, &subsampling, &colorspace) }
        guard header == 0 else { throw failure(handle) }
        let gray = colorspace == Int32(TJCS_GRAY.rawValue)
        guard gray || colorspace == Int32(TJCS_YCbCr.rawValue) || colorspace == Int32(TJCS_RGB.rawValue) else {
            throw DICOMError.unsupported("JPEG colour space \(colorspace) (CMYK/YCCK)")
        }
        let components = gray ? 1 : 3
        let count = try limits.sampleCount(width: Int(width), height: Int(height), components: components)
        var pixels = [UInt8](repeating: 0, count: count)
        let status = pixels.withUnsafeMutableBufferPointer { out in
            data.withUnsafeBufferPointer { source in
                tjDecompress2(handle, source.baseAddress, UInt(source.count), out.baseAddress, width, 0, height,
                              Int32((gray ? TJPF_GRAY : TJPF_RGB).rawValue), Int32(TJFLAG_LIMITSCANS | TJFLAG_NOREALLOC))
            }
        }
        if status != 0 && tjGetErrorCode(handle) != Int32(TJERR_WARNING.rawValue) { throw failure(handle) }
        return DecodedFrame(width: Int(width), height: Int(height), components: components, precision: 8,
                            samples: pixels.map { Int32($0) }, colorConvertedToRGB: !gray)
    }

    private static func failure(_ handle: tjhandle) -> DICOMError {
        let message = tjGetErrorStr2(handle).map { String(cString: $0) } ?? "unknown error"
        return message.lowercased().contains("premature") ? .truncated("JPEG: \(message)") : .corrupt("JPEG: \(message)")
    }
}
