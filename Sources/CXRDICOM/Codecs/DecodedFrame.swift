/// One decoded frame of encapsulated pixel data, as a codec delivers it.
///
/// `samples` holds `height x width x components` values, interleaved (HWC), row-major, as the
/// codec reconstructed them: unsigned integers in `0 ..< 2^precision` (a signed stream's values
/// are kept as their two's-complement bit pattern in `precision` bits; the pixel module applies
/// sign extension). A codec that converted colour itself (libjpeg's YCbCr -> RGB, JPEG 2000's
/// inverse multiple-component transform) says so in `colorConvertedToRGB`.
public struct DecodedFrame: Sendable, Equatable {
    public var width: Int
    public var height: Int
    public var components: Int
    /// Bits per sample in the code stream (P for JPEG, the component precision for JPEG 2000).
    public var precision: Int
    /// Whether the code stream declares signed samples (JPEG 2000 `sgnd`).
    public var isSigned: Bool
    public var samples: [Int32]
    public var colorConvertedToRGB: Bool

    public init(width: Int, height: Int, components: Int, precision: Int, isSigned: Bool = false,
                samples: [Int32], colorConvertedToRGB: Bool = false) {
        self.width = width; self.height = height; self.components = components
        self.precision = precision; self.isSigned = isSigned
        self.samples = samples; self.colorConvertedToRGB = colorConvertedToRGB
    }
}

/// Limits every codec checks before allocating pixel memory.
public struct DecodingLimits: Sendable, Equatable {
    /// Largest accepted `width * height`.
    public var maxPixels: Int

    public init(maxPixels: Int = 50_000_000) { self.maxPixels = maxPixels }

    /// `width * height * components`, overflow-checked and within `maxPixels`; throws otherwise.
    public func sampleCount(width: Int, height: Int, components: Int) throws -> Int {
        guard width > 0, height > 0, components > 0 else {
            throw DICOMError.corrupt("image of \(width) x \(height) x \(components)")
        }
        let (pixels, o1) = width.multipliedReportingOverflow(by: height)
        guard !o1, pixels <= maxPixels else { throw DICOMError.tooLarge(width: width, height: height, maxPixels: maxPixels) }
        let (count, o2) = pixels.multipliedReportingOverflow(by: components)
        guard !o2 else { throw DICOMError.tooLarge(width: width, height: height, maxPixels: maxPixels) }
        return count
    }
}
