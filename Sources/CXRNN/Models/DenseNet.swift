import CXRTensor

/// One dense layer: BN-ReLU-Conv1x1 (bottleneck to `bottleneckFactor * growthRate`), then
/// BN-ReLU-Conv3x3 to `growthRate` new channels. torchvision's `_DenseLayer`.
final class DenseLayer: Module {
    let norm1: BatchNorm2d, conv1: Conv2d, norm2: BatchNorm2d, conv2: Conv2d
    let relu1 = ReLU(), relu2 = ReLU()
    let dropout: Dropout?

    init(inputChannels: Int, growthRate: Int, bottleneckFactor: Int, dropRate: Float, generator: inout SeededGenerator) {
        norm1 = BatchNorm2d(channels: inputChannels)
        conv1 = Conv2d(inputChannels: inputChannels, outputChannels: bottleneckFactor * growthRate, kernelSize: 1, bias: false, generator: &generator)
        norm2 = BatchNorm2d(channels: bottleneckFactor * growthRate)
        conv2 = Conv2d(inputChannels: bottleneckFactor * growthRate, outputChannels: growthRate, kernelSize: 3, padding: 1, bias: false, generator: &generator)
        dropout = dropRate > 0 ? Dropout(probability: dropRate, seed: generator.next()) : nil
        super.init()
        registerChild("norm1", norm1)
        registerChild("relu1", relu1)
        registerChild("conv1", conv1)
        registerChild("norm2", norm2)
        registerChild("relu2", relu2)
        registerChild("conv2", conv2)
    }

    /// Whether training recomputes the bottleneck (concatenation, `norm1`, `relu1`, `conv1`) in
    /// backward instead of keeping its intermediates: the memory-efficient DenseNet scheme
    /// (torchvision's `memory_efficient`). Values and gradients are the same either way.
    var memoryEfficient = true

    /// New feature maps from the concatenation of all previous ones.
    func callAsFunction(_ previous: [Tensor]) -> Tensor {
        let bottleneck: Tensor
        if memoryEfficient && mayFuseForTraining {
            // The concatenated input and its normalised copy are the largest tensors of a dense
            // block and grow with every layer; keep neither.
            bottleneck = recomputingInBackward("denseLayer.bottleneck", previous,
                                               parameters: [norm1.weight, norm1.bias, conv1.weight]) { [unowned self] in
                self.bottleneck($0)
            }
        } else {
            bottleneck = self.bottleneck(previous)
        }
        let y = conv2.observed(conv2(norm2.normalizeAndActivate(bottleneck, activation: relu2)))
        return dropout.map { $0(y) } ?? y
    }

    /// `conv1(relu1(norm1(concatenation of previous)))`; in training the concatenation is never
    /// materialised (batch norm reads the pieces). Recomputed in backward, the convolution's
    /// values are not computed again: only its input is needed there.
    private func bottleneck(_ previous: [Tensor]) -> Tensor {
        let activated = norm1.normalizeAndActivate(concatenating: previous, activation: relu1)
        return GradMode.outputUnreadWhenRecomputing { conv1.observed(conv1(activated)) }
    }
}

/// A dense block: each layer sees the concatenation of the block input and all earlier
/// layers' outputs; the block returns the concatenation of all. torchvision's `_DenseBlock`.
final class DenseBlock: Module, UnaryLayer {
    let layers: [DenseLayer]

    init(layerCount: Int, inputChannels: Int, growthRate: Int, bottleneckFactor: Int, dropRate: Float, generator: inout SeededGenerator) {
        var layers: [DenseLayer] = []
        for i in 0..<layerCount {
            layers.append(DenseLayer(inputChannels: inputChannels + i * growthRate, growthRate: growthRate,
                                     bottleneckFactor: bottleneckFactor, dropRate: dropRate, generator: &generator))
        }
        self.layers = layers
        super.init()
        for (i, layer) in layers.enumerated() { registerChild("denselayer\(i + 1)", layer) }
    }

    func callAsFunction(_ x: Tensor) -> Tensor {
        var features = [x]
        for layer in layers { features.append(layer.observed(layer(features))) }
        return concatenateChannels(features)
    }
}

/// DenseNet-BC (Huang et al. 2017), structured and named exactly as torchvision's `DenseNet`:
/// `features` (conv0, norm0, relu0, pool0, denseblock1, transition1, ..., denseblock4, norm5)
/// and `classifier` (Linear). The feature maps for CAM are `relu(features(x))`.
public final class DenseNet: ImageClassifier {
    public let features: Sequential
    public private(set) var classifier: Linear

    /// Whether training recomputes each dense layer's concatenation, first batch norm, ReLU
    /// and bottleneck convolution in backward instead of keeping them (default true): the
    /// memory-efficient DenseNet (Pleiss et al. 2017). Same values and gradients; the
    /// concatenations and their normalised copies, which grow quadratically with depth, are not
    /// kept, for one more bottleneck forward per layer in backward.
    public var memoryEfficient: Bool {
        get { denseLayers.first?.memoryEfficient ?? false }
        set { for layer in denseLayers { layer.memoryEfficient = newValue } }
    }

    private var denseLayers: [DenseLayer] {
        features.children.compactMap { $0.module as? DenseBlock }.flatMap(\.layers)
    }

    /// - Parameters:
    ///   - growthRate: new channels per dense layer (32).
    ///   - blockConfig: layers per block (`[6, 12, 24, 16]` for DenseNet-121).
    ///   - initialFeatures: channels of the stem convolution (64).
    ///   - bottleneckFactor: bottleneck width multiplier (4).
    ///   - dropRate: dropout after each dense layer (0).
    ///   - classes: outputs of the head (1000).
    public init(architecture: String = "densenet", growthRate: Int = 32, blockConfig: [Int] = [6, 12, 24, 16],
                initialFeatures: Int = 64, bottleneckFactor: Int = 4, dropRate: Float = 0, classes: Int = 1000, seed: UInt64 = 0) {
        var generator = SeededGenerator(seed: seed)
        var stages: [(String, Module)] = [
            ("conv0", Conv2d(inputChannels: 3, outputChannels: initialFeatures, kernelSize: 7, stride: 2, padding: 3, bias: false, generator: &generator)),
            ("norm0", BatchNorm2d(channels: initialFeatures)),
            ("relu0", ReLU()),
            ("pool0", MaxPool2d(kernelSize: 3, stride: 2, padding: 1)),
        ]
        var channels = initialFeatures
        for (i, layers) in blockConfig.enumerated() {
            stages.append(("denseblock\(i + 1)", DenseBlock(layerCount: layers, inputChannels: channels, growthRate: growthRate,
                                                             bottleneckFactor: bottleneckFactor, dropRate: dropRate, generator: &generator)))
            channels += layers * growthRate
            if i != blockConfig.count - 1 {
                stages.append(("transition\(i + 1)", Sequential(named: [
                    ("norm", BatchNorm2d(channels: channels)),
                    ("relu", ReLU()),
                    ("conv", Conv2d(inputChannels: channels, outputChannels: channels / 2, kernelSize: 1, bias: false, generator: &generator)),
                    ("pool", AvgPool2d(kernelSize: 2, stride: 2)),
                ])))
                channels /= 2
            }
        }
        stages.append(("norm5", BatchNorm2d(channels: channels)))
        features = Sequential(named: stages)
        classifier = Linear(inputs: channels, outputs: classes, generator: &generator)
        super.init(architecture: architecture)
        registerChild("features", features)
        registerChild("classifier", classifier)
        // torchvision: kaiming_normal_ (fan_in) for convolutions, zero Linear bias.
        for module in allConvolutions(features) { kaimingNormal(module, fanOut: false, generator: &generator) }
        classifier.bias?.fill(0)
    }

    public override func featureMaps(_ x: Tensor) -> Tensor { relu(features.observed(features(x))) }
    public override var head: Linear { classifier }
    public override var headName: String { "classifier" }

    public override func replaceHead(outputs: Int, seed: UInt64 = 0) {
        var generator = SeededGenerator(seed: seed)
        classifier = Linear(inputs: classifier.inputs, outputs: outputs, generator: &generator)
        classifier.bias?.fill(0)
        replaceChild("classifier", with: classifier)
    }

    public static func densenet121(classes: Int = 1000, seed: UInt64 = 0) -> DenseNet {
        DenseNet(architecture: "densenet121", growthRate: 32, blockConfig: [6, 12, 24, 16], initialFeatures: 64, classes: classes, seed: seed)
    }

    public static func densenet169(classes: Int = 1000, seed: UInt64 = 0) -> DenseNet {
        DenseNet(architecture: "densenet169", growthRate: 32, blockConfig: [6, 12, 32, 32], initialFeatures: 64, classes: classes, seed: seed)
    }

    public static func densenet201(classes: Int = 1000, seed: UInt64 = 0) -> DenseNet {
        DenseNet(architecture: "densenet201", growthRate: 32, blockConfig: [6, 12, 48, 32], initialFeatures: 64, classes: classes, seed: seed)
    }
}

/// Every `Conv2d` below `module`, in registration order.
func allConvolutions(_ module: Module) -> [Conv2d] {
    var result: [Conv2d] = []
    if let conv = module as? Conv2d { result.append(conv) }
    for child in module.children { result += allConvolutions(child.module) }
    return result
}
