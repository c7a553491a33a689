import CZlib

/// Raw DEFLATE (RFC 1951, no zlib header) decompression, as the Deflated Explicit VR Little
/// Endian transfer syntax stores the data set after the file meta information (PS3.5 A.5).
enum Inflate {
    /// Inflates `input`; throws when the stream is corrupt or would exceed `limit` bytes
    /// (a decompression bomb must not take the process's memory).
    static func raw(_ input: ArraySlice<UInt8>, limit: Int) throws -> [UInt8] {
        var stream = z_stream()
        guard inflateInit2_(&stream, -15, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw DICOMError.corrupt("cannot initialise zlib")
        }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        let input = Array(input)
        var status: Int32 = Z_OK
        try input.withUnsafeBufferPointer { source in
            stream.next_in = UnsafeMutablePointer(mutating: source.baseAddress)
            stream.avail_in = UInt32(source.count)
            repeat {
                try chunk.withUnsafeMutableBufferPointer { buffer in
                    stream.next_out = buffer.baseAddress
                    stream.avail_out = UInt32(buffer.count)
                    status = inflate(&stream, Z_NO_FLUSH)
                    guard status == Z_OK || status == Z_STREAM_END || (status == Z_BUF_ERROR && stream.avail_in == 0) else {
                        let message = stream.msg.map { String(cString: $0) } ?? "status \(status)"
                        throw DICOMError.corrupt("deflated data set: \(message)")
                    }
                    let produced = buffer.count - Int(stream.avail_out)
                    guard output.count <= limit - produced else {
                        throw DICOMError.corrupt("deflated data set inflates beyond \(limit) bytes")
                    }
                    output.append(contentsOf: buffer[0..<produced])
                }
            } while status != Z_STREAM_END && (stream.avail_in > 0 || stream.avail_out == 0)
        }
        // Some writers end the stream without a final block; what was inflated is kept, and the
        // data set parser reports anything cut.
        return output
    }
}
