/// A structural check of a JPEG 2000 codestream, done in Swift before OpenJPEG sees the data.
///
/// Follows ITU-T T.800 Annex A: the main header (SOC, then SIZ, then marker segments up to the
/// first SOT) and the chain of tile-parts (SOT segments whose Psot gives each tile-part's
/// length), ending with EOC. For a JP2 file (T.800 Annex I) the codestream is the payload of
/// the first top-level `jp2c` box.
///
/// Why: OpenJPEG allocates its per-tile coding parameters while reading the main header, so a
/// 100-byte SIZ announcing 65,000 tiles costs about 0.8 GB and seconds before any caller can
/// object; and it decodes a codestream whose later tiles are missing (EOC right after the
/// first tiles) without an error, leaving those tiles blank; and it walks every packet the
/// coding style allows even when the data holds none (65,000 quality layers cost seconds).
/// This check rejects all three: the image size goes through `DecodingLimits`, the tile count
/// is capped at `maxTiles`, every tile must have at least one tile-part (T.800 A.4.2), and the
/// packet count implied by COD/COC is capped at `maxPackets`. It also refuses what
/// `JPEG2000Decoder` does not handle: other than 1 or 3 components, subsampled components,
/// more than 16 bits, and tile-part CODs that change the multiple-component transform.
struct JPEG2000Codestream {
    /// Image area from SIZ: `Xsiz - XOsiz` by `Ysiz - YOsiz`.
    var width: Int
    var height: Int
    /// Csiz.
    var components: Int
    /// Number of tiles on the reference grid.
    var tileCount: Int
    /// The main header COD's multiple-component transform: 0 none, 1 RCT (5/3) or ICT (9/7) on
    /// components 0 ... 2, other values Part 2. Tile-part CODs must agree (checked).
    var multipleComponentTransform: Int

    /// More tiles than this are refused (`unsupported`): OpenJPEG needs roughly 12 KB per tile
    /// of a 3-component image before decoding starts, and single-tile images are the norm in
    /// DICOM (a 50-megapixel image in 256 x 256 tiles has about 800).
    static let maxTiles = 4096

    /// Reads and checks the structure of `data` (a J2K codestream, or a JP2 file when `isJP2`).
    init(_ data: [UInt8], isJP2: Bool, limits: DecodingLimits) throws {
        var reader = Reader(data: data, position: 0, end: data.count)
        if isJP2 {
            reader = try Self.codestreamBox(data)
        }
        let start = reader.position
        guard try reader.uint16() == 0xFF4F, try reader.uint16() == 0xFF51 else {
            throw DICOMError.corrupt("JPEG 2000 codestream does not start with SOC and SIZ at offset \(start)")
        }

        // SIZ (T.800 A.5.1).
        let sizStart = reader.position // Lsiz counts itself, not the marker
        let lsiz = try reader.uint16()
        _ = try reader.uint16() // Rsiz
        let xsiz = try reader.uint32(), ysiz = try reader.uint32()
        let xosiz = try reader.uint32(), yosiz = try reader.uint32()
        let xtsiz = try reader.uint32(), ytsiz = try reader.uint32()
        let xtosiz = try reader.uint32(), ytosiz = try reader.uint32()
        let csiz = try reader.uint16()
        guard lsiz == 38 + 3 * csiz else {
            throw DICOMError.corrupt("JPEG 2000 SIZ length \(lsiz) does not match \(csiz) components")
        }
        guard xosiz < xsiz, yosiz < ysiz else {
            throw DICOMError.corrupt("JPEG 2000 SIZ image area \(xosiz)...\(xsiz) x \(yosiz)...\(ysiz) is empty")
        }
        guard xtsiz > 0, ytsiz > 0, xtosiz <= xosiz, ytosiz <= yosiz,
              xtosiz + xtsiz > xosiz, ytosiz + ytsiz > yosiz else {
            throw DICOMError.corrupt("JPEG 2000 SIZ tiling \(xtsiz) x \(ytsiz) at \(xtosiz), \(ytosiz) does not cover the image origin")
        }
        width = xsiz - xosiz
        height = ysiz - yosiz
        components = csiz
        guard components == 1 || components == 3 else {
            throw DICOMError.unsupported("JPEG 2000 image with \(components) components (1 or 3 handled)")
        }
        _ = try limits.sampleCount(width: width, height: height, components: components)
        for c in 0..<components {
            let ssiz = try reader.uint8()
            let xrsiz = try reader.uint8(), yrsiz = try reader.uint8()
            guard xrsiz == 1, yrsiz == 1 else {
                throw DICOMError.unsupported("JPEG 2000 component \(c) is subsampled (\(xrsiz) x \(yrsiz))")
            }
            guard (ssiz & 0x7F) + 1 <= 16 else {
                throw DICOMError.unsupported("JPEG 2000 component \(c) has \((ssiz & 0x7F) + 1)-bit precision (1 to 16 handled)")
            }
        }
        // All values are at most 2^32 - 1, so these stay far from Int's limits on 64-bit.
        let tilesAcross = (xsiz - xtosiz + xtsiz - 1) / xtsiz
        let tilesDown = (ysiz - ytosiz + ytsiz - 1) / ytsiz
        let (tiles, overflow) = tilesAcross.multipliedReportingOverflow(by: tilesDown)
        guard !overflow, tiles <= Self.maxTiles else {
            throw DICOMError.unsupported("JPEG 2000 image in \(tilesAcross) x \(tilesDown) tiles (at most \(Self.maxTiles) handled)")
        }
        tileCount = tiles
        reader.position = sizStart + lsiz

        // Rest of the main header: marker segments up to the first SOT (T.800 A.4.1).
        var coding = CodingSummary()
        var mainMCT: Int?
        while true {
            let at = reader.position
            let marker = try reader.uint16()
            if marker == 0xFF90 { reader.position = at; break }
            if marker == 0xFFD9 { throw DICOMError.truncated("JPEG 2000 codestream ends (EOC) before its first tile-part") }
            if let mct = try Self.readSegment(marker, at: at, in: &reader, where: "main header",
                                              components: components, coding: &coding) { mainMCT = mct }
        }
        multipleComponentTransform = mainMCT ?? 0

        // Tile-parts (T.800 A.4.2): SOT, Lsot = 10, Isot, Psot, TPsot, TNsot; Psot counts from
        // the SOT marker to the end of the tile-part's data, 0 meaning "up to EOC".
        var seen = [Bool](repeating: false, count: tileCount)
        walk: while reader.position < reader.end {
            let at = reader.position
            let marker = try reader.uint16()
            switch marker {
            case 0xFFD9:
                break walk // EOC; anything after it (DICOM's padding byte) is ignored.
            case 0xFF90:
                guard try reader.uint16() == 10 else { throw DICOMError.corrupt("JPEG 2000 SOT at offset \(at) has a length other than 10") }
                let tile = try reader.uint16()
                let psot = try reader.uint32()
                try reader.skip(2) // TPsot, TNsot
                guard tile < tileCount else {
                    throw DICOMError.corrupt("JPEG 2000 tile-part at offset \(at) is for tile \(tile) of \(tileCount)")
                }
                seen[tile] = true
                guard psot == 0 || psot >= 14 else { throw DICOMError.corrupt("JPEG 2000 tile-part at offset \(at) is \(psot) bytes long") }
                guard psot <= reader.end - at else {
                    throw DICOMError.truncated("JPEG 2000 tile-part at offset \(at) is \(psot) bytes long, the data ends after \(reader.end - at)")
                }
                // Tile-part header, up to SOD and inside the tile-part: a COD here may switch the
                // transform for this tile, which the caller could not tell from the main header;
                // refuse that.
                var header = Reader(data: data, position: reader.position, end: psot == 0 ? reader.end : at + psot)
                while true {
                    let markerAt = header.position
                    let headerMarker = try header.uint16()
                    if headerMarker == 0xFF93 { break } // SOD
                    if let mct = try Self.readSegment(headerMarker, at: markerAt, in: &header, where: "tile-part header",
                                                      components: components, coding: &coding),
                       mct != multipleComponentTransform {
                        throw DICOMError.unsupported("JPEG 2000 tile \(tile) sets the multiple-component transform to \(mct), the main header to \(multipleComponentTransform)")
                    }
                }
                if psot == 0 { break walk } // the last tile-part runs to EOC
                reader.position = at + psot
            default:
                throw DICOMError.corrupt("JPEG 2000: \(Self.hex(marker)) at offset \(at) where a tile-part (SOT) or EOC should start")
            }
        }
        if let missing = seen.firstIndex(of: false) {
            throw DICOMError.truncated("JPEG 2000 codestream has no data for tile \(missing) of \(tileCount)")
        }

        // OpenJPEG visits every packet (layer x resolution x component x precinct of every
        // tile) even when the data holds none of them: 65,000 layers on a 64 x 48 image cost a
        // second. Bound the count from the coding style markers before handing over.
        let packets = coding.packetBound(tiles: tileCount, components: components,
                                         tileWidth: min(xtsiz, width), tileHeight: min(ytsiz, height))
        guard packets <= Self.maxPackets else {
            throw DICOMError.unsupported("JPEG 2000 coding style implies up to \(packets) packets (\(coding.maxLayers) layers, \(coding.maxLevels) decomposition levels, \(tileCount) tiles; at most \(Self.maxPackets) handled)")
        }
    }

    /// Largest accepted packet count (see `CodingSummary.packetBound`): about 0.4 s of OpenJPEG
    /// work on empty packets; ordinary images need a few hundred to a few hundred thousand.
    static let maxPackets = 1 << 22

    /// The coding-style values (COD, COC: T.800 A.6.1, A.6.2) that drive OpenJPEG's packet loop,
    /// taken at their most expensive over the main and tile-part headers.
    fileprivate struct CodingSummary {
        var maxLayers = 1
        var maxLevels = 0
        /// Smallest precinct exponents seen (15: one precinct per resolution, the default).
        var minPrecinctX = 15
        var minPrecinctY = 15

        /// Reads SPcod / SPcoc (decomposition levels, code-block size and style, transform,
        /// optional precinct sizes) at `reader`, `customPrecincts` from Scod / Scoc bit 0.
        mutating func readCodingStyle(_ reader: inout Reader, customPrecincts: Bool) throws {
            let levels = try reader.uint8()
            guard levels <= 32 else { throw DICOMError.corrupt("JPEG 2000 coding style with \(levels) decomposition levels (32 allowed)") }
            maxLevels = max(maxLevels, levels)
            try reader.skip(4) // code-block width, height, style, wavelet transform
            if customPrecincts {
                for _ in 0...levels {
                    let sizes = try reader.uint8()
                    minPrecinctX = min(minPrecinctX, sizes & 0x0F)
                    minPrecinctY = min(minPrecinctY, sizes >> 4)
                }
            }
        }

        /// An upper bound on the packets of the whole image: tiles x components x layers x the
        /// precincts of every resolution of one tile (resolution r of D levels is the tile
        /// scaled by 2^(D - r)). Saturates at `Int.max`.
        func packetBound(tiles: Int, components: Int, tileWidth: Int, tileHeight: Int) -> Int {
            func ceilShift(_ value: Int, _ shift: Int) -> Int { (value + (1 << shift) - 1) >> shift }
            var precincts = 0
            for r in 0...maxLevels {
                let w = ceilShift(tileWidth, maxLevels - r), h = ceilShift(tileHeight, maxLevels - r)
                precincts += max(1, ceilShift(w, minPrecinctX)) * max(1, ceilShift(h, minPrecinctY))
            }
            var total = precincts
            for factor in [tiles, components, maxLayers] {
                let (product, overflow) = total.multipliedReportingOverflow(by: factor)
                if overflow { return Int.max }
                total = product
            }
            return total
        }
    }

    /// Skips the marker segment of `marker` (read at `at`), noting COD and COC values in
    /// `coding`; for COD returns its MCT byte (SGcod's third field, T.800 A.6.1), else nil.
    private static func readSegment(_ marker: Int, at: Int, in reader: inout Reader, where place: String,
                                    components: Int, coding: inout CodingSummary) throws -> Int? {
        guard marker >= 0xFF30 else {
            throw DICOMError.corrupt("JPEG 2000 \(place): \(hex(marker)) at offset \(at) is not a marker")
        }
        if marker <= 0xFF3F { return nil } // FF30...FF3F: markers without a segment (T.800 A.1.3)
        let length = try reader.uint16()
        guard length >= 2 else { throw DICOMError.corrupt("JPEG 2000 \(place): marker segment of length \(length) at offset \(at)") }
        let segmentEnd = reader.position + length - 2
        guard segmentEnd <= reader.end else {
            throw DICOMError.truncated("JPEG 2000 \(place): marker segment at offset \(at) runs past the end of the data")
        }
        // COD / COC fields are read inside the segment only.
        var segment = Reader(data: reader.data, position: reader.position, end: segmentEnd)
        var mct: Int?
        switch marker {
        case 0xFF52: // COD: Scod, progression order, layers (2 bytes), MCT, SPcod
            let scod = try segment.uint8()
            try segment.skip(1)
            let layers = try segment.uint16()
            guard layers >= 1 else { throw DICOMError.corrupt("JPEG 2000 COD at offset \(at) announces 0 quality layers") }
            coding.maxLayers = max(coding.maxLayers, layers)
            mct = try segment.uint8()
            try coding.readCodingStyle(&segment, customPrecincts: scod & 1 != 0)
        case 0xFF53: // COC: Ccoc (1 byte, 2 when Csiz >= 257), Scoc, SPcoc
            try segment.skip(components < 257 ? 1 : 2)
            let scoc = try segment.uint8()
            try coding.readCodingStyle(&segment, customPrecincts: scoc & 1 != 0)
        default:
            break
        }
        reader.position = segmentEnd
        return mct
    }

    /// `0xFF90` as "FF90".
    private static func hex(_ value: Int) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// The payload of the first top-level `jp2c` box of a JP2 file (T.800 I.4, I.5.4).
    private static func codestreamBox(_ data: [UInt8]) throws -> Reader {
        var reader = Reader(data: data, position: 0, end: data.count)
        while reader.position < reader.end {
            let boxStart = reader.position
            var length = try reader.uint32()
            let type = try reader.uint32()
            if length == 1 {
                let high = try reader.uint32(), low = try reader.uint32()
                guard high == 0 else { throw DICOMError.unsupported("JP2 box larger than 4 GB") }
                length = low
            } else if length == 0 {
                length = reader.end - boxStart // the box runs to the end of the file
            }
            let headerLength = reader.position - boxStart
            guard length >= headerLength, length <= reader.end - boxStart else {
                throw DICOMError.truncated("JP2 box at offset \(boxStart) claims \(length) bytes, \(reader.end - boxStart) left")
            }
            if type == 0x6A70_3263 { // "jp2c"
                return Reader(data: data, position: reader.position, end: boxStart + length)
            }
            reader.position = boxStart + length
        }
        throw DICOMError.corrupt("JP2 file without a contiguous codestream (jp2c) box")
    }

    /// Big-endian reads from `data[position ..< end]`, each bounds-checked.
    fileprivate struct Reader {
        let data: [UInt8]
        var position: Int
        let end: Int

        mutating func uint8() throws -> Int {
            guard position >= 0, position < end, end <= data.count else {
                throw DICOMError.truncated("JPEG 2000 data ends at offset \(end) inside a header")
            }
            defer { position += 1 }
            return Int(data[position])
        }

        mutating func uint16() throws -> Int { try uint8() << 8 | uint8() }
        mutating func uint32() throws -> Int { try uint16() << 16 | uint16() }

        mutating func skip(_ count: Int) throws {
            guard count >= 0, count <= end - position else {
                throw DICOMError.truncated("JPEG 2000 marker segment at offset \(position) runs past the end of the data")
            }
            position += count
        }
    }
}
