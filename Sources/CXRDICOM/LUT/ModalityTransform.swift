/// Stored values to modality values (PS3.3 C.11.1): a Modality LUT Sequence when present,
/// else Rescale Slope and Intercept (identity when absent). Colour images have none.
public enum ModalityTransform: Sendable, Equatable {
    case rescale(slope: Double, intercept: Double)
    case lookupTable(LookupTable)

    init(_ dataSet: DICOMDataSet, signedPixels: Bool) throws {
        if let item = try dataSet.sequence(.modalityLUTSequence).first {
            self = .lookupTable(try LookupTable.item(item, signedInput: signedPixels, name: "Modality LUT"))
            return
        }
        let slope = try dataSet.decimals(.rescaleSlope).first ?? 1
        let intercept = try dataSet.decimals(.rescaleIntercept).first ?? 0
        guard slope != 0 else { throw DICOMError.corrupt("Rescale Slope \(DICOMTag.rescaleSlope) is 0") }
        self = .rescale(slope: slope, intercept: intercept)
    }

    @inline(__always)
    func callAsFunction(_ stored: Int32) -> Double {
        switch self {
        case .rescale(let slope, let intercept): return Double(stored) * slope + intercept
        case .lookupTable(let table): return table(Double(stored))
        }
    }

    public var isIdentity: Bool { self == .rescale(slope: 1, intercept: 0) }
}
