/// Colour samples to RGB by their Photometric Interpretation (PS3.3 C.7.6.3.1.2).
enum ColorConversion {
    /// RGB values of `samples` (HWC, three per pixel, in `bits` bits), rounded and clamped to
    /// `0 ..< 2^bits`.
    ///
    /// - YBR_FULL (and YBR_FULL_422 once expanded): full-range ITU-R BT.601 as in JFIF,
    ///   `R = Y + 1.402 (Cr - h)`, `G = Y - 0.344136 (Cb - h) - 0.714136 (Cr - h)`,
    ///   `B = Y + 1.772 (Cb - h)` with `h = 2^(bits-1)`.
    /// - YBR_PARTIAL_422 / _420: 8-bit video range (Y 16-235, chroma 16-240).
    static func toRGB(_ samples: [Int32], photometric: String, bits: Int) throws -> [Int32] {
        let top = Double((1 << min(bits, 30)) - 1), half = Double(1 << (min(bits, 30) - 1))
        @inline(__always) func clamp(_ v: Double) -> Int32 { Int32(max(0, min(top, v.rounded()))) }
        var out = samples
        switch photometric {
        case "RGB":
            return samples
        case "YBR_FULL", "YBR_FULL_422":
            for p in stride(from: 0, to: samples.count - 2, by: 3) {
                let y = Double(samples[p]), cb = Double(samples[p + 1]) - half, cr = Double(samples[p + 2]) - half
                out[p] = clamp(y + 1.402 * cr)
                out[p + 1] = clamp(y - 0.344136 * cb - 0.714136 * cr)
                out[p + 2] = clamp(y + 1.772 * cb)
            }
        case "YBR_PARTIAL_422", "YBR_PARTIAL_420":
            guard bits == 8 else { throw DICOMError.unsupported("\(photometric) at \(bits) bits") }
            for p in stride(from: 0, to: samples.count - 2, by: 3) {
                let y = 1.164383 * (Double(samples[p]) - 16), cb = Double(samples[p + 1]) - 128, cr = Double(samples[p + 2]) - 128
                out[p] = clamp(y + 1.596027 * cr)
                out[p + 1] = clamp(y - 0.391762 * cb - 0.812968 * cr)
                out[p + 2] = clamp(y + 2.017232 * cb)
            }
        case "YBR_RCT", "YBR_ICT":
            throw DICOMError.corrupt("\(photometric) but the JPEG 2000 code stream applies no colour transform")
        default:
            throw DICOMError.unsupported("Photometric Interpretation \(photometric) with three samples per pixel")
        }
        return out
    }

    /// PALETTE COLOR: each stored index through the red, green and blue tables (PS3.3 C.7.6.3.1.5).
    static func palette(_ indices: [Int32], dataSet: DICOMDataSet, signedIndices: Bool) throws -> (rgb: [Int32], bits: Int) {
        if dataSet.contains(.segmentedRedPaletteData) && !dataSet.contains(.redPaletteData) {
            throw DICOMError.unsupported("segmented palette colour lookup tables")
        }
        let channels: [(DICOMTag, DICOMTag, String)] = [(.redPaletteDescriptor, .redPaletteData, "red"),
                                                        (.greenPaletteDescriptor, .greenPaletteData, "green"),
                                                        (.bluePaletteDescriptor, .bluePaletteData, "blue")]
        let tables = try channels.map { descriptorTag, dataTag, name -> LookupTable in
            guard let descriptor = try dataSet.unsignedShorts(descriptorTag, allowingSigned: true), let data = try dataSet.bytes(dataTag) else {
                throw DICOMError.corrupt("PALETTE COLOR without the \(name) palette descriptor \(descriptorTag) and data \(dataTag)")
            }
            return try LookupTable(descriptor: descriptor, firstMappedIsSigned: signedIndices, data: data,
                                   bigEndian: dataSet.isBigEndian, name: "\(name) palette")
        }
        var rgb = [Int32](repeating: 0, count: indices.count * 3)
        for (i, index) in indices.enumerated() {
            for c in 0..<3 { rgb[3 * i + c] = Int32(tables[c](Double(index))) }
        }
        return (rgb, tables.map(\.bitsPerEntry).max() ?? 16)
    }
}
