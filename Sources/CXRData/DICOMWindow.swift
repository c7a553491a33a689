/// How DICOM stored values become display values.
public enum DICOMWindow: Sendable, Equatable {
    /// Use the file's first Window Center/Width (0028,1050/1051) when present, mapping the window
    /// linearly to 0...255 (DICOM PS3.3 C.11.2.1.2); files without a window behave as `.none`.
    case fromFile
    /// No windowing: the modality values (after Rescale Slope/Intercept) are kept; the image's
    /// `valueRange` is their min...max.
    case none
    /// An explicit window (center, width), mapped to 0...255.
    case custom(center: Double, width: Double)
}
