import ArgumentParser
import CXRNN
import CXRTensor
import Foundation

/// `cxr bench`: images/s of inference and of a training step (forward, BCE loss, backward,
/// Adam) for DenseNet-121, ResNet-50 and MobileNetV2, beside PyTorch on the same machine in
/// the same run, with peak memory. Each model and mode runs in its own process on each side,
/// so that peak memory belongs to that run.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Benchmark inference and training speed against PyTorch.")

    @OptionGroup var engine: EngineOptions

    @Option(help: "Comma-separated architectures.")
    var models: String = "densenet121,resnet50,mobilenet_v2"

    @Option(help: "Batch size.")
    var batch: Int = 16

    @Option(help: "Image size (square).")
    var imageSize: Int = 224

    @Option(help: "Timed iterations after one warm-up; the median is reported.")
    var iterations: Int = 3

    @Option(help: "Python with torch and torchvision for the reference.")
    var python: String = "/usr/bin/python3"

    @Option(help: "The PyTorch reference script.")
    var script: String = "scripts/bench_reference.py"

    @Flag(help: "Skip the PyTorch reference.")
    var noPython = false

    @Option(help: "Also write the figures as JSON to this file.")
    var json: String?

    @Flag(help: "Print time per op kind and achieved GFLOP/s for each run (roofline-style breakdown).")
    var profile = false

    @Option(help: .hidden)
    var worker: String?

    func validate() throws {
        for name in models.split(separator: ",") where Architecture(rawValue: String(name)) == nil {
            throw ValidationError("unknown model \(name)")
        }
        if batch < 1 || iterations < 1 { throw ValidationError("--batch and --iterations must be positive") }
    }

    func run() throws {
        engine.apply()
        if let worker {
            let parts = worker.split(separator: ":").map(String.init)
            let result = BenchmarkRun.measure(architecture: Architecture(rawValue: parts[0])!, mode: parts[1], batch: batch,
                                              imageSize: imageSize, iterations: iterations, profile: profile)
            print(String(data: try JSONEncoder().encode(result), encoding: .utf8)!)
            return
        }
        var rows: [BenchmarkRow] = []
        print("Benchmark: batch \(batch), \(imageSize) x \(imageSize), \(EngineThreads.count) threads, median of \(iterations) after a warm-up")
        print("model          mode        CXRKit img/s   PyTorch img/s   ratio   CXRKit peak MB   PyTorch peak MB   memory ratio")
        for name in models.split(separator: ",").map(String.init) {
            for mode in ["inference", "train"] {
                let ours = try runWorker(name: name, mode: mode)
                let theirs = noPython ? nil : try runReference(name: name, mode: mode)
                let row = BenchmarkRow(model: name, mode: mode, ours: ours, pytorch: theirs)
                rows.append(row)
                print(row.line)
                if let profile = ours.profile { print(profile.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n")) }
                fflush(stdout)
            }
        }
        if let json {
            let report = BenchmarkReport(machine: MachineDescription.current, threads: EngineThreads.count, batch: batch,
                                         imageSize: imageSize, rows: rows)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            try encoder.encode(report).write(to: URL(fileURLWithPath: json), options: .atomic)
            print("wrote \(json)")
        }
    }

    private func runWorker(name: String, mode: String) throws -> BenchmarkResult {
        let output = try runProcess(CommandLine.arguments[0], ["bench", "--worker", "\(name):\(mode)", "--batch", "\(batch)",
                                                               "--image-size", "\(imageSize)", "--iterations", "\(iterations)",
                                                               "--threads", "\(EngineThreads.count)"] + (profile ? ["--profile"] : []))
        return try JSONDecoder().decode(BenchmarkResult.self, from: output)
    }

    private func runReference(name: String, mode: String) throws -> BenchmarkResult {
        let output = try runProcess(python, [script, "--model", name, "--mode", mode, "--batch", "\(batch)", "--size", "\(imageSize)",
                                             "--iterations", "\(iterations)", "--threads", "\(EngineThreads.count)"])
        let decoded = try JSONDecoder().decode(ReferenceResult.self, from: output)
        return BenchmarkResult(imagesPerSecond: decoded.images_per_second, peakMegabytes: decoded.peak_rss_mb, detail: "PyTorch \(decoded.torch), \(decoded.layout)")
    }
}

private struct ReferenceResult: Decodable {
    let images_per_second: Double
    let peak_rss_mb: Double
    let layout: String
    let torch: String
}

/// Runs a program and returns its standard output; throws with its standard error on failure.
func runProcess(_ executable: String, _ arguments: [String]) throws -> Data {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.environment = OpenMPSpinning.environmentForChildren
    let output = Pipe(), errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    let errorText = String(data: errors.fileHandleForReading.readDataToEndOfFile(), encoding: .utf8) ?? ""
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
        throw ValidationError("\(executable) \(arguments.joined(separator: " ")) failed: \(errorText.suffix(2000))")
    }
    return data
}
