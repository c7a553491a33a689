import Foundation

/// How pixel values become network inputs.
public enum Normalization: Sendable, Equatable {
    /// `(x / max - mean) / std` with ImageNet's mean (0.485, 0.456, 0.406) and std (0.229, 0.224, 0.225);
    /// one-channel images use the averages 0.449 / 0.226. `x / max` maps `valueRange` to [0, 1].
    case imageNet
    /// torchxrayvision's convention: `valueRange` mapped linearly to [-1024, 1024].
    case xrv
    /// `valueRange` mapped to [0, 1].
    case unit
    /// `(x01 - mean[c]) / std[c]` with `x01` in [0, 1].
    case meanStd(mean: [Float], std: [Float])

    public static let imageNetMean: [Float] = [0.485, 0.456, 0.406]
    public static let imageNetStd: [Float] = [0.229, 0.224, 0.225]

    /// Per-channel (scale, offset) so that output = x01 * scale + offset.
    func affine(channels: Int) -> [(scale: Float, offset: Float)] {
        switch self {
        case .imageNet:
            if channels == 1 { return [(1 / 0.226, -0.449 / 0.226)] }
            return (0..<channels).map { (1 / Normalization.imageNetStd[$0 % 3], -Normalization.imageNetMean[$0 % 3] / Normalization.imageNetStd[$0 % 3]) }
        case .xrv: return Array(repeating: (2048, -1024), count: channels)
        case .unit: return Array(repeating: (1, 0), count: channels)
        case .meanStd(let m, let s):
            return (0..<channels).map { (1 / s[$0 % s.count], -m[$0 % m.count] / s[$0 % s.count]) }
        }
    }
}

/// Warnings about data (values outside the expected range, missing files...). By default they are
/// printed once per distinct message to standard error; set `handler` to collect them instead.
public enum DataWarnings {
    nonisolated(unsafe) private static var seen: Set<String> = []
    nonisolated(unsafe) private static var customHandler: (@Sendable (String) -> Void)?
    private static let lock = NSLock()

    /// Replaces the default stderr printer (nil restores it).
    public static var handler: (@Sendable (String) -> Void)? {
        get { lock.lock(); defer { lock.unlock() }; return customHandler }
        set { lock.lock(); customHandler = newValue; seen = []; lock.unlock() }
    }

    public static func emit(_ message: String) {
        lock.lock()
        let custom = customHandler
        let fresh = seen.insert(message).inserted
        lock.unlock()
        if let custom { custom(message) } else if fresh {
            FileHandle.standardError.write(("warning: " + message + "\n").data(using: .utf8)!)
        }
    }
}

public extension Image {
    /// The image as a CHW float tensor (`channels * height * width` values), normalised.
    /// Values outside `valueRange` (by more than 0.5 %) trigger a `DataWarnings` warning, since
    /// the normalisation assumes that range.
    func tensor(normalization: Normalization) -> [Float] {
        var out = [Float](repeating: 0, count: count)
        writeTensor(normalization: normalization, into: &out, at: 0)
        return out
    }

    /// Writes the CHW tensor into `buffer` starting at `offset` (used for batches).
    func writeTensor(normalization: Normalization, into buffer: inout [Float], at offset: Int) {
        let lo = valueRange.lowerBound, span = max(valueRange.upperBound - lo, 1e-12)
        let coefficients = normalization.affine(channels: channels)
        let plane = width * height
        var minimum = Float.infinity, maximum = -Float.infinity
        buffer.withUnsafeMutableBufferPointer { out in
            for c in 0..<channels {
                let scale = coefficients[c].scale / span, offsetValue = coefficients[c].offset - lo * coefficients[c].scale / span
                let base = offset + c * plane
                switch pixels {
                case .uint8(let s):
                    s.withUnsafeBufferPointer { p in
                        for i in 0..<plane { out[base + i] = Float(p[i * channels + c]) * scale + offsetValue }
                    }
                    minimum = lo; maximum = lo
                case .float(let s):
                    s.withUnsafeBufferPointer { p in
                        for i in 0..<plane {
                            let v = p[i * channels + c]
                            minimum = min(minimum, v); maximum = max(maximum, v)
                            out[base + i] = v * scale + offsetValue
                        }
                    }
                }
            }
        }
        let tolerance = 0.005 * span
        if minimum < lo - tolerance || maximum > valueRange.upperBound + tolerance {
            DataWarnings.emit("pixel values \(minimum)...\(maximum) fall outside the expected range \(valueRange); \(normalization) assumes that range")
        }
    }
}
