import CPNG

/// PNG decoding through libpng's simplified API (`png_image_*`), which reports errors by return
/// code (its internal setjmp stays inside C), so hostile files cannot longjmp through Swift.
///
/// Output: 8-bit files give `.uint8` pixels (range 0...255); 16-bit files give `.float` pixels in
/// 0...65535. Gray and gray+alpha give 1 channel, RGB, RGBA and palette give 3 (gray palettes 1).
/// Alpha is dropped, as PIL's `convert("RGB")` does (16-bit alpha images are composited on black).
public enum PNGDecoder {
    static func decode(_ data: [UInt8], maxPixels: Int) throws -> Image {
        // libpng keeps a pointer into the data until finish/free: all of it runs in this closure.
        try data.withUnsafeBytes { raw in try decode(raw, maxPixels: maxPixels) }
    }

    private static func decode(_ raw: UnsafeRawBufferPointer, maxPixels: Int) throws -> Image {
        var image = png_image()
        image.version = UInt32(PNG_IMAGE_VERSION)
        let ok = png_image_begin_read_from_memory(&image, raw.baseAddress, raw.count)
        defer { png_image_free(&image) }
        if ok == 0 { throw failure(image, fallback: "cannot read the PNG header") }
        let width = Int(image.width), height = Int(image.height)
        if width <= 0 || height <= 0 { throw ImageDecodingFailure.corrupt("zero image size") }
        if width * height > maxPixels {
            throw ImageDecodingFailure.tooLarge(width: width, height: height, maxPixels: maxPixels)
        }
        let fileFormat = image.format
        let color = fileFormat & UInt32(PNG_FORMAT_FLAG_COLOR) != 0
        let alpha = fileFormat & UInt32(PNG_FORMAT_FLAG_ALPHA) != 0
        let sixteen = fileFormat & UInt32(PNG_FORMAT_FLAG_LINEAR) != 0
            && fileFormat & UInt32(PNG_FORMAT_FLAG_COLORMAP) == 0
        let channels = color ? 3 : 1
        if sixteen {
            // 16-bit: linear output; alpha is composited on black (background nil).
            image.format = color ? UInt32(PNG_FORMAT_LINEAR_RGB) : UInt32(PNG_FORMAT_LINEAR_Y)
            var buffer = [UInt16](repeating: 0, count: width * height * channels)
            let done = buffer.withUnsafeMutableBytes { out in
                png_image_finish_read(&image, nil, out.baseAddress, 0, nil)
            }
            if done == 0 { throw failure(image, fallback: "cannot decode the PNG pixel data") }
            return Image(width: width, height: height, channels: channels,
                         floats: buffer.map { Float($0) }, valueRange: 0...65535)
        }
        // 8-bit: read with alpha when present, then drop it (no compositing, like PIL).
        let readChannels = channels + (alpha ? 1 : 0)
        var format: UInt32 = 0
        if color { format |= UInt32(PNG_FORMAT_FLAG_COLOR) }
        if alpha { format |= UInt32(PNG_FORMAT_FLAG_ALPHA) }
        image.format = format
        var buffer = [UInt8](repeating: 0, count: width * height * readChannels)
        let done = buffer.withUnsafeMutableBytes { out in
            png_image_finish_read(&image, nil, out.baseAddress, 0, nil)
        }
        if done == 0 { throw failure(image, fallback: "cannot decode the PNG pixel data") }
        if alpha {
            var stripped = [UInt8](repeating: 0, count: width * height * channels)
            stripped.withUnsafeMutableBufferPointer { dst in
                buffer.withUnsafeBufferPointer { src in
                    for p in 0..<(width * height) {
                        for c in 0..<channels { dst[p * channels + c] = src[p * readChannels + c] }
                    }
                }
            }
            buffer = stripped
        }
        return Image(width: width, height: height, channels: channels, bytes: buffer)
    }

    private static func failure(_ image: png_image, fallback: String) -> ImageDecodingFailure {
        var message = image.message
        let text = withUnsafeBytes(of: &message) { raw -> String in
            let bytes = raw.bindMemory(to: UInt8.self)
            let end = bytes.firstIndex(of: 0) ?? bytes.count
            return String(decoding: bytes[0..<end], as: UTF8.self)
        }
        let reason = text.isEmpty ? fallback : "libpng: \(text)"
        if text.contains("EOF") || text.contains("truncat") || text.contains("Not enough") {
            return .truncated(reason)
        }
        return .corrupt(reason)
    }

    /// Reads `(width, height)` from a PNG's IHDR without decoding (nil if not a PNG).
    public static func dimensions(_ data: [UInt8]) -> (width: Int, height: Int)? {
        guard data.count >= 24, ImageFormat.sniff(data) == .png else { return nil }
        func be32(_ o: Int) -> Int { Int(data[o]) << 24 | Int(data[o + 1]) << 16 | Int(data[o + 2]) << 8 | Int(data[o + 3]) }
        return (be32(16), be32(20))
    }
}
