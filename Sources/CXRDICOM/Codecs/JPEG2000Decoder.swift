import COpenJPEG

/// Decoder for the DICOM JPEG 2000 transfer syntaxes (1.2.840.10008.1.2.4.90 lossless only,
/// .4.91 lossless or lossy) through OpenJPEG 2.5.
///
/// Accepts a raw J2K codestream (starts with SOC `FF 4F` and SIZ `FF 51`, which is what DICOM
/// PS3.5 A.4.4 asks for) or, leniently, a JP2 file (starts with the 12-byte JP2 signature box).
/// OpenJPEG reads the bytes from memory through stream callbacks; its error and warning
/// messages are captured (never printed) and the last error becomes the thrown message.
///
/// Checks, in order: `JPEG2000Codestream` walks the main header and the tile-parts in Swift
/// (image size through `DecodingLimits`, 1 or 3 unsubsampled components of at most 16 bits, at
/// most 4096 tiles, every tile present, one MCT setting) before OpenJPEG sees the bytes; then
/// OpenJPEG's header must agree with it; after decoding, every component must have component
/// 0's size, precision and signedness, and data.
///
/// Colour: when the main header's COD says the multiple-component transform is used (MCT = 1)
/// and there are 3 components, OpenJPEG itself applies the inverse RCT (reversible 5/3 path) or
/// ICT (irreversible 9/7 path), so the samples come out as RGB and `colorConvertedToRGB` is
/// true (DICOM labels such data YBR_RCT or YBR_ICT, though some writers say RGB). Without MCT
/// the components come out as stored (RGB, or YBR_FULL when the data set says so) and the flag
/// is false. A JP2 `colr` box (sYCC etc.) is *not* acted on: OpenJPEG only converts through
/// MCT. Part 2 transforms (MCT other than 0 or 1) and tiles whose COD changes the MCT are
/// refused as unsupported.
///
/// Output: HWC interleaved samples with `precision` = the components' precision. Signed
/// components (`sgnd`) are returned as their two's-complement bit pattern in `precision` bits
/// (`value & (2^precision - 1)`) with `isSigned = true`.
enum JPEG2000Decoder {
    /// Decodes one frame of JPEG 2000 data (one DICOM frame's fragments, concatenated).
    static func decode(_ data: [UInt8], limits: DecodingLimits) throws -> DecodedFrame {
        let format = try detectFormat(data)
        let layout = try JPEG2000Codestream(data, isJP2: format == OPJ_CODEC_JP2, limits: limits)
        return try data.withUnsafeBytes { bytes in
            try decode(bytes, format: format, layout: layout, limits: limits)
        }
    }

    // MARK: - Format detection

    /// SOC followed by SIZ: the start of every J2K codestream (ITU-T T.800 A.4.1, A.5.1).
    private static let codestreamStart: [UInt8] = [0xFF, 0x4F, 0xFF, 0x51]
    /// The JPEG 2000 signature box of a JP2 file (ITU-T T.800 I.5.1).
    private static let jp2Signature: [UInt8] = [0x00, 0x00, 0x00, 0x0C, 0x6A, 0x50, 0x20, 0x20, 0x0D, 0x0A, 0x87, 0x0A]

    private static func detectFormat(_ data: [UInt8]) throws -> OPJ_CODEC_FORMAT {
        if data.starts(with: codestreamStart) { return OPJ_CODEC_J2K }
        if data.starts(with: jp2Signature) { return OPJ_CODEC_JP2 }
        if data.count < codestreamStart.count {
            throw DICOMError.truncated("JPEG 2000 data of \(data.count) bytes")
        }
        throw DICOMError.corrupt("JPEG 2000 data starts neither with SOC/SIZ (FF 4F FF 51) nor with a JP2 signature box")
    }

    // MARK: - Decoding

    private static func decode(_ bytes: UnsafeRawBufferPointer, format: OPJ_CODEC_FORMAT,
                               layout: JPEG2000Codestream, limits: DecodingLimits) throws -> DecodedFrame {
        let log = MessageLog()
        let source = MemorySource(bytes)
        // OpenJPEG holds unretained pointers to both until the codec and stream are destroyed
        // (the defers below, which run first).
        defer { withExtendedLifetime((log, source)) {} }

        guard let codec = opj_create_decompress(format) else {
            throw DICOMError.unsupported("OpenJPEG could not create a decoder")
        }
        defer { opj_destroy_codec(codec) }
        let logPointer = Unmanaged.passUnretained(log).toOpaque()
        _ = opj_set_info_handler(codec, { _, _ in }, nil)
        _ = opj_set_warning_handler(codec, { message, client in
            MessageLog.from(client)?.add(message, isError: false)
        }, logPointer)
        _ = opj_set_error_handler(codec, { message, client in
            MessageLog.from(client)?.add(message, isError: true)
        }, logPointer)

        var parameters = opj_dparameters_t()
        opj_set_default_decoder_parameters(&parameters)
        guard opj_setup_decoder(codec, &parameters) != 0 else {
            throw DICOMError.corrupt("JPEG 2000: OpenJPEG rejected the decoder setup: \(log.summary)")
        }
        // Strict mode (OpenJPEG's default, set explicitly): a truncated codestream is an
        // error rather than a partially decoded image.
        _ = opj_decoder_set_strict_mode(codec, 1)

        guard let stream = opj_stream_create(64 * 1024, 1) else {
            throw DICOMError.unsupported("OpenJPEG could not create an input stream")
        }
        defer { opj_stream_destroy(stream) }
        source.install(on: stream)

        var imagePointer: UnsafeMutablePointer<opj_image_t>? = nil
        defer { if let imagePointer { opj_image_destroy(imagePointer) } }
        let headerRead = opj_read_header(stream, codec, &imagePointer)
        guard headerRead != 0, let image = imagePointer else {
            throw DICOMError.corrupt("JPEG 2000 header: \(log.summary)")
        }

        // Header checks, before OpenJPEG allocates the component buffers.
        let header = try checkedHeader(image.pointee, limits: limits)
        guard header.width == layout.width, header.height == layout.height, header.components == layout.components else {
            throw DICOMError.corrupt("OpenJPEG reads a \(header.width) x \(header.height) x \(header.components) image where SIZ says \(layout.width) x \(layout.height) x \(layout.components)")
        }
        let mct = layout.multipleComponentTransform
        guard mct == 0 || mct == 1 else {
            throw DICOMError.unsupported("JPEG 2000 multiple-component transform \(mct) (Part 2 custom MCT)")
        }

        let decoded = opj_decode(codec, stream, image) != 0 && opj_end_decompress(codec, stream) != 0
        guard decoded else {
            throw DICOMError.corrupt("JPEG 2000 decode: \(log.summary)")
        }

        var frame = try extractSamples(image.pointee, components: header.components, limits: limits)
        guard frame.width == layout.width, frame.height == layout.height else {
            throw DICOMError.corrupt("OpenJPEG decoded \(frame.width) x \(frame.height) pixels where SIZ says \(layout.width) x \(layout.height)")
        }
        frame.colorConvertedToRGB = header.components == 3 && mct == 1
        return frame
    }

    /// Image properties read from SIZ, validated.
    private struct Header {
        var width: Int
        var height: Int
        var components: Int
    }

    private static func checkedHeader(_ image: opj_image_t, limits: DecodingLimits) throws -> Header {
        let components = Int(image.numcomps)
        guard components == 1 || components == 3 else {
            throw DICOMError.unsupported("JPEG 2000 image with \(components) components (1 or 3 handled)")
        }
        guard let comps = image.comps else {
            throw DICOMError.corrupt("JPEG 2000 header without component descriptions")
        }
        guard image.x1 > image.x0, image.y1 > image.y0 else {
            throw DICOMError.corrupt("JPEG 2000 image area \(image.x0)...\(image.x1) x \(image.y0)...\(image.y1) is empty")
        }
        let width = Int(image.x1 - image.x0)
        let height = Int(image.y1 - image.y0)
        for c in 0..<components {
            let comp = comps[c]
            guard comp.dx == 1, comp.dy == 1 else {
                throw DICOMError.unsupported("JPEG 2000 component \(c) is subsampled (\(comp.dx) x \(comp.dy))")
            }
            guard comp.prec >= 1, comp.prec <= 16 else {
                throw DICOMError.unsupported("JPEG 2000 component \(c) has \(comp.prec)-bit precision (1 to 16 handled)")
            }
        }
        _ = try limits.sampleCount(width: width, height: height, components: components)
        return Header(width: width, height: height, components: components)
    }

    /// Copies the decoded components into HWC order, masked to their precision.
    private static func extractSamples(_ image: opj_image_t, components: Int,
                                       limits: DecodingLimits) throws -> DecodedFrame {
        guard Int(image.numcomps) == components, let comps = image.comps else {
            throw DICOMError.corrupt("JPEG 2000: the decoded image lost its components")
        }
        let first = comps[0]
        let width = Int(first.w)
        let height = Int(first.h)
        let count = try limits.sampleCount(width: width, height: height, components: components)
        let pixelCount = width * height
        for c in 0..<components {
            let comp = comps[c]
            guard comp.w == first.w, comp.h == first.h else {
                throw DICOMError.unsupported("JPEG 2000 component \(c) is \(comp.w) x \(comp.h), component 0 is \(first.w) x \(first.h)")
            }
            guard comp.prec == first.prec, comp.sgnd == first.sgnd else {
                throw DICOMError.unsupported("JPEG 2000 component \(c) has precision \(comp.prec) (signed \(comp.sgnd)), component 0 has \(first.prec) (signed \(first.sgnd))")
            }
            guard comp.data != nil else {
                throw DICOMError.corrupt("JPEG 2000 component \(c) was not decoded")
            }
        }
        let precision = Int(first.prec)
        guard precision >= 1, precision <= 16 else {
            throw DICOMError.unsupported("JPEG 2000 precision of \(precision) bits")
        }
        let mask = Int32((1 << precision) - 1)
        var samples = [Int32](repeating: 0, count: count)
        samples.withUnsafeMutableBufferPointer { out in
            for c in 0..<components {
                guard let source = comps[c].data else { continue } // checked above
                var o = c
                for p in 0..<pixelCount {
                    out[o] = source[p] & mask
                    o += components
                }
            }
        }
        return DecodedFrame(width: width, height: height, components: components,
                            precision: precision, isSigned: first.sgnd != 0, samples: samples)
    }

    // MARK: - Memory stream

    /// The bytes OpenJPEG reads, and how far it has read. OpenJPEG gets an unretained pointer
    /// to this object as the stream's user data; the caller keeps it alive while OpenJPEG runs.
    private final class MemorySource {
        let bytes: UnsafeRawBufferPointer
        var position = 0

        init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

        static func from(_ pointer: UnsafeMutableRawPointer?) -> MemorySource? {
            guard let pointer else { return nil }
            return Unmanaged<MemorySource>.fromOpaque(pointer).takeUnretainedValue()
        }

        /// Installs read, skip and seek callbacks and the data length on `stream`.
        func install(on stream: UnsafeMutablePointer<opj_stream_t?>) {
            opj_stream_set_user_data(stream, Unmanaged.passUnretained(self).toOpaque(), nil)
            opj_stream_set_user_data_length(stream, UInt64(bytes.count))
            // Read: copy up to `count` bytes; (size_t)-1 signals the end of the data.
            opj_stream_set_read_function(stream) { buffer, count, user in
                guard let source = MemorySource.from(user), let buffer else { return Int(bitPattern: UInt.max) }
                let remaining = source.bytes.count - source.position
                guard remaining > 0, count > 0 else { return Int(bitPattern: UInt.max) }
                let n = min(count, remaining)
                guard let base = source.bytes.baseAddress else { return Int(bitPattern: UInt.max) }
                buffer.copyMemory(from: base + source.position, byteCount: n)
                source.position += n
                return n
            }
            // Skip: move by `count` within the data; returns the distance moved, -1 at the end.
            opj_stream_set_skip_function(stream) { count, user in
                guard let source = MemorySource.from(user) else { return -1 }
                let length = Int64(source.bytes.count)
                let position = Int64(source.position)
                if count >= 0 {
                    guard position < length else { return -1 }
                    let n = min(count, length - position)
                    source.position = Int(position + n)
                    return n
                }
                let n = max(count, -position)
                source.position = Int(position + n)
                return n
            }
            // Seek: jump to an absolute offset inside the data.
            opj_stream_set_seek_function(stream) { offset, user in
                guard let source = MemorySource.from(user),
                      offset >= 0, offset <= Int64(source.bytes.count) else { return 0 }
                source.position = Int(offset)
                return 1
            }
        }
    }

    // MARK: - Messages

    /// OpenJPEG's error and warning messages, kept instead of printed (the first few only).
    private final class MessageLog {
        var errors: [String] = []
        var warnings: [String] = []
        static let keep = 8

        static func from(_ pointer: UnsafeMutableRawPointer?) -> MessageLog? {
            guard let pointer else { return nil }
            return Unmanaged<MessageLog>.fromOpaque(pointer).takeUnretainedValue()
        }

        func add(_ message: UnsafePointer<CChar>?, isError: Bool) {
            guard let message else { return }
            if isError ? errors.count >= Self.keep : warnings.count >= Self.keep { return }
            var text = String(cString: message)
            while let last = text.last, last.isWhitespace { text.removeLast() }
            if isError { errors.append(text) } else { warnings.append(text) }
        }

        /// The errors (or, without errors, the warnings), or a stock phrase.
        var summary: String {
            if !errors.isEmpty { return errors.joined(separator: "; ") }
            if !warnings.isEmpty { return "OpenJPEG failed; warnings: " + warnings.joined(separator: "; ") }
            return "OpenJPEG failed without a message"
        }
    }
}
