import CXRData
import CXREval
import Foundation

/// k-fold cross-validation by patient: one run per fold (`RUN/fold-k`), each trained on the
/// other folds (minus a validation part) and scored on its test fold; the summary gives the
/// mean and spread of the test AUC over folds, the honest figure for small collections.
public struct CrossValidation {
    public struct FoldResult: Codable, Sendable {
        public var fold: Int
        public var testMeanAUC: Double?
        public var testAUCInterval: ConfidenceInterval?
        public var bestEpoch: Int?
        public var testImages: Int
        public var testPatients: Int
        public var seconds: Double
    }

    public struct Summary: Codable, Sendable {
        public var dataset: String
        public var folds: [FoldResult]
        public var meanAUC: Double?
        public var standardDeviation: Double?
        public var splitDescription: String
        public var configuration: TrainingConfiguration
    }

    public let configuration: TrainingConfiguration
    public let folds: Int
    public let output: RunDirectory

    public init(configuration: TrainingConfiguration, folds: Int, output: RunDirectory) {
        self.configuration = configuration
        self.folds = folds
        self.output = output
    }

    /// Mean and sample standard deviation of the folds' test AUCs (nil without AUCs; no sd for one).
    static func meanAndSpread(_ folds: [FoldResult]) -> (mean: Double?, standardDeviation: Double?) {
        let aucs = folds.compactMap(\.testMeanAUC)
        let mean = aucs.isEmpty ? nil : aucs.reduce(0, +) / Double(aucs.count)
        let sd = mean.flatMap { m in aucs.count > 1 ? (aucs.map { ($0 - m) * ($0 - m) }.reduce(0, +) / Double(aucs.count - 1)).squareRoot() : nil }
        return (mean, sd)
    }

    /// Runs the folds (skipping ones already complete, so an interrupted CV resumes).
    public func run(onlyFolds: [Int]? = nil, bootstrapResamples: Int = 1000) throws -> Summary {
        try output.create()
        let dataset = try configuration.data.loadDataset()
        var results: [FoldResult] = []
        let splits: [Split]
        let description: String
        if let table = configuration.data.foldTable {
            let folds = try FoldTable(contentsOf: table)
            splits = try (0..<folds.foldCount).map { try folds.split(testFold: $0, dataset: dataset) }
            description = "fold table \(table) (\(splits.count) folds)"
        } else {
            let strata = dataset.samples.map { sample in sample.labels.firstIndex(where: { $0 > 0.5 }) ?? sample.labels.count }
            splits = PatientSplit.kFold(groups: dataset.groups, strata: strata, folds: folds,
                                        validationFraction: configuration.data.validationFraction, seed: configuration.seed)
            description = "stratified \(folds)-fold split by patient (seed \(configuration.seed))"
        }
        for (fold, split) in splits.enumerated() where onlyFolds?.contains(fold) ?? true {
            try split.verifyPatientDisjoint(groups: dataset.groups)
            let run = RunDirectory(output.url.appendingPathComponent("fold-\(fold)").path)
            let start = Date()
            print("== fold \(fold + 1)/\(splits.count): train \(split.train.count), validation \(split.validation.count), test \(split.test.count) images")
            let data = PreparedData(dataset: dataset, split: split, splitDescription: "\(description), test fold \(fold)")
            let resume = FileManager.default.fileExists(atPath: run.last.path)
            let trainer = try Trainer(configuration: configuration, data: data, run: run, resume: resume)
            try trainer.train()
            let evaluation = try Evaluation.evaluate(run: run, split: .test, bootstrapResamples: bootstrapResamples)
            print(evaluation.report.summary)
            results.append(FoldResult(fold: fold, testMeanAUC: evaluation.report.meanAUC?.auc, testAUCInterval: evaluation.report.meanAUC?.interval,
                                      bestEpoch: trainer.progress.bestEpoch, testImages: evaluation.report.counts.images,
                                      testPatients: evaluation.report.counts.patients, seconds: Date().timeIntervalSince(start)))
        }
        let (mean, sd) = Self.meanAndSpread(results)
        let summary = Summary(dataset: dataset.name, folds: results, meanAUC: mean, standardDeviation: sd, splitDescription: description,
                              configuration: configuration)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try output.write(try encoder.encode(summary), to: output.url.appendingPathComponent("cv.json"))
        return summary
    }
}
