import CXRTensor
import CXRTestSupport
import XCTest

/// The compiled inference graph against the ordinary (op-by-op) forward pass it was traced
/// from: fusions (batch norm folded into convolutions, ReLU/ReLU6/residual post-ops,
/// batch norm + ReLU), residual operands that are read again, layouts, errors.
final class InferenceGraphTests: XCTestCase {
    var generator = SeededGenerator(seed: 7)

    func normal(_ shape: [Int], _ sd: Float = 0.5) -> Tensor { Tensor.normal(shape, standardDeviation: sd, generator: &generator) }

    /// Batch-norm parameters with non-trivial running statistics.
    func norm(_ channels: Int) -> (Tensor, Tensor, Tensor, Tensor) {
        let mean = normal([channels], 0.3)
        let variance = Tensor(shape: [channels], values: (0..<channels).map { _ in 0.5 + generator.nextUniform() })
        let weight = Tensor(shape: [channels], values: (0..<channels).map { _ in 0.5 + generator.nextUniform() })
        return (weight, normal([channels], 0.2), mean, variance)
    }

    func bn(_ x: Tensor, _ p: (Tensor, Tensor, Tensor, Tensor)) -> Tensor {
        batchNorm(x, weight: p.0, bias: p.1, runningMean: p.2, runningVariance: p.3, training: false)
    }

    /// Compiles `body`, then checks the graph on the example and on a second input.
    func check(_ inputShape: [Int], tolerance: Float = 1e-5, _ body: (Tensor) -> Tensor, file: StaticString = #filePath, line: UInt = #line) throws -> InferenceGraph {
        let example = normal(inputShape, 1)
        let before = example.scalars
        let graph = try InferenceGraph(example: example, body)
        XCTAssertEqual(example.scalars, before, "the graph must not write into its input", file: file, line: line)
        let other = normal(inputShape, 1)
        let expected = noGrad { body(other) }
        let observed = graph(other)
        XCTAssertEqual(observed.shape, expected.shape, file: file, line: line)
        let error = relativeError(observed.scalars, expected.scalars, floor: 1e-3)
        XCTAssertLessThanOrEqual(error, tolerance, "compiled vs op-by-op: expected \(expected), observed \(observed)", file: file, line: line)
        return graph
    }

    func testConvolutionBatchNormReLUChain() throws {
        let w1 = normal([8, 3, 3, 3]), b1 = normal([8]), n1 = norm(8)
        let w2 = normal([8, 1, 3, 3]), n2 = norm(8)
        let w3 = normal([16, 8, 1, 1]), n3 = norm(16)
        _ = try check([2, 3, 17, 19]) { x in
            let a = relu(self.bn(conv2d(x, weight: w1, bias: b1, geometry: .init(stride: 2, padding: 1)), n1))
            let b = relu6(self.bn(conv2d(a, weight: w2, geometry: .init(stride: 1, padding: 1, groups: 8)), n2))
            return self.bn(conv2d(b, weight: w3), n3)
        }
    }

    func testResidualAddIntoOperandStillReadLater() throws {
        // `a` is the residual operand of the first add and read again by the second one, so the
        // first sum post-op must accumulate into a copy, not into `a`.
        let w0 = normal([16, 3, 3, 3]), w1 = normal([16, 16, 3, 3]), w2 = normal([16, 16, 1, 1]), n1 = norm(16)
        _ = try check([2, 3, 12, 12]) { x in
            let a = relu(conv2d(x, weight: w0, geometry: .init(padding: 1)))
            let b = relu(add(self.bn(conv2d(a, weight: w1, geometry: .init(padding: 1)), n1), a))
            return add(conv2d(b, weight: w2), a)
        }
    }

    func testResidualAddOfTheGraphInput() throws {
        let w = normal([3, 3, 3, 3])
        _ = try check([1, 3, 9, 9]) { x in add(x, conv2d(x, weight: w, geometry: .init(padding: 1))) }
    }

    func testDenseConcatenationPoolingAndPreActivation() throws {
        let w0 = normal([16, 3, 3, 3]), nA = norm(16), wA = normal([16, 16, 3, 3])
        let nB = norm(32), wB = normal([16, 32, 1, 1]), nC = norm(48)
        _ = try check([2, 3, 20, 20]) { x in
            let x0 = maxPool2d(conv2d(x, weight: w0, geometry: .init(stride: 1, padding: 1)), kernel: 3, stride: 2, padding: 1)
            let x1 = conv2d(relu(self.bn(x0, nA)), weight: wA, geometry: .init(padding: 1))
            let x2 = conv2d(relu(self.bn(concatenateChannels([x0, x1]), nB)), weight: wB)
            let all = concatenateChannels([x0, x1, x2])
            return avgPool2d(relu(self.bn(all, nC)), kernel: 2, stride: 2)
        }
    }

    func testStandaloneActivationsAndAdd() throws {
        let w = normal([4, 3, 1, 1])
        _ = try check([2, 3, 6, 6]) { x in
            let a = conv2d(x, weight: w)
            let b = conv2d(x, weight: w)
            return relu6(add(relu(a), b))
        }
    }

    func testOneGraphPerShapeAndRepeatedRuns() throws {
        let w = normal([4, 3, 3, 3]), n = norm(4)
        let body: (Tensor) -> Tensor = { x in relu(self.bn(conv2d(x, weight: w, geometry: .init(padding: 1)), n)) }
        let graph = try check([3, 3, 8, 8], body)
        let x = normal([3, 3, 8, 8], 1)
        XCTAssertEqual(graph(x).scalars, graph(x).scalars, "runs reuse buffers and must give identical results")
        XCTAssertGreaterThan(graph.plannedBytes, 0)
    }

    func testTrainingModeBatchNormIsRefused() {
        let w = normal([4, 3, 3, 3]), n = norm(4)
        XCTAssertThrowsError(try InferenceGraph(example: normal([2, 3, 8, 8])) { x in
            batchNorm(conv2d(x, weight: w), weight: n.0, bias: n.1, runningMean: n.2, runningVariance: n.3, training: true)
        }) { error in
            XCTAssertTrue("\(error)".contains("training"), "\(error)")
        }
    }

    func testUnsupportedOpsAreRefusedNotMiscompiled() {
        let w = normal([4, 3, 3, 3])
        // reshape is not a graph op: its result must not be mistaken for a constant.
        XCTAssertThrowsError(try InferenceGraph(example: normal([2, 3, 8, 8])) { x in
            relu(reshape(conv2d(x, weight: w), [2, 4, 36, 1]))
        })
        // A result that is not computed by traced ops.
        XCTAssertThrowsError(try InferenceGraph(example: normal([2, 3, 8, 8])) { x in sigmoid(conv2d(x, weight: w)) })
    }
}
