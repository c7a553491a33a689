import CXRTensor
import CXRTestSupport
import XCTest

/// `recomputingInBackward` (gradient checkpointing) against the same segment recorded as
/// usual: equal output, input and parameter gradients, and batch-norm running statistics
/// updated once, not twice.
final class RecomputationTests: XCTestCase {
    func values(_ count: Int, seed: UInt64) -> [Float] { deterministicValues(count, seed: seed) }

    struct Result { var output, gradientA, gradientB, convWeight, bnWeight, bnBias, runningMean, runningVariance: [Float] }

    /// concatenate(a, b) -> batch norm + ReLU -> 1x1 convolution -> * upstream, summed.
    func run(recompute: Bool, convolutionUnread: Bool = false) -> Result {
        let a = Tensor(shape: [3, 4, 5, 5], values: values(300, seed: 1), requiresGrad: true)
        let b = Tensor(shape: [3, 2, 5, 5], values: values(150, seed: 2).map { $0 * 2 }, requiresGrad: true)
        let convWeight = Tensor(shape: [5, 6, 1, 1], values: values(30, seed: 3), requiresGrad: true)
        let bnWeight = Tensor(shape: [6], values: values(6, seed: 4).map { $0 + 1.5 }, requiresGrad: true)
        let bnBias = Tensor(shape: [6], values: values(6, seed: 5), requiresGrad: true)
        let runningMean = Tensor(zeros: [6]), runningVariance = Tensor(shape: [6], repeating: 1)
        let segment: ([Tensor]) -> Tensor = { inputs in
            let x = concatenateChannels(inputs)
            let y = batchNormActivation(x, weight: bnWeight, bias: bnBias, runningMean: runningMean, runningVariance: runningVariance, ceiling: .infinity)
            return convolutionUnread ? GradMode.outputUnreadWhenRecomputing { conv2d(y, weight: convWeight) } : conv2d(y, weight: convWeight)
        }
        let output = recompute
            ? recomputingInBackward("test", [a, b], parameters: [bnWeight, bnBias, convWeight], segment)
            : segment([a, b])
        let upstream = Tensor(shape: output.shape, values: values(output.count, seed: 6))
        // `a` also feeds the loss directly: its gradient sums two paths.
        add(sum(multiply(output, upstream)), sum(a)).backward()
        return Result(output: output.scalars, gradientA: a.grad!.scalars, gradientB: b.grad!.scalars, convWeight: convWeight.grad!.scalars,
                      bnWeight: bnWeight.grad!.scalars, bnBias: bnBias.grad!.scalars,
                      runningMean: runningMean.scalars, runningVariance: runningVariance.scalars)
    }

    func testRecomputedSegmentMatchesRecordedOne() {
        compare(run(recompute: true), run(recompute: false))
    }

    /// The last convolution marked unread is not computed again in backward: the gradients
    /// must still be those of the recorded graph (its backward needs only its input and weight).
    func testUnreadLastConvolutionKeepsTheGradients() {
        XCTAssertFalse(GradMode.skipsUnreadOutput)
        let recorded = run(recompute: false)
        compare(run(recompute: true, convolutionUnread: true), recorded)
        compare(run(recompute: false, convolutionUnread: true), recorded)  // outside a recomputation: no effect
        XCTAssertFalse(GradMode.skipsUnreadOutput, "the flag is restored")
    }

    func compare(_ recomputed: Result, _ recorded: Result, file: StaticString = #filePath, line: UInt = #line) {
        for (name, x, y) in [("output", recomputed.output, recorded.output), ("d a", recomputed.gradientA, recorded.gradientA),
                             ("d b", recomputed.gradientB, recorded.gradientB), ("d conv weight", recomputed.convWeight, recorded.convWeight),
                             ("d bn weight", recomputed.bnWeight, recorded.bnWeight), ("d bn bias", recomputed.bnBias, recorded.bnBias),
                             ("running mean (updated once)", recomputed.runningMean, recorded.runningMean),
                             ("running variance (updated once)", recomputed.runningVariance, recorded.runningVariance)] {
            XCTAssertEqual(x.count, y.count, name, file: file, line: line)
            let worst = zip(x, y).map { abs($0 - $1) }.max() ?? 0
            XCTAssertLessThanOrEqual(worst, 1e-6, "\(name): recomputed vs recorded, expected equal, observed max difference \(worst), tolerance 1e-6",
                                     file: file, line: line)
        }
        XCTAssertNotEqual(recomputed.runningMean, [Float](repeating: 0, count: 6), "the running mean should have moved", file: file, line: line)
    }

    func testNoGradRunsTheSegmentPlainly() {
        let a = Tensor(shape: [2, 3], values: values(6, seed: 7), requiresGrad: true)
        var calls = 0
        let y = noGrad { recomputingInBackward("test", [a], parameters: []) { calls += 1; return relu($0[0]) } }
        XCTAssertEqual(calls, 1)
        XCTAssertFalse(y.requiresGrad, "nothing is recorded under noGrad")
    }

    func testSegmentRunsTwiceWithGradients() {
        let a = Tensor(shape: [2, 3], values: values(6, seed: 8), requiresGrad: true)
        var calls = 0, recordedOnSecondCall = false
        let y = recomputingInBackward("test", [a], parameters: []) { inputs -> Tensor in
            calls += 1
            if calls == 2 { recordedOnSecondCall = GradMode.isEnabled && GradMode.isRecomputing }
            return relu(inputs[0])
        }
        XCTAssertEqual(calls, 1, "forward runs the segment once")
        sum(y).backward()
        XCTAssertEqual(calls, 2, "backward runs it again")
        XCTAssertTrue(recordedOnSecondCall, "the second run records a graph and says it is recomputing")
        XCTAssertFalse(GradMode.isRecomputing, "the flag is reset afterwards")
        XCTAssertEqual(a.grad!.scalars, a.scalars.map { $0 > 0 ? 1 : 0 })
    }
}
