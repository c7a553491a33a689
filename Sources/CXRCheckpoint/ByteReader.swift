/// A bounds-checked little-endian cursor over raw bytes.
///
/// Every read checks the remaining length and throws `CheckpointError.truncated`
/// instead of reading past the end (release builds use `-Ounchecked`, so explicit
/// checks are the only protection).
struct ByteReader {
    let buffer: UnsafeRawBufferPointer
    var position: Int
    /// Names the structure being read, for error messages.
    let context: String

    init(_ buffer: UnsafeRawBufferPointer, position: Int = 0, context: String) {
        self.buffer = buffer
        self.position = position
        self.context = context
    }

    var remaining: Int { buffer.count - position }
    var isAtEnd: Bool { position >= buffer.count }

    @inline(__always)
    mutating func require(_ n: Int) throws {
        if n < 0 || position < 0 || n > buffer.count - position {
            throw CheckpointError.truncated("\(context): needed \(n) bytes at offset \(position), \(max(0, buffer.count - position)) left")
        }
    }

    mutating func u8() throws -> UInt8 {
        try require(1)
        defer { position += 1 }
        return buffer[position]
    }

    mutating func u16() throws -> UInt16 {
        try require(2)
        defer { position += 2 }
        return UInt16(littleEndian: buffer.loadUnaligned(fromByteOffset: position, as: UInt16.self))
    }

    mutating func u32() throws -> UInt32 {
        try require(4)
        defer { position += 4 }
        return UInt32(littleEndian: buffer.loadUnaligned(fromByteOffset: position, as: UInt32.self))
    }

    mutating func u64() throws -> UInt64 {
        try require(8)
        defer { position += 8 }
        return UInt64(littleEndian: buffer.loadUnaligned(fromByteOffset: position, as: UInt64.self))
    }

    /// Big-endian IEEE double (pickle's BINFLOAT).
    mutating func f64BigEndian() throws -> Double {
        try require(8)
        defer { position += 8 }
        let bits = UInt64(bigEndian: buffer.loadUnaligned(fromByteOffset: position, as: UInt64.self))
        return Double(bitPattern: bits)
    }

    /// A slice of the next `n` bytes (no copy).
    mutating func bytes(_ n: Int) throws -> UnsafeRawBufferPointer {
        try require(n)
        defer { position += n }
        return UnsafeRawBufferPointer(rebasing: buffer[position..<(position + n)])
    }

    /// Reads up to and including the next `\n`; returns the text without the newline.
    mutating func line() throws -> String {
        var end = position
        while end < buffer.count && buffer[end] != 0x0A { end += 1 }
        if end >= buffer.count { throw CheckpointError.truncated("\(context): unterminated text line at offset \(position)") }
        let s = String(decoding: UnsafeRawBufferPointer(rebasing: buffer[position..<end]), as: UTF8.self)
        position = end + 1
        return s
    }

    /// Converts a `UInt64` length/offset to `Int`, rejecting values that do not fit.
    func checkedInt(_ v: UInt64, _ what: String) throws -> Int {
        guard v <= UInt64(Int.max) else { throw CheckpointError.invalidFormat("\(context): \(what) \(v) is too large") }
        return Int(v)
    }
}
