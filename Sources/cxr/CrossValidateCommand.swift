import ArgumentParser
import CXRTrain
import Foundation

/// `cxr cv`: k-fold cross-validation by patient, reporting the mean and spread of the test
/// AUC over folds.
struct CrossValidate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cv",
        abstract: "k-fold cross-validation by patient (mean and spread of the test AUC over folds).",
        discussion: "With --folds FILE the fold table decides the folds (e.g. the reference's covid_folds.csv); otherwise a stratified patient k-fold split. Completed folds are skipped when the command is run again on the same --output.")

    @OptionGroup var engine: EngineOptions
    @OptionGroup var datasetOptions: DatasetOptions
    @OptionGroup var recipe: RecipeOptions

    @Option(name: .customLong("k"), help: "Number of folds without a fold table.")
    var folds: Int = 5

    @Option(help: "Run only these folds (comma-separated, 0-based).")
    var only: String?

    @Option(help: "Output folder (default runs/cv-<timestamp>).")
    var output: String?

    @Option(help: "Bootstrap resamples for each fold's confidence interval.")
    var bootstrap: Int = 1000

    func validate() throws {
        if folds < 2 { throw ValidationError("-k must be at least 2") }
    }

    func run() throws {
        engine.apply()
        let configuration = try recipe.configuration(dataset: datasetOptions)
        let cv = CrossValidation(configuration: configuration, folds: folds, output: RunDirectory(output ?? "runs/cv-" + RunName.timestamp()))
        let start = Date()
        let summary = try cv.run(onlyFolds: only?.split(separator: ",").compactMap { Int($0) }, bootstrapResamples: bootstrap)
        print("\n[\(summary.dataset) / test folds] \(summary.splitDescription)")
        for fold in summary.folds {
            print(String(format: "fold %d: test mean AUC %@ (%d images, %d patients), best epoch %d, %.0f s", fold.fold,
                         fold.testMeanAUC.map { String(format: "%.3f", $0) } ?? "n/a", fold.testImages, fold.testPatients, fold.bestEpoch ?? 0, fold.seconds))
        }
        if let mean = summary.meanAUC {
            print(String(format: "mean AUC over %d folds: %.3f ± %.3f (sd); wall time %.1f min", summary.folds.count, mean,
                         summary.standardDeviation ?? 0, Date().timeIntervalSince(start) / 60))
        }
    }
}
