import CXRTensor

/// `nn.MaxPool2d(kernel, stride, padding)`.
public final class MaxPool2d: Module, UnaryLayer {
    public let kernelSize: Int, stride: Int, padding: Int

    public init(kernelSize: Int, stride: Int? = nil, padding: Int = 0) {
        self.kernelSize = kernelSize
        self.stride = stride ?? kernelSize
        self.padding = padding
    }

    public func callAsFunction(_ x: Tensor) -> Tensor {
        maxPool2d(x, kernel: kernelSize, stride: stride, padding: padding)
    }
}

/// `nn.AvgPool2d(kernel, stride)` (padding counted in the divisor, as PyTorch's default).
public final class AvgPool2d: Module, UnaryLayer {
    public let kernelSize: Int, stride: Int

    public init(kernelSize: Int, stride: Int? = nil) {
        self.kernelSize = kernelSize
        self.stride = stride ?? kernelSize
    }

    public func callAsFunction(_ x: Tensor) -> Tensor {
        avgPool2d(x, kernel: kernelSize, stride: stride)
    }
}
