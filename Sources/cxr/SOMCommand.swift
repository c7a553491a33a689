import ArgumentParser
import CXREval
import CXRTrain
import Foundation

/// `--grid rect|hex`.
enum GridChoice: String, ExpressibleByArgument, CaseIterable {
    case rect, hex
    var topology: SOMTopology { self == .rect ? .rectangular : .hexagonal }
}

extension SOMNeighborhood: ExpressibleByArgument {}
extension SOMDecay: ExpressibleByArgument {}
extension SOMInitialization: ExpressibleByArgument {}
extension SOMTrainingMode: ExpressibleByArgument {}

/// `cxr som EMBEDDINGS --output DIR`: a self-organizing map of an embeddings file.
struct SOM: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "som",
        abstract: "Self-organizing map of an embeddings file: U-matrix, class hit maps, majority-class map, errors (som.json).",
        discussion: "Defaults: a square map of about 5 sqrt(N) neurons, sigma max(rows, columns) / 4, learning rate 0.5, MiniSom's asymptotic decay, PCA initialisation, online training of 500 steps per neuron in seeded random order, features standardised.")

    @Argument(help: "An embeddings file from `cxr embed`.")
    var embeddings: String

    @Option(help: "Output folder.")
    var output: String

    @Option(help: "Grid: rect or hex.")
    var grid: GridChoice = .rect

    @Option(help: "Rows (default: side from the 5 sqrt(N) rule).")
    var rows: Int?

    @Option(help: "Columns (default: side from the 5 sqrt(N) rule).")
    var columns: Int?

    @Option(help: "Neighbourhood: gaussian, bubble or mexican-hat.")
    var neighborhood: SOMNeighborhood = .gaussian

    @Option(help: "Initial neighbourhood radius (default max(rows, columns) / 4, at least 1).")
    var sigma: Double?

    @Option(help: "Initial learning rate.")
    var learningRate: Double = 0.5

    @Option(help: "Decay of sigma and learning rate: asymptotic, linear or inverse.")
    var decay: SOMDecay = .asymptotic

    @Option(name: .customLong("init"), help: "Initial weights: pca or random (random samples).")
    var initialization: SOMInitialization = .pca

    @Option(help: "Training: online (one sample per step) or batch (all samples per pass).")
    var mode: SOMTrainingMode = .online

    @Option(help: "Steps (online; default 500 per neuron) or passes (batch; default 100).")
    var iterations: Int?

    @Option(help: "Seed of the sample order and of random initialisation.")
    var seed: UInt64 = 0

    @Flag(help: "Use the features as they are (default: standardise each to zero mean, unit variance).")
    var noStandardize = false

    func validate() throws {
        if let rows, rows < 1 { throw ValidationError("--rows must be positive") }
        if let columns, columns < 1 { throw ValidationError("--columns must be positive") }
        if let sigma, !(sigma > 0) { throw ValidationError("--sigma must be positive") }
        if !(learningRate > 0) { throw ValidationError("--learning-rate must be positive") }
        if let iterations, iterations < 1 { throw ValidationError("--iterations must be at least 1") }
    }

    func run() throws {
        let file = try EmbeddingsFile.read(embeddings)
        var options = SOMAnalysis.Options()
        options.topology = grid.topology
        options.rows = rows; options.columns = columns
        options.neighborhood = neighborhood; options.sigma = sigma; options.learningRate = learningRate
        options.decay = decay; options.initialization = initialization; options.mode = mode
        options.iterations = iterations; options.seed = seed; options.standardize = !noStandardize
        let report = try SOMAnalysis.run(file, options: options, output: URL(fileURLWithPath: output))
        print(String(format: "%dx%d %@ map of %d samples (%d features): quantization error %.4f, topographic error %.4f, %d of %d neurons hit, %.1f s",
                     report.rows, report.columns, report.topology.rawValue, report.samples, report.features, report.quantizationError,
                     report.topographicError, report.neuronsHit, report.rows * report.columns, report.seconds))
        print("wrote \(output)/umatrix.png, hits.png, classes.png (and .svg), som.json")
    }
}
