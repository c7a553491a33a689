import CPNG
import Foundation

/// Why a PNG could not be written.
public struct PNGEncodingError: Error, CustomStringConvertible, Sendable {
    public var description: String
}

/// PNG encoding through libpng's simplified write API (`png_image_write_to_memory`), which
/// reports failure by a zero return and a message in the `png_image` (no longjmp into Swift).
public enum PNGEncoder {
    /// Encodes 8-bit RGBA pixels (row-major, `4 * width * height` bytes, straight alpha).
    public static func encodeRGBA(_ pixels: [UInt8], width: Int, height: Int) throws -> [UInt8] {
        guard width > 0, height > 0, width <= Int(Int32.max) / 4, height <= Int(Int32.max) else {
            throw PNGEncodingError(description: "PNG size \(width)x\(height) is not valid")
        }
        guard pixels.count == 4 * width * height else {
            throw PNGEncodingError(description: "PNG pixels: expected \(4 * width * height) bytes (RGBA), got \(pixels.count)")
        }
        var image = png_image()
        image.version = UInt32(PNG_IMAGE_VERSION)
        image.width = UInt32(width)
        image.height = UInt32(height)
        image.format = UInt32(PNG_FORMAT_FLAG_COLOR) | UInt32(PNG_FORMAT_FLAG_ALPHA)  // PNG_FORMAT_RGBA
        let stride = Int32(4 * width)
        return try pixels.withUnsafeBytes { raw -> [UInt8] in
            // First call: no memory, libpng computes the size needed.
            var size: png_alloc_size_t = 0
            if png_image_write_to_memory(&image, nil, &size, 0, raw.baseAddress, stride, nil) == 0 {
                throw failure(&image, "cannot size the PNG")
            }
            var out = [UInt8](repeating: 0, count: Int(size))
            var written = size
            let ok = out.withUnsafeMutableBytes { dst in
                png_image_write_to_memory(&image, dst.baseAddress, &written, 0, raw.baseAddress, stride, nil)
            }
            if ok == 0 { throw failure(&image, "cannot write the PNG") }
            out.removeSubrange(Int(written)...)
            return out
        }
    }

    /// Encodes a canvas.
    public static func encode(_ canvas: Canvas) throws -> [UInt8] {
        try encodeRGBA(canvas.pixels, width: canvas.width, height: canvas.height)
    }

    /// Writes a canvas to a PNG file (through `Data.write`, atomically).
    public static func write(_ canvas: Canvas, to path: String) throws {
        try Data(encode(canvas)).write(to: URL(fileURLWithPath: path), options: .atomic)
    }

    private static func failure(_ image: inout png_image, _ fallback: String) -> PNGEncodingError {
        var message = image.message
        let text = withUnsafeBytes(of: &message) { raw -> String in
            let bytes = raw.bindMemory(to: UInt8.self)
            let end = bytes.firstIndex(of: 0) ?? bytes.count
            return String(decoding: bytes[0..<end], as: UTF8.self)
        }
        png_image_free(&image)
        return PNGEncodingError(description: text.isEmpty ? fallback : "\(fallback): libpng: \(text)")
    }
}
