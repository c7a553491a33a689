/// One data element: its tag, value representation and value (PS3.5 section 7.1).
public struct DICOMElement: Sendable {
    public enum Value: Sendable {
        /// The value's bytes as stored (numbers in the data set's byte order).
        case bytes([UInt8])
        /// A sequence (VR SQ): its items, each a data set.
        case sequence([DICOMDataSet])
        /// Encapsulated pixel data (PS3.5 A.4): the Basic Offset Table item's bytes and the fragments.
        case encapsulated(offsetTable: [UInt8], fragments: [[UInt8]])
    }

    public let tag: DICOMTag
    /// Two letters for explicit VR data sets; for implicit VR, taken from the few tags CXRDICOM
    /// knows (``DICOMTag/implicitVRs``), else "UN".
    public let vr: String
    public let value: Value
}

/// A parsed data set: elements by tag, with value accessors that check the value
/// representation the standard gives each attribute, so that a header cannot smuggle a size
/// in as text (Rows written as IS "4611686018427387905") or as a wider type.
public struct DICOMDataSet: Sendable {
    public private(set) var elements: [DICOMTag: DICOMElement] = [:]
    /// Numbers in values are big endian (explicit VR big endian, outside group 0002).
    public let isBigEndian: Bool

    init(isBigEndian: Bool) { self.isBigEndian = isBigEndian }

    mutating func insert(_ element: DICOMElement) { elements[element.tag] = element }

    public subscript(tag: DICOMTag) -> DICOMElement? { elements[tag] }

    public func contains(_ tag: DICOMTag) -> Bool { elements[tag] != nil }

    /// The value's bytes; nil when absent; throws for a sequence.
    public func bytes(_ tag: DICOMTag) throws -> [UInt8]? {
        guard let element = elements[tag] else { return nil }
        guard case .bytes(let bytes) = element.value else {
            throw DICOMError.corrupt("\(tag) holds a sequence or fragments where a value was expected")
        }
        return bytes
    }

    /// Text of a string VR (CS, UI, LO, SH, DS, IS, ...), trailing NUL and spaces removed.
    public func string(_ tag: DICOMTag) throws -> String? {
        guard let bytes = try bytes(tag) else { return nil }
        let text = String(decoding: bytes.filter { $0 != 0 }, as: UTF8.self)
        return text.trimmingCharacters(in: " ")
    }

    /// All values of a multi-valued string (separated by backslashes).
    public func strings(_ tag: DICOMTag) throws -> [String] {
        guard let text = try string(tag) else { return [] }
        return text.split(separator: "\\", omittingEmptySubsequences: false).map { String($0).trimmingCharacters(in: " ") }
    }

    /// The values of a US (or, where the standard allows it, SS) element, in the data set's
    /// byte order. Any other VR is an error naming the tag: sizes are never read from text.
    public func unsignedShorts(_ tag: DICOMTag, allowingSigned: Bool = false) throws -> [Int]? {
        guard let element = elements[tag] else { return nil }
        let vr = element.vr
        guard vr == "US" || (allowingSigned && vr == "SS") || vr == "UN" || vr == "OW" else {
            throw DICOMError.corrupt("\(tag) has VR \(vr); the standard gives it VR US")
        }
        guard let bytes = try self.bytes(tag) else { return nil }
        guard bytes.count % 2 == 0 else { throw DICOMError.corrupt("\(tag) has \(bytes.count) bytes, not a whole number of 16-bit values") }
        return stride(from: 0, to: bytes.count, by: 2).map { i in
            let raw = isBigEndian ? UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]) : UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8
            return vr == "SS" ? Int(Int16(bitPattern: raw)) : Int(raw)
        }
    }

    /// The first value of a US element (Rows, Columns, Bits Allocated, ...).
    public func unsignedShort(_ tag: DICOMTag) throws -> Int? {
        guard let values = try unsignedShorts(tag) else { return nil }
        guard let first = values.first else { throw DICOMError.corrupt("\(tag) is empty") }
        return first
    }

    /// The first value of an IS element, within the range the standard gives IS
    /// (-2^31 ... 2^31 - 1, PS3.5 table 6.2-1).
    public func integerString(_ tag: DICOMTag) throws -> Int? {
        guard let element = elements[tag] else { return nil }
        guard element.vr == "IS" || element.vr == "UN" else {
            throw DICOMError.corrupt("\(tag) has VR \(element.vr); the standard gives it VR IS")
        }
        guard let text = try strings(tag).first, !text.isEmpty else { return nil }
        guard text.count <= 12, let value = Int(text), value >= Int(Int32.min), value <= Int(Int32.max) else {
            throw DICOMError.corrupt("\(tag) holds '\(text.prefix(24))', not an integer string (IS)")
        }
        return value
    }

    /// The values of a DS element; each must be a finite number.
    public func decimals(_ tag: DICOMTag) throws -> [Double] {
        guard let element = elements[tag] else { return [] }
        guard element.vr == "DS" || element.vr == "UN" else {
            throw DICOMError.corrupt("\(tag) has VR \(element.vr); the standard gives it VR DS")
        }
        return try strings(tag).filter { !$0.isEmpty }.map { text in
            guard text.count <= 16, let value = Double(text), value.isFinite else {
                throw DICOMError.corrupt("\(tag) holds '\(text.prefix(24))', not a finite decimal string (DS)")
            }
            return value
        }
    }

    /// The items of a sequence element (empty when absent).
    public func sequence(_ tag: DICOMTag) throws -> [DICOMDataSet] {
        guard let element = elements[tag] else { return [] }
        guard case .sequence(let items) = element.value else {
            throw DICOMError.corrupt("\(tag) should be a sequence (VR SQ)")
        }
        return items
    }
}

extension String {
    fileprivate func trimmingCharacters(in set: Character) -> String {
        var scalars = Substring(self)
        while scalars.last == set { scalars.removeLast() }
        while scalars.first == set { scalars.removeFirst() }
        return String(scalars)
    }
}
