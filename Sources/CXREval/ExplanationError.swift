/// Why a class activation map could not be computed.
public enum ExplanationError: Error, CustomStringConvertible, Equatable {
    /// The input is not one image `[1, channels, height, width]`.
    case badInputShape([Int])
    /// The class index is outside the model's outputs.
    case classOutOfRange(index: Int, classes: Int)
    /// No module has this dotted name; `suggestions` are names that do.
    case unknownLayer(name: String, suggestions: [String])
    /// The module exists but its output did not pass through the forward pass's hooks
    /// (for example a ReLU applied functionally), or is not a `[1, C, h, w]` map.
    case layerNotCapturable(name: String, reason: String)
    /// CAM is defined on the last feature maps only.
    case layerNotSupported(method: CAMMethod, layer: String)
    /// Gradient methods cannot run inside `noGrad`.
    case gradientsDisabled

    public var description: String {
        switch self {
        case .badInputShape(let shape):
            return "class activation maps need one image [1, channels, height, width], got shape \(shape)"
        case .classOutOfRange(let index, let classes):
            return "class index \(index) is out of range: the model has \(classes) classes"
        case .unknownLayer(let name, let suggestions):
            return "no layer named '\(name)'" + (suggestions.isEmpty ? "" : "; layers include: " + suggestions.joined(separator: ", "))
        case .layerNotCapturable(let name, let reason):
            return "layer '\(name)' cannot be explained: \(reason)"
        case .layerNotSupported(let method, let layer):
            return "\(method.rawValue) uses the last feature maps and takes no layer (got '\(layer)'); use gradcam or gradcam++ for other layers"
        case .gradientsDisabled:
            return "Grad-CAM needs gradients: do not call it inside noGrad { }"
        }
    }
}
