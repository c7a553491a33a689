/// The Image Pixel module of a data set (PS3.3 C.7.6.3), read by each attribute's VR and
/// validated before any pixel memory is allocated.
public struct PixelDescription: Sendable, Equatable {
    public let rows: Int
    public let columns: Int
    public let samplesPerPixel: Int
    public let bitsAllocated: Int
    public let bitsStored: Int
    public let highBit: Int
    /// Pixel Representation 1: two's complement samples.
    public let isSigned: Bool
    /// Planar Configuration 1: colour planes one after another (RRR...GGG...BBB).
    public let isPlanar: Bool
    /// Photometric Interpretation as written (MONOCHROME2 when absent).
    public let photometric: String
    public let frames: Int

    public init(_ dataSet: DICOMDataSet, limits: DICOMReadingLimits) throws {
        guard let rows = try dataSet.unsignedShort(.rows), let columns = try dataSet.unsignedShort(.columns) else {
            throw DICOMError.corrupt("Rows \(DICOMTag.rows) or Columns \(DICOMTag.columns) missing")
        }
        guard rows > 0, columns > 0 else { throw DICOMError.corrupt("image of \(columns) x \(rows) pixels") }
        let samples = try dataSet.unsignedShort(.samplesPerPixel) ?? 1
        guard samples == 1 || samples == 3 else { throw DICOMError.unsupported("Samples per Pixel = \(samples) (1 and 3 are defined for images)") }
        let allocated = try dataSet.unsignedShort(.bitsAllocated) ?? 16
        guard [1, 8, 16, 32].contains(allocated) else { throw DICOMError.unsupported("Bits Allocated = \(allocated) (1, 8, 16 and 32 are supported)") }
        let stored = try dataSet.unsignedShort(.bitsStored) ?? allocated
        guard stored >= 1, stored <= allocated else { throw DICOMError.corrupt("Bits Stored = \(stored) with Bits Allocated = \(allocated)") }
        guard stored <= 31 || allocated < 32 else { throw DICOMError.unsupported("Bits Stored = \(stored) (at most 31 of 32 bits are supported)") }
        let high = try dataSet.unsignedShort(.highBit) ?? stored - 1
        guard high >= stored - 1, high < allocated else {
            throw DICOMError.corrupt("High Bit = \(high) with Bits Stored = \(stored) and Bits Allocated = \(allocated)")
        }
        let representation = try dataSet.unsignedShort(.pixelRepresentation) ?? 0
        guard representation == 0 || representation == 1 else { throw DICOMError.corrupt("Pixel Representation = \(representation)") }
        let planar = samples == 3 ? try dataSet.unsignedShort(.planarConfiguration) ?? 0 : 0
        guard planar == 0 || planar == 1 else { throw DICOMError.corrupt("Planar Configuration = \(planar)") }
        let frames = try dataSet.integerString(.numberOfFrames) ?? 1
        guard frames >= 1 else { throw DICOMError.corrupt("Number of Frames = \(frames)") }
        self.rows = rows
        self.columns = columns
        self.samplesPerPixel = samples
        self.bitsAllocated = allocated
        self.bitsStored = stored
        self.highBit = high
        self.isSigned = representation == 1
        self.isPlanar = planar == 1
        self.photometric = (try dataSet.string(.photometricInterpretation)).map { $0.isEmpty ? "MONOCHROME2" : $0.uppercased() } ?? "MONOCHROME2"
        self.frames = frames
        _ = try sampleCount(limits: limits)
    }

    /// `rows * columns * samplesPerPixel` of one frame, overflow-checked and within the limit.
    public func sampleCount(limits: DICOMReadingLimits) throws -> Int {
        try DecodingLimits(maxPixels: limits.maxPixels).sampleCount(width: columns, height: rows, components: samplesPerPixel)
    }

    /// Bytes of one native (uncompressed) frame: YBR_FULL_422 keeps two samples per pixel
    /// (PS3.3 C.7.6.3.1.2), one-bit data is packed eight pixels to a byte.
    func nativeFrameBytes(limits: DICOMReadingLimits) throws -> Int {
        var samples = try sampleCount(limits: limits)
        if photometric == "YBR_FULL_422" && samplesPerPixel == 3 { samples = samples / 3 * 2 }
        if bitsAllocated == 1 { return (samples + 7) / 8 }
        let (bytes, overflow) = samples.multipliedReportingOverflow(by: bitsAllocated / 8)
        guard !overflow else { throw DICOMError.tooLarge(width: columns, height: rows, maxPixels: limits.maxPixels) }
        return bytes
    }

    /// A stored value as the Modality LUT sees it: bits `highBit - bitsStored + 1 ... highBit`
    /// of `raw`, sign-extended when ``isSigned`` (PS3.5 section 8.1.1).
    @inline(__always)
    func storedValue(_ raw: UInt32) -> Int32 {
        signExtended(raw >> UInt32(highBit + 1 - bitsStored))
    }

    /// A codec's sample (unsigned, in its precision) as a stored value.
    @inline(__always)
    func codecValue(_ sample: Int32) -> Int32 {
        signExtended(UInt32(bitPattern: sample))
    }

    /// The low `bitsStored` bits of `value`, sign-extended when Pixel Representation is 1.
    @inline(__always)
    private func signExtended(_ value: UInt32) -> Int32 {
        let mask: UInt32 = bitsStored >= 32 ? .max : (1 << UInt32(bitsStored)) - 1
        let kept = value & mask
        if isSigned && bitsStored < 32 && kept & (1 << UInt32(bitsStored - 1)) != 0 {
            return Int32(truncatingIfNeeded: Int64(kept) - (Int64(1) << Int64(bitsStored)))
        }
        return Int32(truncatingIfNeeded: kept)
    }
}
