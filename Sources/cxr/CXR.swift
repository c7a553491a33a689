import ArgumentParser
import CXRTensor

/// Starts `cxr`: OpenMP's spinning is shortened first (``OpenMPSpinning``), then the command runs.
@main
enum Entry {
    static func main() async {
        OpenMPSpinning.restartWithShortSpinningIfNeeded()
        await CXR.main()
    }
}

/// The `cxr` command-line program.
struct CXR: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cxr",
        abstract: "Train, evaluate, explain and serve chest X-ray classifiers on a CPU.",
        version: CXRKitVersion.string,
        subcommands: [Train.self, Evaluate.self, CrossValidate.self, Predict.self, CAM.self, Localize.self, Embed.self, SOM.self,
                      TSNECommand.self, Report.self, Serve.self, Models.self, Demo.self, Bench.self, BenchData.self, BenchLatent.self,
                      BenchServe.self, Ensemble.self, Decode.self]
    )
}

/// Options every compute-heavy subcommand shares.
struct EngineOptions: ParsableArguments {
    @Option(help: "Threads for the engine (default: all cores, or CXR_THREADS).")
    var threads: Int?

    func apply() {
        if let threads { EngineThreads.set(threads) } else { EngineThreads.set(EngineThreads.count) }
    }

    func validate() throws {
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
    }
}
