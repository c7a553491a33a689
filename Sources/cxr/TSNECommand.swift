import ArgumentParser
import CXREval
import CXRTrain
import Foundation

extension TSNE.Method: ExpressibleByArgument {}

/// `cxr tsne EMBEDDINGS --output DIR`: a 2-D t-SNE map of an embeddings file with quality numbers.
struct TSNECommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tsne",
        abstract: "t-SNE of an embeddings file: scatter by class, KL divergence, trustworthiness, k-NN preservation and class accuracy (tsne.json).",
        discussion: "As scikit-learn 1.2: early exaggeration 12 for 250 iterations, learning rate max(N / 48, 50), PCA start. --method auto uses the exact gradient up to \(TSNE.barnesHutThreshold) points and Barnes-Hut (theta 0.5) above.")

    @Argument(help: "An embeddings file from `cxr embed`.")
    var embeddings: String

    @Option(help: "Output folder.")
    var output: String

    @Option(help: "Perplexity (must be below the number of images).")
    var perplexity: Double = 30

    @Option(help: "Iterations (the first 250 with early exaggeration).")
    var iterations: Int = 1000

    @Option(help: "Gradient: auto, exact or barnes-hut.")
    var method: TSNE.Method = .auto

    @Option(help: "Seed (used only for a random start with one feature).")
    var seed: UInt64 = 0

    func validate() throws {
        if !(perplexity > 0) { throw ValidationError("--perplexity must be positive") }
        if iterations < 1 { throw ValidationError("--iterations must be at least 1") }
    }

    func run() throws {
        let file = try EmbeddingsFile.read(embeddings)
        guard perplexity < Double(file.count) else {
            throw ConfigurationError("--perplexity (\(perplexity)) must be below the number of images (\(file.count))")
        }
        var options = TSNEAnalysis.Options()
        options.perplexity = perplexity; options.iterations = iterations; options.method = method; options.seed = seed
        let bar = ProgressBar(total: iterations, label: "tsne")
        let (report, _) = try TSNEAnalysis.run(file, options: options, output: URL(fileURLWithPath: output)) { done, cost in
            bar.update(done, unit: "it", units: done, extra: String(format: "KL %.4f", cost))
        }
        func f(_ d: [String: Double], _ k: String) -> String { d[k].map { String(format: "%.4f", $0) } ?? "n/a" }
        print("\(report.samples) points, \(report.method.rawValue), \(report.iterationsRun) iterations: KL \(String(format: "%.4f", report.klDivergence)), "
              + "trustworthiness@5 \(f(report.trustworthiness, "5")) @10 \(f(report.trustworthiness, "10")), "
              + "kNN preservation@10 \(f(report.neighborPreservation, "10")), "
              + "\(report.knnClassNeighbors)-NN class accuracy original \(f(report.knnClassAccuracy, "original")) embedded \(f(report.knnClassAccuracy, "embedded")), "
              + String(format: "%.1f s", report.seconds))
        print("wrote \(output)/tsne.png, tsne.svg, tsne.csv, tsne.json")
    }
}
