import CXRData
import Foundation

/// The image bytes of a request body: the whole body, or for `multipart/form-data` the part
/// named `file` or `image` (else the first part with a file name, else the first part).
/// The decoder is chosen by content (`ImageFormat.sniff`), never by a name or a content type.
public enum ImageUpload {
    /// Extracts the image bytes. Throws `ServerError.badRequest` for an empty body or a
    /// malformed multipart body.
    public static func imageBytes(body: [UInt8], contentType: String?) throws -> [UInt8] {
        var bytes = body
        if let contentType, contentType.lowercased().hasPrefix("multipart/form-data") {
            do {
                bytes = try MultipartForm(body: body, contentType: contentType).imagePart()
            } catch let malformed as MultipartForm.Malformed {
                throw ServerError.badRequest(malformed.description)
            }
        }
        if bytes.isEmpty { throw ServerError.badRequest("the request has no image: the body (or its file part) is empty") }
        return bytes
    }

    /// Decodes image bytes: 415 when the content is not PNG, JPEG or DICOM, 400 with the
    /// decoder's message when it is but cannot be decoded.
    public static func decode(_ bytes: [UInt8], maxPixels: Int) throws -> (image: Image, format: ImageFormat) {
        guard let format = ImageFormat.sniff(bytes) else {
            let first = bytes.prefix(8).map { String(format: "%02X", $0) }.joined(separator: " ")
            throw ServerError.unsupportedMediaType("unsupported image format: the upload is not PNG, JPEG or DICOM (first bytes: \(first))")
        }
        do {
            return (try ImageDecoder.decode(bytes, path: "upload", options: DecodingOptions(maxPixels: maxPixels)), format)
        } catch let error as ImageDecodingError {
            throw ServerError.badRequest(error.description)
        }
    }
}
