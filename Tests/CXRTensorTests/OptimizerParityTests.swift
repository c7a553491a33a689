import CXRCheckpoint
import CXRNN
import CXRTensor
import CXRTestSupport
import Foundation
import XCTest

/// SGD, Adam and AdamW against PyTorch (`optimizer_cases` in `scripts/make_fixtures.py`): two
/// parameters, three steps with recorded gradients, parameters compared after every step to
/// 1e-5 relative error. Also frozen parameters and state export/import for resume.
final class OptimizerParityTests: XCTestCase {
    struct Case: Decodable {
        let name: String
        let kind: String
        let config: [String: JSONValue]
        let steps: Int
    }

    struct Cases: Decodable { let optimizers: [Case] }

    static let fixtureDirectory = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
    lazy var fixture = try! Fixture(path: Self.fixtureDirectory.appendingPathComponent("optimizers.safetensors").path)
    lazy var cases: [Case] = try! JSONDecoder().decode(
        Cases.self, from: Data(contentsOf: Self.fixtureDirectory.appendingPathComponent("cases.json"))).optimizers

    static let tolerance: Float = 1e-5

    /// The optimizer a fixture case describes (PyTorch argument names and defaults).
    func makeOptimizer(_ c: Case, parameters: [Tensor]) -> any Optimizer {
        func value(_ key: String) -> Float? { c.config[key].map { Float($0.double) } }
        let learningRate = value("lr")!
        switch c.kind {
        case "sgd":
            return SGD(parameters: parameters, learningRate: learningRate, momentum: value("momentum") ?? 0,
                       dampening: value("dampening") ?? 0, weightDecay: value("weight_decay") ?? 0,
                       nesterov: c.config["nesterov"]?.bool ?? false)
        case "adam", "adamw":
            let betas = c.config["betas"].map { ($0.doubles.map(Float.init)[0], $0.doubles.map(Float.init)[1]) } ?? (0.9, 0.999)
            let epsilon = value("eps") ?? 1e-8
            return c.kind == "adam"
                ? Adam(parameters: parameters, learningRate: learningRate, betas: betas, epsilon: epsilon, weightDecay: value("weight_decay") ?? 0)
                : AdamW(parameters: parameters, learningRate: learningRate, betas: betas, epsilon: epsilon, weightDecay: value("weight_decay") ?? 1e-2)
        default:
            preconditionFailure("unknown optimizer kind \(c.kind)")
        }
    }

    func initialParameters() -> [Tensor] {
        (0..<2).map { fixture.tensor("initial.p\($0)", requiresGrad: true) }
    }

    func setGradients(_ parameters: [Tensor], step: Int) {
        for (i, p) in parameters.enumerated() { p.grad = fixture.tensor("grad\(step).p\(i)") }
    }

    func testEveryOptimizerMatchesPyTorch() {
        XCTAssertEqual(cases.count, 7, "fixture lost optimizer cases")
        for c in cases {
            let parameters = initialParameters()
            let optimizer = makeOptimizer(c, parameters: parameters)
            var worst: Float = 0
            for step in 0..<c.steps {
                setGradients(parameters, step: step)
                optimizer.step()
                for (i, p) in parameters.enumerated() {
                    let expected = fixture["\(c.name).step\(step).p\(i)"]
                    assertClose(p, expected, tolerance: Self.tolerance, "\(c.name) step \(step) p\(i)")
                    worst = max(worst, relativeError(p.scalars, expected.values))
                }
            }
            print("\(c.name): worst relative error over \(c.steps) steps \(worst) (tolerance \(Self.tolerance))")
            // The test can fail: the parameters must have moved away from the start.
            XCTAssertNotEqual(parameters[0].scalars, fixture["initial.p0"].values, "\(c.name): parameters did not change")
        }
    }

    /// Parameters large enough to be split across threads: p0's values and gradients tiled
    /// 25,000 times (300,000 values); every tile must match PyTorch's p0 after every step.
    func testLargeParametersMatchPyTorchInEveryChunk() {
        let tiles = 25_000
        func tiled(_ key: String, requiresGrad: Bool = false) -> Tensor {
            let values = fixture[key].values
            return Tensor(shape: [tiles, values.count], values: Array((0..<tiles).map { _ in values }.joined()), requiresGrad: requiresGrad)
        }
        for c in cases {
            let parameter = tiled("initial.p0", requiresGrad: true)
            let optimizer = makeOptimizer(c, parameters: [parameter])
            for step in 0..<c.steps {
                parameter.grad = tiled("grad\(step).p0")
                optimizer.step()
                let expected = fixture["\(c.name).step\(step).p0"].values
                var worst: Float = 0, worstTile = 0
                for tile in 0..<tiles {
                    let observed = Array(parameter.buffer[(tile * expected.count)..<((tile + 1) * expected.count)])
                    let error = relativeError(observed, expected)
                    if error > worst { (worst, worstTile) = (error, tile) }
                }
                XCTAssertLessThanOrEqual(worst, Self.tolerance, "\(c.name) step \(step): tile \(worstTile) of \(tiles) has relative error \(worst), tolerance \(Self.tolerance)")
            }
        }
    }

    /// Frozen parameters (requiresGrad false, or no gradient) are not touched and get no state;
    /// once unfrozen, their first update is a first step (Adam's bias correction with t = 1).
    func testFrozenParametersAreUntouched() throws {
        for c in cases {
            let parameters = initialParameters()
            let frozen = parameters[0], ungraded = parameters[1]
            let optimizer = makeOptimizer(c, parameters: parameters)
            for step in 0..<2 {
                setGradients(parameters, step: step)
                frozen.requiresGrad = false
                ungraded.grad = nil
                optimizer.step()
            }
            XCTAssertEqual(frozen.scalars, fixture["initial.p0"].values, "\(c.name): a parameter with requiresGrad false changed")
            XCTAssertEqual(ungraded.scalars, fixture["initial.p1"].values, "\(c.name): a parameter without a gradient changed")
            let state = optimizer.state()
            XCTAssertEqual(state.steps, [0, 0], "\(c.name): step counts of frozen parameters")
            XCTAssertTrue(state.arrays.isEmpty, "\(c.name): frozen parameters got state \(state.arrays.keys.sorted())")

            // Unfrozen, the update equals PyTorch's first step.
            frozen.requiresGrad = true
            setGradients(parameters, step: 0)
            optimizer.step()
            assertClose(frozen, fixture["\(c.name).step0.p0"], tolerance: Self.tolerance, "\(c.name) first update after unfreezing")
        }
    }

    /// Exporting the state after one step, writing it to safetensors, reading it into a fresh
    /// optimizer over copies of the parameters and running the remaining steps gives exactly the
    /// uninterrupted run's parameters.
    func testStateExportAndImportResumesExactly() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("optimizer-state-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        for c in cases {
            let uninterrupted = initialParameters()
            let reference = makeOptimizer(c, parameters: uninterrupted)
            for step in 0..<3 {
                setGradients(uninterrupted, step: step)
                reference.step()
            }

            let first = initialParameters()
            let before = makeOptimizer(c, parameters: first)
            setGradients(first, step: 0)
            before.step()
            before.learningRate *= 0.5  // a schedule's change must survive the round trip
            let path = directory.appendingPathComponent("\(c.name).safetensors").path
            try SafeTensors.write(before.state().stateDict(prefix: "optimizer."), to: path)

            let resumed = first.map { Tensor(shape: $0.shape, values: $0.scalars, requiresGrad: true) }
            let after = makeOptimizer(c, parameters: resumed)
            let restored = try OptimizerState(stateDict: SafeTensors.read(contentsOf: path), prefix: "optimizer.")
            XCTAssertEqual(restored, before.state(), "\(c.name): state changed through safetensors")
            try after.load(state: restored)
            XCTAssertEqual(after.learningRate, before.learningRate, "\(c.name): learning rate not restored")
            after.learningRate = reference.learningRate
            for step in 1..<3 {
                setGradients(resumed, step: step)
                after.step()
            }
            for (i, (p, q)) in zip(resumed, uninterrupted).enumerated() {
                XCTAssertEqual(p.scalars, q.scalars, "\(c.name) p\(i): resumed run differs from the uninterrupted one")
            }
            if c.kind != "sgd" || c.config["momentum"] != nil {
                XCTAssertFalse(restored.arrays.isEmpty, "\(c.name): no state arrays exported")
            }
        }
    }

    func testLoadRejectsMismatchedState() {
        let parameters = initialParameters()
        let adam = Adam(parameters: parameters)
        setGradients(parameters, step: 0)
        adam.step()
        let good = adam.state()
        XCTAssertEqual(Set(good.arrays.keys), ["0.exp_avg", "0.exp_avg_sq", "1.exp_avg", "1.exp_avg_sq"])

        var wrongSize = good
        wrongSize.arrays["1.exp_avg"] = [1, 2]
        XCTAssertThrowsError(try adam.load(state: wrongSize)) { error in
            XCTAssertEqual(error as? OptimizerStateError, .sizeMismatch(key: "1.exp_avg", expected: 5, actual: 2))
        }
        var missing = good
        missing.arrays["0.exp_avg_sq"] = nil
        XCTAssertThrowsError(try adam.load(state: missing)) { error in
            XCTAssertEqual(error as? OptimizerStateError, .missingArray("0.exp_avg_sq"))
        }
        var tooFew = good
        tooFew.steps = [1]
        XCTAssertThrowsError(try adam.load(state: tooFew)) { error in
            XCTAssertEqual(error as? OptimizerStateError, .parameterCountMismatch(stateCount: 1, parameterCount: 2))
        }
        let sgd = SGD(parameters: parameters, learningRate: 0.1, momentum: 0.9)
        XCTAssertThrowsError(try sgd.load(state: good), "SGD accepted Adam's state") { error in
            guard case .unexpectedArray = error as? OptimizerStateError else { return XCTFail("unexpected error \(error)") }
        }
        // A refused state leaves the optimizer as it was.
        XCTAssertEqual(adam.state(), good)
    }

    func testZeroGradClearsGradients() {
        let parameters = initialParameters()
        setGradients(parameters, step: 0)
        let optimizer = SGD(parameters: parameters, learningRate: 0.1)
        optimizer.zeroGrad()
        XCTAssertTrue(parameters.allSatisfy { $0.grad == nil }, "zeroGrad left gradients")
    }
}
