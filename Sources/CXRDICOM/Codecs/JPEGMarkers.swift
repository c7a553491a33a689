/// Marker-segment parsing shared by the pure-Swift JPEG decoders (`JPEGLosslessDecoder`,
/// `JPEGExtendedDecoder`).
///
/// Follows ITU-T T.81 (ISO/IEC 10918-1) Annex B, "Compressed data formats": B.1.1.2 markers
/// (`0xFF` + code, any number of `0xFF` fill bytes before a marker), B.1.1.4 marker segments
/// (a 16-bit big-endian length that counts itself), B.2.2 frame header, B.2.3 scan header,
/// B.2.4 table/misc segments (DQT, DHT, DRI) and B.1.1.5 entropy-coded segments.
///
/// Everything here treats its input as hostile: every read is bounds-checked and every
/// field is range-checked; failures throw `DICOMError` naming the marker and field.

/// Marker codes (the byte after `0xFF`), T.81 Table B.1.
enum JPEGMarkerCode {
    static let sof0: UInt8 = 0xC0   // baseline DCT
    static let sof1: UInt8 = 0xC1   // extended sequential DCT, Huffman
    static let sof2: UInt8 = 0xC2   // progressive DCT, Huffman
    static let sof3: UInt8 = 0xC3   // lossless (process 14), Huffman
    static let dht: UInt8 = 0xC4
    static let dac: UInt8 = 0xCC    // arithmetic conditioning
    static let rst0: UInt8 = 0xD0   // RST0 ... RST7 = 0xD0 ... 0xD7
    static let soi: UInt8 = 0xD8
    static let eoi: UInt8 = 0xD9
    static let sos: UInt8 = 0xDA
    static let dqt: UInt8 = 0xDB
    static let dnl: UInt8 = 0xDC
    static let dri: UInt8 = 0xDD
    static let dhp: UInt8 = 0xDE    // hierarchical progression
    static let exp: UInt8 = 0xDF    // expand reference components
    static let tem: UInt8 = 0x01

    /// A short human-readable name for error messages, e.g. "SOF3 (0xFFC3)".
    static func name(_ code: UInt8) -> String {
        let hex = "0xFF" + String(code, radix: 16, uppercase: true)
        switch code {
        case 0xC0...0xC3, 0xC5...0xC7, 0xC9...0xCB, 0xCD...0xCF:
            return "SOF\(Int(code) - 0xC0) (\(hex))"
        case dht: return "DHT (\(hex))"
        case dac: return "DAC (\(hex))"
        case 0xD0...0xD7: return "RST\(Int(code) - 0xD0) (\(hex))"
        case soi: return "SOI (\(hex))"
        case eoi: return "EOI (\(hex))"
        case sos: return "SOS (\(hex))"
        case dqt: return "DQT (\(hex))"
        case dnl: return "DNL (\(hex))"
        case dri: return "DRI (\(hex))"
        case dhp: return "DHP (\(hex))"
        case exp: return "EXP (\(hex))"
        case 0xE0...0xEF: return "APP\(Int(code) - 0xE0) (\(hex))"
        case 0xF7: return "SOF55/JPEG-LS (\(hex))"
        case 0xFE: return "COM (\(hex))"
        default: return "marker \(hex)"
        }
    }
}

/// One component of a frame header (T.81 B.2.2: Ci, Hi, Vi, Tqi).
struct JPEGFrameComponent: Sendable, Equatable {
    /// Component identifier Ci, as the scan headers refer to it.
    var id: UInt8
    /// Horizontal sampling factor Hi, 1...4.
    var horizontalSampling: Int
    /// Vertical sampling factor Vi, 1...4.
    var verticalSampling: Int
    /// Quantization table selector Tqi, 0...3 (unused by the lossless process).
    var quantizationTable: Int
}

/// A frame header (T.81 B.2.2), introduced by one of the SOFn markers.
struct JPEGFrameHeader: Sendable, Equatable {
    /// The SOFn marker code (`0xC0` ... `0xCF`) that says which process coded the frame.
    var marker: UInt8
    /// Sample precision P in bits.
    var precision: Int
    /// Number of lines Y (never 0 here: a DNL-defined height is rejected as unsupported).
    var height: Int
    /// Number of samples per line X (at least 1).
    var width: Int
    var components: [JPEGFrameComponent]

    /// Hmax and Vmax (T.81 A.1.1).
    var maxHorizontalSampling: Int { components.map(\.horizontalSampling).max() ?? 1 }
    var maxVerticalSampling: Int { components.map(\.verticalSampling).max() ?? 1 }
}

/// One component of a scan header (T.81 B.2.3: Csj, Tdj, Taj).
struct JPEGScanComponent: Sendable, Equatable {
    /// Index into `JPEGFrameHeader.components` (the scan's Csj resolved against the frame).
    var frameIndex: Int
    /// DC (or lossless) Huffman table selector Tdj, 0...3.
    var dcTable: Int
    /// AC Huffman table selector Taj, 0...3.
    var acTable: Int
}

/// A scan header (T.81 B.2.3) together with everything the scan's decoder needs: the
/// entropy-coded data that follows it and the tables in force when the scan started.
struct JPEGScan {
    /// Components in scan order (the order of data units inside an MCU, T.81 A.2.3).
    var components: [JPEGScanComponent]
    /// Ss: start of spectral selection; for the lossless process the predictor selection value.
    var spectralStart: Int
    /// Se: end of spectral selection (0 for lossless, 63 for sequential DCT).
    var spectralEnd: Int
    /// Ah: successive-approximation high bit (0 unless progressive).
    var approximationHigh: Int
    /// Al: successive-approximation low bit; for lossless, the point transform Pt.
    var approximationLow: Int
    /// Restart interval Ri in MCUs from the last DRI (0: no restart markers).
    var restartInterval: Int
    /// DC/lossless (Tc = 0) and AC (Tc = 1) Huffman tables 0...3 as currently defined.
    var dcTables: [JPEGHuffmanTable?]
    var acTables: [JPEGHuffmanTable?]
    /// Quantization tables 0...3 (64 entries in zig-zag order) as currently defined.
    var quantizationTables: [[UInt16]?]
    /// The scan's entropy-coded data, stuffing removed and split at RSTn markers.
    var entropyData: JPEGEntropyCodedData
}

/// Walks the marker segments of one JPEG stream (T.81 B.2.1: SOI, tables/misc, frame header,
/// scans, EOI), keeping the table definitions current, and hands out one scan at a time.
///
/// Policy for the oddities of real files: bytes that are not a marker between segments are
/// skipped (as libjpeg does, with no warning here); stray RSTn markers outside a scan, APPn,
/// COM and reserved markers are skipped; a stream that ends without EOI simply ends.
/// Hierarchical (SOF5-7, SOF13-15, DHP, EXP), arithmetic-coded (SOF9-11, DAC) and JPEG-LS
/// streams are reported as `.unsupported` as soon as their marker is seen.
struct JPEGStreamReader {
    private let data: [UInt8]
    private var position: Int
    private var finished = false
    /// The frame header, once the SOFn segment has been read.
    private(set) var frame: JPEGFrameHeader?
    private var dcTables: [JPEGHuffmanTable?] = Array(repeating: nil, count: 4)
    private var acTables: [JPEGHuffmanTable?] = Array(repeating: nil, count: 4)
    private var quantizationTables: [[UInt16]?] = Array(repeating: nil, count: 4)
    private var restartInterval = 0

    /// Checks the SOI marker (T.81 B.2.1: a stream starts with `FF D8`).
    init(_ data: [UInt8]) throws {
        guard data.count >= 2, data[0] == 0xFF, data[1] == JPEGMarkerCode.soi else {
            throw DICOMError.corrupt("JPEG stream does not start with the SOI marker (0xFFD8)")
        }
        self.data = data
        self.position = 2
    }

    /// Reads marker segments up to and including the next SOS and its entropy-coded data.
    /// Returns nil at EOI or at the end of the data.
    mutating func nextScan() throws -> JPEGScan? {
        while !finished {
            guard let code = nextMarker() else { finished = true; return nil }
            switch code {
            case JPEGMarkerCode.eoi:
                finished = true
                return nil
            case JPEGMarkerCode.soi:
                throw DICOMError.corrupt("JPEG stream has a second SOI marker at byte \(position - 2)")
            case 0xD0...0xD7, JPEGMarkerCode.tem:
                continue  // stand-alone markers without a length; meaningless here
            default:
                break
            }
            let segment = try readSegment(code)
            switch code {
            case JPEGMarkerCode.sof0...JPEGMarkerCode.sof3:
                try parseFrameHeader(code, segment)
            case 0xC5...0xC7, 0xCD...0xCF, JPEGMarkerCode.dhp, JPEGMarkerCode.exp:
                throw DICOMError.unsupported("hierarchical JPEG (\(JPEGMarkerCode.name(code)))")
            case 0xC9...0xCB, JPEGMarkerCode.dac:
                throw DICOMError.unsupported("arithmetic-coded JPEG (\(JPEGMarkerCode.name(code)))")
            case 0xF7, 0xF8:
                throw DICOMError.unsupported("JPEG-LS (\(JPEGMarkerCode.name(code))) is not JPEG T.81")
            case JPEGMarkerCode.dht:
                try parseHuffmanTables(segment)
            case JPEGMarkerCode.dqt:
                try parseQuantizationTables(segment)
            case JPEGMarkerCode.dri:
                try parseRestartInterval(segment)
            case JPEGMarkerCode.sos:
                return try parseScan(segment)
            default:
                continue  // APPn, COM, DNL (height is never 0 here), JPG, reserved: skip
            }
        }
        return nil
    }

    // MARK: - Markers and segments

    /// Finds the next marker at or after `position` and returns its code, leaving `position`
    /// just after it. Skips fill bytes (`FF FF ...`, B.1.1.2) and, leniently, garbage bytes.
    private mutating func nextMarker() -> UInt8? {
        while position + 1 < data.count {
            if data[position] != 0xFF { position += 1; continue }
            let code = data[position + 1]
            if code == 0xFF { position += 1; continue }     // fill byte
            if code == 0x00 { position += 2; continue }     // stuffed byte outside a scan
            position += 2
            return code
        }
        position = data.count
        return nil
    }

    /// Reads the length Lx of the segment that starts at `position` and returns the range of
    /// its parameters (after the length field); moves `position` past the segment.
    private mutating func readSegment(_ code: UInt8) throws -> Range<Int> {
        guard position + 2 <= data.count else {
            throw DICOMError.truncated("JPEG \(JPEGMarkerCode.name(code)) segment has no length field")
        }
        let length = Int(data[position]) << 8 | Int(data[position + 1])
        guard length >= 2 else {
            throw DICOMError.corrupt("JPEG \(JPEGMarkerCode.name(code)) segment length \(length) is below 2")
        }
        let end = position + length
        guard end <= data.count else {
            throw DICOMError.truncated("JPEG \(JPEGMarkerCode.name(code)) segment of \(length) bytes runs past the end of the data")
        }
        let parameters = (position + 2)..<end
        position = end
        return parameters
    }

    // MARK: - Frame header (B.2.2)

    /// SOFn: P (8 bits), Y (16), X (16), Nf (8), then Nf times Ci (8), Hi|Vi (4+4), Tqi (8).
    /// Checks Lf = 8 + 3 Nf, X >= 1, Nf >= 1, Hi and Vi in 1...4, Tqi in 0...3, distinct Ci.
    /// Y = 0 (height defined by DNL later) is rejected as unsupported.
    private mutating func parseFrameHeader(_ code: UInt8, _ segment: Range<Int>) throws {
        let name = JPEGMarkerCode.name(code)
        guard frame == nil else {
            throw DICOMError.unsupported("JPEG stream has more than one frame header (second \(name)); only single-frame, non-hierarchical streams are supported")
        }
        guard segment.count >= 6 else {
            throw DICOMError.corrupt("JPEG \(name) frame header is \(segment.count + 2) bytes, shorter than 8")
        }
        let s = segment.lowerBound
        let precision = Int(data[s])
        let height = Int(data[s + 1]) << 8 | Int(data[s + 2])
        let width = Int(data[s + 3]) << 8 | Int(data[s + 4])
        let count = Int(data[s + 5])
        guard count >= 1 else { throw DICOMError.corrupt("JPEG \(name) frame header has Nf = 0 components") }
        guard segment.count == 6 + 3 * count else {
            throw DICOMError.corrupt("JPEG \(name) frame header length Lf = \(segment.count + 2) does not match Nf = \(count) (expected \(8 + 3 * count))")
        }
        guard width >= 1 else { throw DICOMError.corrupt("JPEG \(name) frame header has X = 0 samples per line") }
        guard height >= 1 else {
            throw DICOMError.unsupported("JPEG \(name) frame header has Y = 0 (number of lines defined later by DNL)")
        }
        var components: [JPEGFrameComponent] = []
        components.reserveCapacity(count)
        for i in 0..<count {
            let p = s + 6 + 3 * i
            let id = data[p]
            let h = Int(data[p + 1] >> 4), v = Int(data[p + 1] & 0x0F)
            let tq = Int(data[p + 2])
            guard (1...4).contains(h), (1...4).contains(v) else {
                throw DICOMError.corrupt("JPEG \(name) component \(id) has sampling factors H = \(h), V = \(v) outside 1...4")
            }
            guard tq <= 3 else {
                throw DICOMError.corrupt("JPEG \(name) component \(id) selects quantization table Tq = \(tq) (not 0...3)")
            }
            guard !components.contains(where: { $0.id == id }) else {
                throw DICOMError.corrupt("JPEG \(name) frame header lists component id \(id) twice")
            }
            components.append(JPEGFrameComponent(id: id, horizontalSampling: h, verticalSampling: v, quantizationTable: tq))
        }
        frame = JPEGFrameHeader(marker: code, precision: precision, height: height, width: width, components: components)
    }

    // MARK: - Tables (B.2.4)

    /// DHT (B.2.4.2): repeated Tc|Th (4+4 bits), L1...L16 (code counts per length), then
    /// sum(Li) values. Tc 0 = DC or lossless table, 1 = AC table; Th 0...3.
    private mutating func parseHuffmanTables(_ segment: Range<Int>) throws {
        var p = segment.lowerBound
        guard p < segment.upperBound else { throw DICOMError.corrupt("JPEG DHT segment is empty") }
        while p < segment.upperBound {
            guard p + 17 <= segment.upperBound else {
                throw DICOMError.truncated("JPEG DHT segment ends inside the code counts of a table")
            }
            let tableClass = Int(data[p] >> 4), id = Int(data[p] & 0x0F)
            guard tableClass <= 1, id <= 3 else {
                throw DICOMError.corrupt("JPEG DHT table has class Tc = \(tableClass), id Th = \(id) (expected 0...1, 0...3)")
            }
            let counts = Array(data[(p + 1)..<(p + 17)])
            let total = counts.reduce(0) { $0 + Int($1) }
            p += 17
            guard p + total <= segment.upperBound else {
                throw DICOMError.truncated("JPEG DHT table \(tableClass == 0 ? "DC" : "AC")\(id) lists \(total) values but the segment ends first")
            }
            let values = Array(data[p..<(p + total)])
            p += total
            let table = try JPEGHuffmanTable(counts: counts, values: values,
                                             name: "\(tableClass == 0 ? "DC" : "AC") table \(id)")
            if tableClass == 0 { dcTables[id] = table } else { acTables[id] = table }
        }
    }

    /// DQT (B.2.4.1): repeated Pq|Tq (4+4 bits), then 64 entries of 8 bits (Pq = 0) or 16 bits
    /// (Pq = 1), in zig-zag order. Tq 0...3. Stored in zig-zag order.
    private mutating func parseQuantizationTables(_ segment: Range<Int>) throws {
        var p = segment.lowerBound
        guard p < segment.upperBound else { throw DICOMError.corrupt("JPEG DQT segment is empty") }
        while p < segment.upperBound {
            let precision = Int(data[p] >> 4), id = Int(data[p] & 0x0F)
            guard precision <= 1, id <= 3 else {
                throw DICOMError.corrupt("JPEG DQT table has precision Pq = \(precision), id Tq = \(id) (expected 0...1, 0...3)")
            }
            p += 1
            let entryBytes = precision == 0 ? 1 : 2
            guard p + 64 * entryBytes <= segment.upperBound else {
                throw DICOMError.truncated("JPEG DQT table \(id) ends after fewer than 64 entries")
            }
            var table = [UInt16](repeating: 0, count: 64)
            for k in 0..<64 {
                table[k] = entryBytes == 1
                    ? UInt16(data[p + k])
                    : UInt16(data[p + 2 * k]) << 8 | UInt16(data[p + 2 * k + 1])
            }
            p += 64 * entryBytes
            quantizationTables[id] = table
        }
    }

    /// DRI (B.2.4.4): Lr = 4, then Ri (16 bits), the number of MCUs per restart interval.
    private mutating func parseRestartInterval(_ segment: Range<Int>) throws {
        guard segment.count == 2 else {
            throw DICOMError.corrupt("JPEG DRI segment length \(segment.count + 2) is not 4")
        }
        restartInterval = Int(data[segment.lowerBound]) << 8 | Int(data[segment.lowerBound + 1])
    }

    // MARK: - Scan header (B.2.3)

    /// SOS: Ns (8 bits), Ns times Csj (8), Tdj|Taj (4+4), then Ss (8), Se (8), Ah|Al (4+4).
    /// Checks Ls = 6 + 2 Ns, Ns in 1...4, each Csj names a frame component (at most once),
    /// Tdj/Taj in 0...3, Ss/Se in 0...63, Ah/Al in 0...15 (process-specific limits are the
    /// decoders' job). Then collects the entropy-coded data up to the next non-RST marker.
    private mutating func parseScan(_ segment: Range<Int>) throws -> JPEGScan {
        guard let frame else {
            throw DICOMError.corrupt("JPEG SOS marker before any frame header (SOFn)")
        }
        guard segment.count >= 1 else { throw DICOMError.corrupt("JPEG SOS segment is empty") }
        let s = segment.lowerBound
        let count = Int(data[s])
        guard (1...4).contains(count) else {
            throw DICOMError.corrupt("JPEG SOS has Ns = \(count) components (expected 1...4)")
        }
        guard segment.count == 4 + 2 * count else {
            throw DICOMError.corrupt("JPEG SOS length Ls = \(segment.count + 2) does not match Ns = \(count) (expected \(6 + 2 * count))")
        }
        var components: [JPEGScanComponent] = []
        for j in 0..<count {
            let id = data[s + 1 + 2 * j]
            let td = Int(data[s + 2 + 2 * j] >> 4), ta = Int(data[s + 2 + 2 * j] & 0x0F)
            guard let index = frame.components.firstIndex(where: { $0.id == id }) else {
                throw DICOMError.corrupt("JPEG SOS names component id \(id), which the frame header does not define")
            }
            guard !components.contains(where: { $0.frameIndex == index }) else {
                throw DICOMError.corrupt("JPEG SOS lists component id \(id) twice")
            }
            guard td <= 3, ta <= 3 else {
                throw DICOMError.corrupt("JPEG SOS component \(id) selects Huffman tables Td = \(td), Ta = \(ta) (expected 0...3)")
            }
            components.append(JPEGScanComponent(frameIndex: index, dcTable: td, acTable: ta))
        }
        let p = s + 1 + 2 * count
        let ss = Int(data[p]), se = Int(data[p + 1])
        let ah = Int(data[p + 2] >> 4), al = Int(data[p + 2] & 0x0F)
        guard ss <= 63, se <= 63 else {
            throw DICOMError.corrupt("JPEG SOS has Ss = \(ss), Se = \(se) (expected 0...63)")
        }
        let (entropy, end) = JPEGEntropyCodedData.extract(from: data, start: position)
        position = end
        return JPEGScan(components: components, spectralStart: ss, spectralEnd: se,
                        approximationHigh: ah, approximationLow: al,
                        restartInterval: restartInterval, dcTables: dcTables, acTables: acTables,
                        quantizationTables: quantizationTables, entropyData: entropy)
    }
}
