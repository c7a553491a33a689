import CXRDICOM

/// DICOM images for the data pipeline, decoded by `CXRDICOM` (every transfer syntax chest
/// X-ray archives use; see `DICOMImage`). Output: `.float` pixels, the first frame; see
/// `DICOMWindow` for how modality values become display values.
public enum DICOMDecoder {
    static func decode(_ data: [UInt8], options: DecodingOptions) throws -> Image {
        let image: DICOMImage
        do {
            image = try DICOMImage.decode(data, limits: DICOMReadingLimits(maxPixels: options.maxPixels))
        } catch let error as DICOMError {
            throw ImageDecodingFailure(error)
        }
        return try pipelineImage(image, options: options)
    }

    /// The image the data pipeline sees for a decoded DICOM image: colour in its stored
    /// range, or monochrome through the window `options` choose (see `DICOMWindow`).
    public static func pipelineImage(_ image: DICOMImage, options: DecodingOptions = DecodingOptions()) throws -> Image {
        if image.channels == 3 {
            let top = Float((1 << min(image.header.bitsStored, 30)) - 1)
            return try Image.validated(width: image.width, height: image.height, channels: 3, floats: image.values, valueRange: 0...max(top, 1))
        }
        let voi: VOITransform?
        switch options.dicomWindow {
        case .fromFile where image.voi == nil, .none:
            // No windowing: the modality values, their range min...max.
            var values = image.values
            let low = values.min() ?? 0, high = values.max() ?? 0
            if image.header.photometric == "MONOCHROME1" {
                for i in values.indices { values[i] = low + high - values[i] }
            }
            return try Image.validated(width: image.width, height: image.height, channels: 1, floats: values, valueRange: low...max(high, low))
        case .custom(let center, let width):
            do { voi = try VOITransform(center: center, width: width) } catch let error as DICOMError { throw ImageDecodingFailure(error) }
        case .fromFile:
            voi = image.voi
        }
        // Display values 0...1 (the file's VOI, or min...max without one; MONOCHROME1 inverted) as 0...255.
        let display = image.displayValues(voi: voi).map { $0 * 255 }
        return try Image.validated(width: image.width, height: image.height, channels: 1, floats: display, valueRange: 0...255)
    }
}

extension ImageDecodingFailure {
    init(_ error: DICOMError) {
        switch error {
        case .truncated(let why): self = .truncated(why)
        case .corrupt(let why): self = .corrupt(why)
        case .unsupported(let why): self = .unsupported(why)
        case .tooLarge(let width, let height, let maxPixels): self = .tooLarge(width: width, height: height, maxPixels: maxPixels)
        case .notAnImage(let what): self = .notAnImage(what)
        }
    }
}
