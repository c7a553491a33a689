import CXRNN
import CXRTensor
import Foundation
import XCTest

/// StepLR, CosineAnnealingLR and ReduceLROnPlateau against PyTorch (`scheduler_cases` in
/// `scripts/make_fixtures.py`): the learning rate after every epoch's `step`, to 1e-6 relative.
final class ScheduleParityTests: XCTestCase {
    struct Case: Decodable {
        let name: String
        let kind: String
        let config: [String: JSONValue]
        let initial_lr: Double
        let metrics: [Double]?
        let lrs: [Double]
    }

    struct Cases: Decodable { let schedulers: [Case] }

    static let fixtureDirectory = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
    lazy var cases: [Case] = try! JSONDecoder().decode(
        Cases.self, from: Data(contentsOf: Self.fixtureDirectory.appendingPathComponent("cases.json"))).schedulers

    static let tolerance = 1e-6

    func makeSchedule(_ c: Case, optimizer: any Optimizer) -> any LearningRateSchedule {
        let config = c.config
        switch c.kind {
        case "step":
            return StepLR(optimizer: optimizer, stepSize: config["step_size"]!.int, gamma: config["gamma"]!.double)
        case "cosine":
            return CosineAnnealingLR(optimizer: optimizer, maximumEpochs: config["t_max"]!.int,
                                     minimumLearningRate: config["eta_min"]!.double)
        case "plateau":
            return ReduceLROnPlateau(
                optimizer: optimizer, mode: config["mode"]!.string == "max" ? .max : .min,
                factor: config["factor"]!.double, patience: config["patience"]!.int, threshold: config["threshold"]!.double,
                thresholdMode: config["threshold_mode"]!.string == "abs" ? .absolute : .relative,
                cooldown: config["cooldown"]!.int, minimumLearningRate: config["min_lr"]!.double)
        default:
            preconditionFailure("unknown schedule kind \(c.kind)")
        }
    }

    func relativeError(_ observed: Double, _ expected: Double) -> Double {
        abs(observed - expected) / max(abs(expected), 1e-12)
    }

    func check(_ schedule: any LearningRateSchedule, _ c: Case, epoch: Int, file: StaticString = #filePath, line: UInt = #line) {
        let expected = c.lrs[epoch]
        let error = relativeError(schedule.learningRate, expected)
        if !(error <= Self.tolerance) {
            XCTFail("\(c.name) epoch \(epoch + 1): expected lr \(expected), observed \(schedule.learningRate), relative error \(error) > tolerance \(Self.tolerance)", file: file, line: line)
        }
        let optimizerError = relativeError(Double(schedule.optimizer.learningRate), expected)
        if !(optimizerError <= Self.tolerance) {
            XCTFail("\(c.name) epoch \(epoch + 1): optimizer lr \(schedule.optimizer.learningRate), expected \(expected), relative error \(optimizerError) > tolerance \(Self.tolerance)", file: file, line: line)
        }
    }

    func testEveryScheduleMatchesPyTorch() {
        XCTAssertEqual(Set(cases.map(\.kind)), ["step", "cosine", "plateau"], "fixture lost schedule cases")
        for c in cases {
            let optimizer = SGD(parameters: [Tensor(zeros: [1], requiresGrad: true)], learningRate: Float(c.initial_lr))
            let schedule = makeSchedule(c, optimizer: optimizer)
            XCTAssertEqual(schedule.epoch, 0)
            for epoch in c.lrs.indices {
                schedule.step(metric: c.metrics?[epoch])
                XCTAssertEqual(schedule.epoch, epoch + 1)
                check(schedule, c, epoch: epoch)
            }
        }
    }

    /// Stopping after some epochs, saving the state as JSON and loading it into a new schedule
    /// over a new optimizer continues with the same learning rates.
    func testStateRoundTripResumes() throws {
        for c in cases {
            for stop in [1, c.lrs.count / 2, c.lrs.count - 1] {
                let first = SGD(parameters: [Tensor(zeros: [1], requiresGrad: true)], learningRate: Float(c.initial_lr))
                let schedule = makeSchedule(c, optimizer: first)
                for epoch in 0..<stop { schedule.step(metric: c.metrics?[epoch]) }
                let json = try JSONEncoder().encode(schedule.state())
                let state = try JSONDecoder().decode(LearningRateScheduleState.self, from: json)
                XCTAssertEqual(state, schedule.state(), "\(c.name): state changed through JSON")

                let second = SGD(parameters: [Tensor(zeros: [1], requiresGrad: true)], learningRate: 123)
                let resumed = makeSchedule(c, optimizer: second)
                try resumed.load(state: state)
                XCTAssertEqual(second.learningRate, first.learningRate, "\(c.name): optimizer lr not restored after \(stop) epochs")
                for epoch in stop..<c.lrs.count {
                    resumed.step(metric: c.metrics?[epoch])
                    check(resumed, c, epoch: epoch)
                }
            }
        }
    }

    func testLoadRejectsAnotherSchedulesState() {
        let optimizer = SGD(parameters: [Tensor(zeros: [1], requiresGrad: true)], learningRate: 0.1)
        let step = StepLR(optimizer: optimizer, stepSize: 2)
        let cosine = CosineAnnealingLR(optimizer: optimizer, maximumEpochs: 5)
        XCTAssertThrowsError(try cosine.load(state: step.state())) { error in
            XCTAssertEqual(error as? LearningRateScheduleError, .kindMismatch(expected: "CosineAnnealingLR", actual: "StepLR"))
        }
    }

    /// The closed form η + (lr₀ - η)(1 + cos(π e / T)) / 2 agrees with the recursion up to T_max.
    func testCosineMatchesClosedFormWithinPeriod() {
        let optimizer = SGD(parameters: [Tensor(zeros: [1], requiresGrad: true)], learningRate: 0.5)
        let schedule = CosineAnnealingLR(optimizer: optimizer, maximumEpochs: 7, minimumLearningRate: 0.01)
        let base = Double(Float(0.5))
        for epoch in 1...7 {
            schedule.step()
            let closed = 0.01 + (base - 0.01) * (1 + cos(Double.pi * Double(epoch) / 7)) / 2
            XCTAssertEqual(schedule.learningRate, closed, accuracy: 1e-12, "epoch \(epoch)")
        }
    }
}
