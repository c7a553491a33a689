import CXRCheckpoint
import CXRTensor
import CXRTestSupport
import Foundation
import XCTest

/// Every op, forward and backward, against PyTorch on the committed fixtures
/// (`scripts/make_fixtures.py`): outputs to 1e-4, gradients to 1e-3 relative error.
final class OpParityTests: XCTestCase {
    struct Case: Decodable {
        let name: String
        let op: String
        let config: [String: JSONValue]
        let inputs: [String]
    }

    struct Cases: Decodable { let ops: [Case] }

    static let fixtureDirectory = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
    lazy var fixture = try! Fixture(path: Self.fixtureDirectory.appendingPathComponent("ops.safetensors").path)
    lazy var cases: [Case] = try! JSONDecoder().decode(Cases.self, from: Data(contentsOf: Self.fixtureDirectory.appendingPathComponent("cases.json"))).ops

    func run(_ c: Case) {
        let inputs = Dictionary(uniqueKeysWithValues: c.inputs.map { ($0, fixture.tensor("\(c.name).\($0)", requiresGrad: true)) })
        var runningMean: Tensor?, runningVariance: Tensor?
        let output: Tensor
        switch c.op {
        case "conv2d":
            let geometry = ConvolutionGeometry(stride: c.config["stride"]!.int, padding: c.config["padding"]!.int,
                                               dilation: c.config["dilation"]!.int, groups: c.config["groups"]!.int)
            output = conv2d(inputs["x"]!, weight: inputs["weight"]!, bias: inputs["bias"], geometry: geometry)
        case "batchnorm":
            runningMean = fixture.tensor("\(c.name).running_mean")
            runningVariance = fixture.tensor("\(c.name).running_var")
            output = batchNorm(inputs["x"]!, weight: inputs["weight"]!, bias: inputs["bias"]!, runningMean: runningMean!,
                               runningVariance: runningVariance!, training: c.config["training"]!.bool,
                               momentum: Float(c.config["momentum"]!.double), epsilon: Float(c.config["epsilon"]!.double))
        case "relu": output = relu(inputs["x"]!)
        case "relu6": output = relu6(inputs["x"]!)
        case "sigmoid": output = sigmoid(inputs["x"]!)
        case "softmax": output = softmax(inputs["x"]!)
        case "log_softmax": output = logSoftmax(inputs["x"]!)
        case "pool2d":
            output = pool2d(inputs["x"]!, kind: c.config["kind"]!.string == "max" ? .max : .averageIncludingPadding,
                            kernel: c.config["kernel"]!.int, stride: c.config["stride"]!.int, padding: c.config["padding"]!.int,
                            ceilMode: c.config["ceil_mode"]!.bool)
        case "adaptive_avg_pool2d":
            let size = c.config["output"]!.ints
            output = adaptiveAvgPool2d(inputs["x"]!, outputHeight: size[0], outputWidth: size[1])
        case "concat": output = concatenateChannels([inputs["a"]!, inputs["b"]!, inputs["c"]!])
        case "add": output = add(inputs["a"]!, inputs["b"]!)
        case "linear": output = linear(inputs["x"]!, weight: inputs["weight"]!, bias: inputs["bias"])
        case "bce":
            let weighted = c.config["weighted"]!.bool
            output = binaryCrossEntropyWithLogits(inputs["x"]!, targets: fixture.tensor("\(c.name).targets"),
                                                  positiveWeights: weighted ? fixture["bce.pos_weight"].values : nil,
                                                  sampleWeights: weighted ? fixture["bce.sample_weight"].values : nil)
        case "ce":
            output = crossEntropy(inputs["x"]!, targets: fixture["\(c.name).labels"].values.map { Int($0) },
                                  classWeights: c.config["weighted"]!.bool ? fixture["ce.class_weight"].values : nil)
        default:
            return XCTFail("fixture case \(c.name) has unknown op \(c.op)")
        }
        assertClose(output, fixture["\(c.name).out"], tolerance: 1e-4, "\(c.name) forward")
        output.backward(fixture.tensor("\(c.name).upstream"))
        for name in c.inputs where fixture.has("\(c.name).grad_\(name)") {
            guard let grad = inputs[name]!.grad else { XCTFail("\(c.name): no gradient for \(name)"); continue }
            assertClose(grad, fixture["\(c.name).grad_\(name)"], tolerance: 1e-3, "\(c.name) d/d\(name)")
        }
        if let runningMean, let runningVariance {
            assertClose(runningMean, fixture["\(c.name).running_mean_after"], tolerance: 1e-5, "\(c.name) running mean")
            assertClose(runningVariance, fixture["\(c.name).running_var_after"], tolerance: 1e-5, "\(c.name) running var")
        }
    }

    func testEveryOpMatchesPyTorch() {
        XCTAssertGreaterThan(cases.count, 25, "fixture lost its cases")
        for c in cases { run(c) }
    }

    func testGradientsAccumulateAcrossBackwardCalls() {
        let x = Tensor(shape: [3], values: [1, -2, 3], requiresGrad: true)
        relu(x).sum().backward()
        relu(x).sum().backward()
        XCTAssertEqual(x.grad?.scalars, [2, 0, 2])
    }

    func testNoGradRecordsNothing() {
        let x = Tensor(shape: [2], values: [1, 2], requiresGrad: true)
        let y = noGrad { relu(x) }
        XCTAssertFalse(y.requiresGrad)
        XCTAssertTrue(GradMode.isEnabled)
    }

    func testSharedInputGetsSummedGradient() {
        let x = Tensor(shape: [2], values: [1, 2], requiresGrad: true)
        (x * x).sum().backward()
        XCTAssertEqual(x.grad?.scalars, [2, 4])
    }
}

/// A minimal JSON value for reading fixture configurations.
enum JSONValue: Decodable {
    case number(Double), bool(Bool), string(String), array([JSONValue]), object([String: JSONValue]), null

    init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null }
        else if let b = try? c.decode(Bool.self) { self = .bool(b) }
        else if let n = try? c.decode(Double.self) { self = .number(n) }
        else if let s = try? c.decode(String.self) { self = .string(s) }
        else if let a = try? c.decode([JSONValue].self) { self = .array(a) }
        else { self = .object(try c.decode([String: JSONValue].self)) }
    }

    var double: Double { if case .number(let n) = self { return n }; fatalError("not a number: \(self)") }
    var int: Int { Int(double) }
    var bool: Bool { if case .bool(let b) = self { return b }; fatalError("not a bool: \(self)") }
    var string: String { if case .string(let s) = self { return s }; fatalError("not a string: \(self)") }
    var ints: [Int] { if case .array(let a) = self { return a.map(\.int) }; fatalError("not an array: \(self)") }
    var doubles: [Double] { if case .array(let a) = self { return a.map(\.double) }; fatalError("not an array: \(self)") }
}
