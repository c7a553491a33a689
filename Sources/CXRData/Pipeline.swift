import Foundation

/// How images are resized before augmentation.
public enum ResizeMode: Sendable, Equatable, Hashable {
    /// Keep the decoded size.
    case none
    /// Exactly `width x height` (PIL bilinear, antialiased), ignoring the aspect ratio.
    case exact(width: Int, height: Int)
    /// Shorter side to `n`, keeping the aspect ratio (torchvision `Resize(n)`).
    case shorterSide(Int)
}

/// Decode, preprocess (deterministic, cacheable), augment (random, seeded) and normalise one image.
///
/// Defaults: 3 channels, 224 x 224 exact resize, no crop, no augmentation, ImageNet normalisation.
/// Output tensors are CHW, `outputShape = [channels, height, width]`.
public struct Pipeline: Sendable {
    public var decoding: DecodingOptions
    /// 1 (X-ray models) or 3 (ImageNet backbones); gray images are replicated, RGB uses PIL's L weights.
    public var channels: Int
    public var resize: ResizeMode
    /// Optional centre crop after the resize (torchvision `CenterCrop`).
    public var centerCrop: (width: Int, height: Int)?
    public var augmentations: [Augmentation]
    public var normalization: Normalization

    public init(channels: Int = 3, resize: ResizeMode = .exact(width: 224, height: 224),
                centerCrop: (width: Int, height: Int)? = nil, augmentations: [Augmentation] = [],
                normalization: Normalization = .imageNet, decoding: DecodingOptions = DecodingOptions()) {
        precondition(channels == 1 || channels == 3, "channels must be 1 or 3")
        self.channels = channels; self.resize = resize; self.centerCrop = centerCrop
        self.augmentations = augmentations; self.normalization = normalization; self.decoding = decoding
    }

    /// The reference PyTorch recipe (`../shared/reference/README.md`): RGB, 224 x 224 PIL-bilinear
    /// resize, ImageNet mean/std; `training` adds a random horizontal flip and a random rotation of
    /// up to 10 degrees (nearest, fill 0).
    public static func reference(training: Bool) -> Pipeline {
        Pipeline(channels: 3, resize: .exact(width: 224, height: 224),
                 augmentations: training ? [.horizontalFlip(probability: 0.5), .rotation(maxDegrees: 10)] : [],
                 normalization: .imageNet)
    }

    /// `[channels, height, width]` of every output, or nil when it depends on the input image
    /// (shorter-side resize without a crop).
    public var outputShape: [Int]? {
        if let size = augmentations.compactMap(\.outputSize).last { return [channels, size.height, size.width] }
        if let crop = centerCrop { return [channels, crop.height, crop.width] }
        if case .exact(let w, let h) = resize { return [channels, h, w] }
        return nil
    }

    /// Decodes and preprocesses (channels, resize, centre crop): the deterministic, cacheable part.
    /// Gray images stay one channel here (expanded in `tensor`), which gives the same values as
    /// PIL's convert-then-resize at a third of the cost.
    public func preprocess(contentsOf path: String) throws -> Image {
        try preprocess(ImageDecoder.decode(contentsOf: path, options: decoding))
    }

    /// Preprocesses an already decoded image (see `preprocess(contentsOf:)`).
    public func preprocess(_ decoded: Image) -> Image {
        var image = decoded
        if channels == 1 && image.channels == 3 { image = image.converted(toChannels: 1) }
        switch resize {
        case .none: break
        case .exact(let w, let h): image = image.resized(width: w, height: h)
        case .shorterSide(let n): image = image.resized(shorterSide: n)
        }
        if let crop = centerCrop { image = image.centerCropped(width: crop.width, height: crop.height) }
        return image
    }

    /// Applies the augmentations in order with `generator`.
    public func augment(_ image: Image, using generator: inout SplitMix64) -> Image {
        var out = image
        for a in augmentations { out = a.apply(to: out, using: &generator) }
        return out
    }

    /// Writes the normalised CHW tensor of `image` (expanded to `channels`) into `buffer` at `offset`.
    public func writeTensor(_ image: Image, into buffer: inout [Float], at offset: Int) {
        let expanded = image.channels == channels ? image : image.converted(toChannels: channels)
        expanded.writeTensor(normalization: normalization, into: &buffer, at: offset)
    }

    /// The normalised CHW tensor of `image`.
    public func tensor(_ image: Image) -> [Float] {
        var out = [Float](repeating: 0, count: image.width * image.height * channels)
        writeTensor(image, into: &out, at: 0)
        return out
    }

    /// Decode + preprocess + augment + normalise one file.
    public func tensor(contentsOf path: String, using generator: inout SplitMix64) throws -> [Float] {
        tensor(augment(try preprocess(contentsOf: path), using: &generator))
    }
}
