import CXRNN
import CXRTensor
import Foundation

/// Class activation maps (CAM, Grad-CAM, Grad-CAM++) of an `ImageClassifier`.
///
/// Layers are named as in torchvision (`features.denseblock4`, `features.transition3`,
/// `layer4`, `layer3.1`, `features.18`, `features.14.conv`); `nil` means the last feature
/// maps, the tensor the model pools: `relu(features(x))` for DenseNet, `layer4` for ResNet,
/// `features` for MobileNetV2. Any module whose output a container passes through
/// `Module.observed(_:)` (see `OutputCapture`) can be named.
///
/// A call runs one forward pass (and, for the gradient methods, one backward pass per class
/// from the logits down to the layer only: parameters are not differentiated). The model is
/// put in evaluation mode. Calls are serialised by a lock; while one runs, parameters have
/// `requiresGrad` switched off (and restored after), so do not train the same model
/// instance concurrently. Inference on other threads (`noGrad`) is unaffected.
///
///     let explainer = ClassActivationExplainer(model: model)
///     let map = try explainer.heatMap(for: input, classIndex: 2, method: .gradCAM)  // input size
public final class ClassActivationExplainer: @unchecked Sendable {
    public let model: ImageClassifier
    private let lock = NSLock()

    public init(model: ImageClassifier) {
        self.model = model
        model.eval()
    }

    /// Dotted names of every module of the model (candidates for `layer`).
    public var layerNames: [String] { model.namedModules().map(\.name) }

    /// The explanation of each class in `classIndices` for one image, from one forward pass.
    ///
    /// - Parameters:
    ///   - input: one preprocessed image `[1, 3, H, W]`.
    ///   - classIndices: classes to explain (indices into the model's outputs).
    ///   - method: `.cam`, `.gradCAM` or `.gradCAMPlusPlus`.
    ///   - layer: a dotted module name for the gradient methods; `nil` (default) for the last
    ///     feature maps. CAM accepts only `nil`.
    ///   - target: the score differentiated by the gradient methods (default: the logit).
    ///   - rectify: apply a ReLU before scaling (default true; CheXNet's CAM scales the raw map).
    public func explain(_ input: Tensor, classIndices: [Int], method: CAMMethod, layer: String? = nil,
                        target: CAMTarget = .logit, rectify: Bool = true) throws -> [ClassActivation] {
        guard input.rank == 4, input.shape[0] == 1 else { throw ExplanationError.badInputShape(input.shape) }
        let classes = model.numberOfClasses
        for index in classIndices where !(0..<classes).contains(index) {
            throw ExplanationError.classOutOfRange(index: index, classes: classes)
        }
        if method == .cam, let layer { throw ExplanationError.layerNotSupported(method: method, layer: layer) }
        if method.usesGradients && !GradMode.isEnabled { throw ExplanationError.gradientsDisabled }

        lock.lock()
        defer { lock.unlock() }
        model.eval()
        // Parameters need no gradient: switched off for the forward and backward passes (the
        // backward pass reads the flags too), restored after.
        let parameters = model.namedParameters().map(\.tensor)
        let previous = parameters.map(\.requiresGrad)
        for p in parameters { p.requiresGrad = false }
        defer { for (p, flag) in zip(parameters, previous) { p.requiresGrad = flag } }
        let (activation, logits) = try forward(input, layer: layer, retainingGradient: method.usesGradients)
        let logitValues = logits.scalars
        let channels = activation.shape[1], height = activation.shape[2], width = activation.shape[3]
        let a = activation.scalars

        var results: [ClassActivation] = []
        for (n, classIndex) in classIndices.enumerated() {
            let weights: [Float]
            switch method {
            case .cam:
                let w = model.head.weight.scalars
                weights = Array(w[(classIndex * channels)..<((classIndex + 1) * channels)])
            case .gradCAM, .gradCAMPlusPlus:
                activation.grad = nil
                let seed = target.gradient(logits: logitValues, index: classIndex)
                logits.backward(Tensor(shape: logits.shape, values: seed), retainGraph: n < classIndices.count - 1)
                let g = activation.grad?.scalars ?? [Float](repeating: 0, count: a.count)
                weights = method == .gradCAM
                    ? ClassActivationExplainer.gradCAMWeights(gradients: g, channels: channels)
                    : ClassActivationExplainer.gradCAMPlusPlusWeights(activations: a, gradients: g, channels: channels)
            }
            let raw = HeatMap(width: width, height: height,
                              values: ClassActivationExplainer.weightedSum(activations: a, weights: weights, channels: channels))
            results.append(ClassActivation(classIndex: classIndex, method: method, layer: layer, rawMap: raw,
                                           map: (rectify ? raw.rectified() : raw).normalized(),
                                           channelWeights: weights, logits: logitValues))
        }
        activation.grad = nil
        return results
    }

    /// The explanation of one class, upsampled to the input's size (or `outputSize`),
    /// values in [0, 1]. See `explain` for the parameters.
    public func heatMap(for input: Tensor, classIndex: Int, method: CAMMethod, layer: String? = nil,
                        target: CAMTarget = .logit, rectify: Bool = true,
                        outputSize: (width: Int, height: Int)? = nil) throws -> HeatMap {
        let activation = try explain(input, classIndices: [classIndex], method: method, layer: layer, target: target, rectify: rectify)[0]
        let size = outputSize ?? (input.shape[3], input.shape[2])
        return activation.heatMap(width: size.width, height: size.height)
    }

    /// Throws `ExplanationError.unknownLayer` (with suggestions) unless the model has a module
    /// named `layer` (whether its output can be captured shows only in a forward pass).
    public func checkLayer(_ layer: String) throws {
        guard let module = model.module(named: layer), module !== model else {
            throw ExplanationError.unknownLayer(name: layer, suggestions: suggestions(for: layer))
        }
    }

    /// One forward pass returning the layer's output `[1, C, h, w]` (a gradient-retaining
    /// leaf when asked) and the logits.
    private func forward(_ input: Tensor, layer: String?, retainingGradient: Bool) throws -> (activation: Tensor, logits: Tensor) {
        guard let layer else {
            let maps = model.featureMaps(input).detached()
            maps.requiresGrad = retainingGradient
            let logits = model.logits(fromEmbedding: model.embedding(fromFeatureMaps: maps))
            return (maps, logits)
        }
        try checkLayer(layer)
        let capture = OutputCapture(module: model.module(named: layer)!, retainingGradient: retainingGradient)
        let logits = capture.run { model(input) }
        guard let output = capture.output else {
            throw ExplanationError.layerNotCapturable(name: layer, reason: "its output is not observed during the forward pass (it is applied functionally or is not on the path to the logits)")
        }
        guard output.rank == 4, output.shape[0] == 1 else {
            throw ExplanationError.layerNotCapturable(name: layer, reason: "its output has shape \(output.shape), not [1, C, h, w]")
        }
        return (output, logits)
    }

    /// Up to 12 layer names sharing the longest prefix with `name` (the top-level ones when none do).
    private func suggestions(for name: String) -> [String] {
        let names = layerNames
        var prefix = name
        while !prefix.isEmpty {
            let matches = names.filter { $0.hasPrefix(prefix) }
            if !matches.isEmpty { return Array(matches.prefix(12)) }
            prefix.removeLast()
        }
        return model.children.map(\.name)
    }

    /// Grad-CAM: `w_k = mean_ij g_kij`.
    static func gradCAMWeights(gradients g: [Float], channels: Int) -> [Float] {
        let plane = g.count / channels
        return (0..<channels).map { k in
            var total = 0.0
            for i in (k * plane)..<((k + 1) * plane) { total += Double(g[i]) }
            return Float(total / Double(plane))
        }
    }

    /// Grad-CAM++ (pytorch-grad-cam's form): `alpha = g^2 / (2 g^2 + (sum_ij A_k) g^3 + 1e-7)`,
    /// 0 where `g = 0`; `w_k = sum_ij alpha relu(g)`.
    static func gradCAMPlusPlusWeights(activations a: [Float], gradients g: [Float], channels: Int) -> [Float] {
        let plane = g.count / channels
        return (0..<channels).map { k in
            let range = (k * plane)..<((k + 1) * plane)
            var sumA = 0.0
            for i in range { sumA += Double(a[i]) }
            var total = 0.0
            for i in range where g[i] != 0 {
                let g1 = Double(g[i]), g2 = g1 * g1, g3 = g2 * g1
                let alpha = g2 / (2 * g2 + sumA * g3 + 1e-7)
                total += alpha * max(g1, 0)
            }
            return Float(total)
        }
    }

    /// `sum_k w_k A_k` over `[C, h, w]` activations.
    static func weightedSum(activations a: [Float], weights: [Float], channels: Int) -> [Float] {
        let plane = a.count / channels
        var out = [Double](repeating: 0, count: plane)
        for k in 0..<channels where weights[k] != 0 {
            let w = Double(weights[k]), base = k * plane
            for i in 0..<plane { out[i] += w * Double(a[base + i]) }
        }
        return out.map { Float($0) }
    }
}
