/// Limits on what a DICOM file may make the reader do, checked before memory is committed.
public struct DICOMReadingLimits: Sendable, Equatable {
    /// Largest accepted `rows * columns` (default 50 megapixels; chest radiographs are 4-12).
    public var maxPixels: Int
    /// Largest data set a deflated file may inflate to (default 1 GiB).
    public var maxInflatedBytes: Int
    /// Deepest accepted nesting of sequences (default 16).
    public var maxSequenceDepth: Int

    public init(maxPixels: Int = 50_000_000, maxInflatedBytes: Int = 1 << 30, maxSequenceDepth: Int = 16) {
        self.maxPixels = maxPixels
        self.maxInflatedBytes = maxInflatedBytes
        self.maxSequenceDepth = maxSequenceDepth
    }
}

/// A DICOM file or bare data set (PS3.10 section 7): its file meta information, when present,
/// and the data set, read up to and including the top-level Pixel Data element.
///
/// Accepted: a 128-byte preamble and `DICM` followed by the file meta information (group
/// 0002, explicit VR little endian); the meta group without preamble; or a bare data set
/// without either (its encoding is then recognised from its first element: explicit or
/// implicit VR, little or big endian). Implicit and explicit VR little endian, explicit VR
/// big endian and deflated explicit VR little endian data sets; sequences of defined and
/// undefined length (UN of undefined length read as implicit VR, PS3.5 6.2.2) to
/// ``DICOMReadingLimits/maxSequenceDepth``; encapsulated pixel data (PS3.5 A.4). Every length
/// is checked against the bytes left before it is used.
public struct DICOMFile: Sendable {
    /// Group 0002 (empty for a bare data set).
    public let meta: DICOMDataSet
    public let dataSet: DICOMDataSet
    public let transferSyntax: TransferSyntax
    /// Whether the file had the 128-byte preamble and `DICM`.
    public let hasPreamble: Bool

    public static func parse(_ bytes: [UInt8], limits: DICOMReadingLimits = DICOMReadingLimits()) throws -> DICOMFile {
        var reader = ByteCursor(bytes: bytes, maxDepth: limits.maxSequenceDepth)
        let hasPreamble = bytes.count >= 132 && bytes[128] == 0x44 && bytes[129] == 0x49 && bytes[130] == 0x43 && bytes[131] == 0x4D
        if hasPreamble { reader.offset = 132 }
        var meta = DICOMDataSet(isBigEndian: false)
        if reader.startsMetaGroup {
            meta = try reader.readMetaGroup()
        }
        let syntax: TransferSyntax
        if let uid = try meta.string(.transferSyntaxUID), !uid.isEmpty {
            syntax = TransferSyntax(uid: uid)
        } else if meta.elements.isEmpty {
            syntax = try reader.guessSyntax()
        } else {
            throw DICOMError.corrupt("the file meta information has no Transfer Syntax UID \(DICOMTag.transferSyntaxUID)")
        }
        let dataSet: DICOMDataSet
        if syntax.isDeflated {
            let inflated = try Inflate.raw(bytes[reader.offset...], limit: limits.maxInflatedBytes)
            var inner = ByteCursor(bytes: inflated, maxDepth: limits.maxSequenceDepth)
            dataSet = try inner.readDataSet(end: inflated.count, explicit: true, bigEndian: false, depth: 0, topLevel: true)
        } else {
            dataSet = try reader.readDataSet(end: bytes.count, explicit: syntax.isExplicitVR, bigEndian: syntax.isBigEndian,
                                             depth: 0, topLevel: true)
        }
        return DICOMFile(meta: meta, dataSet: dataSet, transferSyntax: syntax, hasPreamble: hasPreamble)
    }

    /// Whether `bytes` look like DICOM: the Part 10 preamble, or a data set beginning with a
    /// group 0002 or 0008 element (files written without preamble).
    public static func looksLikeDICOM(_ bytes: [UInt8]) -> Bool {
        if bytes.count >= 132 && bytes[128..<132].elementsEqual([0x44, 0x49, 0x43, 0x4D]) { return true }
        guard bytes.count >= 8 else { return false }
        let groupLE = UInt16(bytes[0]) | UInt16(bytes[1]) << 8, groupBE = UInt16(bytes[0]) << 8 | UInt16(bytes[1])
        let group = min(groupLE, groupBE)
        guard group == 0x0002 || group == 0x0008 else { return false }
        // Explicit VR: two upper-case letters; implicit VR: a length that fits the data.
        if ByteCursor.longVRs.contains(where: { $0.elementsEqual(bytes[4..<6]) }) || ByteCursor.shortVRs.contains(where: { $0.elementsEqual(bytes[4..<6]) }) {
            return true
        }
        let length = Int(bytes[4]) | Int(bytes[5]) << 8 | Int(bytes[6]) << 16 | Int(bytes[7]) << 24
        return length > 0 && length < 256 && length <= bytes.count - 8
    }
}

/// Reads elements from a byte buffer with every length checked.
struct ByteCursor {
    let bytes: [UInt8]
    let maxDepth: Int
    var offset = 0

    init(bytes: [UInt8], maxDepth: Int) {
        self.bytes = bytes
        self.maxDepth = maxDepth
    }

    /// VRs with a 2-byte reserved field and a 4-byte length in explicit VR (PS3.5 7.1.2).
    static let longVRs: [[UInt8]] = ["OB", "OD", "OF", "OL", "OV", "OW", "SQ", "SV", "UC", "UN", "UR", "UT", "UV"].map { Array($0.utf8) }
    static let shortVRs: [[UInt8]] = ["AE", "AS", "AT", "CS", "DA", "DS", "DT", "FD", "FL", "IS", "LO", "LT", "PN", "SH", "SL",
                                      "SS", "ST", "TM", "UI", "UL", "US"].map { Array($0.utf8) }

    var remaining: Int { bytes.count - offset }

    func u16(_ at: Int, bigEndian: Bool) -> UInt16 {
        bigEndian ? UInt16(bytes[at]) << 8 | UInt16(bytes[at + 1]) : UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8
    }

    func u32(_ at: Int, bigEndian: Bool) -> UInt32 {
        let b = (UInt32(bytes[at]), UInt32(bytes[at + 1]), UInt32(bytes[at + 2]), UInt32(bytes[at + 3]))
        return bigEndian ? b.0 << 24 | b.1 << 16 | b.2 << 8 | b.3 : b.0 | b.1 << 8 | b.2 << 16 | b.3 << 24
    }

    var startsMetaGroup: Bool { remaining >= 8 && u16(offset, bigEndian: false) == 0x0002 }

    /// Group 0002, always explicit VR little endian (PS3.10 7.1).
    mutating func readMetaGroup() throws -> DICOMDataSet {
        var meta = DICOMDataSet(isBigEndian: false)
        while remaining >= 8 && u16(offset, bigEndian: false) == 0x0002 {
            guard let element = try readElement(end: bytes.count, explicit: true, bigEndian: false, depth: 0) else { break }
            meta.insert(element)
        }
        return meta
    }

    /// The encoding of a data set written without file meta information, from its first element.
    func guessSyntax() throws -> TransferSyntax {
        guard remaining >= 8 else { throw DICOMError.truncated("no data set after the preamble") }
        let vr = Array(bytes[(offset + 4)..<(offset + 6)])
        let explicit = Self.longVRs.contains(vr) || Self.shortVRs.contains(vr)
        let bigEndian = u16(offset, bigEndian: true) < u16(offset, bigEndian: false)
        if bigEndian { return explicit ? .explicitBigEndian : TransferSyntax(known: "1.2.840.10008.1.2.2", isExplicitVR: false, isBigEndian: true) }
        return explicit ? .explicitLittleEndian : .implicitLittleEndian
    }

    /// Reads elements until `end`, an item delimiter (inside an undefined-length item), or
    /// after the top-level Pixel Data element.
    mutating func readDataSet(end: Int, explicit: Bool, bigEndian: Bool, depth: Int, topLevel: Bool) throws -> DICOMDataSet {
        var dataSet = DICOMDataSet(isBigEndian: bigEndian)
        while offset < end {
            guard end - offset >= 8 else { throw DICOMError.truncated("element header cut at byte \(offset)") }
            let tag = DICOMTag(u16(offset, bigEndian: bigEndian), u16(offset + 2, bigEndian: bigEndian))
            if tag == .itemDelimitation {
                offset += 8
                guard !topLevel else { throw DICOMError.corrupt("item delimiter outside a sequence at byte \(offset - 8)") }
                return dataSet
            }
            guard let element = try readElement(end: end, explicit: explicit, bigEndian: bigEndian, depth: depth) else { continue }
            dataSet.insert(element)
            if topLevel && (tag == .pixelData || tag == .floatPixelData || tag == .doubleFloatPixelData) { break }
        }
        return dataSet
    }

    /// Reads one element at `offset` (its header and value); nil for padding items that carry nothing.
    mutating func readElement(end: Int, explicit: Bool, bigEndian: Bool, depth: Int) throws -> DICOMElement? {
        guard depth <= maxDepth else { throw DICOMError.corrupt("sequences nested deeper than \(maxDepth) levels") }
        let start = offset
        guard end - offset >= 8 else { throw DICOMError.truncated("element header cut at byte \(offset)") }
        let tag = DICOMTag(u16(offset, bigEndian: bigEndian), u16(offset + 2, bigEndian: bigEndian))
        var vr: String
        let length: UInt32
        if tag.group == 0xFFFE {
            throw DICOMError.corrupt("unexpected item tag \(tag) at byte \(start)")
        } else if explicit {
            let vrBytes = Array(bytes[(offset + 4)..<(offset + 6)])
            vr = String(decoding: vrBytes, as: UTF8.self)
            if Self.longVRs.contains(vrBytes) {
                guard end - offset >= 12 else { throw DICOMError.truncated("element \(tag) header cut at byte \(offset)") }
                length = u32(offset + 8, bigEndian: bigEndian)
                offset += 12
            } else if Self.shortVRs.contains(vrBytes) {
                length = UInt32(u16(offset + 6, bigEndian: bigEndian))
                offset += 8
            } else {
                throw DICOMError.corrupt("element \(tag) at byte \(start) has no valid value representation ('\(vr.unicodeScalars.map { $0.isASCII && $0.value >= 32 ? String($0) : "?" }.joined())')")
            }
        } else {
            vr = DICOMTag.implicitVRs[tag] ?? "UN"
            length = u32(offset + 4, bigEndian: bigEndian)
            offset += 8
        }
        if length == 0xFFFF_FFFF {
            if tag == .pixelData {
                return DICOMElement(tag: tag, vr: vr, value: try readFragments(end: end, bigEndian: bigEndian))
            }
            guard vr == "SQ" || vr == "UN" || !explicit else {
                throw DICOMError.corrupt("element \(tag) with VR \(vr) has undefined length")
            }
            // UN of undefined length holds an implicit VR little endian sequence (PS3.5 6.2.2).
            let itemsExplicit = vr == "UN" ? false : explicit
            let items = try readSequence(end: end, definedEnd: nil, explicit: itemsExplicit, bigEndian: vr == "UN" ? false : bigEndian, depth: depth + 1, tag: tag)
            return DICOMElement(tag: tag, vr: "SQ", value: .sequence(items))
        }
        let count = Int(length)
        guard count <= end - offset else {
            throw DICOMError.truncated("element \(tag) claims \(count) bytes, \(end - offset) left")
        }
        let valueEnd = offset + count
        if vr == "SQ" {
            let items = try readSequence(end: valueEnd, definedEnd: valueEnd, explicit: explicit, bigEndian: bigEndian, depth: depth + 1, tag: tag)
            offset = valueEnd
            return DICOMElement(tag: tag, vr: vr, value: .sequence(items))
        }
        let value = Array(bytes[offset..<valueEnd])
        offset = valueEnd
        return DICOMElement(tag: tag, vr: vr, value: .bytes(value))
    }

    /// Items of a sequence: until `definedEnd`, or until the sequence delimiter.
    mutating func readSequence(end: Int, definedEnd: Int?, explicit: Bool, bigEndian: Bool, depth: Int, tag: DICOMTag) throws -> [DICOMDataSet] {
        guard depth <= maxDepth else { throw DICOMError.corrupt("sequences nested deeper than \(maxDepth) levels") }
        var items: [DICOMDataSet] = []
        let limit = definedEnd ?? end
        while true {
            if let definedEnd, offset >= definedEnd { return items }
            guard limit - offset >= 8 else {
                throw DICOMError.truncated("sequence \(tag) is not terminated")
            }
            let itemTag = DICOMTag(u16(offset, bigEndian: bigEndian), u16(offset + 2, bigEndian: bigEndian))
            let itemLength = u32(offset + 4, bigEndian: bigEndian)
            offset += 8
            if itemTag == .sequenceDelimitation { return items }
            guard itemTag == .item else { throw DICOMError.corrupt("sequence \(tag) holds \(itemTag) where an item was expected") }
            if itemLength == 0xFFFF_FFFF {
                items.append(try readDataSet(end: limit, explicit: explicit, bigEndian: bigEndian, depth: depth, topLevel: false))
            } else {
                let count = Int(itemLength)
                guard count <= limit - offset else { throw DICOMError.truncated("an item of \(tag) claims \(count) bytes, \(limit - offset) left") }
                let itemEnd = offset + count
                items.append(try readDataSet(end: itemEnd, explicit: explicit, bigEndian: bigEndian, depth: depth, topLevel: false))
                offset = itemEnd
            }
        }
    }

    /// Encapsulated pixel data (PS3.5 A.4): the Basic Offset Table item, then fragments,
    /// until the sequence delimiter.
    mutating func readFragments(end: Int, bigEndian: Bool) throws -> DICOMElement.Value {
        var items: [[UInt8]] = []
        while true {
            guard end - offset >= 8 else { throw DICOMError.truncated("encapsulated pixel data is not terminated") }
            let itemTag = DICOMTag(u16(offset, bigEndian: bigEndian), u16(offset + 2, bigEndian: bigEndian))
            let length = u32(offset + 4, bigEndian: bigEndian)
            offset += 8
            if itemTag == .sequenceDelimitation { break }
            guard itemTag == .item else { throw DICOMError.corrupt("encapsulated pixel data holds \(itemTag) where an item was expected") }
            guard length != 0xFFFF_FFFF else { throw DICOMError.corrupt("a pixel data fragment has undefined length") }
            let count = Int(length)
            guard count <= end - offset else { throw DICOMError.truncated("a pixel data fragment claims \(count) bytes, \(end - offset) left") }
            items.append(Array(bytes[offset..<(offset + count)]))
            offset += count
        }
        guard let table = items.first else { throw DICOMError.corrupt("encapsulated pixel data without its Basic Offset Table item") }
        return .encapsulated(offsetTable: table, fragments: Array(items.dropFirst()))
    }
}
