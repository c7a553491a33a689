/// The first frame's stored values: native pixel data unpacked, or encapsulated pixel data
/// handed to its codec (PS3.5 section 8 and annex A.4).
enum FrameDecoder {
    /// The encapsulated transfer syntaxes a codec here decodes.
    static let decodable: Set<String> = ["1.2.840.10008.1.2.4.50", "1.2.840.10008.1.2.4.51", "1.2.840.10008.1.2.4.57",
                                         "1.2.840.10008.1.2.4.70", "1.2.840.10008.1.2.4.80", "1.2.840.10008.1.2.4.81",
                                         "1.2.840.10008.1.2.4.90", "1.2.840.10008.1.2.4.91", "1.2.840.10008.1.2.5"]

    /// Stored values of the first frame, HWC, sign-extended, with the photometric
    /// interpretation they are now in (a codec may have converted colour to RGB; YBR_FULL_422
    /// comes back at full resolution as YBR_FULL).
    static func firstFrame(_ file: DICOMFile, _ pixels: PixelDescription, limits: DICOMReadingLimits) throws -> (samples: [Int32], photometric: String) {
        guard let element = file.dataSet[.pixelData] else {
            if file.dataSet.contains(.floatPixelData) || file.dataSet.contains(.doubleFloatPixelData) {
                throw DICOMError.unsupported("float pixel data (7FE0,0008/0009)")
            }
            throw DICOMError.corrupt("no Pixel Data element \(DICOMTag.pixelData)")
        }
        switch element.value {
        case .bytes(let bytes):
            guard !file.transferSyntax.isEncapsulated || !decodable.contains(file.transferSyntax.uid) else {
                throw DICOMError.corrupt("\(file.transferSyntax.name) needs encapsulated pixel data, the file has native")
            }
            guard !file.transferSyntax.isEncapsulated else {
                throw DICOMError.unsupported("DICOM transfer syntax \(file.transferSyntax.uid) (\(file.transferSyntax.name))")
            }
            return try native(bytes, vr: element.vr, bigEndian: file.dataSet.isBigEndian, pixels, limits: limits)
        case .encapsulated(let table, let fragments):
            let stream = try firstFrameBytes(offsetTable: table, fragments: fragments, frames: pixels.frames)
            let frame = try decodeCompressed(stream, syntax: file.transferSyntax, pixels, limits: limits)
            guard frame.width == pixels.columns, frame.height == pixels.rows, frame.components == pixels.samplesPerPixel else {
                throw DICOMError.corrupt("the \(file.transferSyntax.name) frame is \(frame.width) x \(frame.height) x \(frame.components), "
                                         + "the header says \(pixels.columns) x \(pixels.rows) x \(pixels.samplesPerPixel)")
            }
            let stored = frame.samples.map { pixels.codecValue($0) }
            let photometric = frame.colorConvertedToRGB ? "RGB" : (pixels.photometric == "YBR_FULL_422" ? "YBR_FULL" : pixels.photometric)
            return (stored, photometric)
        case .sequence:
            throw DICOMError.corrupt("Pixel Data is a sequence")
        }
    }

    /// Native pixel data: the first frame's samples by Bits Allocated, byte order, High Bit
    /// and Pixel Representation; planes interleaved; YBR_FULL_422 expanded (Y1 Y2 Cb Cr per two pixels).
    static func native(_ bytes: [UInt8], vr: String, bigEndian: Bool, _ d: PixelDescription, limits: DICOMReadingLimits) throws -> (samples: [Int32], photometric: String) {
        let frameBytes = try d.nativeFrameBytes(limits: limits)
        guard bytes.count >= frameBytes else {
            throw DICOMError.truncated("Pixel Data has \(bytes.count) bytes, \(frameBytes) needed for one \(d.columns) x \(d.rows) x \(d.samplesPerPixel) frame of \(d.bitsAllocated)-bit samples")
        }
        let subsampled = d.photometric == "YBR_FULL_422" && d.samplesPerPixel == 3
        let count = try d.sampleCount(limits: limits) / (subsampled ? 3 : 1) * (subsampled ? 2 : 1)
        // 8-bit samples in OW under big endian were written as swapped 16-bit words.
        let swapBytePairs = bigEndian && vr == "OW" && d.bitsAllocated == 8
        var raw = [Int32](repeating: 0, count: count)
        bytes.withUnsafeBufferPointer { p in
            switch d.bitsAllocated {
            case 1:
                for i in 0..<count { raw[i] = d.storedValue(UInt32(p[i >> 3] >> UInt8(i & 7)) & 1) }
            case 8:
                for i in 0..<count { raw[i] = d.storedValue(UInt32(p[swapBytePairs ? i ^ 1 : i])) }
            case 16:
                for i in 0..<count {
                    let (a, b) = (UInt32(p[2 * i]), UInt32(p[2 * i + 1]))
                    raw[i] = d.storedValue(bigEndian ? a << 8 | b : a | b << 8)
                }
            default:
                for i in 0..<count {
                    let (a, b, c, e) = (UInt32(p[4 * i]), UInt32(p[4 * i + 1]), UInt32(p[4 * i + 2]), UInt32(p[4 * i + 3]))
                    raw[i] = d.storedValue(bigEndian ? a << 24 | b << 16 | c << 8 | e : a | b << 8 | c << 16 | e << 24)
                }
            }
        }
        if subsampled {
            var full = [Int32](repeating: 0, count: count / 2 * 3)
            for pair in 0..<(count / 4) {
                let (y1, y2, cb, cr) = (raw[4 * pair], raw[4 * pair + 1], raw[4 * pair + 2], raw[4 * pair + 3])
                full.replaceSubrange((6 * pair)..<(6 * pair + 6), with: [y1, cb, cr, y2, cb, cr])
            }
            return (full, "YBR_FULL")
        }
        if d.isPlanar {
            let plane = d.rows * d.columns
            var interleaved = [Int32](repeating: 0, count: count)
            for s in 0..<3 { for i in 0..<plane { interleaved[i * 3 + s] = raw[s * plane + i] } }
            return (interleaved, d.photometric)
        }
        return (raw, d.photometric)
    }

    /// The first frame's code stream: all fragments of a single-frame image; for a multi-frame
    /// image the fragments before the Basic Offset Table's second offset, the first fragment
    /// when there is one per frame, or (JPEG family) the fragments up to the first end-of-image.
    static func firstFrameBytes(offsetTable: [UInt8], fragments: [[UInt8]], frames: Int) throws -> [UInt8] {
        guard !fragments.isEmpty else { throw DICOMError.corrupt("encapsulated pixel data has no fragments") }
        if frames == 1 { return Array(fragments.joined()) }
        if offsetTable.count >= 8 && offsetTable.count % 4 == 0 {
            let second = Int(offsetTable[4]) | Int(offsetTable[5]) << 8 | Int(offsetTable[6]) << 16 | Int(offsetTable[7]) << 24
            var position = 0, frame: [UInt8] = []
            for fragment in fragments where position < second {
                frame += fragment
                position += 8 + fragment.count
            }
            guard !frame.isEmpty else { throw DICOMError.corrupt("the Basic Offset Table gives an empty first frame") }
            return frame
        }
        if fragments.count == frames { return fragments[0] }
        if fragments[0].starts(with: [0xFF, 0xD8]) {
            var frame: [UInt8] = []
            for fragment in fragments {
                frame += fragment
                let trimmed = frame.last == 0 ? frame.dropLast() : frame[...]
                if trimmed.suffix(2).elementsEqual([0xFF, 0xD9]) { return frame }
            }
        }
        throw DICOMError.unsupported("cannot tell where the first of \(frames) frames ends: no Basic Offset Table and \(fragments.count) fragments")
    }

    /// Hands a code stream to the codec of its transfer syntax.
    static func decodeCompressed(_ stream: [UInt8], syntax: TransferSyntax, _ d: PixelDescription, limits: DICOMReadingLimits) throws -> DecodedFrame {
        let codecLimits = DecodingLimits(maxPixels: limits.maxPixels)
        switch syntax.uid {
        case "1.2.840.10008.1.2.4.50", "1.2.840.10008.1.2.4.51", "1.2.840.10008.1.2.4.57", "1.2.840.10008.1.2.4.70":
            // The process is read from the stream's frame header, not trusted from the UID.
            switch JPEGStartOfFrame.find(in: stream) {
            case (0xC3, _)?: return try JPEGLosslessDecoder.decode(stream, limits: codecLimits)
            case (0xC2, 8)?:
                // Progressive: libjpeg-turbo (colour comes back converted to RGB).
                return try LibJPEGTurboDecoder.decode(stream, limits: codecLimits)
            case (0xC0, 8)?, (0xC1, 8)?:
                // Gray through libjpeg-turbo; colour through our decoder, which returns the
                // components as coded so that the Photometric Interpretation decides their transform.
                return d.samplesPerPixel == 1 ? try LibJPEGTurboDecoder.decode(stream, limits: codecLimits)
                    : try JPEGExtendedDecoder.decode(stream, limits: codecLimits)
            case (0xC0, _)?, (0xC1, _)?: return try JPEGExtendedDecoder.decode(stream, limits: codecLimits)
            case let (marker, precision)?:
                throw DICOMError.unsupported("JPEG process with frame marker FF\(String(marker, radix: 16, uppercase: true)) at \(precision) bits")
            case nil: throw DICOMError.corrupt("the JPEG stream has no frame header (SOF marker)")
            }
        case "1.2.840.10008.1.2.4.80", "1.2.840.10008.1.2.4.81":
            return try JPEGLSDecoder.decode(stream, limits: codecLimits)
        case "1.2.840.10008.1.2.4.90", "1.2.840.10008.1.2.4.91":
            return try JPEG2000Decoder.decode(stream, limits: codecLimits)
        case "1.2.840.10008.1.2.5":
            return try RLEDecoder.decode(stream, rows: d.rows, columns: d.columns, samplesPerPixel: d.samplesPerPixel,
                                         bitsAllocated: d.bitsAllocated, limits: codecLimits)
        default:
            throw DICOMError.unsupported("DICOM transfer syntax \(syntax.uid) (\(syntax.name))")
        }
    }
}

/// Finds a JPEG stream's first frame header (SOFn, T.81 B.2.2) without decoding it.
enum JPEGStartOfFrame {
    /// The SOF marker's second byte (0xC0 ... 0xCF, not DHT, JPG or DAC) and the sample precision P.
    static func find(in stream: [UInt8]) -> (marker: UInt8, precision: Int)? {
        guard stream.count >= 4, stream[0] == 0xFF, stream[1] == 0xD8 else { return nil }
        var i = 2
        while i + 4 <= stream.count {
            guard stream[i] == 0xFF else { i += 1; continue }
            let marker = stream[i + 1]
            if marker == 0xFF { i += 1; continue }
            if marker == 0xD8 || marker == 0x01 || (0xD0...0xD7).contains(marker) { i += 2; continue }
            let length = Int(stream[i + 2]) << 8 | Int(stream[i + 3])
            if (0xC0...0xCF).contains(marker) && ![0xC4, 0xC8, 0xCC].contains(marker) {
                return i + 4 < stream.count ? (marker, Int(stream[i + 4])) : nil
            }
            if marker == 0xDA || marker == 0xD9 { return nil }
            guard length >= 2 else { return nil }
            i += 2 + length
        }
        return nil
    }
}
