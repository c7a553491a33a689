/// Decoder for the DICOM RLE Lossless transfer syntax (1.2.840.10008.1.2.5), written from
/// DICOM PS3.5 Annex G.
///
/// One frame of RLE data is a 64-byte header (G.5) followed by up to 15 byte segments (G.3):
///
/// - Header: sixteen little-endian `UInt32`s. The first is the number of segments; the next
///   fifteen are the byte offsets of segments 1 ... 15 from the start of the frame (unused
///   offsets are zero). Segment 1 starts at offset 64, right after the header; each segment
///   ends where the next begins, the last one at the end of the frame data.
/// - Segments (G.2): the composite pixel code is split into bytes, and each byte position of
///   each sample becomes one segment, sample by sample, most significant byte first. For an
///   RGB image with 16 bits allocated the segments are R-high, R-low, G-high, G-low, B-high,
///   B-low. Every segment decodes to exactly `rows x columns` bytes.
/// - Segment coding (G.3.1, the PackBits scheme): a header byte `n`, read as a signed byte:
///   `0 ... 127` copies the next `n + 1` bytes literally, `-1 ... -127` repeats the next byte
///   `-n + 1` times, `-128` is a no-op. Encoders end a row's runs at the row boundary and pad a
///   segment to even length; this decoder reads a segment as one continuous run stream and
///   ignores whatever follows once `rows x columns` bytes are out (that is where the padding
///   sits).
///
/// Failures are errors, never traps and never silent fills: a segment count of 0, over 15, or
/// other than `samplesPerPixel x bitsAllocated / 8`; segment offsets below 64, out of order
/// or past the end of the data; a run that would write past `rows x columns` bytes; and a
/// segment whose runs end before it filled `rows x columns` bytes (a short segment is *not*
/// zero-filled: the missing pixels are unknown, and a silently padded X-ray is worse than a
/// clear error).
enum RLEDecoder {
    /// Size of the RLE header (PS3.5 G.5): 16 little-endian `UInt32` values.
    static let headerSize = 64
    /// The header has room for this many segment offsets (PS3.5 G.5).
    static let maxSegments = 15

    /// Decodes one RLE frame.
    ///
    /// - Parameters:
    ///   - data: the frame's bytes (all fragments of the frame, concatenated), starting with
    ///     the 64-byte RLE header.
    ///   - rows, columns: the image size from the data set (Rows, Columns).
    ///   - samplesPerPixel: 1 (MONOCHROME1/2, PALETTE COLOR) or 3 (RGB, YBR_FULL).
    ///   - bitsAllocated: 8, 16 or 32; each sample takes `bitsAllocated / 8` segments.
    ///   - limits: checked before any pixel memory is allocated.
    /// - Returns: `rows x columns x samplesPerPixel` samples, interleaved (HWC) whatever the
    ///   data set's Planar Configuration says (RLE always stores samples in separate segments),
    ///   with `precision = bitsAllocated`; the caller masks to Bits Stored and applies Pixel
    ///   Representation. With 32 bits allocated a sample keeps its bit pattern in the `Int32`
    ///   (`Int32(bitPattern:)`), so values of 2^31 and above read as negative.
    static func decode(_ data: [UInt8], rows: Int, columns: Int, samplesPerPixel: Int,
                       bitsAllocated: Int, limits: DecodingLimits) throws -> DecodedFrame {
        guard samplesPerPixel == 1 || samplesPerPixel == 3 else {
            throw DICOMError.unsupported("RLE with \(samplesPerPixel) samples per pixel (1 or 3 handled)")
        }
        guard bitsAllocated == 8 || bitsAllocated == 16 || bitsAllocated == 32 else {
            throw DICOMError.unsupported("RLE with \(bitsAllocated) bits allocated (8, 16 or 32 handled)")
        }
        let sampleCount = try limits.sampleCount(width: columns, height: rows, components: samplesPerPixel)
        // Both products are bounded by sampleCount's checks (pixels <= maxPixels, x1 or x3, x <= 4).
        let pixelCount = rows * columns
        let bytesPerSample = bitsAllocated / 8
        let expectedSegments = samplesPerPixel * bytesPerSample

        let offsets = try segmentOffsets(data, expectedSegments: expectedSegments)

        var samples = [Int32](repeating: 0, count: sampleCount)
        var plane = [UInt8](repeating: 0, count: pixelCount)
        for sample in 0..<samplesPerPixel {
            for byteIndex in 0..<bytesPerSample {
                let segment = sample * bytesPerSample + byteIndex
                let start = offsets[segment]
                let end = segment + 1 < offsets.count ? offsets[segment + 1] : data.count
                try decodeSegment(data, from: start, to: end, into: &plane, segmentNumber: segment + 1)
                // Most significant byte first: byte 0 of a 16-bit sample is bits 15...8.
                let shift = UInt32(8 * (bytesPerSample - 1 - byteIndex))
                samples.withUnsafeMutableBufferPointer { out in
                    plane.withUnsafeBufferPointer { bytes in
                        var o = sample
                        for p in 0..<pixelCount {
                            let bits = UInt32(bitPattern: out[o]) | (UInt32(bytes[p]) << shift)
                            out[o] = Int32(bitPattern: bits)
                            o += samplesPerPixel
                        }
                    }
                }
            }
        }
        return DecodedFrame(width: columns, height: rows, components: samplesPerPixel,
                            precision: bitsAllocated, isSigned: false, samples: samples)
    }

    /// Reads and validates the RLE header (PS3.5 G.5); returns the start of each segment.
    ///
    /// The count must equal `expectedSegments` (samples x bytes per sample); the offsets must
    /// start at or after the header, increase strictly and lie inside `data`.
    static func segmentOffsets(_ data: [UInt8], expectedSegments: Int) throws -> [Int] {
        guard data.count >= headerSize else {
            throw DICOMError.truncated("RLE frame of \(data.count) bytes is shorter than its 64-byte header")
        }
        func header(_ index: Int) -> Int {
            let at = index * 4
            return Int(data[at]) | Int(data[at + 1]) << 8 | Int(data[at + 2]) << 16 | Int(data[at + 3]) << 24
        }
        let count = header(0)
        guard count >= 1, count <= maxSegments else {
            throw DICOMError.corrupt("RLE header announces \(count) segments (1 to 15 allowed)")
        }
        guard count == expectedSegments else {
            throw DICOMError.corrupt("RLE header announces \(count) segments, but samples per pixel and bits allocated need \(expectedSegments)")
        }
        var offsets: [Int] = []
        offsets.reserveCapacity(count)
        for i in 1...count {
            let offset = header(i)
            guard offset >= headerSize else {
                throw DICOMError.corrupt("RLE segment \(i) starts at offset \(offset), inside the 64-byte header")
            }
            guard offset < data.count else {
                throw DICOMError.truncated("RLE segment \(i) starts at offset \(offset), past the end of the \(data.count)-byte frame")
            }
            if let previous = offsets.last, offset <= previous {
                throw DICOMError.corrupt("RLE segment \(i) starts at offset \(offset), not after segment \(i - 1) at \(previous)")
            }
            offsets.append(offset)
        }
        return offsets
    }

    /// Decodes the PackBits runs of `data[start ..< end]` (PS3.5 G.3.1) until `output` is full.
    ///
    /// Throws when a run would overrun `output` or when the segment ends before `output` is
    /// full; bytes after the point where `output` is full (segment padding) are ignored.
    static func decodeSegment(_ data: [UInt8], from start: Int, to end: Int,
                              into output: inout [UInt8], segmentNumber: Int) throws {
        guard start >= 0, start <= end, end <= data.count else {
            throw DICOMError.corrupt("RLE segment \(segmentNumber) spans bytes \(start) to \(end) of \(data.count)")
        }
        let outCount = output.count
        try data.withUnsafeBufferPointer { input in
            try output.withUnsafeMutableBufferPointer { out in
                var i = start
                var o = 0
                while o < outCount {
                    guard i < end else {
                        throw DICOMError.truncated("RLE segment \(segmentNumber) ends after \(o) of \(outCount) bytes")
                    }
                    let n = Int(Int8(bitPattern: input[i]))
                    i += 1
                    if n >= 0 {
                        // Literal run: the next n + 1 bytes.
                        let length = n + 1
                        guard end - i >= length else {
                            throw DICOMError.truncated("RLE segment \(segmentNumber): literal run of \(length) bytes at offset \(i - 1) passes the segment end")
                        }
                        guard outCount - o >= length else {
                            throw DICOMError.corrupt("RLE segment \(segmentNumber): literal run of \(length) bytes overflows the \(outCount)-byte segment at byte \(o)")
                        }
                        for k in 0..<length { out[o + k] = input[i + k] }
                        i += length
                        o += length
                    } else if n != -128 {
                        // Replicate run: the next byte, -n + 1 times.
                        let length = 1 - n
                        guard i < end else {
                            throw DICOMError.truncated("RLE segment \(segmentNumber): replicate run at offset \(i - 1) has no byte to repeat")
                        }
                        guard outCount - o >= length else {
                            throw DICOMError.corrupt("RLE segment \(segmentNumber): run of \(length) bytes overflows the \(outCount)-byte segment at byte \(o)")
                        }
                        let value = input[i]
                        i += 1
                        for k in 0..<length { out[o + k] = value }
                        o += length
                    }
                    // n == -128: no operation (PS3.5 G.3.1).
                }
            }
        }
    }
}
