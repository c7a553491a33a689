import Foundation

/// Modality values to display values in 0...1 (PS3.3 C.11.2): a VOI LUT Sequence's table, or
/// a window (centre, width) through the VOI LUT Function (LINEAR by default).
public enum VOITransform: Sendable, Equatable {
    /// PS3.3 C.11.2.1.2.1 (LINEAR), C.11.2.1.3.2 (LINEAR_EXACT), C.11.2.1.3.1 (SIGMOID).
    public enum Function: String, Sendable {
        case linear = "LINEAR", linearExact = "LINEAR_EXACT", sigmoid = "SIGMOID"
    }

    case window(center: Double, width: Double, function: Function)
    case lookupTable(LookupTable)

    /// The file's first VOI: a VOI LUT Sequence's first table when present (as pydicom and
    /// DCMTK prefer), else the first Window Center/Width pair; nil when the file has neither.
    init?(_ dataSet: DICOMDataSet, signedPixels: Bool, modality: ModalityTransform) throws {
        if let item = try dataSet.sequence(.voiLUTSequence).first {
            // A VOI LUT's input is the modality value; signed when the modality output can be.
            let signedInput: Bool
            switch modality {
            case .lookupTable: signedInput = false
            case .rescale(let slope, let intercept): signedInput = signedPixels || intercept < 0 || slope < 0
            }
            self = .lookupTable(try LookupTable.item(item, signedInput: signedInput, name: "VOI LUT"))
            return
        }
        guard let center = try dataSet.decimals(.windowCenter).first, let width = try dataSet.decimals(.windowWidth).first else { return nil }
        let name = (try dataSet.string(.voiLUTFunction))?.uppercased() ?? ""
        guard let function = name.isEmpty ? .linear : Function(rawValue: name) else {
            throw DICOMError.unsupported("VOI LUT Function '\(name)' (LINEAR, LINEAR_EXACT and SIGMOID are defined)")
        }
        try self.init(center: center, width: width, function: function)
    }

    /// A window; throws for a width the function does not allow (LINEAR needs >= 1, the others > 0).
    public init(center: Double, width: Double, function: Function = .linear) throws {
        guard center.isFinite, width.isFinite, function == .linear ? width >= 1 : width > 0 else {
            throw DICOMError.corrupt("window width \(width) is not allowed for VOI LUT Function \(function.rawValue)")
        }
        self = .window(center: center, width: width, function: function)
    }

    /// The display value of modality value `x`, in 0...1.
    @inline(__always)
    public func callAsFunction(_ x: Double) -> Double {
        switch self {
        case .window(let c, let w, .linear):
            if x <= c - 0.5 - (w - 1) / 2 { return 0 }
            if x > c - 0.5 + (w - 1) / 2 { return 1 }
            return (x - (c - 0.5)) / (w - 1) + 0.5
        case .window(let c, let w, .linearExact):
            if x <= c - w / 2 { return 0 }
            if x > c + w / 2 { return 1 }
            return (x - c) / w + 0.5
        case .window(let c, let w, .sigmoid):
            return 1 / (1 + exp(-4 * (x - c) / w))
        case .lookupTable(let table):
            return table(x) / table.maximum
        }
    }
}
