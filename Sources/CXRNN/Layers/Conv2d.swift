import CXRTensor

/// 2-D convolution layer, PyTorch's `nn.Conv2d`: parameters `weight`
/// `[outputChannels, inputChannels / groups, kernel, kernel]` and optional `bias` `[outputChannels]`.
///
/// Default initialisation is PyTorch's (`kaiming_uniform_(a=sqrt(5))`, i.e. U(-b, b) with
/// b = 1/sqrt(fan_in)); models re-initialise as torchvision does.
public final class Conv2d: Module, UnaryLayer {
    public let weight: Tensor
    public let bias: Tensor?
    public let geometry: ConvolutionGeometry
    public let inputChannels: Int, outputChannels: Int, kernelSize: Int

    public init(inputChannels: Int, outputChannels: Int, kernelSize: Int, stride: Int = 1, padding: Int = 0,
                dilation: Int = 1, groups: Int = 1, bias: Bool = true, generator: inout SeededGenerator) {
        precondition(inputChannels % groups == 0 && outputChannels % groups == 0, "channels must be divisible by groups")
        self.inputChannels = inputChannels
        self.outputChannels = outputChannels
        self.kernelSize = kernelSize
        geometry = ConvolutionGeometry(stride: stride, padding: padding, dilation: dilation, groups: groups)
        let fanIn = Float(inputChannels / groups * kernelSize * kernelSize)
        let bound = 1 / fanIn.squareRoot()
        weight = .uniform([outputChannels, inputChannels / groups, kernelSize, kernelSize], low: -bound, high: bound, generator: &generator)
        self.bias = bias ? .uniform([outputChannels], low: -bound, high: bound, generator: &generator) : nil
        super.init()
        registerParameter("weight", weight)
        if let b = self.bias { registerParameter("bias", b) }
    }

    /// Fan-in and fan-out as PyTorch computes them for initialisation.
    public var fanIn: Int { weight.shape[1] * kernelSize * kernelSize }
    public var fanOut: Int { weight.shape[0] * kernelSize * kernelSize }

    /// The layout of convolution outputs in training (``TensorLayout``): channel-blocked by
    /// default, so that activations stay in oneDNN's layout from one layer to the next and no
    /// reorders run around each convolution; `.rowMajor` for comparison. Evaluation, and
    /// training while an ``OutputCapture`` runs, always give row-major outputs.
    nonisolated(unsafe) public static var trainingLayout: TensorLayout = .channelBlocked8

    public func callAsFunction(_ x: Tensor) -> Tensor {
        conv2d(x, weight: weight, bias: bias, geometry: geometry, outputLayout: mayFuseForTraining ? Self.trainingLayout : .rowMajor)
    }
}
