import Foundation

/// How a class activation map weighs the channels `A_k` of a layer's output `[C, h, w]`;
/// every method gives `map = sum_k w_k A_k`, then (by default) a ReLU and min-max scaling.
public enum CAMMethod: String, CaseIterable, Sendable, Codable {
    /// Class activation mapping (Zhou et al. 2016; CheXNet, Rajpurkar et al. 2017):
    /// `w_k = W[c, k]`, the head's weights for class `c`, over the last feature maps (the
    /// ones the model pools). Needs no gradient; only the last feature maps.
    case cam
    /// Grad-CAM (Selvaraju et al. 2017): `w_k = mean_ij dS/dA_kij`, for any layer.
    case gradCAM = "gradcam"
    /// Grad-CAM++ (Chattopadhay et al. 2018), in pytorch-grad-cam's closed form with
    /// `g = dS/dA`: `alpha_kij = g^2 / (2 g^2 + (sum_ij A_kij) g^3 + 1e-7)` (0 where g = 0),
    /// `w_k = sum_ij alpha_kij relu(g_kij)`.
    case gradCAMPlusPlus = "gradcam++"

    /// Whether the method differentiates the target score.
    public var usesGradients: Bool { self != .cam }
}

/// The score `S` whose gradient Grad-CAM and Grad-CAM++ use, for class `c` with logits `z`.
///
/// pytorch-grad-cam's convention is the raw logit (`ClassifierOutputTarget`), for multi-label
/// (sigmoid) models too: Grad-CAM's normalised map is the same for `z_c` and `sigmoid(z_c)`
/// (their gradients differ by the positive factor `s(1 - s)`), Grad-CAM++'s is not.
public enum CAMTarget: String, CaseIterable, Sendable, Codable {
    /// `S = z_c` (default; pytorch-grad-cam's `ClassifierOutputTarget`).
    case logit
    /// `S = sigmoid(z_c)`, the multi-label probability.
    case sigmoid
    /// `S = softmax(z)_c`, the multi-class probability (pytorch-grad-cam's
    /// `ClassifierOutputSoftmaxTarget`).
    case softmax

    /// `dS/dz` for class `index` of `logits`.
    func gradient(logits: [Float], index: Int) -> [Float] {
        var seed = [Float](repeating: 0, count: logits.count)
        switch self {
        case .logit:
            seed[index] = 1
        case .sigmoid:
            let s = 1 / (1 + Foundation.exp(-Double(logits[index])))
            seed[index] = Float(s * (1 - s))
        case .softmax:
            let top = logits.max() ?? 0
            let e = logits.map { Foundation.exp(Double($0 - top)) }
            let total = e.reduce(0, +)
            let p = e.map { $0 / total }
            for j in seed.indices { seed[j] = Float(p[index] * ((j == index ? 1 : 0) - p[j])) }
        }
        return seed
    }
}

/// The explanation of one class on one image: the map at the layer's resolution, how it was
/// made, and the logits of the same forward pass.
public struct ClassActivation: Sendable {
    /// The explained class (index into the model's outputs).
    public var classIndex: Int
    public var method: CAMMethod
    /// The layer's dotted name, or `nil` for the last feature maps (what the model pools).
    public var layer: String?
    /// `sum_k w_k A_k` at the layer's resolution, before ReLU and scaling.
    public var rawMap: HeatMap
    /// `rawMap`, rectified (unless disabled) and min-max scaled to [0, 1].
    public var map: HeatMap
    /// The channel weights `w_k`.
    public var channelWeights: [Float]
    /// The model's logits for the image.
    public var logits: [Float]

    /// `map` bilinearly upsampled to `width x height` (see `HeatMap.resized`).
    public func heatMap(width: Int, height: Int) -> HeatMap { map.resized(width: width, height: height) }
}
