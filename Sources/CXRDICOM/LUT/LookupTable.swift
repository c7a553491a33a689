/// A lookup table as the Modality LUT, VOI LUT and palette colour modules define it
/// (PS3.3 C.11.1.1, C.11.2.1.1, C.7.6.3.1.5): a descriptor `[entries, first mapped value,
/// bits per entry]` and the entries. Inputs below the first mapped value take the first entry,
/// inputs past the last take the last.
public struct LookupTable: Sendable, Equatable {
    public let firstMapped: Int
    public let bitsPerEntry: Int
    public let entries: [Int]

    /// - Parameters:
    ///   - descriptor: the three descriptor values as stored (US); an entry count of 0 means 65536.
    ///   - firstMappedIsSigned: the second value is SS (signed pixel data, PS3.3 C.11.1.1).
    ///   - data: the LUT Data bytes (OW or US: 16-bit words; an 8-bit table may also pack one entry a byte).
    init(descriptor: [Int], firstMappedIsSigned: Bool, data: [UInt8], bigEndian: Bool, name: String) throws {
        guard descriptor.count >= 3 else { throw DICOMError.corrupt("\(name) descriptor has \(descriptor.count) values, 3 needed") }
        let count = descriptor[0] == 0 ? 65536 : descriptor[0]
        let first = firstMappedIsSigned ? Int(Int16(truncatingIfNeeded: descriptor[1])) : descriptor[1]
        let bits = descriptor[2]
        guard (8...16).contains(bits) else { throw DICOMError.corrupt("\(name) descriptor gives \(bits) bits per entry (8 to 16 allowed)") }
        var values: [Int]
        if data.count >= 2 * count {
            values = (0..<count).map { i in
                let (a, b) = (Int(data[2 * i]), Int(data[2 * i + 1]))
                return bigEndian ? a << 8 | b : a | b << 8
            }
        } else if bits == 8 && data.count >= count {
            values = data.prefix(count).map(Int.init)
        } else {
            throw DICOMError.truncated("\(name) data has \(data.count) bytes for \(count) entries of \(bits) bits")
        }
        let mask = (1 << bits) - 1
        for i in values.indices { values[i] &= mask }
        self.firstMapped = first
        self.bitsPerEntry = bits
        self.entries = values
    }

    /// The entry for input `x` (clamped to the table's range).
    @inline(__always)
    public func callAsFunction(_ x: Double) -> Double {
        let index = x - Double(firstMapped)
        if !(index > 0) { return Double(entries[0]) }
        if index >= Double(entries.count - 1) { return Double(entries[entries.count - 1]) }
        return Double(entries[Int(index)])
    }

    /// Largest value an entry can hold, `2^bits - 1`.
    public var maximum: Double { Double((1 << bitsPerEntry) - 1) }

    /// The LUT of a Modality or VOI LUT Sequence item (LUT Descriptor, LUT Data).
    static func item(_ item: DICOMDataSet, signedInput: Bool, name: String) throws -> LookupTable {
        guard let descriptor = try item.unsignedShorts(.lutDescriptor, allowingSigned: true), let data = try item.bytes(.lutData) else {
            throw DICOMError.corrupt("\(name) item without LUT Descriptor \(DICOMTag.lutDescriptor) or LUT Data \(DICOMTag.lutData)")
        }
        return try LookupTable(descriptor: descriptor, firstMappedIsSigned: signedInput, data: data, bigEndian: item.isBigEndian, name: name)
    }
}
