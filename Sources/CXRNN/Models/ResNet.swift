import CXRTensor

/// Residual block kinds: `basic` (two 3x3 convolutions, ResNet-18/34) and `bottleneck`
/// (1x1, 3x3, 1x1 with 4x expansion, ResNet-50/101/152).
public enum ResidualBlockKind: Sendable {
    case basic, bottleneck
    var expansion: Int { self == .basic ? 1 : 4 }
}

/// torchvision's `BasicBlock` / `Bottleneck`: children conv1, bn1, conv2, bn2, [conv3, bn3],
/// and `downsample` (Sequential of a strided 1x1 conv and BN) when the shape changes.
final class ResidualBlock: Module, UnaryLayer {
    let convolutions: [Conv2d]
    let norms: [BatchNorm2d]
    let downsample: Sequential?
    let activation = ReLU()

    init(kind: ResidualBlockKind, inputChannels: Int, planes: Int, stride: Int, generator: inout SeededGenerator) {
        let output = planes * kind.expansion
        switch kind {
        case .basic:
            convolutions = [
                Conv2d(inputChannels: inputChannels, outputChannels: planes, kernelSize: 3, stride: stride, padding: 1, bias: false, generator: &generator),
                Conv2d(inputChannels: planes, outputChannels: planes, kernelSize: 3, padding: 1, bias: false, generator: &generator),
            ]
            norms = [BatchNorm2d(channels: planes), BatchNorm2d(channels: planes)]
        case .bottleneck:
            convolutions = [
                Conv2d(inputChannels: inputChannels, outputChannels: planes, kernelSize: 1, bias: false, generator: &generator),
                Conv2d(inputChannels: planes, outputChannels: planes, kernelSize: 3, stride: stride, padding: 1, bias: false, generator: &generator),
                Conv2d(inputChannels: planes, outputChannels: output, kernelSize: 1, bias: false, generator: &generator),
            ]
            norms = [BatchNorm2d(channels: planes), BatchNorm2d(channels: planes), BatchNorm2d(channels: output)]
        }
        if stride != 1 || inputChannels != output {
            downsample = Sequential([
                Conv2d(inputChannels: inputChannels, outputChannels: output, kernelSize: 1, stride: stride, bias: false, generator: &generator),
                BatchNorm2d(channels: output),
            ])
        } else {
            downsample = nil
        }
        super.init()
        for (i, (conv, norm)) in zip(convolutions, norms).enumerated() {
            registerChild("conv\(i + 1)", conv)
            registerChild("bn\(i + 1)", norm)
        }
        registerChild("relu", activation)
        if let downsample { registerChild("downsample", downsample) }
    }

    func callAsFunction(_ x: Tensor) -> Tensor {
        var y = x
        for (i, (conv, norm)) in zip(convolutions, norms).enumerated() {
            let convolved = conv.observed(conv(y))
            y = i < convolutions.count - 1 ? norm.normalizeAndActivate(convolved, activation: activation) : norm.observed(norm(convolved))
        }
        let identity = downsample.map { $0.observed($0(x)) } ?? x
        // Training: the residual join and its ReLU in one pass (no capture wants the sum alone).
        if mayFuseForTraining { return addReLU(y, identity) }
        return activation.observed(relu(add(y, identity)))
    }
}

/// ResNet (He et al. 2016), structured and named as torchvision's `ResNet`: conv1, bn1, relu,
/// maxpool, layer1..layer4, avgpool, fc.
public final class ResNet: ImageClassifier {
    let stem: Sequential
    let stages: [Sequential]
    public private(set) var fc: Linear

    /// - Parameters:
    ///   - block: `.basic` or `.bottleneck`.
    ///   - layers: blocks per stage (`[3, 4, 6, 3]` for ResNet-50).
    ///   - baseWidth: channels of the stem and first stage (64 in torchvision; smaller values
    ///     give narrow variants of the same structure for tests).
    public init(architecture: String = "resnet", block: ResidualBlockKind, layers: [Int], baseWidth: Int = 64, classes: Int = 1000, seed: UInt64 = 0) {
        var generator = SeededGenerator(seed: seed)
        let conv1 = Conv2d(inputChannels: 3, outputChannels: baseWidth, kernelSize: 7, stride: 2, padding: 3, bias: false, generator: &generator)
        let bn1 = BatchNorm2d(channels: baseWidth)
        stem = Sequential([conv1, bn1, ReLU(), MaxPool2d(kernelSize: 3, stride: 2, padding: 1)])
        var channels = baseWidth
        var stages: [Sequential] = []
        for (i, count) in layers.enumerated() {
            let planes = baseWidth << i
            var blocks: [Module] = []
            for j in 0..<count {
                blocks.append(ResidualBlock(kind: block, inputChannels: channels, planes: planes, stride: (j == 0 && i > 0) ? 2 : 1, generator: &generator))
                channels = planes * block.expansion
            }
            stages.append(Sequential(blocks))
        }
        self.stages = stages
        fc = Linear(inputs: channels, outputs: classes, generator: &generator)
        super.init(architecture: architecture)
        registerChild("conv1", conv1)
        registerChild("bn1", bn1)
        registerChild("relu", stem.children[2].module)
        registerChild("maxpool", stem.children[3].module)
        for (i, stage) in stages.enumerated() { registerChild("layer\(i + 1)", stage) }
        registerChild("fc", fc)
        for conv in allConvolutions(self) { kaimingNormal(conv, fanOut: true, generator: &generator) }
    }

    public override func featureMaps(_ x: Tensor) -> Tensor {
        stages.reduce(stem(x)) { value, stage in stage.observed(stage(value)) }
    }

    public override var head: Linear { fc }
    public override var headName: String { "fc" }

    public override func replaceHead(outputs: Int, seed: UInt64 = 0) {
        var generator = SeededGenerator(seed: seed)
        fc = Linear(inputs: fc.inputs, outputs: outputs, generator: &generator)
        replaceChild("fc", with: fc)
    }

    public static func resnet18(classes: Int = 1000, seed: UInt64 = 0) -> ResNet {
        ResNet(architecture: "resnet18", block: .basic, layers: [2, 2, 2, 2], classes: classes, seed: seed)
    }
    public static func resnet34(classes: Int = 1000, seed: UInt64 = 0) -> ResNet {
        ResNet(architecture: "resnet34", block: .basic, layers: [3, 4, 6, 3], classes: classes, seed: seed)
    }
    public static func resnet50(classes: Int = 1000, seed: UInt64 = 0) -> ResNet {
        ResNet(architecture: "resnet50", block: .bottleneck, layers: [3, 4, 6, 3], classes: classes, seed: seed)
    }
    public static func resnet101(classes: Int = 1000, seed: UInt64 = 0) -> ResNet {
        ResNet(architecture: "resnet101", block: .bottleneck, layers: [3, 4, 23, 3], classes: classes, seed: seed)
    }
    public static func resnet152(classes: Int = 1000, seed: UInt64 = 0) -> ResNet {
        ResNet(architecture: "resnet152", block: .bottleneck, layers: [3, 8, 36, 3], classes: classes, seed: seed)
    }
}
