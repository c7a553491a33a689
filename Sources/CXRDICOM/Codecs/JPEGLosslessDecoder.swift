/// Decoder for lossless JPEG, process 14 (SOF3, Huffman coding): DICOM transfer syntaxes
/// 1.2.840.10008.1.2.4.57 (any predictor) and 1.2.840.10008.1.2.4.70 (predictor 1).
///
/// Follows ITU-T T.81 Annex H:
/// - H.1.1: precision P in 2...16 bits; point transform Pt = Al of the scan (0...15, < P).
/// - H.1.2.1 / Table H.1: the prediction Px from the reconstructed neighbours
///   Ra (left), Rb (above), Rc (above-left), selected by Ss:
///   1: Ra, 2: Rb, 3: Rc, 4: Ra + Rb - Rc, 5: Ra + ((Rb - Rc) >> 1),
///   6: Rb + ((Ra - Rc) >> 1), 7: (Ra + Rb) / 2.
///   On the first line of the scan and the first line after each restart, Px = Ra (Px = 1 of
///   Table H.1); at the start of a line, Px = Rb; the very first sample of the scan and of
///   each restart interval uses Px = 2^(P - Pt - 1).
/// - H.1.2.2 / Table H.2: the difference is Huffman-coded like a DCT DC difference
///   (category SSSS 0...15, then SSSS extra bits, F.2.2.4), plus SSSS = 16 meaning 32768
///   with no extra bits. Reconstruction is modulo 2^16: Rx = (Px + diff) mod 65536.
/// - H.2 (output): the decoded value is shifted left by Pt.
///
/// Scans may be interleaved (one sample of each component per MCU, which needs Hi = Vi = 1)
/// or not (one component per scan). Restart intervals must span whole lines (Ri a multiple
/// of the MCUs per line), which every DICOM encoder produces; others are reported as
/// unsupported. Output values are masked to P bits.
enum JPEGLosslessDecoder {
    /// Decodes one lossless JPEG stream into an HWC interleaved frame, `precision` = P.
    static func decode(_ data: [UInt8], limits: DecodingLimits) throws -> DecodedFrame {
        var reader = try JPEGStreamReader(data)
        var state: LosslessFrameState?
        while let scan = try reader.nextScan() {
            guard let frame = reader.frame else {
                throw DICOMError.corrupt("JPEG SOS marker before any frame header (SOFn)")
            }
            if state == nil { state = try LosslessFrameState(frame: frame, limits: limits) }
            try state?.decodeScan(scan)
        }
        guard let frame = reader.frame else {
            throw DICOMError.corrupt("JPEG stream has no frame header (SOFn)")
        }
        guard var finished = state else {
            try LosslessFrameState.checkFrame(frame)   // report a wrong process first
            throw DICOMError.truncated("lossless JPEG stream (\(JPEGMarkerCode.name(frame.marker))) has no scan (SOS)")
        }
        return try finished.finish()
    }
}

/// The frame being decoded: output buffer and which components are done.
private struct LosslessFrameState {
    let frame: JPEGFrameHeader
    let width: Int
    let height: Int
    let componentCount: Int
    /// Reconstructed values before the point transform is undone, HWC.
    var samples: [Int32]
    /// Pt of the scan that decoded each component (nil: not decoded yet).
    var pointTransforms: [Int?]

    /// Checks the frame header for process 14 and allocates the output (after the size check).
    init(frame: JPEGFrameHeader, limits: DecodingLimits) throws {
        try Self.checkFrame(frame)
        self.frame = frame
        width = frame.width
        height = frame.height
        componentCount = frame.components.count
        let count = try limits.sampleCount(width: width, height: height, components: componentCount)
        samples = [Int32](repeating: 0, count: count)
        pointTransforms = Array(repeating: nil, count: componentCount)
    }

    /// Checks that the frame header is one this decoder handles: SOF3 (H.1.1), P in 2...16,
    /// at most 4 components, no subsampling.
    static func checkFrame(_ frame: JPEGFrameHeader) throws {
        let name = JPEGMarkerCode.name(frame.marker)
        switch frame.marker {
        case JPEGMarkerCode.sof3:
            break
        case JPEGMarkerCode.sof0, JPEGMarkerCode.sof1:
            throw DICOMError.unsupported("JPEG stream is sequential DCT (\(name)), not lossless; use the DCT decoder")
        case JPEGMarkerCode.sof2:
            throw DICOMError.unsupported("progressive JPEG (\(name))")
        default:
            throw DICOMError.unsupported("JPEG process \(name)")
        }
        guard (2...16).contains(frame.precision) else {
            throw DICOMError.corrupt("lossless JPEG \(name) has precision P = \(frame.precision) (expected 2...16)")
        }
        guard frame.components.count <= 4 else {
            throw DICOMError.unsupported("lossless JPEG with \(frame.components.count) components (at most 4)")
        }
        // With Nf = 1 the sampling factors have no effect (A.2.2). With several components,
        // equal factors give every component the full image size; anything else is
        // subsampled lossless, which DICOM never uses.
        if frame.components.count > 1 {
            let first = frame.components[0]
            guard frame.components.allSatisfy({ $0.horizontalSampling == first.horizontalSampling && $0.verticalSampling == first.verticalSampling }) else {
                throw DICOMError.unsupported("lossless JPEG with subsampled components (sampling factors differ)")
            }
        }
    }

    /// Decodes one scan (H.1.2) into `samples`. Checks Ss (predictor 1...7) and Al (Pt < P);
    /// Se and Ah, which have no meaning in process 14 (T.81 B.2.3 says 0), are ignored
    /// within their ranges, as libjpeg does.
    mutating func decodeScan(_ scan: JPEGScan) throws {
        let predictor = scan.spectralStart
        guard (1...7).contains(predictor) else {
            throw DICOMError.corrupt("lossless JPEG SOS has predictor Ss = \(predictor) (expected 1...7; 0 is for hierarchical mode)")
        }
        let pt = scan.approximationLow
        guard pt < frame.precision else {
            throw DICOMError.corrupt("lossless JPEG SOS has point transform Al = \(pt), not below P = \(frame.precision)")
        }
        let interleaved = scan.components.count > 1
        if interleaved {
            guard frame.components.allSatisfy({ $0.horizontalSampling == 1 && $0.verticalSampling == 1 }) else {
                throw DICOMError.unsupported("interleaved lossless JPEG scan with sampling factors above 1")
            }
        }
        var tables: [JPEGHuffmanTable] = []
        var offsets: [Int] = []      // component offset inside an HWC pixel
        for component in scan.components {
            let id = frame.components[component.frameIndex].id
            guard pointTransforms[component.frameIndex] == nil else {
                throw DICOMError.corrupt("lossless JPEG component \(id) appears in more than one scan")
            }
            guard let table = scan.dcTables[component.dcTable] else {
                throw DICOMError.corrupt("lossless JPEG SOS: component \(id) uses Huffman table \(component.dcTable), which no DHT defined")
            }
            tables.append(table)
            offsets.append(component.frameIndex)
        }
        // One MCU is one sample (of each scan component); a line holds `width` MCUs.
        let restartInterval = scan.restartInterval
        var linesPerInterval = 0   // 0: the whole scan is one interval
        if restartInterval > 0 {
            guard restartInterval % width == 0 else {
                throw DICOMError.unsupported("lossless JPEG restart interval of \(restartInterval) MCUs is not a whole number of lines of \(width)")
            }
            linesPerInterval = restartInterval / width
        }
        let layout = LineLayout(width: width, height: height, stride: componentCount,
                                linesPerInterval: linesPerInterval, predictor: predictor,
                                initialPrediction: 1 << (frame.precision - pt - 1))
        try tables.withUnsafeBufferPointer { tableBuffer in
            guard let tablePointer = tableBuffer.baseAddress else { return }
            try samples.withUnsafeMutableBufferPointer { out in
                try Self.decodeSamples(scan.entropyData, layout, tablePointer, offsets, out)
            }
        }
        for component in scan.components { pointTransforms[component.frameIndex] = pt }
    }

    /// What the sample loop needs to know about the scan.
    struct LineLayout {
        var width: Int
        var height: Int
        /// Samples per pixel in the output (Nf).
        var stride: Int
        /// Lines per restart interval; 0 when the scan has no restart markers.
        var linesPerInterval: Int
        /// Ss, 1...7.
        var predictor: Int
        /// 2^(P - Pt - 1), the prediction for the first sample of each interval.
        var initialPrediction: Int
    }

    /// The sample loop of H.1.2: for every line, pixel and scan component, decode the
    /// difference, form the prediction from the neighbours already decoded, store
    /// (Px + diff) mod 2^16. `tables[j]` and `offsets[j]` belong to scan component j.
    ///
    /// `out` holds width x height x stride samples; every index used is
    /// (y * width + x) * stride + offset with y < height, x < width, offset < stride, and the
    /// neighbours are read only where they exist (x > 0 for Ra and Rc, a previous line of the
    /// same interval for Rb and Rc), so all accesses stay inside `out`.
    private static func decodeSamples(_ entropy: JPEGEntropyCodedData, _ layout: LineLayout,
                                      _ tables: UnsafePointer<JPEGHuffmanTable>, _ offsets: [Int],
                                      _ out: UnsafeMutableBufferPointer<Int32>) throws {
        let (width, height, stride) = (layout.width, layout.height, layout.stride)
        let lineStride = width * stride
        let predictor = layout.predictor
        var reader = JPEGBitReader(entropy, segment: 0)
        var interval = 0
        for y in 0..<height {
            var firstLineOfInterval = y == 0
            if layout.linesPerInterval > 0 && y > 0 && y % layout.linesPerInterval == 0 {
                reader = try entropy.nextInterval(after: reader, &interval)
                firstLineOfInterval = true
            }
            let lineStart = y * lineStride
            for x in 0..<width {
                let pixel = lineStart + x * stride
                for j in 0..<offsets.count {
                    let index = pixel + offsets[j]
                    // H.1.2.2: difference category, then its extra bits.
                    let category = try reader.decode(tables + j)
                    let difference: Int
                    if category < 16 {
                        difference = reader.receiveExtend(category)
                    } else if category == 16 {
                        difference = 32768          // SSSS = 16: 32768, no extra bits
                    } else {
                        throw DICOMError.corrupt("lossless JPEG difference category \(category) is above 16")
                    }
                    // H.1.2.1: prediction.
                    let prediction: Int
                    if firstLineOfInterval {
                        prediction = x == 0 ? layout.initialPrediction : Int(out[index - stride])
                    } else if x == 0 {
                        prediction = Int(out[index - lineStride])
                    } else {
                        let ra = Int(out[index - stride])
                        let rb = Int(out[index - lineStride])
                        let rc = Int(out[index - lineStride - stride])
                        switch predictor {
                        case 1: prediction = ra
                        case 2: prediction = rb
                        case 3: prediction = rc
                        case 4: prediction = ra + rb - rc
                        case 5: prediction = ra + ((rb - rc) >> 1)
                        case 6: prediction = rb + ((ra - rc) >> 1)
                        default: prediction = (ra + rb) >> 1
                        }
                    }
                    out[index] = Int32((prediction + difference) & 0xFFFF)
                }
            }
            if reader.overran {
                throw DICOMError.truncated("lossless JPEG entropy-coded data ends before line \(y + 1) of \(height)")
            }
        }
    }

    /// Checks that every component was decoded, undoes the point transform (value << Pt) and
    /// masks to P bits.
    mutating func finish() throws -> DecodedFrame {
        var shifts: [Int] = []
        for (c, pt) in pointTransforms.enumerated() {
            guard let pt else {
                throw DICOMError.truncated("lossless JPEG component \(frame.components[c].id) has no scan")
            }
            shifts.append(pt)
        }
        let mask = Int32((1 << frame.precision) - 1)
        let stride = componentCount
        samples.withUnsafeMutableBufferPointer { out in
            var i = 0
            while i < out.count {
                for c in 0..<stride { out[i + c] = (out[i + c] << Int32(shifts[c])) & mask }
                i += stride
            }
        }
        return DecodedFrame(width: width, height: height, components: componentCount,
                            precision: frame.precision, isSigned: false, samples: samples)
    }
}
