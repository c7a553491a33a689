import CXRTensor

/// torchvision's `_make_divisible`: rounds `value` to a multiple of `divisor`, not going
/// below 90 % of it.
func makeDivisible(_ value: Double, _ divisor: Int = 8) -> Int {
    var rounded = max(divisor, Int(value + Double(divisor) / 2) / divisor * divisor)
    if Double(rounded) < 0.9 * value { rounded += divisor }
    return rounded
}

/// Conv-BN-ReLU6 (torchvision's `Conv2dNormActivation`): children "0" (conv), "1" (BN), "2".
func convNormReLU6(_ input: Int, _ output: Int, kernel: Int = 3, stride: Int = 1, groups: Int = 1, generator: inout SeededGenerator) -> Sequential {
    Sequential([
        Conv2d(inputChannels: input, outputChannels: output, kernelSize: kernel, stride: stride, padding: (kernel - 1) / 2,
               groups: groups, bias: false, generator: &generator),
        BatchNorm2d(channels: output),
        ReLU6(),
    ])
}

/// MobileNetV2's inverted residual: expand (1x1, unless the ratio is 1), depthwise 3x3,
/// linear projection (1x1 + BN); a skip connection when stride is 1 and channels match.
final class InvertedResidual: Module, UnaryLayer {
    let conv: Sequential
    let usesResidual: Bool

    init(input: Int, output: Int, stride: Int, expandRatio: Int, generator: inout SeededGenerator) {
        let hidden = input * expandRatio
        var layers: [Module] = []
        if expandRatio != 1 { layers.append(convNormReLU6(input, hidden, kernel: 1, generator: &generator)) }
        layers.append(convNormReLU6(hidden, hidden, stride: stride, groups: hidden, generator: &generator))
        layers.append(Conv2d(inputChannels: hidden, outputChannels: output, kernelSize: 1, bias: false, generator: &generator))
        layers.append(BatchNorm2d(channels: output))
        conv = Sequential(layers)
        usesResidual = stride == 1 && input == output
        super.init()
        registerChild("conv", conv)
    }

    func callAsFunction(_ x: Tensor) -> Tensor {
        let y = conv.observed(conv(x))
        return usesResidual ? add(x, y) : y
    }
}

/// MobileNetV2 (Sandler et al. 2018), structured and named as torchvision's: `features.0`
/// .. `features.18` and `classifier` (Dropout 0.2, Linear) so that the head is `classifier.1`.
public final class MobileNetV2: ImageClassifier {
    public let features: Sequential
    public let classifier: Sequential
    private let dropout: Dropout
    public private(set) var finalLayer: Linear

    /// - Parameters:
    ///   - widthMultiplier: scales every layer's channels (1.0; smaller for narrow variants).
    ///   - dropoutProbability: before the head (0.2).
    public init(widthMultiplier: Double = 1.0, dropoutProbability: Float = 0.2, classes: Int = 1000, seed: UInt64 = 0) {
        var generator = SeededGenerator(seed: seed)
        let settings: [(t: Int, c: Int, n: Int, s: Int)] = [(1, 16, 1, 1), (6, 24, 2, 2), (6, 32, 3, 2), (6, 64, 4, 2), (6, 96, 3, 1), (6, 160, 3, 2), (6, 320, 1, 1)]
        var input = makeDivisible(32 * widthMultiplier)
        let last = makeDivisible(1280 * max(1.0, widthMultiplier))
        var layers: [Module] = [convNormReLU6(3, input, stride: 2, generator: &generator)]
        for setting in settings {
            let output = makeDivisible(Double(setting.c) * widthMultiplier)
            for i in 0..<setting.n {
                layers.append(InvertedResidual(input: input, output: output, stride: i == 0 ? setting.s : 1, expandRatio: setting.t, generator: &generator))
                input = output
            }
        }
        layers.append(convNormReLU6(input, last, kernel: 1, generator: &generator))
        features = Sequential(layers)
        dropout = Dropout(probability: dropoutProbability, seed: generator.next())
        finalLayer = Linear(inputs: last, outputs: classes, generator: &generator)
        classifier = Sequential([dropout, finalLayer])
        super.init(architecture: "mobilenet_v2")
        registerChild("features", features)
        registerChild("classifier", classifier)
        for conv in allConvolutions(features) { kaimingNormal(conv, fanOut: true, generator: &generator) }
        MobileNetV2.initialiseHead(finalLayer, generator: &generator)
    }

    static func initialiseHead(_ layer: Linear, generator: inout SeededGenerator) {
        layer.weight.assign(.normal(layer.weight.shape, standardDeviation: 0.01, generator: &generator))
        layer.bias?.fill(0)
    }

    public override func featureMaps(_ x: Tensor) -> Tensor { features.observed(features(x)) }
    public override var head: Linear { finalLayer }
    public override var headName: String { "classifier.1" }
    public override func logits(fromEmbedding e: Tensor) -> Tensor { finalLayer(dropout(e)) }

    public override func replaceHead(outputs: Int, seed: UInt64 = 0) {
        var generator = SeededGenerator(seed: seed)
        finalLayer = Linear(inputs: finalLayer.inputs, outputs: outputs, generator: &generator)
        MobileNetV2.initialiseHead(finalLayer, generator: &generator)
        classifier.replaceChild("1", with: finalLayer)
    }
}
