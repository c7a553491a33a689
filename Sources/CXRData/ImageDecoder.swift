import CXRDICOM
import Foundation

/// Image container formats recognised by content (magic bytes), never by file extension.
public enum ImageFormat: String, Sendable {
    case png = "PNG", jpeg = "JPEG", dicom = "DICOM"

    /// Sniffs the format from the first bytes: PNG signature, JPEG SOI marker (`FF D8 FF`),
    /// `DICM` at offset 128 (DICOM Part 10), or a DICOM data set written without preamble
    /// (its first element in group 0002 or 0008). Returns nil for anything else.
    public static func sniff(_ data: [UInt8]) -> ImageFormat? {
        if data.count >= 8 && data[0..<8].elementsEqual([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) {
            return .png
        }
        if data.count >= 3 && data[0] == 0xFF && data[1] == 0xD8 && data[2] == 0xFF { return .jpeg }
        if DICOMFile.looksLikeDICOM(data) { return .dicom }
        return nil
    }
}

/// Options shared by all decoders.
public struct DecodingOptions: Sendable {
    /// Largest accepted `width * height` (default 50 megapixels); larger headers are rejected
    /// before any pixel memory is allocated.
    public var maxPixels: Int = 50_000_000
    /// JPEG only: let libjpeg-turbo decode at 1/2, 1/4 or 1/8 scale (DCT scaling, as PIL's
    /// `draft`) while the result stays at least this many pixels on its shorter side.
    /// nil (default) decodes at full size, which is what PIL does without `draft`.
    public var jpegMinimumShorterSide: Int? = nil
    /// DICOM only: how to map stored values to display values (default: the file's window).
    public var dicomWindow: DICOMWindow = .fromFile
    /// Largest accepted file size in bytes (default 1 GiB).
    public var maxFileBytes: Int = 1 << 30

    public init(maxPixels: Int = 50_000_000, jpegMinimumShorterSide: Int? = nil, dicomWindow: DICOMWindow = .fromFile) {
        self.maxPixels = maxPixels
        self.jpegMinimumShorterSide = jpegMinimumShorterSide
        self.dicomWindow = dicomWindow
    }
}

/// Decodes PNG, JPEG and DICOM images, choosing the decoder from the content.
public enum ImageDecoder {
    /// Decodes the image file at `path`. Throws `ImageDecodingError` naming the file and the reason.
    public static func decode(contentsOf path: String, options: DecodingOptions = DecodingOptions()) throws -> Image {
        let data = try readFile(path, maxBytes: options.maxFileBytes)
        return try decode(data, path: path, options: options)
    }

    /// Decodes in-memory image data; `path` is only used in error messages.
    public static func decode(_ data: [UInt8], path: String = "<memory>", options: DecodingOptions = DecodingOptions()) throws -> Image {
        if data.isEmpty { throw ImageDecodingError(path: path, format: "unknown", failure: .emptyFile) }
        guard let format = ImageFormat.sniff(data) else {
            let hex = data.prefix(8).map { String(format: "%02X", $0) }.joined(separator: " ")
            throw ImageDecodingError(path: path, format: "unknown", failure: .unknownFormat(firstBytes: hex))
        }
        do {
            switch format {
            case .png: return try PNGDecoder.decode(data, maxPixels: options.maxPixels)
            case .jpeg: return try JPEGDecoder.decode(data, maxPixels: options.maxPixels, minimumShorterSide: options.jpegMinimumShorterSide)
            case .dicom: return try DICOMDecoder.decode(data, options: options)
            }
        } catch let failure as ImageDecodingFailure {
            throw ImageDecodingError(path: path, format: format.rawValue, failure: failure)
        }
    }

    /// Reads a whole file, with a size cap. Throws `ImageDecodingError` on failure.
    static func readFile(_ path: String, maxBytes: Int) throws -> [UInt8] {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            let why = FileManager.default.fileExists(atPath: path) ? "permission denied or not a file" : "no such file"
            throw ImageDecodingError(path: path, format: "unknown", failure: .unreadable(why))
        }
        defer { try? handle.close() }
        let size = (try? handle.seekToEnd()).map(Int.init) ?? 0
        if size > maxBytes {
            throw ImageDecodingError(path: path, format: "unknown", failure: .unreadable("file of \(size) bytes exceeds the limit of \(maxBytes)"))
        }
        try? handle.seek(toOffset: 0)
        let data = (try? handle.readToEnd()) ?? Data()
        return [UInt8](data)
    }
}

extension ImageDecodingFailure: Error {}
