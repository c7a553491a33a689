import CXRTensor
import CXRTestSupport
import XCTest

/// Every op that keeps the channel-blocked layout (``TensorLayout/channelBlocked8``) against the
/// same op on row-major data (itself checked against PyTorch in OpParityTests): same values
/// forward, same gradients backward, for inputs and parameters.
final class BlockedLayoutTests: XCTestCase {
    func values(_ count: Int, seed: UInt64) -> [Float] { deterministicValues(count, seed: seed) }

    /// Runs `op` on row-major inputs and on the same inputs channel-blocked; compares the
    /// outputs and the gradients of `sum(output * upstream)` for inputs and `parameters`.
    func check(_ name: String, shapes: [[Int]], parameters: [Tensor] = [], tolerance: Float = 1e-5, expectBlockedOutput: Bool = true,
               _ op: ([Tensor]) -> Tensor, file: StaticString = #filePath, line: UInt = #line) {
        func run(blocked: Bool) -> (output: [Float], layout: TensorLayout, gradients: [[Float]]) {
            for p in parameters { p.grad = nil }
            let inputs = shapes.enumerated().map { i, shape in
                Tensor(shape: shape, values: values(shape.reduce(1, *), seed: UInt64(10 + i)).map { $0 * 2 }, requiresGrad: true)
            }
            let y = op(blocked ? inputs.map { $0.inLayout(.channelBlocked8) } : inputs)
            let upstream = Tensor(shape: y.shape, values: values(y.count, seed: 99))
            sum(multiply(y, upstream)).backward()
            return (y.scalars, y.layout, (inputs + parameters).map { $0.grad?.scalars ?? [] })
        }
        let plain = run(blocked: false), blocked = run(blocked: true)
        if expectBlockedOutput { XCTAssertEqual(blocked.layout, .channelBlocked8, "\(name): the output should stay blocked", file: file, line: line) }
        XCTAssertEqual(plain.layout, .rowMajor, "\(name): row-major in, row-major out", file: file, line: line)
        func compare(_ what: String, _ a: [Float], _ b: [Float]) {
            XCTAssertEqual(a.count, b.count, "\(name) \(what)", file: file, line: line)
            let scale = max(a.map { abs($0) }.max() ?? 0, 1)
            let worst = zip(a, b).map { abs($0 - $1) }.max() ?? 0
            XCTAssertLessThanOrEqual(worst / scale, tolerance,
                                     "\(name) \(what): blocked vs row-major, observed max difference \(worst) (scale \(scale)), tolerance \(tolerance) relative",
                                     file: file, line: line)
        }
        compare("output", blocked.output, plain.output)
        for (i, (a, b)) in zip(blocked.gradients, plain.gradients).enumerated() {
            XCTAssertFalse(a.isEmpty, "\(name): gradient \(i) missing", file: file, line: line)
            compare("gradient \(i)", a, b)
        }
    }

    func testConversionRoundTrip() {
        let x = Tensor(shape: [2, 16, 3, 5], values: values(480, seed: 1))
        let blocked = x.inLayout(.channelBlocked8)
        XCTAssertEqual(blocked.layout, .channelBlocked8)
        XCTAssertNotEqual(Array(blocked.buffer), x.scalars, "storage order differs")
        XCTAssertEqual(blocked.scalars, x.scalars, "scalars are row-major whatever the layout")
        XCTAssertEqual(blocked.inLayout(.rowMajor).scalars, x.scalars)
        // Value (n=1, c=9, h=2, w=3) sits in block 1, lane 1 of sample 1.
        let rowMajorIndex = ((1 * 16 + 9) * 3 + 2) * 5 + 3
        let blockedIndex = (((1 * 2 + 1) * 3 + 2) * 5 + 3) * 8 + 1
        XCTAssertEqual(blocked.buffer[blockedIndex], x.buffer[rowMajorIndex])
    }

    func testElementwise() {
        check("relu", shapes: [[2, 16, 5, 6]]) { relu($0[0]) }
        check("relu6", shapes: [[2, 16, 5, 6]]) { relu6(scale($0[0], by: 5)) }
        check("add", shapes: [[2, 16, 5, 6], [2, 16, 5, 6]]) { add($0[0], $0[1]) }
        check("addReLU", shapes: [[2, 16, 5, 6], [2, 16, 5, 6]]) { addReLU($0[0], $0[1]) }
        check("add with a row-major second operand", shapes: [[2, 16, 5, 6], [2, 16, 5, 6]]) { add($0[0], $0[1].inLayout(.rowMajor)) }
        check("multiply", shapes: [[2, 16, 5, 6], [2, 16, 5, 6]]) { multiply($0[0], $0[1]) }
    }

    func testBatchNorm() {
        for ceiling in [Float.infinity, 6] {
            let weight = Tensor(shape: [16], values: values(16, seed: 3).map { $0 * 3 + 1 }, requiresGrad: true)
            let bias = Tensor(shape: [16], values: values(16, seed: 4), requiresGrad: true)
            check("batchNormActivation (ceiling \(ceiling))", shapes: [[3, 16, 7, 5]], parameters: [weight, bias]) {
                batchNormActivation($0[0], weight: weight, bias: bias, runningMean: Tensor(zeros: [16]),
                                    runningVariance: Tensor(shape: [16], repeating: 1), ceiling: ceiling)
            }
        }
        let weight = Tensor(shape: [16], values: values(16, seed: 5).map { $0 + 1.5 }, requiresGrad: true)
        let bias = Tensor(shape: [16], values: values(16, seed: 6), requiresGrad: true)
        check("batchNorm (training)", shapes: [[3, 16, 7, 5]], parameters: [weight, bias]) {
            batchNorm($0[0], weight: weight, bias: bias, runningMean: Tensor(zeros: [16]), runningVariance: Tensor(shape: [16], repeating: 1),
                      training: true)
        }
        check("batchNorm (evaluation)", shapes: [[3, 16, 7, 5]], parameters: [weight, bias], expectBlockedOutput: false) {
            batchNorm($0[0], weight: weight, bias: bias, runningMean: Tensor(shape: [16], values: self.values(16, seed: 7)),
                      runningVariance: Tensor(shape: [16], repeating: 2), training: false)
        }
        // Running statistics are the same in both layouts.
        let means = [TensorLayout.rowMajor, .channelBlocked8].map { layout -> [Float] in
            let runningMean = Tensor(zeros: [16]), runningVariance = Tensor(shape: [16], repeating: 1)
            let x = Tensor(shape: [3, 16, 7, 5], values: values(1680, seed: 8)).inLayout(layout)
            _ = batchNormActivation(x, weight: weight, bias: bias, runningMean: runningMean, runningVariance: runningVariance, ceiling: 6)
            return runningMean.scalars + runningVariance.scalars
        }
        for (a, b) in zip(means[0], means[1]) { XCTAssertEqual(a, b, accuracy: 1e-6, "running statistics") }
    }

    func testConcatenationPoolingAndShape() {
        check("concatenate", shapes: [[2, 8, 5, 6], [2, 16, 5, 6], [2, 8, 5, 6]]) { concatenateChannels($0) }
        check("concatenate with a row-major input", shapes: [[2, 8, 5, 6], [2, 16, 5, 6]], expectBlockedOutput: false) {
            concatenateChannels([$0[0], $0[1].inLayout(.rowMajor)])
        }
        check("max pool", shapes: [[2, 16, 9, 9]]) { maxPool2d($0[0], kernel: 3, stride: 2, padding: 1) }
        check("average pool", shapes: [[2, 16, 8, 8]]) { avgPool2d($0[0], kernel: 2, stride: 2) }
        check("global average pool", shapes: [[2, 16, 5, 7]], expectBlockedOutput: false) { globalAvgPool2d($0[0]) }
        check("adaptive average pool 2x2", shapes: [[2, 16, 5, 7]], expectBlockedOutput: false) { adaptiveAvgPool2d($0[0], outputHeight: 2, outputWidth: 2) }
        check("flatten", shapes: [[2, 16, 3, 3]], expectBlockedOutput: false) { flatten($0[0]) }
    }

    func testConvolution() {
        let weight = Tensor(shape: [24, 16, 3, 3], values: values(24 * 16 * 9, seed: 20).map { $0 * 0.2 }, requiresGrad: true)
        let bias = Tensor(shape: [24], values: values(24, seed: 21), requiresGrad: true)
        check("conv 3x3", shapes: [[2, 16, 9, 9]], parameters: [weight, bias]) {
            conv2d($0[0], weight: weight, bias: bias, geometry: ConvolutionGeometry(stride: 2, padding: 1),
                   outputLayout: $0[0].layout)
        }
        let depthwise = Tensor(shape: [16, 1, 3, 3], values: values(144, seed: 22), requiresGrad: true)
        check("depthwise conv", shapes: [[2, 16, 9, 9]], parameters: [depthwise]) {
            conv2d($0[0], weight: depthwise, geometry: ConvolutionGeometry(padding: 1, groups: 16), outputLayout: $0[0].layout)
        }
        // A row-major input (the image) into a blocked output: the first layer of a network.
        let stem = Tensor(shape: [16, 3, 3, 3], values: values(432, seed: 23), requiresGrad: true)
        for layout in [TensorLayout.rowMajor, .channelBlocked8] {
            let image = Tensor(shape: [2, 3, 8, 8], values: values(384, seed: 24), requiresGrad: true)
            let y = conv2d(image, weight: stem, geometry: ConvolutionGeometry(padding: 1), outputLayout: layout)
            XCTAssertEqual(y.layout, layout)
            let reference = conv2d(image, weight: stem, geometry: ConvolutionGeometry(padding: 1))
            for (a, b) in zip(y.scalars, reference.scalars) { XCTAssertEqual(a, b, accuracy: 1e-5) }
        }
    }
}

extension BlockedLayoutTests {
    /// Batch norm + ReLU of a channel concatenation read from its pieces (DenseNet's layers)
    /// against concatenating first, on row-major data: values, every piece's gradient, and the
    /// parameters' gradients.
    func testBatchNormOfAConcatenationWithoutIt() {
        let weight = Tensor(shape: [32], values: values(32, seed: 3).map { $0 + 1.5 }, requiresGrad: true)
        let bias = Tensor(shape: [32], values: values(32, seed: 4), requiresGrad: true)
        check("batchNormActivation(concatenating:)", shapes: [[2, 8, 5, 6], [2, 16, 5, 6], [2, 8, 5, 6]], parameters: [weight, bias]) { inputs in
            batchNormActivation(concatenating: inputs, weight: weight, bias: bias, runningMean: Tensor(zeros: [32]),
                                runningVariance: Tensor(shape: [32], repeating: 1), ceiling: .infinity)
        }
        // The running statistics move as with the concatenation.
        let pieces = [[2, 8, 3, 3], [2, 8, 3, 3]].enumerated().map { i, shape in
            Tensor(shape: shape, values: values(144, seed: UInt64(20 + i)).map { $0 * 3 + 1 })
        }
        let weight16 = Tensor(shape: [16], repeating: 1), bias16 = Tensor(zeros: [16])
        var statistics: [[Float]] = []
        for blocked in [false, true] {
            let mean = Tensor(zeros: [16]), variance = Tensor(shape: [16], repeating: 1)
            let inputs = blocked ? pieces.map { $0.inLayout(.channelBlocked8) } : pieces
            _ = batchNormActivation(concatenating: inputs, weight: weight16, bias: bias16, runningMean: mean, runningVariance: variance, ceiling: 6)
            statistics.append(mean.scalars + variance.scalars)
        }
        let worst = zip(statistics[0], statistics[1]).map { abs($0 - $1) }.max() ?? 0
        XCTAssertLessThanOrEqual(worst, 1e-6, "running statistics: pieces vs concatenation, observed max difference \(worst), tolerance 1e-6")
        XCTAssertNotEqual(statistics[0], [Float](repeating: 0, count: 16) + [Float](repeating: 1, count: 16), "the statistics should have moved")
    }
}
