/// A minimal read-only ZIP reader for PyTorch's zip checkpoints.
///
/// Reads the end-of-central-directory record (and the ZIP64 records when present),
/// then the central directory; each entry's data offset comes from its local header.
/// Only stored (method 0, uncompressed) entries can be read; compressed entries are
/// listed but `data(for:)` reports them with a clear error. Entry data is returned as
/// slices of the underlying buffer (no copies).
struct ZipArchive {
    struct Entry {
        var name: String
        /// 0 = stored, 8 = deflate, ...
        var method: UInt16
        var compressedSize: Int
        var uncompressedSize: Int
        var localHeaderOffset: Int
    }

    let buffer: UnsafeRawBufferPointer
    private(set) var entries: [Entry] = []
    private var index: [String: Int] = [:]

    private static let eocdSignature: UInt32 = 0x0605_4B50
    private static let zip64LocatorSignature: UInt32 = 0x0706_4B50
    private static let zip64EOCDSignature: UInt32 = 0x0606_4B50
    private static let centralSignature: UInt32 = 0x0201_4B50
    private static let localSignature: UInt32 = 0x0403_4B50

    /// True if the buffer starts with a ZIP local file header.
    static func looksLikeZip(_ b: UnsafeRawBufferPointer) -> Bool {
        b.count >= 4 && b[0] == 0x50 && b[1] == 0x4B && b[2] == 0x03 && b[3] == 0x04
    }

    init(_ buffer: UnsafeRawBufferPointer) throws {
        self.buffer = buffer
        // Locate the end-of-central-directory record: 22 bytes + up to 65535 comment bytes.
        guard buffer.count >= 22 else { throw CheckpointError.truncated("zip: file too short for an end-of-central-directory record") }
        var eocd = -1
        let lowest = max(0, buffer.count - 22 - 65535)
        var p = buffer.count - 22
        while p >= lowest {
            if buffer[p] == 0x50 && buffer[p + 1] == 0x4B && buffer[p + 2] == 0x05 && buffer[p + 3] == 0x06 {
                eocd = p
                break
            }
            p -= 1
        }
        guard eocd >= 0 else { throw CheckpointError.invalidFormat("zip: no end-of-central-directory record (truncated or not a zip file)") }
        var r = ByteReader(buffer, position: eocd + 4, context: "zip end of central directory")
        let disk = try r.u16()
        let cdDisk = try r.u16()
        _ = try r.u16()
        var totalEntries = UInt64(try r.u16())
        var cdSize = UInt64(try r.u32())
        var cdOffset = UInt64(try r.u32())
        guard disk == 0 || disk == 0xFFFF, cdDisk == 0 || cdDisk == 0xFFFF else {
            throw CheckpointError.unsupported("zip: multi-disk archives")
        }
        if totalEntries == 0xFFFF || cdSize == 0xFFFF_FFFF || cdOffset == 0xFFFF_FFFF {
            // ZIP64: the locator sits immediately before the EOCD record.
            guard eocd >= 20 else { throw CheckpointError.invalidFormat("zip: ZIP64 markers but no ZIP64 locator") }
            var l = ByteReader(buffer, position: eocd - 20, context: "zip64 locator")
            guard try l.u32() == Self.zip64LocatorSignature else {
                throw CheckpointError.invalidFormat("zip: ZIP64 markers but no ZIP64 locator")
            }
            _ = try l.u32()
            let recOffset = try l.checkedInt(try l.u64(), "ZIP64 record offset")
            var z = ByteReader(buffer, position: recOffset, context: "zip64 end of central directory")
            guard try z.u32() == Self.zip64EOCDSignature else {
                throw CheckpointError.invalidFormat("zip: bad ZIP64 end-of-central-directory signature")
            }
            _ = try z.u64()  // record size
            _ = try z.u16()  // version made by
            _ = try z.u16()  // version needed
            _ = try z.u32()  // disk
            _ = try z.u32()  // cd disk
            _ = try z.u64()  // entries on this disk
            totalEntries = try z.u64()
            cdSize = try z.u64()
            cdOffset = try z.u64()
        }
        let start = try r.checkedInt(cdOffset, "central directory offset")
        let size = try r.checkedInt(cdSize, "central directory size")
        guard start <= buffer.count, size <= buffer.count - start else {
            throw CheckpointError.invalidFormat("zip: central directory [\(start), +\(size)) is outside the \(buffer.count)-byte file")
        }
        guard totalEntries <= UInt64(size / 46) else {
            throw CheckpointError.invalidFormat("zip: \(totalEntries) entries cannot fit in a \(size)-byte central directory")
        }
        var c = ByteReader(UnsafeRawBufferPointer(rebasing: buffer[0..<(start + size)]), position: start, context: "zip central directory")
        for _ in 0..<Int(totalEntries) {
            guard try c.u32() == Self.centralSignature else {
                throw CheckpointError.invalidFormat("zip: bad central directory entry signature at offset \(c.position - 4)")
            }
            _ = try c.u16()  // made by
            _ = try c.u16()  // needed
            let flags = try c.u16()
            let method = try c.u16()
            _ = try c.u32()  // time/date
            _ = try c.u32()  // crc
            var csize = UInt64(try c.u32())
            var usize = UInt64(try c.u32())
            let nameLen = Int(try c.u16())
            let extraLen = Int(try c.u16())
            let commentLen = Int(try c.u16())
            _ = try c.u16()  // disk start
            _ = try c.u16()  // internal attrs
            _ = try c.u32()  // external attrs
            var localOffset = UInt64(try c.u32())
            let nameBytes = try c.bytes(nameLen)
            let extra = try c.bytes(extraLen)
            _ = try c.bytes(commentLen)
            if flags & 0x1 != 0 { throw CheckpointError.unsupported("zip: encrypted entries") }
            // ZIP64 extended information: only the fields whose 32-bit value is saturated, in order.
            if usize == 0xFFFF_FFFF || csize == 0xFFFF_FFFF || localOffset == 0xFFFF_FFFF {
                var e = ByteReader(extra, context: "zip64 extra field")
                var found = false
                while e.remaining >= 4 {
                    let id = try e.u16()
                    let len = Int(try e.u16())
                    var f = ByteReader(try e.bytes(len), context: "zip64 extra field")
                    if id == 0x0001 {
                        if usize == 0xFFFF_FFFF { usize = try f.u64() }
                        if csize == 0xFFFF_FFFF { csize = try f.u64() }
                        if localOffset == 0xFFFF_FFFF { localOffset = try f.u64() }
                        found = true
                        break
                    }
                }
                if !found { throw CheckpointError.invalidFormat("zip: entry needs a ZIP64 extra field but has none") }
            }
            let name = String(decoding: nameBytes, as: UTF8.self)
            let entry = Entry(
                name: name, method: method,
                compressedSize: try c.checkedInt(csize, "compressed size"),
                uncompressedSize: try c.checkedInt(usize, "uncompressed size"),
                localHeaderOffset: try c.checkedInt(localOffset, "local header offset"))
            index[name] = entries.count
            entries.append(entry)
        }
    }

    func entry(named name: String) -> Entry? { index[name].map { entries[$0] } }

    /// The bytes of a stored entry.
    func data(for entry: Entry) throws -> UnsafeRawBufferPointer {
        guard entry.method == 0 else {
            throw CheckpointError.unsupported(
                "zip entry '\(entry.name)' is compressed (method \(entry.method)); only stored entries are supported")
        }
        var l = ByteReader(buffer, position: entry.localHeaderOffset, context: "zip local header of '\(entry.name)'")
        guard try l.u32() == Self.localSignature else {
            throw CheckpointError.invalidFormat("zip: bad local header signature for '\(entry.name)'")
        }
        l.position += 22
        let nameLen = Int(try l.u16())
        let extraLen = Int(try l.u16())
        _ = try l.bytes(nameLen + extraLen)
        guard entry.compressedSize == entry.uncompressedSize else {
            throw CheckpointError.invalidFormat("zip: stored entry '\(entry.name)' has different compressed and uncompressed sizes")
        }
        let start = l.position
        guard entry.compressedSize <= buffer.count - start else {
            throw CheckpointError.truncated("zip entry '\(entry.name)' needs \(entry.compressedSize) bytes at offset \(start), file has \(buffer.count)")
        }
        return UnsafeRawBufferPointer(rebasing: buffer[start..<(start + entry.compressedSize)])
    }
}
