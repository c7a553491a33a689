import CXRTensor
import CXRTestSupport
import XCTest

/// The training-mode fusions against the separate ops (each checked against PyTorch in
/// OpParityTests): batch norm + ReLU/ReLU6 (`batchNormActivation`; same values forward and
/// backward, same running statistics) and the residual join `addReLU`.
final class FusedOpsTests: XCTestCase {
    func values(_ count: Int, seed: UInt64) -> [Float] { deterministicValues(count, seed: seed) }

    struct Result { var output, inputGradient, weightGradient, biasGradient, runningMean, runningVariance: [Float] }

    func run(fused: Bool, ceiling: Float) -> Result {
        let shape = [4, 6, 5, 7], channels = 6
        let x = Tensor(shape: shape, values: values(shape.reduce(1, *), seed: 1).map { $0 * 3 + 0.5 }, requiresGrad: true)
        // Large scales so that ReLU6's upper bound is reached as well as zero.
        let weight = Tensor(shape: [channels], values: values(channels, seed: 2).map { $0 * 6 + (($0 > 0) ? 1 : -1) }, requiresGrad: true)
        let bias = Tensor(shape: [channels], values: values(channels, seed: 3).map { $0 * 2 + 1 }, requiresGrad: true)
        let runningMean = Tensor(shape: [channels], values: values(channels, seed: 4))
        let runningVariance = Tensor(shape: [channels], values: values(channels, seed: 5).map { $0 + 1.5 })
        let y: Tensor
        if fused {
            y = batchNormActivation(x, weight: weight, bias: bias, runningMean: runningMean, runningVariance: runningVariance, ceiling: ceiling)
        } else {
            let z = batchNorm(x, weight: weight, bias: bias, runningMean: runningMean, runningVariance: runningVariance, training: true)
            y = ceiling == 6 ? relu6(z) : relu(z)
        }
        let upstream = Tensor(shape: shape, values: values(shape.reduce(1, *), seed: 6))
        sum(multiply(y, upstream)).backward()
        return Result(output: y.scalars, inputGradient: x.grad!.scalars, weightGradient: weight.grad!.scalars, biasGradient: bias.grad!.scalars,
                      runningMean: runningMean.scalars, runningVariance: runningVariance.scalars)
    }

    func check(ceiling: Float) {
        let fused = run(fused: true, ceiling: ceiling), separate = run(fused: false, ceiling: ceiling)
        let zeros = fused.output.filter { $0 == 0 }.count, capped = fused.output.filter { $0 == ceiling }.count
        XCTAssertGreaterThan(zeros, 50, "the test should clip at zero")
        if ceiling == 6 { XCTAssertGreaterThan(capped, 10, "the test should clip at 6") }
        for (name, a, b) in [("output", fused.output, separate.output), ("d input", fused.inputGradient, separate.inputGradient),
                             ("d weight", fused.weightGradient, separate.weightGradient), ("d bias", fused.biasGradient, separate.biasGradient),
                             ("running mean", fused.runningMean, separate.runningMean),
                             ("running variance", fused.runningVariance, separate.runningVariance)] {
            let worst = zip(a, b).map { abs($0 - $1) }.max() ?? 0
            XCTAssertEqual(a.count, b.count, name)
            XCTAssertEqual(worst, 0, "\(name): fused vs separate ops, expected identical values, observed max difference \(worst), tolerance 0")
        }
    }

    func testReLU() { check(ceiling: .infinity) }
    func testReLU6() { check(ceiling: 6) }

    func testAddReLU() {
        let shape = [3, 4, 5, 6], count = shape.reduce(1, *)
        func run(fused: Bool) -> (output: [Float], a: [Float], b: [Float]) {
            let a = Tensor(shape: shape, values: values(count, seed: 11), requiresGrad: true)
            let b = Tensor(shape: shape, values: values(count, seed: 12), requiresGrad: true)
            let y = fused ? addReLU(a, b) : relu(add(a, b))
            sum(multiply(y, Tensor(shape: shape, values: values(count, seed: 13)))).backward()
            return (y.scalars, a.grad!.scalars, b.grad!.scalars)
        }
        let fused = run(fused: true), separate = run(fused: false)
        XCTAssertGreaterThan(fused.output.filter { $0 == 0 }.count, count / 4, "the test should clip at zero")
        XCTAssertEqual(fused.output, separate.output, "addReLU forward: expected relu(add(a, b)) exactly")
        XCTAssertEqual(fused.a, separate.a, "addReLU d a: expected the separate ops' gradient exactly")
        XCTAssertEqual(fused.b, separate.b, "addReLU d b: expected the separate ops' gradient exactly")
    }
}
