/// Element types that can appear in safetensors files and PyTorch storages.
///
/// Every type is converted to `Float` (IEEE binary32) on load:
/// - `float32`: copied bit for bit.
/// - `float16`, `bfloat16`: widened exactly (every value is representable, including
///   infinities, NaNs and subnormals).
/// - `float64`: rounded to nearest binary32 (overflow becomes ±infinity).
/// - `int64`, `int32`, `int16`, `int8`, `uint8`, `uint16`, `uint32`, `uint64`: converted
///   with round-to-nearest; integers with magnitude above 2^24 may lose precision.
/// - `bool`: `false` → 0, `true` (any non-zero byte) → 1.
public enum ElementType: String, Sendable, CaseIterable, Equatable {
    case float64 = "F64"
    case float32 = "F32"
    case float16 = "F16"
    case bfloat16 = "BF16"
    case int64 = "I64"
    case int32 = "I32"
    case int16 = "I16"
    case int8 = "I8"
    case uint64 = "U64"
    case uint32 = "U32"
    case uint16 = "U16"
    case uint8 = "U8"
    case bool = "BOOL"

    /// The safetensors dtype string (`"F32"`, `"I64"`, ...).
    public var safetensorsName: String { rawValue }

    /// Size of one element in bytes.
    public var byteSize: Int {
        switch self {
        case .float64, .int64, .uint64: return 8
        case .float32, .int32, .uint32: return 4
        case .float16, .bfloat16, .int16, .uint16: return 2
        case .int8, .uint8, .bool: return 1
        }
    }

    /// True for integer and boolean types (e.g. BatchNorm's `num_batches_tracked`).
    public var isInteger: Bool {
        switch self {
        case .float64, .float32, .float16, .bfloat16: return false
        default: return true
        }
    }

    /// Looks up a safetensors dtype string.
    public init?(safetensorsName: String) { self.init(rawValue: safetensorsName) }

    /// Maps a PyTorch storage class name (`FloatStorage`, `HalfStorage`, ...) to a type.
    public init?(torchStorageName name: String) {
        switch name {
        case "FloatStorage": self = .float32
        case "DoubleStorage": self = .float64
        case "HalfStorage": self = .float16
        case "BFloat16Storage": self = .bfloat16
        case "LongStorage": self = .int64
        case "IntStorage": self = .int32
        case "ShortStorage": self = .int16
        case "CharStorage": self = .int8
        case "ByteStorage", "UntypedStorage": self = .uint8
        case "BoolStorage": self = .bool
        default: return nil
        }
    }
}

/// Converts IEEE binary16 bits to a `Float` (exact).
@inline(__always)
func halfBitsToFloat(_ h: UInt16) -> Float {
    let sign = UInt32(h & 0x8000) << 16
    let exp = UInt32(h >> 10) & 0x1F
    let mant = UInt32(h & 0x03FF)
    if exp == 0 {
        if mant == 0 { return Float(bitPattern: sign) }
        // Subnormal: value = mant * 2^-24.
        let v = Float(mant) * (1.0 / 16_777_216.0)
        return sign != 0 ? -v : v
    }
    if exp == 0x1F {
        return Float(bitPattern: sign | 0x7F80_0000 | (mant << 13))
    }
    return Float(bitPattern: sign | ((exp + 112) << 23) | (mant << 13))
}

/// Decodes `count` little-endian elements of `type` starting at `source` into `destination`.
///
/// `source` need not be aligned. The caller guarantees `count * type.byteSize` readable bytes.
func decodeElements(
    _ type: ElementType, from source: UnsafeRawPointer, count: Int,
    into destination: UnsafeMutablePointer<Float>
) {
    switch type {
    case .float32:
        // Bit-for-bit copy; memcpy handles unaligned sources.
        UnsafeMutableRawPointer(destination).copyMemory(from: source, byteCount: count * 4)
    case .float64:
        for i in 0..<count { destination[i] = Float(source.loadUnaligned(fromByteOffset: i * 8, as: Double.self)) }
    case .float16:
        for i in 0..<count { destination[i] = halfBitsToFloat(source.loadUnaligned(fromByteOffset: i * 2, as: UInt16.self)) }
    case .bfloat16:
        for i in 0..<count {
            let b = source.loadUnaligned(fromByteOffset: i * 2, as: UInt16.self)
            destination[i] = Float(bitPattern: UInt32(b) << 16)
        }
    case .int64:
        for i in 0..<count { destination[i] = Float(source.loadUnaligned(fromByteOffset: i * 8, as: Int64.self)) }
    case .int32:
        for i in 0..<count { destination[i] = Float(source.loadUnaligned(fromByteOffset: i * 4, as: Int32.self)) }
    case .int16:
        for i in 0..<count { destination[i] = Float(source.loadUnaligned(fromByteOffset: i * 2, as: Int16.self)) }
    case .int8:
        for i in 0..<count { destination[i] = Float(source.load(fromByteOffset: i, as: Int8.self)) }
    case .uint64:
        for i in 0..<count { destination[i] = Float(source.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self)) }
    case .uint32:
        for i in 0..<count { destination[i] = Float(source.loadUnaligned(fromByteOffset: i * 4, as: UInt32.self)) }
    case .uint16:
        for i in 0..<count { destination[i] = Float(source.loadUnaligned(fromByteOffset: i * 2, as: UInt16.self)) }
    case .uint8:
        for i in 0..<count { destination[i] = Float(source.load(fromByteOffset: i, as: UInt8.self)) }
    case .bool:
        for i in 0..<count { destination[i] = source.load(fromByteOffset: i, as: UInt8.self) != 0 ? 1 : 0 }
    }
}

/// Decodes `count` elements into a new array.
func decodeArray(_ type: ElementType, from source: UnsafeRawPointer, count: Int) -> [Float] {
    if count == 0 { return [] }
    return [Float](unsafeUninitializedCapacity: count) { buf, initialized in
        decodeElements(type, from: source, count: count, into: buf.baseAddress!)
        initialized = count
    }
}
