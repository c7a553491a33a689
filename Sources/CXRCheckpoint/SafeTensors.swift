import Foundation

/// Reads and writes the safetensors format
/// (<https://github.com/huggingface/safetensors>):
///
/// ```
/// [8 bytes: N, little-endian u64][N bytes: UTF-8 JSON header][data buffer]
/// ```
/// The header maps each tensor name to `{"dtype": "F32", "shape": [..], "data_offsets": [begin, end]}`
/// (offsets relative to the data buffer) plus an optional `"__metadata__"` string→string map.
/// Writers pad the header with spaces so the data buffer starts on an 8-byte boundary.
///
/// Reading validates everything the reference implementation does: header size (capped
/// at `maxHeaderSize`), JSON syntax, known dtypes, `end - begin == elements × size`,
/// offsets inside the buffer, no overlaps and no holes (the buffer must be fully indexed).
public enum SafeTensors {
    /// Largest accepted header (100 MB, as in the reference implementation).
    public static let maxHeaderSize = 100_000_000

    // MARK: Reading

    /// Reads a safetensors file (memory-mapped, decoded to `Float`; see `ElementType`).
    /// Tensors are ordered by their position in the data buffer.
    public static func read(contentsOf path: String) throws -> OrderedStateDict {
        let file = try MappedFile(path: path)
        return try withExtendedLifetime(file) { try read(bytes: file.bytes) }
    }

    /// Reads safetensors data from memory.
    public static func read(bytes: [UInt8]) throws -> OrderedStateDict {
        try bytes.withUnsafeBytes { try read(bytes: $0) }
    }

    /// Reads safetensors data from a raw buffer.
    public static func read(bytes: UnsafeRawBufferPointer) throws -> OrderedStateDict {
        let header = try parseHeader(bytes)
        var result = OrderedStateDict()
        result.metadata = header.metadata
        for e in header.entries {
            let src = bytes.baseAddress! + header.dataStart + e.begin
            let values = decodeArray(e.dtype, from: src, count: e.count)
            result[e.name] = NamedArray(shape: e.shape, values: values, sourceType: e.dtype)
        }
        return result
    }

    /// One validated header entry.
    struct HeaderEntry {
        var name: String
        var dtype: ElementType
        var shape: [Int]
        var count: Int
        var begin: Int
        var end: Int
    }

    /// Parses and validates the header; entries are sorted by `begin`.
    static func parseHeader(_ bytes: UnsafeRawBufferPointer)
        throws -> (entries: [HeaderEntry], metadata: [String: String], dataStart: Int)
    {
        var r = ByteReader(bytes, context: "safetensors")
        guard bytes.count >= 8 else {
            throw CheckpointError.truncated("safetensors: file has \(bytes.count) bytes, less than the 8-byte header length")
        }
        let n64 = try r.u64()
        guard n64 <= UInt64(maxHeaderSize) else {
            throw CheckpointError.invalidFormat("safetensors: header length \(n64) exceeds the \(maxHeaderSize)-byte limit")
        }
        let n = Int(n64)
        guard n <= r.remaining else {
            throw CheckpointError.truncated("safetensors: header length \(n) but only \(r.remaining) bytes follow")
        }
        let headerBytes = try r.bytes(n)
        let dataStart = 8 + n
        let dataCount = bytes.count - dataStart

        let json: Any
        do {
            json = try JSONSerialization.jsonObject(with: Data(headerBytes), options: [])
        } catch {
            throw CheckpointError.invalidFormat("safetensors: header is not valid JSON (\(error.localizedDescription))")
        }
        guard let top = json as? [String: Any] else {
            throw CheckpointError.invalidFormat("safetensors: header JSON is not an object")
        }
        var metadata: [String: String] = [:]
        var entries: [HeaderEntry] = []
        for (name, value) in top {
            if name == "__metadata__" {
                guard let m = value as? [String: Any] else {
                    throw CheckpointError.invalidFormat("safetensors: __metadata__ is not an object")
                }
                for (k, v) in m {
                    guard let s = v as? String else {
                        throw CheckpointError.invalidFormat("safetensors: __metadata__ value for '\(k)' is not a string")
                    }
                    metadata[k] = s
                }
                continue
            }
            guard let info = value as? [String: Any] else {
                throw CheckpointError.invalidFormat("safetensors: entry '\(name)' is not an object")
            }
            guard let dtypeName = info["dtype"] as? String else {
                throw CheckpointError.invalidFormat("safetensors: entry '\(name)' has no string 'dtype'")
            }
            guard let dtype = ElementType(safetensorsName: dtypeName) else {
                throw CheckpointError.unsupportedDType("safetensors: entry '\(name)' has dtype '\(dtypeName)'")
            }
            let shape = try integers(info["shape"], "shape", name)
            let offsets = try integers(info["data_offsets"], "data_offsets", name)
            guard offsets.count == 2 else {
                throw CheckpointError.invalidFormat("safetensors: entry '\(name)' data_offsets must have 2 numbers")
            }
            var count = 1
            for d in shape {
                let (c, o) = count.multipliedReportingOverflow(by: d)
                guard !o else { throw CheckpointError.invalidFormat("safetensors: entry '\(name)' shape \(shape) is too large") }
                count = c
            }
            let (size, o) = count.multipliedReportingOverflow(by: dtype.byteSize)
            let (begin, end) = (offsets[0], offsets[1])
            guard begin <= end, end <= dataCount else {
                throw CheckpointError.invalidFormat(
                    "safetensors: entry '\(name)' data_offsets [\(begin), \(end)] out of range (data buffer has \(dataCount) bytes)")
            }
            guard !o, end - begin == size else {
                throw CheckpointError.invalidFormat(
                    "safetensors: entry '\(name)' covers \(end - begin) bytes but \(dtypeName) \(shape) needs \(o ? "too many" : String(size))")
            }
            entries.append(HeaderEntry(name: name, dtype: dtype, shape: shape, count: count, begin: begin, end: end))
        }
        entries.sort { ($0.begin, $0.end, $0.name) < ($1.begin, $1.end, $1.name) }
        var cursor = 0
        for (i, e) in entries.enumerated() {
            if e.begin < cursor {
                throw CheckpointError.invalidFormat(
                    "safetensors: entries '\(entries[i - 1].name)' and '\(e.name)' overlap (offset \(e.begin) < \(cursor))")
            }
            if e.begin > cursor {
                throw CheckpointError.invalidFormat("safetensors: data buffer has a hole at bytes [\(cursor), \(e.begin))")
            }
            cursor = e.end
        }
        if cursor != dataCount {
            throw CheckpointError.invalidFormat(
                "safetensors: data buffer has \(dataCount) bytes but tensors cover only \(cursor)")
        }
        return (entries, metadata, dataStart)
    }

    private static func integers(_ v: Any?, _ field: String, _ name: String) throws -> [Int] {
        guard let arr = v as? [Any] else {
            throw CheckpointError.invalidFormat("safetensors: entry '\(name)' has no array '\(field)'")
        }
        return try arr.map { x in
            // Reject booleans ("c") and floating-point numbers ("d"/"f"); accept exact integers.
            guard let n = x as? NSNumber, !["c", "d", "f"].contains(String(cString: n.objCType)),
                  let i = n as? Int, i >= 0
            else {
                throw CheckpointError.invalidFormat("safetensors: entry '\(name)' \(field) holds '\(x)', not a non-negative integer")
            }
            return i
        }
    }

    // MARK: Writing

    /// Serialises tensors to safetensors bytes in memory (see `write(_:to:metadata:)` for the layout).
    public static func serialize(_ tensors: OrderedStateDict, metadata: [String: String]? = nil) throws -> [UInt8] {
        var out: [UInt8] = []
        try encode(tensors, metadata: metadata) { out.append(contentsOf: $0) }
        return out
    }

    /// Writes tensors to a safetensors file atomically (temp file, fsync, rename).
    ///
    /// Floating-point tensors are written as `F32`. Tensors whose `sourceType` is an
    /// integer or boolean type are written as `I64` (values rounded to the nearest integer).
    /// Tensors appear in the data buffer in key order. `metadata` defaults to the dict's own.
    /// - Throws: `CheckpointError.writeFailed` (e.g. disk full; any old file stays intact),
    ///   `CheckpointError.invalidFormat` if a tensor's value count does not match its shape.
    public static func write(_ tensors: OrderedStateDict, to path: String, metadata: [String: String]? = nil) throws {
        try write(tensors, to: path, metadata: metadata, failAfterBytes: nil)
    }

    /// Implementation with a fault-injection hook for tests.
    static func write(_ tensors: OrderedStateDict, to path: String, metadata: [String: String]?, failAfterBytes: Int?) throws {
        try AtomicFile.write(to: path, failAfterBytes: failAfterBytes) { w in
            try encode(tensors, metadata: metadata) { try w.write($0) }
        }
    }

    /// Produces the file as a sequence of chunks passed to `sink`.
    static func encode(
        _ tensors: OrderedStateDict, metadata: [String: String]?, _ sink: (UnsafeRawBufferPointer) throws -> Void
    ) throws {
        let meta = metadata ?? tensors.metadata
        var parts: [String] = []
        if !meta.isEmpty {
            let m = meta.sorted { $0.key < $1.key }.map { "\(jsonString($0.key)):\(jsonString($0.value))" }
            parts.append("\"__metadata__\":{" + m.joined(separator: ",") + "}")
        }
        var offset = 0
        for (name, t) in tensors.entries {
            guard t.values.count == t.elementCount, t.shape.allSatisfy({ $0 >= 0 }) else {
                throw CheckpointError.invalidFormat("tensor '\(name)' has \(t.values.count) values for shape \(t.shape)")
            }
            let dtype: ElementType = t.isInteger ? .int64 : .float32
            let size = t.values.count * dtype.byteSize
            let shape = t.shape.map(String.init).joined(separator: ",")
            parts.append("\(jsonString(name)):{\"dtype\":\"\(dtype.rawValue)\",\"shape\":[\(shape)],\"data_offsets\":[\(offset),\(offset + size)]}")
            offset += size
        }
        var header = Array(("{" + parts.joined(separator: ",") + "}").utf8)
        while (8 + header.count) % 8 != 0 { header.append(0x20) }
        var len = UInt64(header.count).littleEndian
        try withUnsafeBytes(of: &len) { try sink($0) }
        try header.withUnsafeBytes { try sink($0) }
        for (_, t) in tensors.entries {
            if t.isInteger {
                // Convert in chunks to bound temporary memory.
                let chunk = 1 << 16
                var start = 0
                while start < t.values.count {
                    let end = min(start + chunk, t.values.count)
                    let ints = t.values[start..<end].map { saturatingInt64($0).littleEndian }
                    try ints.withUnsafeBytes { try sink($0) }
                    start = end
                }
            } else {
                #if _endian(big)
                let le = t.values.map { $0.bitPattern.littleEndian }
                try le.withUnsafeBytes { try sink($0) }
                #else
                try t.values.withUnsafeBytes { try sink($0) }
                #endif
            }
        }
    }

    /// JSON string literal with escaping.
    static func jsonString(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 {
                    out += String(format: "\\u%04x", u.value)
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }
}

/// Rounds to the nearest `Int64`, clamping out-of-range values and mapping NaN to 0.
func saturatingInt64(_ v: Float) -> Int64 {
    if v.isNaN { return 0 }
    if v >= 9.223372e18 { return .max }
    if v <= -9.223372e18 { return .min }
    return Int64(v.rounded())
}
