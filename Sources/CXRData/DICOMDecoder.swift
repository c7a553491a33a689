/// DICOM Part 10 decoding, parsed in Swift.
///
/// Supported: explicit and implicit VR little endian, and JPEG baseline encapsulated pixel data
/// (1.2.840.10008.1.2.4.50, decoded by libjpeg-turbo); 8- and 16-bit, signed and unsigned stored
/// values; Rescale Slope/Intercept; MONOCHROME1 (inverted) and MONOCHROME2; RGB (3 samples);
/// Window Center/Width. Multi-frame files give their first frame. Other transfer syntaxes throw
/// an error naming the syntax. Output: `.float` pixels (see `DICOMWindow` for their range).
public enum DICOMDecoder {
    static let supportedSyntaxes: [String: String] = [
        "1.2.840.10008.1.2": "Implicit VR Little Endian",
        "1.2.840.10008.1.2.1": "Explicit VR Little Endian",
        "1.2.840.10008.1.2.4.50": "JPEG Baseline (Process 1)",
    ]
    static let knownSyntaxNames: [String: String] = [
        "1.2.840.10008.1.2.2": "Explicit VR Big Endian",
        "1.2.840.10008.1.2.1.99": "Deflated Explicit VR Little Endian",
        "1.2.840.10008.1.2.4.51": "JPEG Extended (Process 2 & 4)",
        "1.2.840.10008.1.2.4.57": "JPEG Lossless, Non-Hierarchical (Process 14)",
        "1.2.840.10008.1.2.4.70": "JPEG Lossless, First-Order Prediction",
        "1.2.840.10008.1.2.4.80": "JPEG-LS Lossless",
        "1.2.840.10008.1.2.4.81": "JPEG-LS Near-Lossless",
        "1.2.840.10008.1.2.4.90": "JPEG 2000 Lossless",
        "1.2.840.10008.1.2.4.91": "JPEG 2000",
        "1.2.840.10008.1.2.5": "RLE Lossless",
    ]

    static func decode(_ data: [UInt8], options: DecodingOptions) throws -> Image {
        let file = try DICOMParser.parse(data)
        let syntax = file.transferSyntax
        guard supportedSyntaxes[syntax] != nil else {
            throw ImageDecodingFailure.unsupportedTransferSyntax(uid: syntax, name: knownSyntaxNames[syntax] ?? "unknown transfer syntax")
        }
        let rows = file.int(0x0028_0010) ?? 0, columns = file.int(0x0028_0011) ?? 0
        guard rows > 0, columns > 0 else { throw ImageDecodingFailure.corrupt("missing or zero Rows/Columns (0028,0010/0011)") }
        // Rows/Columns may be IS text of any size: multiply with an overflow check.
        let (pixels, overflow) = rows.multipliedReportingOverflow(by: columns)
        if overflow || pixels > options.maxPixels {
            throw ImageDecodingFailure.tooLarge(width: columns, height: rows, maxPixels: options.maxPixels)
        }
        let samples = file.int(0x0028_0002) ?? 1
        guard samples == 1 || samples == 3 else { throw ImageDecodingFailure.unsupported("Samples per Pixel = \(samples)") }
        let photometric = (file.string(0x0028_0004) ?? "MONOCHROME2").uppercased()
        let count = rows * columns * samples
        var values: [Float]
        if syntax == "1.2.840.10008.1.2.4.50" {
            guard let fragments = file.fragments, !fragments.isEmpty else {
                throw ImageDecodingFailure.corrupt("JPEG transfer syntax without encapsulated pixel data fragments")
            }
            let frames = file.int(0x0028_0008) ?? 1
            let jpeg = frames > 1 ? fragments[0] : Array(fragments.joined())
            let image = try JPEGDecoder.decode(jpeg, maxPixels: options.maxPixels)
            guard image.width == columns && image.height == rows else {
                throw ImageDecodingFailure.corrupt("JPEG frame is \(image.width) x \(image.height), header says \(columns) x \(rows)")
            }
            values = image.floatPixels
            if image.channels != samples {
                values = image.channels == 3 ? stride(from: 0, to: values.count, by: 3).map { values[$0] } : values.flatMap { [$0, $0, $0] }
            }
        } else {
            guard let pixelData = file.pixelData else { throw ImageDecodingFailure.corrupt("no Pixel Data element (7FE0,0010)") }
            let bitsAllocated = file.int(0x0028_0100) ?? 16
            let bitsStored = min(file.int(0x0028_0101) ?? bitsAllocated, bitsAllocated)
            let signed = (file.int(0x0028_0103) ?? 0) == 1
            guard bitsAllocated == 8 || bitsAllocated == 16 else {
                throw ImageDecodingFailure.unsupported("Bits Allocated = \(bitsAllocated) (8 and 16 are supported)")
            }
            guard bitsStored >= 1 else { throw ImageDecodingFailure.corrupt("Bits Stored = \(bitsStored)") }
            let bytesPer = bitsAllocated / 8
            guard pixelData.count >= count * bytesPer else {
                throw ImageDecodingFailure.truncated("Pixel Data has \(pixelData.count) bytes, \(count * bytesPer) needed for \(columns) x \(rows) x \(samples) at \(bitsAllocated) bits")
            }
            let mask = (1 << bitsStored) - 1, signBit = 1 << (bitsStored - 1)
            values = [Float](repeating: 0, count: count)
            let planar = samples == 3 && (file.int(0x0028_0006) ?? 0) == 1
            pixelData.withUnsafeBufferPointer { p in
                for i in 0..<count {
                    var raw = bytesPer == 1 ? Int(p[i]) : Int(p[2 * i]) | Int(p[2 * i + 1]) << 8
                    raw &= mask
                    if signed && raw & signBit != 0 { raw -= 1 << bitsStored }
                    // Planar configuration 1 (RRR..GGG..BBB..) is re-interleaved.
                    let dst = planar ? (i % (rows * columns)) * 3 + i / (rows * columns) : i
                    values[dst] = Float(raw)
                }
            }
        }
        let slope = file.double(0x0028_1053) ?? 1, intercept = file.double(0x0028_1052) ?? 0
        if slope != 1 || intercept != 0 {
            let s = Float(slope), b = Float(intercept)
            for i in values.indices { values[i] = values[i] * s + b }
            // A slope or intercept beyond the float range gives infinities (and NaN for 0 * inf).
            guard values.allSatisfy(\.isFinite) else {
                throw ImageDecodingFailure.corrupt("Rescale Slope \(slope) / Intercept \(intercept) (0028,1053/1052) take the pixel values beyond the float range")
            }
        }
        var window: (center: Double, width: Double)?
        switch options.dicomWindow {
        case .none: window = nil
        case .custom(let c, let w): window = (c, w)
        case .fromFile:
            if let c = file.double(0x0028_1050), let w = file.double(0x0028_1051), w >= 1 { window = (c, w) }
        }
        var range: ClosedRange<Float>
        if let (c, w) = window {
            // PS3.3 C.11.2.1.2.1 linear VOI function, output 0...255.
            let lower = c - 0.5 - (w - 1) / 2, upper = c - 0.5 + (w - 1) / 2
            for i in values.indices {
                let x = Double(values[i])
                let y: Double = x <= lower ? 0 : (x > upper ? 255 : ((x - (c - 0.5)) / (w - 1) + 0.5) * 255)
                values[i] = Float(y)
            }
            range = 0...255
        } else {
            let lo = values.min() ?? 0, hi = values.max() ?? 0
            range = lo...max(hi, lo)
        }
        if photometric == "MONOCHROME1" {
            // In Double: lower + upper may exceed the float range; the result stays within it.
            let total = Double(range.lowerBound) + Double(range.upperBound)
            for i in values.indices { values[i] = Float(total - Double(values[i])) }
        } else if samples == 1 && photometric != "MONOCHROME2" {
            throw ImageDecodingFailure.unsupported("Photometric Interpretation \(photometric) with one sample per pixel")
        }
        return Image(width: columns, height: rows, channels: samples, floats: values, valueRange: range)
    }
}
