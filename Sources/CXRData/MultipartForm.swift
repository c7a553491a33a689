import Foundation

/// A `multipart/form-data` body (RFC 7578), split into parts: a pure byte parser (no HTTP
/// server dependency), used by `cxr serve` for image uploads and fuzzed on its own.
public struct MultipartForm: Sendable {
    public struct Part: Sendable {
        public var name: String?
        public var fileName: String?
        public var body: ArraySlice<UInt8>
    }

    /// Why a body could not be split; `description` is the message the server answers with (400).
    public struct Malformed: Error, Sendable, CustomStringConvertible {
        public let description: String
        init(_ description: String) { self.description = description }
    }

    public private(set) var parts: [Part] = []

    /// Splits `body` at the boundary named in `contentType`. Throws `Malformed`.
    public init(body: [UInt8], contentType: String) throws {
        guard let boundary = Self.parameter("boundary", in: contentType), !boundary.isEmpty, boundary.utf8.count <= 200 else {
            throw Malformed("multipart/form-data without a boundary parameter")
        }
        let delimiter = Array("--\(boundary)".utf8)
        guard var position = Self.find(delimiter, in: body, from: 0) else {
            throw Malformed("multipart body without its boundary")
        }
        let separator = Array("\r\n\r\n".utf8)
        let nextDelimiter = Array("\r\n--\(boundary)".utf8)
        while true {
            var start = position + delimiter.count
            // "--" after a delimiter closes the body.
            if start + 1 < body.count && body[start] == 0x2D && body[start + 1] == 0x2D { break }
            // Skip transport padding up to the line end.
            while start < body.count && body[start] != 0x0A { start += 1 }
            start += 1
            guard start <= body.count, let headerEnd = Self.find(separator, in: body, from: start) else {
                throw Malformed("malformed multipart body: a part without headers")
            }
            let headers = String(decoding: body[start..<headerEnd], as: UTF8.self)
            let contentStart = headerEnd + separator.count
            guard let end = Self.find(nextDelimiter, in: body, from: contentStart) else {
                throw Malformed("malformed multipart body: a part is not closed by its boundary")
            }
            var part = Part(body: body[contentStart..<end])
            for line in headers.split(separator: "\r\n") where line.lowercased().hasPrefix("content-disposition:") {
                part.name = Self.parameter("name", in: String(line))
                part.fileName = Self.parameter("filename", in: String(line))
            }
            parts.append(part)
            position = end + 2
        }
        if parts.isEmpty { throw Malformed("multipart body without parts") }
    }

    /// The image part's bytes: the part named `file` or `image`, else the first part with a
    /// file name, else the first part.
    public func imagePart() throws -> [UInt8] {
        let part = parts.first { $0.name == "file" || $0.name == "image" } ?? parts.first { $0.fileName != nil } ?? parts[0]
        return Array(part.body)
    }

    /// The value of `name=value` or `name="value"` in a header.
    static func parameter(_ name: String, in header: String) -> String? {
        for piece in header.split(separator: ";").dropFirst() {
            let pair = piece.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == name else { continue }
            var value = pair[1].trimmingCharacters(in: .whitespaces)
            if value.count >= 2 && value.hasPrefix("\"") && value.hasSuffix("\"") { value = String(value.dropFirst().dropLast()) }
            return value
        }
        return nil
    }

    /// First index of `needle` in `haystack` at or after `from`.
    static func find(_ needle: [UInt8], in haystack: [UInt8], from: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count, from <= haystack.count - needle.count else { return nil }
        let first = needle[0]
        return haystack.withUnsafeBufferPointer { h in
            needle.withUnsafeBufferPointer { n in
                var i = from
                let last = h.count - n.count
                while i <= last {
                    if h[i] == first {
                        var j = 1
                        while j < n.count && h[i + j] == n[j] { j += 1 }
                        if j == n.count { return i }
                    }
                    i += 1
                }
                return nil
            }
        }
    }
}
