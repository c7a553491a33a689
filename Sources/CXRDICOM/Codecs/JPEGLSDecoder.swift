import CCharLS

/// Decoder for the DICOM JPEG-LS transfer syntaxes (1.2.840.10008.1.2.4.80 lossless,
/// .4.81 near-lossless) through CharLS 2.4's C API (`charls_jpegls_decoder_*`).
///
/// Steps: make sure the data ends with an EOI marker (appending one when it does not, see
/// `withEndOfImageMarker`; such data is reported as truncated if it fails); read the frame
/// header (SOF-55, ITU-T T.87 C.2.2) and check it (at most 65535 x 65535, 1 or 3 components,
/// 2 ... 16 bits per sample, `width x height x components` within `DecodingLimits`) before
/// allocating; ask CharLS for the destination size and check it is exactly
/// `width x height x components x bytesPerSample` (1 byte per sample up to 8 bits, else 2,
/// native byte order); decode; convert to HWC.
///
/// Interleave modes (T.87 C.2.3): with ILV = 0 (none) each component is its own scan and CharLS
/// writes the components as separate planes, which are interleaved here; with ILV = 1 (line)
/// and ILV = 2 (sample) CharLS already writes pixel-interleaved output.
///
/// Colour: JPEG-LS itself has no colour transform, and DICOM does not use one (the data set
/// says RGB or YBR_FULL as stored). CharLS's non-standard HP1/HP2/HP3 transforms (signalled
/// by an APP8 "mrfx" segment) are inverted by CharLS when present; the frame then reports
/// `colorConvertedToRGB = true`.
///
/// Output: `precision` = the frame's bits per sample; samples are unsigned (`isSigned` false;
/// JPEG-LS has no signed samples, so for Pixel Representation 1 the pixel module sign-extends
/// the bit pattern from Bits Stored).
/// For near-lossless data every sample is within NEAR of the original (CharLS reports NEAR;
/// it does not change the output).
enum JPEGLSDecoder {
    /// Decodes one frame of JPEG-LS data (one DICOM frame's fragments, concatenated).
    static func decode(_ data: [UInt8], limits: DecodingLimits) throws -> DecodedFrame {
        guard !data.isEmpty else { throw DICOMError.truncated("empty JPEG-LS data") }
        guard let decoder = charls_jpegls_decoder_create() else {
            throw DICOMError.unsupported("CharLS could not create a decoder")
        }
        defer { charls_jpegls_decoder_destroy(decoder) }

        let source = withEndOfImageMarker(data)
        let endsWithoutEOI = source.count != data.count
        // A stream that lacked its EOI marker is reported as truncated, whatever CharLS says.
        func check(_ result: charls_jpegls_errc, _ step: String) throws {
            do { try Self.check(result, step) } catch let error as DICOMError where endsWithoutEOI {
                throw DICOMError.truncated("JPEG-LS data ends without an EOI marker (\(error))")
            }
        }
        return try source.withUnsafeBytes { source in
            // CharLS keeps a pointer to the source buffer; it stays valid inside this closure.
            guard let base = source.baseAddress else { throw DICOMError.truncated("empty JPEG-LS data") }
            try check(charls_jpegls_decoder_set_source_buffer(decoder, base, source.count), "reading the data")
            try check(charls_jpegls_decoder_read_header(decoder), "header")

            var info = charls_frame_info()
            try check(charls_jpegls_decoder_get_frame_info(decoder, &info), "frame header")
            let width = Int(info.width)
            let height = Int(info.height)
            let components = Int(info.component_count)
            let bitsPerSample = Int(info.bits_per_sample)
            guard width <= maximumDimension, height <= maximumDimension else {
                throw DICOMError.corrupt("JPEG-LS frame of \(width) x \(height): DICOM Rows and Columns stop at 65535")
            }
            guard components == 1 || components == 3 else {
                throw DICOMError.unsupported("JPEG-LS frame with \(components) components (1 or 3 handled)")
            }
            guard bitsPerSample >= 2, bitsPerSample <= 16 else {
                throw DICOMError.corrupt("JPEG-LS frame with \(bitsPerSample) bits per sample (2 to 16 allowed)")
            }
            let sampleCount = try limits.sampleCount(width: width, height: height, components: components)

            var interleave = CHARLS_INTERLEAVE_MODE_NONE
            try check(charls_jpegls_decoder_get_interleave_mode(decoder, &interleave), "interleave mode")
            var transformation = CHARLS_COLOR_TRANSFORMATION_NONE
            try check(charls_jpegls_decoder_get_color_transformation(decoder, &transformation), "colour transformation")

            let bytesPerSample = bitsPerSample <= 8 ? 1 : 2
            let (expectedSize, overflow) = sampleCount.multipliedReportingOverflow(by: bytesPerSample)
            guard !overflow else {
                throw DICOMError.tooLarge(width: width, height: height, maxPixels: limits.maxPixels)
            }
            var size = 0
            try check(charls_jpegls_decoder_get_destination_size(decoder, 0, &size), "destination size")
            guard size == expectedSize else {
                throw DICOMError.corrupt("CharLS needs \(size) bytes for a \(width) x \(height) x \(components) frame of \(bitsPerSample)-bit samples, expected \(expectedSize)")
            }
            var buffer = [UInt8](repeating: 0, count: expectedSize)
            try buffer.withUnsafeMutableBytes { destination in
                guard let out = destination.baseAddress else { throw DICOMError.corrupt("empty JPEG-LS frame") }
                try check(charls_jpegls_decoder_decode_to_buffer(decoder, out, destination.count, 0), "decoding")
            }

            let planar = interleave == CHARLS_INTERLEAVE_MODE_NONE && components > 1
            let samples = interleaved(buffer, pixelCount: width * height, components: components,
                                      bytesPerSample: bytesPerSample, planar: planar)
            return DecodedFrame(width: width, height: height, components: components,
                                precision: bitsPerSample, isSigned: false, samples: samples,
                                colorConvertedToRGB: components == 3 && transformation != CHARLS_COLOR_TRANSFORMATION_NONE)
        }
    }

    /// Rows and Columns are 16-bit in DICOM; JPEG-LS can announce more (LSE type 4). Refusing
    /// larger frames also keeps CharLS away from the size arithmetic fixed in CharLS 2.4.4
    /// (GHSA-mqrg-gfc8-73ff), though `DecodingLimits` already bounds it.
    static let maximumDimension = 65535

    /// The data, ending with an EOI marker (`FF D9`, T.87 C.4): unchanged when it already does
    /// (trailing `00` padding allowed), else a copy with `FF D9` appended.
    ///
    /// Why: CharLS's bit reader (2.4.1, and still in 3.0-dev) only stops safely at a marker.
    /// When a corrupt or truncated scan runs into the physical end of the buffer with its bit
    /// count already negative, it keeps reading one bit at a time until that 32-bit count wraps
    /// around: seconds of CPU per occurrence for a few kilobytes of hostile input. With a
    /// marker at the end the reader meets the marker first and fails at once.
    static func withEndOfImageMarker(_ data: [UInt8]) -> [UInt8] {
        var end = data.count
        while end > 0 && data[end - 1] == 0 { end -= 1 }
        if end >= 2 && data[end - 2] == 0xFF && data[end - 1] == 0xD9 { return data }
        return data + [0xFF, 0xD9]
    }

    /// Widens CharLS's output (`pixelCount x components` samples of 1 or 2 native-order bytes)
    /// to `Int32`, moving planar (component-by-component) data into HWC order.
    private static func interleaved(_ buffer: [UInt8], pixelCount: Int, components: Int,
                                    bytesPerSample: Int, planar: Bool) -> [Int32] {
        let count = pixelCount * components
        var samples = [Int32](repeating: 0, count: count)
        buffer.withUnsafeBytes { raw in
            samples.withUnsafeMutableBufferPointer { out in
                for i in 0..<count {
                    let value: Int32 = bytesPerSample == 1
                        ? Int32(raw[i])
                        : Int32(raw.loadUnaligned(fromByteOffset: 2 * i, as: UInt16.self))
                    if planar {
                        // Sample i is pixel (i % pixelCount) of component (i / pixelCount).
                        let (component, pixel) = i.quotientAndRemainder(dividingBy: pixelCount)
                        out[pixel * components + component] = value
                    } else {
                        out[i] = value
                    }
                }
            }
        }
        return samples
    }

    /// Throws a `DICOMError` naming the step and CharLS's message unless `result` is success.
    private static func check(_ result: charls_jpegls_errc, _ step: String) throws {
        guard result != CHARLS_JPEGLS_ERRC_SUCCESS else { return }
        let message = charls_get_error_message(result).map { String(cString: $0) } ?? "error \(result.rawValue)"
        switch result {
        case CHARLS_JPEGLS_ERRC_SOURCE_BUFFER_TOO_SMALL, CHARLS_JPEGLS_ERRC_END_OF_IMAGE_MARKER_NOT_FOUND:
            throw DICOMError.truncated("JPEG-LS \(step): \(message)")
        case CHARLS_JPEGLS_ERRC_PARAMETER_VALUE_NOT_SUPPORTED, CHARLS_JPEGLS_ERRC_ENCODING_NOT_SUPPORTED,
             CHARLS_JPEGLS_ERRC_JPEGLS_PRESET_EXTENDED_PARAMETER_TYPE_NOT_SUPPORTED,
             CHARLS_JPEGLS_ERRC_BIT_DEPTH_FOR_TRANSFORM_NOT_SUPPORTED, CHARLS_JPEGLS_ERRC_COLOR_TRANSFORM_NOT_SUPPORTED:
            throw DICOMError.unsupported("JPEG-LS \(step): \(message)")
        default:
            throw DICOMError.corrupt("JPEG-LS \(step): \(message)")
        }
    }
}
