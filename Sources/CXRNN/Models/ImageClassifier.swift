import CXRTensor

/// A convolutional backbone with a global-average-pooled embedding and a linear head:
/// `logits = head(pool(featureMaps(x)))`.
///
/// Explanation methods use the pieces: class activation maps combine `featureMaps` with the
/// head's weights; SOM/t-SNE use `embedding`.
open class ImageClassifier: Module, UnaryLayer {
    /// torchvision name of the architecture (`densenet121`, `resnet50`, `mobilenet_v2`, ...).
    public let architecture: String

    public init(architecture: String) {
        self.architecture = architecture
        super.init()
    }

    /// Last convolutional feature maps after their activation, `[N, C, h, w]`.
    open func featureMaps(_ x: Tensor) -> Tensor { fatalError("\(type(of: self)) must override featureMaps") }

    /// The final linear layer.
    open var head: Linear { fatalError("\(type(of: self)) must override head") }

    /// Dotted name of the head in the state dict (`classifier`, `fc`, `classifier.1`).
    open var headName: String { fatalError("\(type(of: self)) must override headName") }

    /// Swaps the head for a new, freshly initialised one with `outputs` classes
    /// (transfer learning). Initialisation follows the architecture's torchvision rule.
    open func replaceHead(outputs: Int, seed: UInt64 = 0) { fatalError("\(type(of: self)) must override replaceHead") }

    /// Number of classes the head predicts.
    public var numberOfClasses: Int { head.outputs }

    /// Width of the pooled embedding (the head's input).
    public var embeddingWidth: Int { head.inputs }

    /// Pooled embedding `[N, C]` of feature maps `[N, C, h, w]`.
    public func embedding(fromFeatureMaps maps: Tensor) -> Tensor { globalAvgPool2d(maps) }

    /// Pooled embedding `[N, C]` of images `[N, 3, H, W]`.
    public func embedding(_ x: Tensor) -> Tensor { embedding(fromFeatureMaps: featureMaps(x)) }

    /// Logits from an embedding (applies any dropout before the head in training).
    open func logits(fromEmbedding e: Tensor) -> Tensor { head(e) }

    /// Logits `[N, classes]` of images `[N, 3, H, W]`.
    public func callAsFunction(_ x: Tensor) -> Tensor { logits(fromEmbedding: embedding(x)) }

    /// Parameters of the backbone only (everything but the head), e.g. to freeze it.
    public func backboneParameters() -> [Tensor] {
        namedParameters().filter { !$0.name.hasPrefix(headName + ".") }.map(\.tensor)
    }
}

/// Kaiming-normal initialisation `N(0, 2 / fan)` of a convolution's weight, zero bias.
func kaimingNormal(_ conv: Conv2d, fanOut: Bool, generator: inout SeededGenerator) {
    let fan = Float(fanOut ? conv.fanOut : conv.fanIn)
    conv.weight.assign(.normal(conv.weight.shape, standardDeviation: (2 / fan).squareRoot(), generator: &generator))
    conv.bias?.fill(0)
}
