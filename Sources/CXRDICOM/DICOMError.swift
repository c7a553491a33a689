/// Why a DICOM file (or one of its encapsulated frames) could not be decoded.
///
/// Every parser and codec in CXRDICOM reports failures with this type; nothing traps on
/// hostile bytes. Messages name the element, marker or field that was wrong.
public enum DICOMError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The data ends before a structure it announces.
    case truncated(String)
    /// A structure is malformed or contradicts another.
    case corrupt(String)
    /// Valid DICOM that this decoder does not handle (the message says what).
    case unsupported(String)
    /// A header asks for more pixels than the caller allows.
    case tooLarge(width: Int, height: Int, maxPixels: Int)
    /// The data set holds no image (structured report, RT plan, waveform, ...).
    case notAnImage(String)

    public var description: String {
        switch self {
        case .truncated(let why): return "the file is truncated: \(why)"
        case .corrupt(let why): return "corrupt data: \(why)"
        case .unsupported(let why): return "unsupported: \(why)"
        case .tooLarge(let w, let h, let cap):
            return "image header claims \(w) x \(h) pixels, more than the limit of \(cap) pixels"
        case .notAnImage(let what): return "not an image: \(what)"
        }
    }
}
