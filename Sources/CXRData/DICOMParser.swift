import Foundation

/// A minimal, bounds-checked DICOM Part 10 reader: keeps the top-level elements CXRData needs
/// (groups 0002 and 0028, Pixel Data) and skips everything else, including nested sequences.
struct DICOMParser {
    var transferSyntax = ""
    /// Raw value bytes of kept elements, keyed by `group << 16 | element`.
    var elements: [UInt32: [UInt8]] = [:]
    /// VR of kept elements (explicit VR files; inferred from the tag for implicit VR).
    var vrs: [UInt32: String] = [:]
    var pixelData: [UInt8]?
    /// Encapsulated pixel data fragments (the Basic Offset Table item excluded).
    var fragments: [[UInt8]]?

    private let data: [UInt8]
    private var offset = 0

    private init(data: [UInt8]) { self.data = data }

    static func parse(_ data: [UInt8]) throws -> DICOMParser {
        var parser = DICOMParser(data: data)
        guard data.count >= 132 else { throw ImageDecodingFailure.truncated("shorter than the 132-byte DICOM preamble") }
        parser.offset = 132
        // File meta information: group 0002, always explicit VR little endian.
        while parser.offset + 8 <= data.count, parser.u16(parser.offset) == 0x0002 {
            try parser.readElement(explicit: true, depth: 0)
        }
        guard let uid = parser.elements[0x0002_0010] else {
            throw ImageDecodingFailure.corrupt("no Transfer Syntax UID (0002,0010) in the file meta information")
        }
        parser.transferSyntax = DICOMParser.text(uid)
        let explicit = parser.transferSyntax != "1.2.840.10008.1.2"
        if parser.transferSyntax == "1.2.840.10008.1.2.2" || parser.transferSyntax == "1.2.840.10008.1.2.1.99" {
            return parser  // big endian / deflated: rejected by the decoder with the syntax's name
        }
        while parser.offset < data.count {
            guard parser.offset + 8 <= data.count else { throw ImageDecodingFailure.truncated("element header cut at byte \(parser.offset)") }
            let done = try parser.readElement(explicit: explicit, depth: 0)
            if done { break }
        }
        return parser
    }

    // MARK: value access

    static func text(_ bytes: [UInt8]) -> String {
        String(decoding: bytes.filter { $0 != 0 }, as: UTF8.self).trimmingCharacters(in: .whitespaces)
    }

    func string(_ tag: UInt32) -> String? { elements[tag].map(DICOMParser.text) }

    /// US/SS/UL/IS values (first value of a multi-valued element).
    func int(_ tag: UInt32) -> Int? {
        guard let v = elements[tag] else { return nil }
        switch vrs[tag] ?? "" {
        case "US": return v.count >= 2 ? Int(v[0]) | Int(v[1]) << 8 : nil
        case "SS": return v.count >= 2 ? Int(Int16(bitPattern: UInt16(v[0]) | UInt16(v[1]) << 8)) : nil
        case "UL": return v.count >= 4 ? Int(v[0]) | Int(v[1]) << 8 | Int(v[2]) << 16 | Int(v[3]) << 24 : nil
        default: return Int(DICOMParser.text(v).split(separator: "\\").first.map(String.init) ?? "")
        }
    }

    /// DS/IS values (first value of a multi-valued element).
    func double(_ tag: UInt32) -> Double? {
        guard let v = elements[tag] else { return nil }
        let first = DICOMParser.text(v).split(separator: "\\").first.map { String($0).trimmingCharacters(in: .whitespaces) }
        return first.flatMap(Double.init).flatMap { $0.isFinite ? $0 : nil }
    }

    // MARK: reading

    private func u16(_ o: Int) -> UInt16 { UInt16(data[o]) | UInt16(data[o + 1]) << 8 }
    private func u32(_ o: Int) -> UInt32 {
        UInt32(data[o]) | UInt32(data[o + 1]) << 8 | UInt32(data[o + 2]) << 16 | UInt32(data[o + 3]) << 24
    }

    private static let implicitVRs: [UInt32: String] = [
        0x0028_0002: "US", 0x0028_0004: "CS", 0x0028_0006: "US", 0x0028_0008: "IS", 0x0028_0010: "US",
        0x0028_0011: "US", 0x0028_0100: "US", 0x0028_0101: "US", 0x0028_0102: "US", 0x0028_0103: "US",
        0x0028_1050: "DS", 0x0028_1051: "DS", 0x0028_1052: "DS", 0x0028_1053: "DS",
    ]

    /// Reads one element at `offset`; returns true after Pixel Data at the top level.
    @discardableResult
    private mutating func readElement(explicit: Bool, depth: Int) throws -> Bool {
        guard depth < 16 else { throw ImageDecodingFailure.corrupt("sequences nested deeper than 16 levels") }
        guard offset + 8 <= data.count else { throw ImageDecodingFailure.truncated("element header cut at byte \(offset)") }
        let group = u16(offset), element = u16(offset + 2)
        let tag = UInt32(group) << 16 | UInt32(element)
        var vr = ""
        var length: UInt32
        if group == 0xFFFE {  // item / delimiters have no VR
            length = u32(offset + 4); offset += 8
        } else if explicit {
            vr = String(decoding: data[(offset + 4)..<(offset + 6)], as: UTF8.self)
            if ["OB", "OW", "OF", "SQ", "UT", "UN", "OD", "OL", "UC", "UR", "OV", "SV", "UV"].contains(vr) {
                guard offset + 12 <= data.count else { throw ImageDecodingFailure.truncated("element header cut at byte \(offset)") }
                length = u32(offset + 8); offset += 12
            } else {
                length = UInt32(u16(offset + 6)); offset += 8
            }
        } else {
            vr = DICOMParser.implicitVRs[tag] ?? ""
            length = u32(offset + 4); offset += 8
        }
        if length == 0xFFFF_FFFF {
            if tag == 0x7FE0_0010 && depth == 0 {
                fragments = try readFragments()
                return true
            }
            try skipUndefinedLength(explicit: explicit, depth: depth + 1, isItem: group == 0xFFFE)
            return false
        }
        let end = offset + Int(length)
        guard end <= data.count else {
            throw ImageDecodingFailure.truncated(String(format: "element (%04X,%04X) claims %d bytes, %d left", group, element, Int(length), data.count - offset))
        }
        if depth == 0 {
            if tag == 0x7FE0_0010 {
                pixelData = Array(data[offset..<end]); offset = end
                return true
            }
            if group == 0x0002 || group == 0x0028 {
                elements[tag] = Array(data[offset..<end]); vrs[tag] = vr
            }
        }
        offset = end
        return false
    }

    /// Skips an undefined-length sequence (until FFFE,E0DD) or item (until FFFE,E00D).
    private mutating func skipUndefinedLength(explicit: Bool, depth: Int, isItem: Bool) throws {
        // Nested undefined-length items recurse here without passing through readElement's check.
        guard depth < 16 else { throw ImageDecodingFailure.corrupt("sequences nested deeper than 16 levels") }
        while true {
            guard offset + 8 <= data.count else { throw ImageDecodingFailure.truncated("undefined-length sequence not terminated") }
            if u16(offset) == 0xFFFE {
                let e = u16(offset + 2)
                if e == 0xE0DD || e == 0xE00D { offset += 8; return }
                if e == 0xE000 {  // item inside a sequence
                    let len = u32(offset + 4); offset += 8
                    if len == 0xFFFF_FFFF { try skipUndefinedLength(explicit: explicit, depth: depth + 1, isItem: true) }
                    else {
                        guard offset + Int(len) <= data.count else { throw ImageDecodingFailure.truncated("sequence item longer than the file") }
                        offset += Int(len)
                    }
                    continue
                }
            }
            try readElement(explicit: explicit, depth: depth)
        }
    }

    /// Reads encapsulated pixel data items until the sequence delimiter.
    private mutating func readFragments() throws -> [[UInt8]] {
        var items: [[UInt8]] = []
        while true {
            guard offset + 8 <= data.count else { throw ImageDecodingFailure.truncated("encapsulated pixel data not terminated") }
            let group = u16(offset), element = u16(offset + 2), len = Int(u32(offset + 4))
            offset += 8
            guard group == 0xFFFE else { throw ImageDecodingFailure.corrupt("bad item tag in encapsulated pixel data") }
            if element == 0xE0DD { break }
            guard element == 0xE000, offset + len <= data.count else {
                throw ImageDecodingFailure.truncated("encapsulated pixel data item longer than the file")
            }
            items.append(Array(data[offset..<(offset + len)])); offset += len
        }
        return Array(items.dropFirst())  // first item: Basic Offset Table
    }
}
