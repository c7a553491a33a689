import CXREval
import Foundation

/// `cxr som`: trains a self-organizing map on an embeddings file and writes its pictures and
/// numbers into a folder:
///
///     OUT/umatrix.png, .svg   U-matrix (sum scaling, viridis) with a colour bar
///     OUT/hits.png, .svg      hit counts per class (one panel per class, plus all samples)
///     OUT/classes.png, .svg   majority category per neuron
///     OUT/som.json            map size, errors, parameters, counts (`SOMAnalysis.Report`)
public enum SOMAnalysis {
    /// The choices of a run; nil fields take the defaults described on each.
    public struct Options: Codable, Equatable, Sendable {
        public var topology: SOMTopology = .rectangular
        /// Default: both `SOMGrid.defaultSide(samples:)` (about 5 sqrt(N) neurons).
        public var rows: Int?
        public var columns: Int?
        public var neighborhood: SOMNeighborhood = .gaussian
        /// Default: `max(1, max(rows, columns) / 4)`.
        public var sigma: Double?
        public var learningRate = 0.5
        public var decay: SOMDecay = .asymptotic
        public var initialization: SOMInitialization = .pca
        public var mode: SOMTrainingMode = .online
        /// Default: online `500 x neurons` steps; batch 100 passes.
        public var iterations: Int?
        /// Online order: shuffled with this seed (MiniSom `random_order=True`); also seeds the random initialisation.
        public var seed: UInt64 = 0
        /// Scale each feature to zero mean and unit variance first (constant features to 0).
        public var standardize = true

        public init() {}
    }

    /// What `som.json` holds.
    public struct Report: Codable, Sendable {
        public var samples: Int
        public var features: Int
        public var rows: Int
        public var columns: Int
        public var topology: SOMTopology
        public var neighborhood: SOMNeighborhood
        public var sigma: Double
        public var learningRate: Double
        public var decay: SOMDecay
        public var initialization: SOMInitialization
        public var mode: SOMTrainingMode
        public var iterations: Int
        public var seed: UInt64
        public var standardized: Bool
        public var quantizationError: Double
        public var topographicError: Double
        /// Neurons that won at least one sample.
        public var neuronsHit: Int
        /// Samples per neuron, row-major.
        public var hits: [Int]
        public var classNames: [String]
        /// `[class][neuron]` samples positive for the class.
        public var classHits: [[Int]]
        public var categoryNames: [String]
        /// Majority category per neuron (-1: empty).
        public var majorityCategory: [Int]
        /// Winning neuron of every sample, in file order.
        public var winners: [Int]
        public var seconds: Double
        public var source: EmbeddingsFile.Info
    }

    /// Features scaled to zero mean and unit (population) variance; constant features become 0.
    public static func standardized(_ m: Matrix) -> Matrix {
        var out = m
        let mean = m.columnMeans
        for j in 0..<m.columns {
            var v = 0.0
            for i in 0..<m.rows { v += (m[i, j] - mean[j]) * (m[i, j] - mean[j]) }
            let sd = (v / Double(max(m.rows, 1))).squareRoot()
            for i in 0..<m.rows { out[i, j] = sd > 0 ? (m[i, j] - mean[j]) / sd : 0 }
        }
        return out
    }

    /// Trains the map and writes the folder `output`.
    @discardableResult
    public static func run(_ file: EmbeddingsFile, options: Options, output: URL, progressLabel: String? = "som") throws -> Report {
        guard file.count >= 2 else { throw ConfigurationError("a SOM needs at least 2 samples, the file has \(file.count)") }
        let started = Date()
        let data = options.standardize ? standardized(file.matrix) : file.matrix
        let side = SOMGrid.defaultSide(samples: file.count)
        let grid = try SOMGrid(rows: options.rows ?? side, columns: options.columns ?? side, topology: options.topology)
        let sigma = options.sigma ?? max(1, Double(max(grid.rows, grid.columns)) / 4)
        guard sigma > 0, options.learningRate > 0 else { throw ConfigurationError("sigma and the learning rate must be positive") }
        let iterations = options.iterations ?? (options.mode == .online ? 500 * grid.count : 100)
        guard iterations >= 1 else { throw ConfigurationError("iterations must be at least 1") }
        var som: SelfOrganizingMap
        switch options.initialization {
        case .pca:
            guard data.columns >= 2 else { throw ConfigurationError("PCA initialisation needs at least 2 features; use --init random") }
            som = try SelfOrganizingMap.pcaInitialized(grid: grid, data: data)
        case .random: som = try SelfOrganizingMap.randomSampleInitialized(grid: grid, data: data, seed: options.seed)
        }
        let bar = progressLabel.map { ProgressBar(total: iterations, label: $0) }
        let unit = options.mode == .online ? "step" : "pass"
        switch options.mode {
        case .online:
            try som.trainOnline(data, iterations: iterations, sigma: sigma, learningRate: options.learningRate, neighborhood: options.neighborhood,
                                decay: options.decay, order: .random(seed: options.seed)) { bar?.update($0, unit: unit, units: $0) }
        case .batch:
            try som.trainBatch(data, iterations: iterations, sigma: sigma, learningRate: options.learningRate, neighborhood: options.neighborhood,
                               decay: options.decay) { bar?.update($0, unit: unit, units: $0) }
        }
        let winners = som.winners(data)
        let maps = try SOMClassMaps(neurons: grid.count, winners: winners, labels: file.labelRows, classNames: file.info.classNames)
        let report = Report(samples: file.count, features: file.width, rows: grid.rows, columns: grid.columns, topology: grid.topology,
                            neighborhood: options.neighborhood, sigma: sigma, learningRate: options.learningRate, decay: options.decay,
                            initialization: options.initialization, mode: options.mode, iterations: iterations, seed: options.seed,
                            standardized: options.standardize, quantizationError: try som.quantizationError(data),
                            topographicError: try som.topographicError(data), neuronsHit: maps.hits.filter { $0 > 0 }.count,
                            hits: maps.hits, classNames: maps.classNames, classHits: maps.classHits, categoryNames: maps.categoryNames,
                            majorityCategory: maps.majority.map { $0 ?? -1 }, winners: winners,
                            seconds: Date().timeIntervalSince(started), source: file.info)
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        let what = file.info.source == "raw-pixels" ? "raw pixels \(file.info.imageSize)x\(file.info.imageSize)" : (file.info.architecture ?? "model") + " embeddings"
        let subtitle = "\(grid.rows)x\(grid.columns) \(grid.topology.rawValue) SOM of \(what), \(file.info.dataset) \(file.info.split) (\(file.count))"
        let umatrix = SOMPlot(title: "U-matrix: " + subtitle, grid: grid,
                              content: .values(som.distanceMap(), colorMap: .viridis, valueLabel: "distance"), style: PlotStyle(titleScale: 2))
        var panels = [(name: "all", counts: maps.hits)]
        panels += zip(maps.classNames, maps.classHits).map { (name: $0.0, counts: $0.1) }
        let hits = SOMPlot(title: "Hits per class: " + subtitle, grid: grid, content: .counts(panels: panels),
                           style: PlotStyle(width: 1200, height: 1200, textScale: 2, titleScale: 2,
                                             palette: [RGBA(hex: 0x555555)] + Palette.categorical(maps.categoryNames.count)))
        let classes = SOMPlot(title: "Majority class: " + subtitle, grid: grid, content: .categories(maps.majority, names: maps.categoryNames),
                              style: PlotStyle(width: 1100, height: 900, titleScale: 2, palette: Palette.categorical(maps.categoryNames.count)))
        for (plot, name) in [(umatrix, "umatrix"), (hits, "hits"), (classes, "classes")] {
            try plot.write(to: output.appendingPathComponent(name + ".png").path)
            try plot.write(to: output.appendingPathComponent(name + ".svg").path)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try encoder.encode(report).write(to: output.appendingPathComponent("som.json"), options: .atomic)
        return report
    }
}
