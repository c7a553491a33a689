/// The architectures CXRKit builds, by torchvision name.
public enum Architecture: String, CaseIterable, Sendable {
    case densenet121, densenet169, densenet201
    case resnet18, resnet34, resnet50, resnet101, resnet152
    case mobilenetV2 = "mobilenet_v2"

    /// Builds the model with a head of `classes` outputs, initialised from `seed`.
    public func make(classes: Int = 1000, seed: UInt64 = 0) -> ImageClassifier {
        switch self {
        case .densenet121: return DenseNet.densenet121(classes: classes, seed: seed)
        case .densenet169: return DenseNet.densenet169(classes: classes, seed: seed)
        case .densenet201: return DenseNet.densenet201(classes: classes, seed: seed)
        case .resnet18: return ResNet.resnet18(classes: classes, seed: seed)
        case .resnet34: return ResNet.resnet34(classes: classes, seed: seed)
        case .resnet50: return ResNet.resnet50(classes: classes, seed: seed)
        case .resnet101: return ResNet.resnet101(classes: classes, seed: seed)
        case .resnet152: return ResNet.resnet152(classes: classes, seed: seed)
        case .mobilenetV2: return MobileNetV2(classes: classes, seed: seed)
        }
    }

    /// Number of parameters with the 1000-class ImageNet head (torchvision's figures).
    public var imageNetParameterCount: Int {
        switch self {
        case .densenet121: return 7_978_856
        case .densenet169: return 14_149_480
        case .densenet201: return 20_013_928
        case .resnet18: return 11_689_512
        case .resnet34: return 21_797_672
        case .resnet50: return 25_557_032
        case .resnet101: return 44_549_160
        case .resnet152: return 60_192_808
        case .mobilenetV2: return 3_504_872
        }
    }
}
