import Foundation  // cos() for the IDCT basis

/// Decoder for sequential DCT JPEG with Huffman coding: baseline (SOF0, P = 8) and extended
/// sequential (SOF1, P = 8 or 12); DICOM transfer syntax 1.2.840.10008.1.2.4.51 (and .50).
///
/// Follows ITU-T T.81:
/// - A.1.1 / A.2: component dimensions xi = ceil(X * Hi / Hmax), yi = ceil(Y * Vi / Vmax);
///   non-interleaved scans (Ns = 1) code ceil(xi/8) x ceil(yi/8) blocks one per MCU,
///   interleaved scans code ceil(X / (8 Hmax)) x ceil(Y / (8 Vmax)) MCUs of Hi x Vi blocks
///   per component (sum of Hi x Vi at most 10, B.2.3), in scan-header order.
/// - F.2.2.1 / F.2.2.2: DC difference (category, then extra bits; predictor = previous DC of
///   the same component, reset to 0 at the start of the scan and of each restart interval)
///   and AC run/size symbols (EOB = 0x00, ZRL = 0xF0) in zig-zag order (Figure A.6).
/// - A.3.4 / A.3.3: dequantization (coefficient x Q, both in zig-zag order) and the inverse DCT
///     s(y,x) = 1/4 sum_u sum_v C(u) C(v) S(v,u) cos((2x+1)u pi/16) cos((2y+1)v pi/16),
///     C(0) = 1/sqrt(2), C(k) = 1 otherwise,
///   computed separably in Double (exact up to rounding; libjpeg's integer "islow" IDCT
///   differs by about one unit), then the level shift + 2^(P-1), rounding to nearest and
///   clamping to 0 ... 2^P - 1 (A.3.1).
/// - E.2.4 / B.1.1.5: restart intervals (RSTn markers, counted modulo 8).
///
/// Components come back as decoded (YCbCr stays YCbCr) at full image size: a subsampled
/// component is upsampled like libjpeg's default "fancy" upsampling where that applies
/// (exactly 2:1 horizontally with 1:1 or 2:1 vertically, component wider than 2 samples:
/// triangle filter, weights 3/4 and 1/4, edge samples replicated); every other ratio by
/// replication (sample at x * Hi / Hmax, y * Vi / Vmax).
///
/// Not handled (thrown as `.unsupported`): progressive (SOF2), lossless (SOF3, see
/// `JPEGLosslessDecoder`), hierarchical and arithmetic-coded streams, other precisions
/// (including the non-standard P = 16 that GDCM's lossy codec writes),
/// more than 4 components, a height defined by DNL.
enum JPEGExtendedDecoder {
    /// Decodes one sequential-DCT JPEG stream into an HWC interleaved frame, `precision` = P.
    static func decode(_ data: [UInt8], limits: DecodingLimits) throws -> DecodedFrame {
        var reader = try JPEGStreamReader(data)
        var state: ExtendedFrameState?
        while let scan = try reader.nextScan() {
            guard let frame = reader.frame else {
                throw DICOMError.corrupt("JPEG SOS marker before any frame header (SOFn)")
            }
            let current = try state ?? ExtendedFrameState(frame: frame, limits: limits)
            state = current
            try current.decodeScan(scan)
        }
        guard let frame = reader.frame else {
            throw DICOMError.corrupt("JPEG stream has no frame header (SOFn)")
        }
        guard let state else {
            try ExtendedFrameState.checkFrame(frame)   // report a wrong process first
            throw DICOMError.truncated("JPEG stream (\(JPEGMarkerCode.name(frame.marker))) has no scan (SOS)")
        }
        return try state.finish()
    }
}

/// The 8 x 8 inverse DCT of T.81 A.3.3, separable, in Double.
enum JPEGInverseDCT {
    /// Zig-zag order (T.81 Figure A.6): `zigZagToNatural[k]` is the row-major index (row * 8 +
    /// column) of the k-th coefficient in coding order. Built by walking the anti-diagonals
    /// row + column = s, upwards (decreasing row) for even s and downwards for odd s.
    static let zigZagToNatural: [Int] = {
        var order: [Int] = []
        for s in 0...14 {
            let rows = Array(max(0, s - 7)...min(s, 7))
            for row in (s % 2 == 0 ? rows.reversed() : rows) { order.append(row * 8 + (s - row)) }
        }
        return order
    }()

    /// `basis[x * 8 + u] = C(u)/2 * cos((2x + 1) u pi / 16)`, so that one 1-D pass is
    /// `out[x] = sum_u basis[x * 8 + u] * in[u]` and two passes give the 2-D formula.
    static let basis: [Double] = {
        var table = [Double](repeating: 0, count: 64)
        for x in 0..<8 {
            for u in 0..<8 {
                let c: Double = u == 0 ? 1 / 2.0.squareRoot() : 1
                let angle = Double((2 * x + 1) * u) * Double.pi / 16
                table[x * 8 + u] = c / 2 * cos(angle)
            }
        }
        return table
    }()

    /// Transforms `block` (64 dequantized coefficients, row-major: index v * 8 + u) in place
    /// into 64 spatial values (index y * 8 + x), before the level shift. `rowMask` has bit v
    /// set when row v has a nonzero coefficient other than its first (u = 0); rows without
    /// take a shortcut. `workspace` holds 64 Doubles.
    @inline(__always)
    static func transform(_ block: UnsafeMutablePointer<Double>, rowMask: Int,
                          basis b: UnsafePointer<Double>, workspace t: UnsafeMutablePointer<Double>) {
        // Pass 1, along each row v: t[v][x] = sum_u b[x][u] * S[v][u].
        var nonzeroRows = 0
        for v in 0..<8 {
            let row = block + v * 8
            if rowMask & (1 << v) == 0 {
                let value = row[0] * b[0]          // b[x][0] is the same for every x
                for x in 0..<8 { t[v * 8 + x] = value }
                if value != 0 { nonzeroRows |= 1 << v }
            } else {
                for x in 0..<8 {
                    let bx = b + x * 8
                    var sum = 0.0
                    for u in 0..<8 { sum += bx[u] * row[u] }
                    t[v * 8 + x] = sum
                }
                nonzeroRows |= 1 << v
            }
        }
        // Pass 2, along each column x: s[y][x] = sum_v b[y][v] * t[v][x].
        for y in 0..<8 {
            let by = b + y * 8
            for x in 0..<8 {
                var sum = 0.0
                var rows = nonzeroRows
                var v = 0
                while rows != 0 {
                    if rows & 1 != 0 { sum += by[v] * t[v * 8 + x] }
                    rows >>= 1
                    v += 1
                }
                block[y * 8 + x] = sum
            }
        }
    }
}

/// The frame being decoded: one sample plane per component, padded to whole MCUs.
private final class ExtendedFrameState {
    let frame: JPEGFrameHeader
    let componentCount: Int
    let maxH: Int
    let maxV: Int
    /// MCUs per line and MCU lines of an interleaved scan (A.2.3).
    let mcusPerLine: Int
    let mcuLines: Int
    /// xi and yi of each component (A.1.1).
    let componentWidths: [Int]
    let componentHeights: [Int]
    /// Each component's plane inside `storage`: width, height (multiples of 8), offset.
    let planeWidths: [Int]
    let planeHeights: [Int]
    let planeOffsets: [Int]
    var storage: [UInt16]
    var decoded: [Bool]
    /// Output sample count, checked against the limits before anything was allocated.
    let outputCount: Int

    /// Checks the frame header for baseline/extended sequential DCT and allocates the planes.
    init(frame: JPEGFrameHeader, limits: DecodingLimits) throws {
        try Self.checkFrame(frame)
        self.frame = frame
        componentCount = frame.components.count
        outputCount = try limits.sampleCount(width: frame.width, height: frame.height, components: componentCount)
        // A single-component frame is always non-interleaved and its sampling factors do not
        // matter (A.2.2); treat them as 1 so the plane is not padded needlessly.
        let single = componentCount == 1
        maxH = single ? 1 : frame.maxHorizontalSampling
        maxV = single ? 1 : frame.maxVerticalSampling
        mcusPerLine = (frame.width + 8 * maxH - 1) / (8 * maxH)
        mcuLines = (frame.height + 8 * maxV - 1) / (8 * maxV)
        var widths: [Int] = [], heights: [Int] = []
        var planeW: [Int] = [], planeH: [Int] = [], offsets: [Int] = []
        // The planes together hold at most Nf times the frame padded to whole MCUs (fewer
        // than 32 extra columns and lines), so their size follows from the limit checked
        // above; the products are still overflow-checked.
        var total = 0
        for component in frame.components {
            let h = single ? 1 : component.horizontalSampling
            let v = single ? 1 : component.verticalSampling
            widths.append((frame.width * h + maxH - 1) / maxH)
            heights.append((frame.height * v + maxV - 1) / maxV)
            let w = mcusPerLine * h * 8, hh = mcuLines * v * 8
            let (size, o1) = w.multipliedReportingOverflow(by: hh)
            let (next, o2) = total.addingReportingOverflow(size)
            guard !o1, !o2 else {
                throw DICOMError.tooLarge(width: frame.width, height: frame.height, maxPixels: limits.maxPixels)
            }
            planeW.append(w); planeH.append(hh); offsets.append(total)
            total = next
        }
        componentWidths = widths; componentHeights = heights
        planeWidths = planeW; planeHeights = planeH; planeOffsets = offsets
        storage = [UInt16](repeating: 0, count: total)
        decoded = Array(repeating: false, count: componentCount)
    }

    /// Checks that the frame header is one this decoder handles: SOF0 with P = 8 or SOF1 with
    /// P = 8 or 12 (B.2.2, Table B.2), at most 4 components.
    static func checkFrame(_ frame: JPEGFrameHeader) throws {
        let name = JPEGMarkerCode.name(frame.marker)
        switch frame.marker {
        case JPEGMarkerCode.sof0:
            guard frame.precision == 8 else {
                throw DICOMError.corrupt("baseline JPEG \(name) has precision P = \(frame.precision) (must be 8)")
            }
        case JPEGMarkerCode.sof1:
            // T.81 (B.2.2, Table B.2) allows P = 8 or 12. GDCM's lossy codec writes SOF1 with
            // P = 16 for 16-bit data; its decoder's level shift does not follow 2^(P-1), so
            // such streams are refused rather than decoded with a different offset.
            guard frame.precision == 8 || frame.precision == 12 else {
                throw DICOMError.unsupported("extended JPEG \(name) with precision P = \(frame.precision) (T.81 allows 8 or 12)")
            }
        case JPEGMarkerCode.sof2:
            throw DICOMError.unsupported("progressive JPEG (\(name)) is not decoded here")
        case JPEGMarkerCode.sof3:
            throw DICOMError.unsupported("JPEG stream is lossless (\(name)); use the lossless decoder")
        default:
            throw DICOMError.unsupported("JPEG process \(name)")
        }
        guard frame.components.count <= 4 else {
            throw DICOMError.unsupported("JPEG \(name) with \(frame.components.count) components (at most 4)")
        }
    }

    /// One block position inside an MCU: which scan component, and its block offset.
    private struct BlockSlot { var scanIndex: Int; var blockRow: Int; var blockColumn: Int }

    /// Everything the block loop needs about one scan, prepared and checked in `decodeScan`.
    private struct ScanPlan {
        /// Blocks of one MCU in coding order (A.2.3).
        var slots: [BlockSlot]
        var mcuColumns: Int
        var mcuRows: Int
        /// Per scan component j: blocks per MCU horizontally/vertically (1 when non-interleaved),
        /// plane offset and width in `storage`, quantization table in zig-zag order.
        var samplingH: [Int]
        var samplingV: [Int]
        var planeOffset: [Int]
        var planeStride: [Int]
        var quantization: [[Double]]
        var restartInterval: Int
        var precision: Int
    }

    /// Decodes one sequential scan (F.2.2) into the planes of its components.
    func decodeScan(_ scan: JPEGScan) throws {
        // Sequential scans carry Ss = 0, Se = 63, Ah = Al = 0; like libjpeg, other values are
        // tolerated (the reader already checked their ranges) and the scan is decoded as
        // sequential.
        let single = componentCount == 1
        var dcTables: [JPEGHuffmanTable] = [], acTables: [JPEGHuffmanTable] = []
        var quantization: [[Double]] = []
        var samplingH: [Int] = [], samplingV: [Int] = []
        for component in scan.components {
            let fc = frame.components[component.frameIndex]
            guard !decoded[component.frameIndex] else {
                throw DICOMError.corrupt("sequential JPEG component \(fc.id) appears in more than one scan")
            }
            guard let dc = scan.dcTables[component.dcTable] else {
                throw DICOMError.corrupt("JPEG SOS: component \(fc.id) uses DC Huffman table \(component.dcTable), which no DHT defined")
            }
            guard let ac = scan.acTables[component.acTable] else {
                throw DICOMError.corrupt("JPEG SOS: component \(fc.id) uses AC Huffman table \(component.acTable), which no DHT defined")
            }
            guard let q = scan.quantizationTables[fc.quantizationTable], q.count == 64 else {
                throw DICOMError.corrupt("JPEG component \(fc.id) uses quantization table \(fc.quantizationTable), which no DQT defined before its scan")
            }
            dcTables.append(dc); acTables.append(ac)
            quantization.append(q.map { Double($0) })
            samplingH.append(single ? 1 : fc.horizontalSampling)
            samplingV.append(single ? 1 : fc.verticalSampling)
        }

        // MCU layout (A.2.2 non-interleaved, A.2.3 interleaved).
        var slots: [BlockSlot] = []
        let mcuColumns: Int, mcuRows: Int
        if scan.components.count > 1 {
            for j in 0..<scan.components.count {
                for v in 0..<samplingV[j] {
                    for h in 0..<samplingH[j] { slots.append(BlockSlot(scanIndex: j, blockRow: v, blockColumn: h)) }
                }
            }
            guard slots.count <= 10 else {
                throw DICOMError.corrupt("JPEG SOS interleaves \(slots.count) blocks per MCU (at most 10)")
            }
            mcuColumns = mcusPerLine
            mcuRows = mcuLines
        } else {
            let c = scan.components[0].frameIndex
            slots = [BlockSlot(scanIndex: 0, blockRow: 0, blockColumn: 0)]
            mcuColumns = (componentWidths[c] + 7) / 8
            mcuRows = (componentHeights[c] + 7) / 8
            samplingH[0] = 1; samplingV[0] = 1
        }
        // Every block lands inside its component's plane: checked here once, so the block
        // loop can write through unchecked pointers.
        for j in 0..<scan.components.count {
            let c = scan.components[j].frameIndex
            guard mcuColumns * samplingH[j] * 8 <= planeWidths[c], mcuRows * samplingV[j] * 8 <= planeHeights[c],
                  planeOffsets[c] + planeWidths[c] * planeHeights[c] <= storage.count else {
                throw DICOMError.corrupt("JPEG scan geometry does not fit the frame (component \(frame.components[c].id))")
            }
        }
        let plan = ScanPlan(slots: slots, mcuColumns: mcuColumns, mcuRows: mcuRows,
                            samplingH: samplingH, samplingV: samplingV,
                            planeOffset: scan.components.map { planeOffsets[$0.frameIndex] },
                            planeStride: scan.components.map { planeWidths[$0.frameIndex] },
                            quantization: quantization, restartInterval: scan.restartInterval,
                            precision: frame.precision)
        // Tables go by pointer (no copies of their 1.4 kB per block): DC table of scan
        // component j at j, its AC table at count + j.
        let tables = dcTables + acTables
        try tables.withUnsafeBufferPointer { tableBuffer in
            guard let tablePointer = tableBuffer.baseAddress else { return }
            try storage.withUnsafeMutableBufferPointer { planes in
                guard let planesBase = planes.baseAddress else { return }
                try Self.decodeBlocks(scan.entropyData, plan, tablePointer, planesBase)
            }
        }
        for component in scan.components { decoded[component.frameIndex] = true }
    }

    /// The block loop of F.2.2 for one scan: MCUs in raster order, blocks in `plan.slots`
    /// order; each block is Huffman-decoded (F.2.2.1 DC, F.2.2.2 AC), dequantized,
    /// inverse-transformed (A.3.3), level-shifted, rounded, clamped and stored in its plane.
    /// Restart intervals (E.2.4) reset the DC predictions.
    private static func decodeBlocks(_ entropy: JPEGEntropyCodedData, _ plan: ScanPlan,
                                     _ tables: UnsafePointer<JPEGHuffmanTable>,
                                     _ planes: UnsafeMutablePointer<UInt16>) throws {
        let count = plan.samplingH.count
        let levelShift = Double(1 << (plan.precision - 1))
        let maxValue = Double((1 << plan.precision) - 1)
        let zigZag = JPEGInverseDCT.zigZagToNatural
        var reader = JPEGBitReader(entropy, segment: 0)
        var interval = 0
        var predictions = [Int](repeating: 0, count: count)
        let block = UnsafeMutablePointer<Double>.allocate(capacity: 64)
        let workspace = UnsafeMutablePointer<Double>.allocate(capacity: 64)
        defer { block.deallocate(); workspace.deallocate() }
        try JPEGInverseDCT.basis.withUnsafeBufferPointer { basisBuffer in
            guard let basis = basisBuffer.baseAddress else { return }
            var mcu = 0
            for mcuRow in 0..<plan.mcuRows {
                for mcuColumn in 0..<plan.mcuColumns {
                    if plan.restartInterval > 0 && mcu > 0 && mcu % plan.restartInterval == 0 {
                        reader = try entropy.nextInterval(after: reader, &interval)
                        for j in predictions.indices { predictions[j] = 0 }
                    }
                    mcu += 1
                    for slot in plan.slots {
                        let j = slot.scanIndex
                        let q = plan.quantization[j]
                        for i in 0..<64 { block[i] = 0 }
                        // F.2.2.1: DC difference category and extra bits; prediction per component.
                        let category = try reader.decode(tables + j)
                        guard category <= 15 else {   // F.1.2.1.1: at most 11 for P = 8, 15 for P = 12
                            throw DICOMError.corrupt("JPEG DC difference category \(category) is above 15")
                        }
                        predictions[j] = predictions[j] &+ reader.receiveExtend(category)
                        block[0] = Double(predictions[j]) * q[0]
                        // F.2.2.2: AC run/size symbols in zig-zag order until EOB (0x00);
                        // ZRL (0xF0) skips 16 zeros. rowMask marks IDCT rows with AC terms.
                        var rowMask = 0
                        var k = 1
                        let ac = tables + count + j
                        while k < 64 {
                            let rs = try reader.decode(ac)
                            let run = rs >> 4, size = rs & 15
                            if size == 0 {
                                if run == 15 { k += 16; continue }
                                break
                            }
                            k += run
                            guard k < 64 else {
                                throw DICOMError.corrupt("JPEG AC run goes past coefficient 63")
                            }
                            let natural = zigZag[k]
                            block[natural] = Double(reader.receiveExtend(size)) * q[k]
                            if natural & 7 != 0 { rowMask |= 1 << (natural >> 3) }
                            k += 1
                        }
                        // A.3.3 IDCT; A.3.1 level shift; round; clamp to 0 ... 2^P - 1.
                        JPEGInverseDCT.transform(block, rowMask: rowMask, basis: basis, workspace: workspace)
                        let blockY = (mcuRow * plan.samplingV[j] + slot.blockRow) * 8
                        let blockX = (mcuColumn * plan.samplingH[j] + slot.blockColumn) * 8
                        let stride = plan.planeStride[j]
                        let origin = planes + plan.planeOffset[j] + blockY * stride + blockX
                        for y in 0..<8 {
                            let line = origin + y * stride
                            for x in 0..<8 {
                                var value = (block[y * 8 + x] + levelShift).rounded()
                                if !(value >= 0) { value = 0 } else if value > maxValue { value = maxValue }
                                line[x] = UInt16(value)
                            }
                        }
                    }
                }
                if reader.overran {
                    throw DICOMError.truncated("JPEG entropy-coded data ends before MCU row \(mcuRow + 1) of \(plan.mcuRows)")
                }
            }
        }
    }

    /// Checks that every component was decoded, then upsamples (where subsampled) and
    /// interleaves the planes into the HWC output.
    func finish() throws -> DecodedFrame {
        for (c, done) in decoded.enumerated() where !done {
            throw DICOMError.truncated("JPEG component \(frame.components[c].id) has no scan")
        }
        let width = frame.width, height = frame.height, n = componentCount
        var output = [Int32](repeating: 0, count: outputCount)
        let single = n == 1
        for c in 0..<n {
            let fc = frame.components[c]
            let h = single ? 1 : fc.horizontalSampling, v = single ? 1 : fc.verticalSampling
            let plane = planeOffsets[c], stride = planeWidths[c]
            let cw = componentWidths[c], ch = componentHeights[c]
            storage.withUnsafeBufferPointer { s in
                output.withUnsafeMutableBufferPointer { out in
                    // All reads stay inside the component's xi x yi samples, all writes inside
                    // width x height x n.
                    func sample(_ x: Int, _ y: Int) -> Int { Int(s[plane + y * stride + x]) }
                    if h == maxH && v == maxV {
                        for y in 0..<height {
                            for x in 0..<width { out[(y * width + x) * n + c] = Int32(s[plane + y * stride + x]) }
                        }
                    } else if maxH == 2 * h && (maxV == v || maxV == 2 * v) && cw > 2 {
                        // libjpeg "fancy" upsampling: each output sample is 3/4 of the nearer
                        // input sample plus 1/4 of the next one in that direction (edges
                        // replicated), horizontally, and for 2:1 vertically too.
                        let vertical = maxV == 2 * v
                        for y in 0..<height {
                            let sy = vertical ? y >> 1 : y
                            let ny = vertical ? min(max(y & 1 == 0 ? sy - 1 : sy + 1, 0), ch - 1) : sy
                            for x in 0..<width {
                                let sx = x >> 1
                                let nx = min(max(x & 1 == 0 ? sx - 1 : sx + 1, 0), cw - 1)
                                let bias = x & 1 == 0 ? 1 : 2   // rounding as libjpeg: +1/+2 (h2v1), +8/+7 (h2v2)
                                let value: Int
                                if vertical {
                                    let near = 3 * sample(sx, sy) + sample(sx, ny)
                                    let far = 3 * sample(nx, sy) + sample(nx, ny)
                                    value = (3 * near + far + (x & 1 == 0 ? 8 : 7)) >> 4
                                } else {
                                    value = (3 * sample(sx, sy) + sample(nx, sy) + bias) >> 2
                                }
                                out[(y * width + x) * n + c] = Int32(value)
                            }
                        }
                    } else {
                        // Replication: output (x, y) takes sample (x * h / maxH, y * v / maxV).
                        for y in 0..<height {
                            let sy = min(y * v / maxV, ch - 1)
                            for x in 0..<width {
                                let sx = min(x * h / maxH, cw - 1)
                                out[(y * width + x) * n + c] = Int32(sample(sx, sy))
                            }
                        }
                    }
                }
            }
        }
        return DecodedFrame(width: width, height: height, components: n, precision: frame.precision,
                            isSigned: false, samples: output)
    }
}
