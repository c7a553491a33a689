/// Why an image could not be decoded.
public enum ImageDecodingFailure: Sendable, Equatable, CustomStringConvertible {
    case emptyFile
    case unreadable(String)
    case unknownFormat(firstBytes: String)
    case truncated(String)
    case corrupt(String)
    case tooLarge(width: Int, height: Int, maxPixels: Int)
    case unsupported(String)
    case unsupportedTransferSyntax(uid: String, name: String)
    /// A valid file of the format that holds no image (a DICOM structured report, RT plan, waveform, ...).
    case notAnImage(String)

    public var description: String {
        switch self {
        case .emptyFile: return "the file is empty (0 bytes)"
        case .unreadable(let why): return "cannot read the file: \(why)"
        case .unknownFormat(let first):
            return "unknown image format (not PNG, JPEG or DICOM; first bytes: \(first))"
        case .truncated(let why): return "the file is truncated: \(why)"
        case .corrupt(let why): return "corrupt data: \(why)"
        case .tooLarge(let w, let h, let cap):
            return "image header claims \(w) x \(h) pixels, more than the limit of \(cap) pixels"
        case .unsupported(let why): return "unsupported: \(why)"
        case .unsupportedTransferSyntax(let uid, let name):
            return "unsupported DICOM transfer syntax \(uid) (\(name))"
        case .notAnImage(let what): return "not an image: \(what)"
        }
    }
}

/// An image decoding error: names the file (when known), the format and the reason.
public struct ImageDecodingError: Error, Sendable, CustomStringConvertible {
    /// The file's path, or `"<memory>"` for in-memory data.
    public var path: String
    /// `"PNG"`, `"JPEG"`, `"DICOM"` or `"unknown"`.
    public var format: String
    public var failure: ImageDecodingFailure

    public init(path: String = "<memory>", format: String, failure: ImageDecodingFailure) {
        self.path = path; self.format = format; self.failure = failure
    }

    public var description: String {
        "cannot decode \(format == "unknown" ? "image" : format + " image") '\(path)': \(failure)"
    }
}
