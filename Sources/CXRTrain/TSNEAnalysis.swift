import CXREval
import Foundation

/// `cxr tsne`: embeds an embeddings file in 2-D with t-SNE and measures how faithful the map is
/// and how well classes separate, writing into a folder:
///
///     OUT/tsne.png, .svg   the embedding coloured by category (class, or "no label" /
///                          "several labels") with a legend
///     OUT/tsne.csv         path, patient, category, x, y per image
///     OUT/tsne.json        `TSNEAnalysis.Report`
public enum TSNEAnalysis {
    public struct Options: Codable, Equatable, Sendable {
        public var perplexity = 30.0
        public var iterations = 1000
        public var method: TSNE.Method = .auto
        public var seed: UInt64 = 0
        /// Neighbourhood size of the k-NN class accuracy.
        public var classificationNeighbors = 5
        public init() {}
    }

    /// What `tsne.json` holds. Metrics that cannot be computed for so few points
    /// (trustworthiness needs `k < N / 2`) are absent.
    public struct Report: Codable, Sendable {
        public var samples: Int
        public var features: Int
        public var method: TSNE.Method
        public var perplexity: Double
        public var iterations: Int
        public var iterationsRun: Int
        public var learningRate: Double
        public var seed: UInt64
        public var klDivergence: Double
        /// Keys "5", "10": scikit-learn's trustworthiness of the embedding.
        public var trustworthiness: [String: Double]
        /// Keys "5", "10": mean fraction of each point's k nearest neighbours kept.
        public var neighborPreservation: [String: Double]
        /// Leave-one-out k-NN accuracy of the categories, in the original space and in the embedding.
        public var knnClassAccuracy: [String: Double]
        public var knnClassNeighbors: Int
        public var categoryNames: [String]
        public var categoryCounts: [Int]
        public var seconds: Double
        /// Seconds of the t-SNE optimisation alone (affinities included, metrics excluded).
        public var tsneSeconds: Double
        public var source: EmbeddingsFile.Info
    }

    @discardableResult
    public static func run(_ file: EmbeddingsFile, options: Options, output: URL, progress: ((Int, Double) -> Void)? = nil) throws -> (report: Report, embedding: Matrix) {
        let started = Date()
        let data = file.matrix
        var tsne = TSNE(perplexity: options.perplexity, iterations: options.iterations, method: options.method, seed: options.seed)
        tsne.seed = options.seed
        let result = try tsne.fit(data, progress: progress)
        let tsneSeconds = Date().timeIntervalSince(started)
        let categories = SOMClassMaps.categories(labels: file.labelRows, classNames: file.info.classNames)
        var trust: [String: Double] = [:], preservation: [String: Double] = [:], accuracy: [String: Double] = [:]
        for k in [5, 10] {
            if Double(k) < Double(file.count) / 2 {
                trust["\(k)"] = try NeighborhoodMetrics.trustworthiness(original: data, embedded: result.embedding, k: k)
            }
            if k < file.count {
                preservation["\(k)"] = try NeighborhoodMetrics.neighborPreservation(original: data, embedded: result.embedding, k: k)
            }
        }
        let kc = options.classificationNeighbors
        if kc >= 1, kc < file.count {
            accuracy["original"] = try NeighborhoodMetrics.knnAccuracy(data, labels: categories.index, k: kc)
            accuracy["embedded"] = try NeighborhoodMetrics.knnAccuracy(result.embedding, labels: categories.index, k: kc)
        }
        let report = Report(samples: file.count, features: file.width, method: result.method, perplexity: options.perplexity,
                            iterations: options.iterations, iterationsRun: result.iterationsRun, learningRate: result.learningRate,
                            seed: options.seed, klDivergence: result.klDivergence, trustworthiness: trust, neighborPreservation: preservation,
                            knnClassAccuracy: accuracy, knnClassNeighbors: kc, categoryNames: categories.names,
                            categoryCounts: categories.names.indices.map { k in categories.index.filter { $0 == k }.count },
                            seconds: Date().timeIntervalSince(started), tsneSeconds: tsneSeconds, source: file.info)
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        let what = file.info.source == "raw-pixels" ? "raw pixels \(file.info.imageSize)x\(file.info.imageSize)" : (file.info.architecture ?? "model") + " embeddings"
        let plot = ScatterPlot(title: "t-SNE of \(what), \(file.info.dataset) \(file.info.split) (\(file.count), perplexity \(options.perplexity.shortText))",
                               xLabel: "t-SNE 1", yLabel: "t-SNE 2",
                               x: (0..<file.count).map { result.embedding[$0, 0] }, y: (0..<file.count).map { result.embedding[$0, 1] },
                               categories: categories.index, categoryNames: categories.names,
                               style: PlotStyle(titleScale: 2, palette: Palette.categorical(categories.names.count)))
        try plot.write(to: output.appendingPathComponent("tsne.png").path)
        try plot.write(to: output.appendingPathComponent("tsne.svg").path)
        var csv = "path,patient,category,x,y\n"
        for i in 0..<file.count {
            csv += [CSVText.field(file.info.paths[i]), CSVText.field(file.info.patientIDs[i]), CSVText.field(categories.names[categories.index[i]]),
                    String(format: "%.6g", result.embedding[i, 0]), String(format: "%.6g", result.embedding[i, 1])].joined(separator: ",") + "\n"
        }
        try Data(csv.utf8).write(to: output.appendingPathComponent("tsne.csv"), options: .atomic)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try encoder.encode(report).write(to: output.appendingPathComponent("tsne.json"), options: .atomic)
        return (report, result.embedding)
    }
}

/// CSV quoting: fields with a comma, quote or newline are quoted, quotes doubled.
enum CSVText {
    static func field(_ text: String) -> String {
        text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }
}

extension Double {
    /// Shortest form: "30" for 30.0, "7.5" for 7.5.
    var shortText: String { self == rounded() && abs(self) < 1e15 ? String(Int(self)) : String(self) }
}
