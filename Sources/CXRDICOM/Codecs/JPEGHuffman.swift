/// Huffman tables, entropy-coded data and the bit reader shared by the pure-Swift JPEG
/// decoders.
///
/// Follows ITU-T T.81: Annex C (Huffman table specification: BITS/HUFFVAL to code sizes and
/// codes, Figures C.1-C.3), F.2.2.3 (the DECODE procedure with MINCODE/MAXCODE/VALPTR,
/// Figures F.15, F.16), F.2.2.4 (RECEIVE and EXTEND, Figures F.17, F.12), F.2.2.5 (NEXTBIT,
/// Figure F.18: a `0xFF` data byte is followed by a stuffed `0x00`) and B.1.1.5 / E.2.4
/// (restart markers RST0...RST7 split the entropy-coded data into independent intervals).

/// One Huffman decoding table (T.81 Annex C and F.2.2.3).
///
/// Built from the DHT lists BITS (the number of codes of each length 1...16) and HUFFVAL
/// (the symbols in order of increasing code length). Codes are assigned canonically
/// (Figure C.2: consecutive integers, shifted left by one bit when the length grows). A table
/// whose counts need more codes of some length than fit (over-subscribed) is rejected.
///
/// Decoding uses a 9-bit lookahead table for short codes and, for longer codes, the
/// MAXCODE/VALPTR comparison of Figure F.16 one length at a time. Hot loops pass tables by
/// pointer (`UnsafePointer<JPEGHuffmanTable>`), which avoids copies and reference counting.
struct JPEGHuffmanTable: Sendable {
    /// Bits looked up at once by the fast path.
    static let lookaheadBits = 9
    /// For each 9-bit prefix: `length << 8 | symbol` of the code it starts with when that code
    /// is at most 9 bits long; 0 when the code is longer (or the prefix is no code).
    let fast: [UInt16]
    /// MAXCODE[l] for l in 0...16: the largest code of length l, -1 when there is none.
    let maxCode: [Int32]
    /// VALPTR[l] - MINCODE[l]: adding a code of length l gives the index of its symbol.
    let valueOffset: [Int32]
    /// HUFFVAL.
    let values: [UInt8]

    /// - Parameters:
    ///   - counts: BITS, 16 entries (number of codes of length 1...16).
    ///   - values: HUFFVAL, `sum(counts)` symbols.
    ///   - name: how error messages refer to the table, e.g. "DC table 0".
    init(counts: [UInt8], values huffval: [UInt8], name: String) throws {
        guard counts.count == 16 else { throw DICOMError.corrupt("JPEG Huffman \(name) has \(counts.count) code counts, not 16") }
        let total = counts.reduce(0) { $0 + Int($1) }
        guard total == huffval.count else {
            throw DICOMError.corrupt("JPEG Huffman \(name) counts \(total) codes but has \(huffval.count) values")
        }
        guard total >= 1, total <= 256 else {
            throw DICOMError.corrupt("JPEG Huffman \(name) defines \(total) codes (expected 1...256)")
        }
        var fast = [UInt16](repeating: 0, count: 1 << Self.lookaheadBits)
        var maxCode = [Int32](repeating: -1, count: 17)
        var valueOffset = [Int32](repeating: 0, count: 17)
        var code = 0        // next code to assign at the current length (Figure C.2)
        var index = 0       // index into HUFFVAL of the next symbol
        for length in 1...16 {
            let n = Int(counts[length - 1])
            if n > 0 {
                // Figure C.2 assigns codes code ..< code + n; they must fit in `length` bits.
                guard code + n <= 1 << length else {
                    throw DICOMError.corrupt("JPEG Huffman \(name) is over-subscribed: \(n) codes of length \(length) do not fit")
                }
                valueOffset[length] = Int32(index - code)
                for k in 0..<n where length <= Self.lookaheadBits {
                    // Every 9-bit prefix that starts with this code decodes to it.
                    let shift = Self.lookaheadBits - length
                    let first = (code + k) << shift
                    let entry = UInt16(length) << 8 | UInt16(huffval[index + k])
                    for prefix in first..<(first + (1 << shift)) { fast[prefix] = entry }
                }
                code += n
                index += n
                maxCode[length] = Int32(code - 1)
            }
            code <<= 1
        }
        self.fast = fast
        self.maxCode = maxCode
        self.valueOffset = valueOffset
        self.values = huffval
    }
}

/// The entropy-coded data of one scan (T.81 B.1.1.5, B.2.1), with byte stuffing removed
/// (`FF 00` becomes `FF`, F.1.2.3) and split into restart intervals at RSTn markers
/// (B.1.1.5: each restart interval is its own entropy-coded segment).
struct JPEGEntropyCodedData: Sendable {
    /// Unstuffed bytes of all segments, back to back.
    var bytes: [UInt8] = []
    /// End offset (in `bytes`) of each segment; segment k is `segmentEnds[k-1] ..< segmentEnds[k]`.
    var segmentEnds: [Int] = []
    /// The n of the RSTn marker in front of segment k is `restartNumbers[k - 1]`.
    var restartNumbers: [Int] = []

    var segmentCount: Int { segmentEnds.count }

    /// The byte range of segment `k`, or an empty range when the data has fewer segments.
    func segment(_ k: Int) -> Range<Int> {
        guard k >= 0, k < segmentEnds.count else { return bytes.count..<bytes.count }
        let start = k == 0 ? 0 : segmentEnds[k - 1]
        return start..<segmentEnds[k]
    }

    /// Moves on to the next restart interval (E.2.4, B.1.1.5): the interval just decoded must
    /// not have run out of data, and the next segment must follow the expected RSTn marker
    /// (n = 0...7, counting modulo 8). Returns a reader for that segment.
    func nextInterval(after reader: JPEGBitReader, _ interval: inout Int) throws -> JPEGBitReader {
        if reader.overran {
            throw DICOMError.truncated("JPEG restart interval \(interval) ends before its last MCU")
        }
        interval += 1
        guard interval < segmentCount else {
            throw DICOMError.truncated("JPEG data ends before restart interval \(interval) (RST marker missing)")
        }
        let found = restartNumbers[interval - 1]
        let expected = (interval - 1) % 8
        guard found == expected else {
            throw DICOMError.corrupt("JPEG restart marker RST\(found) found where RST\(expected) was expected")
        }
        return JPEGBitReader(self, segment: interval)
    }

    /// Collects the entropy-coded data that starts at `start`: everything up to the first
    /// marker other than RSTn (B.1.1.2: `FF` followed by a byte other than `00` and `FF`;
    /// `FF FF` are fill bytes in front of a marker). Returns the data and the offset of that
    /// marker (or the end of `data` when there is none).
    static func extract(from data: [UInt8], start: Int) -> (JPEGEntropyCodedData, Int) {
        var result = JPEGEntropyCodedData()
        var i = max(0, start)
        let n = data.count
        result.bytes.reserveCapacity(max(0, n - i))
        data.withUnsafeBufferPointer { d in
            while i < n {
                // Copy a run of ordinary bytes at once.
                var j = i
                while j < n && d[j] != 0xFF { j += 1 }
                if j > i { result.bytes.append(contentsOf: d[i..<j]) }
                i = j
                guard i < n else { break }
                guard i + 1 < n else { i = n; break }   // a lone FF at the very end: dropped
                let next = d[i + 1]
                if next == 0x00 {
                    result.bytes.append(0xFF)
                    i += 2
                } else if next >= 0xD0 && next <= 0xD7 {
                    result.segmentEnds.append(result.bytes.count)
                    result.restartNumbers.append(Int(next - 0xD0))
                    i += 2
                } else if next == 0xFF {
                    i += 1                               // fill byte before a marker
                } else {
                    break                                // any other marker ends the scan
                }
            }
        }
        result.segmentEnds.append(result.bytes.count)
        return (result, i)
    }
}

/// Reads the bits of one entropy-coded segment, most significant bit first (T.81 F.2.2.5).
///
/// Past the end of its segment the reader supplies zero bits, as if the data went on, and
/// counts them: `overran` is true once a decode has consumed any of them. A valid stream never
/// does (an encoder pads its last byte with 1 bits, F.1.2.3), so callers check `overran` at
/// the end of every restart interval / MCU row and report truncated data.
struct JPEGBitReader {
    private let bytes: [UInt8]
    private var position: Int
    private let end: Int
    /// Bit buffer, left-aligned: the next bit to read is bit 63.
    private var buffer: UInt64 = 0
    /// Number of valid bits in `buffer` (including padding zero bits).
    private var bitCount = 0
    /// Zero bytes appended past the end of the segment (capped; only compared with bitCount).
    private var paddingBytes = 0

    init(_ data: JPEGEntropyCodedData, segment k: Int) {
        let range = data.segment(k)
        self.bytes = data.bytes
        self.position = range.lowerBound
        self.end = min(range.upperBound, data.bytes.count)
    }

    /// True once more bits were consumed than the segment holds.
    var overran: Bool { paddingBytes * 8 > bitCount }

    /// Tops the buffer up to at least 57 bits.
    @inline(__always)
    private mutating func refill() {
        while bitCount <= 56 {
            var byte: UInt64 = 0
            if position < end {
                byte = UInt64(bytes[position])
                position += 1
            } else if paddingBytes < 1 << 24 {
                paddingBytes += 1
            }
            buffer |= byte &<< UInt64(56 - bitCount)
            bitCount += 8
        }
    }

    /// DECODE (T.81 F.2.2.3, Figure F.16): the next Huffman-coded symbol of `table`.
    /// The table is passed by pointer so that hot loops do not copy its 1.4 kB.
    @inline(__always)
    mutating func decode(_ table: UnsafePointer<JPEGHuffmanTable>) throws -> Int {
        if bitCount < 32 { refill() }
        let entry = table.pointee.fast[Int(truncatingIfNeeded: buffer &>> UInt64(64 - JPEGHuffmanTable.lookaheadBits))]
        if entry != 0 {
            let length = Int(entry >> 8)
            buffer = buffer &<< UInt64(length)
            bitCount -= length
            return Int(entry & 0xFF)
        }
        return try decodeLong(table)
    }

    /// Codes longer than the lookahead: compare with MAXCODE one length at a time.
    private mutating func decodeLong(_ table: UnsafePointer<JPEGHuffmanTable>) throws -> Int {
        var length = JPEGHuffmanTable.lookaheadBits + 1
        while length <= 16 {
            let code = Int(truncatingIfNeeded: buffer &>> UInt64(64 - length))
            if code <= Int(table.pointee.maxCode[length]) {
                let index = code + Int(table.pointee.valueOffset[length])
                guard index >= 0, index < table.pointee.values.count else { break }
                buffer = buffer &<< UInt64(length)
                bitCount -= length
                return Int(table.pointee.values[index])
            }
            length += 1
        }
        throw DICOMError.corrupt("JPEG entropy-coded data holds a bit pattern that is no code of its Huffman table")
    }

    /// RECEIVE(s) then EXTEND (T.81 F.2.2.4, Figures F.12 and F.17): reads `s` bits (0...16)
    /// as an unsigned value V and maps it to the signed difference it stands for:
    /// V < 2^(s-1) means V - 2^s + 1, otherwise V.
    @inline(__always)
    mutating func receiveExtend(_ s: Int) -> Int {
        guard s > 0, s <= 16 else { return 0 }
        if bitCount < s { refill() }
        let v = Int(truncatingIfNeeded: buffer &>> UInt64(64 - s))
        buffer = buffer &<< UInt64(s)
        bitCount -= s
        return v < 1 << (s - 1) ? v - (1 << s) + 1 : v
    }
}
