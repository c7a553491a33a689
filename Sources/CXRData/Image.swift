/// A decoded image: `height x width x channels` pixels, interleaved (HWC), row-major.
///
/// Pixels are stored either as 8-bit values (`.uint8`, the common case for PNG/JPEG, and what
/// PIL works on) or as 32-bit floats (`.float`, for 16-bit PNG, DICOM and every augmented image).
/// `valueRange` gives the nominal range of the values: `0...255` for 8-bit sources,
/// `0...65535` for 16-bit PNG, `0...255` for windowed DICOM, the data's own range otherwise.
/// Channels: 1 (gray), 3 (RGB); decoders drop alpha (as PIL's `convert("RGB")` does).
public struct Image: Sendable {
    /// Pixel storage, interleaved HWC.
    public enum Pixels: Sendable {
        case uint8([UInt8])
        case float([Float])
    }

    public var width: Int
    public var height: Int
    public var channels: Int
    public var pixels: Pixels
    /// Nominal range of the pixel values (see the type's documentation).
    public var valueRange: ClosedRange<Float>

    public init(width: Int, height: Int, channels: Int, bytes: [UInt8]) {
        precondition(bytes.count == width * height * channels, "pixel count does not match shape")
        self.width = width; self.height = height; self.channels = channels
        self.pixels = .uint8(bytes); self.valueRange = 0...255
    }

    public init(width: Int, height: Int, channels: Int, floats: [Float], valueRange: ClosedRange<Float> = 0...255) {
        precondition(floats.count == width * height * channels, "pixel count does not match shape")
        self.width = width; self.height = height; self.channels = channels
        self.pixels = .float(floats); self.valueRange = valueRange
    }

    /// An image whose shape comes from a file's header: the shape is checked (positive sizes,
    /// `width * height * channels` without overflow and equal to the pixel count) and a
    /// mismatch throws instead of trapping. Decoders build their results through it.
    static func validated(width: Int, height: Int, channels: Int, floats: [Float], valueRange: ClosedRange<Float>) throws -> Image {
        try checkShape(width: width, height: height, channels: channels, count: floats.count)
        return Image(width: width, height: height, channels: channels, floats: floats, valueRange: valueRange)
    }

    /// As ``validated(width:height:channels:floats:valueRange:)`` for 8-bit pixels.
    static func validated(width: Int, height: Int, channels: Int, bytes: [UInt8]) throws -> Image {
        try checkShape(width: width, height: height, channels: channels, count: bytes.count)
        return Image(width: width, height: height, channels: channels, bytes: bytes)
    }

    private static func checkShape(width: Int, height: Int, channels: Int, count: Int) throws {
        guard width > 0, height > 0, channels == 1 || channels == 3 else {
            throw ImageDecodingFailure.corrupt("image of \(width) x \(height) x \(channels)")
        }
        let (pixels, o1) = width.multipliedReportingOverflow(by: height)
        let (values, o2) = pixels.multipliedReportingOverflow(by: channels)
        guard !o1, !o2, values == count else {
            throw ImageDecodingFailure.corrupt("\(count) pixel values for an image of \(width) x \(height) x \(channels)")
        }
    }

    /// Number of pixel values, `width * height * channels`.
    public var count: Int { width * height * channels }

    /// The pixels as floats (converting 8-bit storage), HWC.
    public var floatPixels: [Float] {
        switch pixels {
        case .float(let f): return f
        case .uint8(let b): return b.map { Float($0) }
        }
    }

    /// The pixels as 8-bit values, HWC; float storage is mapped from `valueRange` to 0...255,
    /// rounded and clipped.
    public var bytePixels: [UInt8] {
        switch pixels {
        case .uint8(let b): return b
        case .float(let f):
            let lo = valueRange.lowerBound, span = max(valueRange.upperBound - lo, 1e-12)
            let s = 255 / span
            return f.map { v in
                let x = ((v - lo) * s).rounded()
                return UInt8(max(0, min(255, x.isNaN ? 0 : x)))
            }
        }
    }

    /// The same image with float storage.
    public func toFloat() -> Image {
        if case .float = pixels { return self }
        return Image(width: width, height: height, channels: channels, floats: floatPixels, valueRange: valueRange)
    }

    /// Value of channel `c` at (`x`, `y`) as a float.
    public subscript(x: Int, y: Int, c: Int) -> Float {
        let i = (y * width + x) * channels + c
        switch pixels {
        case .uint8(let b): return Float(b[i])
        case .float(let f): return f[i]
        }
    }
}
