/// The first frame of a DICOM image as CXRKit sees it: modality values (stored values through
/// the Modality LUT or rescale) for monochrome images, RGB for colour ones, and the file's VOI.
///
///     let image = try DICOMImage.decode(bytes)
///     let display = image.displayValues()   // 0...1, VOI applied, MONOCHROME1 inverted
public struct DICOMImage: Sendable {
    public let width: Int
    public let height: Int
    /// 1 (monochrome) or 3 (RGB).
    public let channels: Int
    /// `height x width x channels` values, HWC: modality values, or RGB samples in their stored range.
    public let values: [Float]
    /// The header fields that decided the values.
    public let header: DICOMHeader
    /// The file's own VOI (window or VOI LUT), nil when it has none or the image is colour.
    public let voi: VOITransform?

    /// Reads and decodes the first frame of a DICOM file or data set.
    public static func decode(_ bytes: [UInt8], limits: DICOMReadingLimits = DICOMReadingLimits()) throws -> DICOMImage {
        let file = try DICOMFile.parse(bytes, limits: limits)
        guard file.dataSet.contains(.pixelData) || file.dataSet.contains(.floatPixelData) || file.dataSet.contains(.doubleFloatPixelData) else {
            throw DICOMError.notAnImage(try NonImageKind.describe(file))
        }
        let pixels = try PixelDescription(file.dataSet, limits: limits)
        var (samples, photometric) = try FrameDecoder.firstFrame(file, pixels, limits: limits)
        var channels = pixels.samplesPerPixel
        var modality = ModalityTransform.rescale(slope: 1, intercept: 0)
        var voi: VOITransform?
        if photometric == "PALETTE COLOR" {
            guard channels == 1 else { throw DICOMError.corrupt("PALETTE COLOR with \(channels) samples per pixel") }
            samples = try ColorConversion.palette(samples, dataSet: file.dataSet, signedIndices: pixels.isSigned).rgb
            channels = 3
        } else if channels == 3 {
            samples = try ColorConversion.toRGB(samples, photometric: photometric, bits: pixels.bitsStored)
        } else {
            guard photometric == "MONOCHROME1" || photometric == "MONOCHROME2" else {
                throw DICOMError.unsupported("Photometric Interpretation \(photometric) with one sample per pixel")
            }
            modality = try ModalityTransform(file.dataSet, signedPixels: pixels.isSigned)
            voi = try VOITransform(file.dataSet, signedPixels: pixels.isSigned, modality: modality)
        }
        let values = modality.isIdentity ? samples.map { Float($0) } : samples.map { Float(modality($0)) }
        if !modality.isIdentity, values.contains(where: { !$0.isFinite }) {
            throw DICOMError.corrupt("the Modality LUT or Rescale Slope/Intercept take values beyond the float range")
        }
        let header = try DICOMHeader(file: file, pixels: pixels, modality: modality, voi: voi)
        return DICOMImage(width: pixels.columns, height: pixels.rows, channels: channels, values: values, header: header, voi: voi)
    }

    /// Display values in 0...1: `voi` (default: the file's own; without one, the values'
    /// min...max mapped linearly), inverted for MONOCHROME1. Colour images map their stored range.
    public func displayValues(voi override: VOITransform? = nil) -> [Float] {
        if channels == 3 {
            let top = Float((1 << min(header.bitsStored, 30)) - 1)
            return values.map { $0 / max(top, 1) }
        }
        var display: [Float]
        if let transform = override ?? voi {
            display = values.map { Float(transform(Double($0))) }
        } else {
            let low = values.min() ?? 0, high = values.max() ?? 0
            let span = high > low ? high - low : 1
            display = values.map { ($0 - low) / span }
        }
        if header.photometric == "MONOCHROME1" {
            for i in display.indices { display[i] = 1 - display[i] }
        }
        return display
    }
}

/// The header fields a decoded image depended on (what `cxr decode` reports).
public struct DICOMHeader: Sendable, Codable, Equatable {
    public var transferSyntaxUID: String
    public var transferSyntaxName: String
    public var photometric: String
    public var rows: Int
    public var columns: Int
    public var samplesPerPixel: Int
    public var bitsAllocated: Int
    public var bitsStored: Int
    public var highBit: Int
    public var isSigned: Bool
    public var frames: Int
    public var hasPreamble: Bool
    public var rescaleSlope: Double?
    public var rescaleIntercept: Double?
    public var modalityLUT: Bool
    public var windowCenter: Double?
    public var windowWidth: Double?
    public var voiFunction: String?
    public var voiLUT: Bool

    init(file: DICOMFile, pixels: PixelDescription, modality: ModalityTransform, voi: VOITransform?) throws {
        transferSyntaxUID = file.transferSyntax.uid
        transferSyntaxName = file.transferSyntax.name
        photometric = pixels.photometric
        rows = pixels.rows
        columns = pixels.columns
        samplesPerPixel = pixels.samplesPerPixel
        bitsAllocated = pixels.bitsAllocated
        bitsStored = pixels.bitsStored
        highBit = pixels.highBit
        isSigned = pixels.isSigned
        frames = pixels.frames
        hasPreamble = file.hasPreamble
        switch modality {
        case .rescale(let slope, let intercept): (rescaleSlope, rescaleIntercept, modalityLUT) = (slope, intercept, false)
        case .lookupTable: modalityLUT = true
        }
        switch voi {
        case .window(let center, let width, let function)?:
            (windowCenter, windowWidth, voiFunction, voiLUT) = (center, width, function.rawValue, false)
        case .lookupTable?: voiLUT = true
        case nil: voiLUT = false
        }
    }
}

/// Names what a data set without pixel data is, from its SOP Class UID (PS3.4 annex B).
enum NonImageKind {
    static func describe(_ file: DICOMFile) throws -> String {
        let sopClass = try file.dataSet.string(.sopClassUID) ?? file.meta.string(.mediaStorageSOPClassUID) ?? ""
        let kind: String
        if sopClass.hasPrefix("1.2.840.10008.5.1.4.1.1.88.") { kind = "a structured report (SR)" }
        else if sopClass.hasPrefix("1.2.840.10008.5.1.4.1.1.481.") { kind = sopClass == "1.2.840.10008.5.1.4.1.1.481.5" ? "an RT plan" : "a radiotherapy object (RT)" }
        else if sopClass.hasPrefix("1.2.840.10008.5.1.4.1.1.9.") { kind = "a waveform (ECG, haemodynamic or audio)" }
        else if sopClass.hasPrefix("1.2.840.10008.5.1.4.1.1.104.") { kind = "an encapsulated document (PDF or CDA)" }
        else if sopClass.hasPrefix("1.2.840.10008.5.1.4.1.1.11.") { kind = "a presentation state" }
        else if sopClass == "1.2.840.10008.5.1.4.1.1.66" { kind = "raw data" }
        else { kind = "a data set without pixel data" }
        return "\(kind), SOP class \(sopClass.isEmpty ? "not given" : sopClass), has no Pixel Data \(DICOMTag.pixelData)"
    }
}
