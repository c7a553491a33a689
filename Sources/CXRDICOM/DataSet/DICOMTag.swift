/// A DICOM attribute tag `(gggg,eeee)` (PS3.5 section 7.1).
public struct DICOMTag: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let group: UInt16
    public let element: UInt16

    public init(_ group: UInt16, _ element: UInt16) {
        self.group = group
        self.element = element
    }

    public static func < (a: DICOMTag, b: DICOMTag) -> Bool {
        (a.group, a.element) < (b.group, b.element)
    }

    /// `(0028,0010)`.
    public var description: String {
        "(" + hex(group) + "," + hex(element) + ")"
    }

    private func hex(_ value: UInt16) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: 4 - digits.count) + digits
    }
}

/// The tags CXRDICOM reads, by their PS3.6 keywords.
extension DICOMTag {
    public static let transferSyntaxUID = DICOMTag(0x0002, 0x0010)
    public static let mediaStorageSOPClassUID = DICOMTag(0x0002, 0x0002)
    public static let sopClassUID = DICOMTag(0x0008, 0x0016)
    public static let modality = DICOMTag(0x0008, 0x0060)
    public static let samplesPerPixel = DICOMTag(0x0028, 0x0002)
    public static let photometricInterpretation = DICOMTag(0x0028, 0x0004)
    public static let planarConfiguration = DICOMTag(0x0028, 0x0006)
    public static let numberOfFrames = DICOMTag(0x0028, 0x0008)
    public static let rows = DICOMTag(0x0028, 0x0010)
    public static let columns = DICOMTag(0x0028, 0x0011)
    public static let bitsAllocated = DICOMTag(0x0028, 0x0100)
    public static let bitsStored = DICOMTag(0x0028, 0x0101)
    public static let highBit = DICOMTag(0x0028, 0x0102)
    public static let pixelRepresentation = DICOMTag(0x0028, 0x0103)
    public static let windowCenter = DICOMTag(0x0028, 0x1050)
    public static let windowWidth = DICOMTag(0x0028, 0x1051)
    public static let rescaleIntercept = DICOMTag(0x0028, 0x1052)
    public static let rescaleSlope = DICOMTag(0x0028, 0x1053)
    public static let voiLUTFunction = DICOMTag(0x0028, 0x1056)
    public static let redPaletteDescriptor = DICOMTag(0x0028, 0x1101)
    public static let greenPaletteDescriptor = DICOMTag(0x0028, 0x1102)
    public static let bluePaletteDescriptor = DICOMTag(0x0028, 0x1103)
    public static let redPaletteData = DICOMTag(0x0028, 0x1201)
    public static let greenPaletteData = DICOMTag(0x0028, 0x1202)
    public static let bluePaletteData = DICOMTag(0x0028, 0x1203)
    public static let segmentedRedPaletteData = DICOMTag(0x0028, 0x1221)
    public static let modalityLUTSequence = DICOMTag(0x0028, 0x3000)
    public static let lutDescriptor = DICOMTag(0x0028, 0x3002)
    public static let lutData = DICOMTag(0x0028, 0x3006)
    public static let voiLUTSequence = DICOMTag(0x0028, 0x3010)
    public static let floatPixelData = DICOMTag(0x7FE0, 0x0008)
    public static let doubleFloatPixelData = DICOMTag(0x7FE0, 0x0009)
    public static let pixelData = DICOMTag(0x7FE0, 0x0010)
    static let item = DICOMTag(0xFFFE, 0xE000)
    static let itemDelimitation = DICOMTag(0xFFFE, 0xE00D)
    static let sequenceDelimitation = DICOMTag(0xFFFE, 0xE0DD)

    /// Value representations of the tags above, for implicit VR data sets (PS3.6).
    static let implicitVRs: [DICOMTag: String] = [
        .transferSyntaxUID: "UI", .mediaStorageSOPClassUID: "UI", .sopClassUID: "UI", .modality: "CS",
        .samplesPerPixel: "US", .photometricInterpretation: "CS", .planarConfiguration: "US",
        .numberOfFrames: "IS", .rows: "US", .columns: "US", .bitsAllocated: "US", .bitsStored: "US",
        .highBit: "US", .pixelRepresentation: "US", .windowCenter: "DS", .windowWidth: "DS",
        .rescaleIntercept: "DS", .rescaleSlope: "DS", .voiLUTFunction: "CS",
        .redPaletteDescriptor: "US", .greenPaletteDescriptor: "US", .bluePaletteDescriptor: "US",
        .redPaletteData: "OW", .greenPaletteData: "OW", .bluePaletteData: "OW",
        .modalityLUTSequence: "SQ", .lutDescriptor: "US", .lutData: "OW", .voiLUTSequence: "SQ",
        .pixelData: "OW",
    ]
}
