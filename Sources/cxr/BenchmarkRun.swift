import CXRNN
import CXRTensor
import Foundation

/// One measured configuration.
struct BenchmarkResult: Codable {
    var imagesPerSecond: Double
    var peakMegabytes: Double
    var detail: String
    /// Time per op kind over the timed iterations (`--profile`).
    var profile: String? = nil
}

/// Ours beside PyTorch's for one model and mode.
struct BenchmarkRow: Codable {
    var model: String
    var mode: String
    var ours: BenchmarkResult
    var pytorch: BenchmarkResult?
    var speedRatio: Double? { pytorch.map { ours.imagesPerSecond / $0.imagesPerSecond } }
    var memoryRatio: Double? { pytorch.map { ours.peakMegabytes / $0.peakMegabytes } }

    var line: String {
        func f(_ v: Double?, _ format: String) -> String { v.map { String(format: format, $0) } ?? "-" }
        return [model.padding(toLength: 14, withPad: " ", startingAt: 0), mode.padding(toLength: 10, withPad: " ", startingAt: 0),
                f(ours.imagesPerSecond, "%8.2f").leftPadded(14), f(pytorch?.imagesPerSecond, "%8.2f").leftPadded(15),
                f(speedRatio, "%5.2fx").leftPadded(7), f(ours.peakMegabytes, "%8.0f").leftPadded(16),
                f(pytorch?.peakMegabytes, "%8.0f").leftPadded(17), f(memoryRatio, "%5.2fx").leftPadded(14)].joined(separator: " ")
    }

    enum CodingKeys: String, CodingKey { case model, mode, ours, pytorch, speedRatio, memoryRatio }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(model, forKey: .model)
        try c.encode(mode, forKey: .mode)
        try c.encode(ours, forKey: .ours)
        try c.encodeIfPresent(pytorch, forKey: .pytorch)
        try c.encodeIfPresent(speedRatio, forKey: .speedRatio)
        try c.encodeIfPresent(memoryRatio, forKey: .memoryRatio)
    }

    init(model: String, mode: String, ours: BenchmarkResult, pytorch: BenchmarkResult?) {
        self.model = model; self.mode = mode; self.ours = ours; self.pytorch = pytorch
    }

    init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        model = try c.decode(String.self, forKey: .model)
        mode = try c.decode(String.self, forKey: .mode)
        ours = try c.decode(BenchmarkResult.self, forKey: .ours)
        pytorch = try c.decodeIfPresent(BenchmarkResult.self, forKey: .pytorch)
    }
}

struct BenchmarkReport: Codable {
    var machine: String
    var threads: Int
    var batch: Int
    var imageSize: Int
    var rows: [BenchmarkRow]
}

/// The CPU model and core count, for reports.
enum MachineDescription {
    static var current: String {
        let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let model = cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }?
            .split(separator: ":", maxSplits: 1).last?.trimmingCharacters(in: .whitespaces) ?? "unknown CPU"
        return "\(model), \(ProcessInfo.processInfo.activeProcessorCount) cores, \(ProcessInfo.processInfo.physicalMemory / 1_073_741_824) GiB"
    }
}

enum BenchmarkRun {
    /// Times inference (eval, no graph) or a training step (forward, BCE, backward, Adam) in
    /// this process, and reports the process's peak resident memory.
    static func measure(architecture: Architecture, mode: String, batch: Int, imageSize: Int, iterations: Int, profile: Bool = false) -> BenchmarkResult {
        let model = architecture.make(classes: 14, seed: 0)
        var generator = SeededGenerator(seed: 1)
        let input = Tensor.normal([batch, 3, imageSize, imageSize], standardDeviation: 1, generator: &generator)
        let targets = Tensor(shape: [batch, 14], values: (0..<batch * 14).map { _ in generator.nextUniform() < 0.2 ? 1 : 0 })
        let step: () -> Void
        var compiledFallback: (() -> String?)?
        if mode == "inference" {
            let compiled = CompiledClassifier(model)
            compiledFallback = { compiled.fallbackReason }
            step = { _ = compiled(input) }
        } else {
            model.train()
            let optimizer = Adam(parameters: model.trainableParameters(), learningRate: 1e-4)
            step = {
                optimizer.zeroGrad()
                let loss = binaryCrossEntropyWithLogits(model(input), targets: targets)
                loss.backward()
                Profiler.measure("optimizer.step") { optimizer.step() }
            }
        }
        step()
        if let reason = compiledFallback?() { FileHandle.standardError.write(Data("not compiled: \(reason)\n".utf8)) }
        Profiler.enabled = profile
        var times: [Double] = []
        for _ in 0..<iterations {
            let start = DispatchTime.now().uptimeNanoseconds
            step()
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        times.sort()
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return BenchmarkResult(imagesPerSecond: Double(batch) / times[times.count / 2], peakMegabytes: Double(usage.ru_maxrss) / 1024,
                               detail: mode == "inference" ? "CXRKit, fp32, compiled graph" : "CXRKit, fp32, NCHW",
                               profile: profile ? Profiler.report(totalSeconds: times.reduce(0, +)) : nil)
    }
}
