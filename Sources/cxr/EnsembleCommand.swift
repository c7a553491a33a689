import ArgumentParser
import CXRTrain
import Foundation

/// `cxr ensemble CV [CV ...] --flip --output DIR`: scores the average of several cross-validation
/// runs' models (and, with `--flip`, of each model on mirrored images) on their shared test folds.
struct Ensemble: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score an ensemble of cross-validation runs (and test-time flips) on their shared test folds.",
        discussion: """
            Each member is a folder written by `cxr cv` on the same dataset and folds (e.g. the same --folds \
            table). For every fold all members finished, their models' probabilities (best-validation weights, \
            final-epoch weights or both: --checkpoints) on the fold's test images are averaged (with --flip, each model also sees the mirrored image); AUCs get 95 % patient-bootstrap \
            intervals. Writes OUTPUT/fold-k/{metrics.json, predictions.csv, roc.png, roc.svg} and OUTPUT/cv.json.
            """)

    @OptionGroup var engine: EngineOptions

    @Argument(help: "Cross-validation folders (written by `cxr cv`).")
    var members: [String]

    @Flag(help: "Test-time augmentation: average each model over the image and its horizontal mirror.")
    var flip = false

    @Option(help: "Which weights of each fold join: best (best validation epoch), last (final epoch) or both.")
    var checkpoints: CrossValidationEnsemble.Checkpoints = .best

    @Option(help: "Output folder.")
    var output: String

    @Option(help: "Bootstrap resamples for each fold's confidence interval.")
    var bootstrap: Int = 1000

    func validate() throws {
        if members.isEmpty { throw ValidationError("give at least one cross-validation folder") }
        if bootstrap < 0 { throw ValidationError("--bootstrap cannot be negative") }
        if members.contains(where: { URL(fileURLWithPath: $0).standardized == URL(fileURLWithPath: output).standardized }) {
            throw ValidationError("--output must not be one of the members")
        }
    }

    func run() throws {
        engine.apply()
        let ensemble = CrossValidationEnsemble(members: members.map(RunDirectory.init), horizontalFlip: flip, checkpoints: checkpoints, output: RunDirectory(output))
        let summary = try ensemble.run(bootstrapResamples: bootstrap)
        print("\n[\(summary.dataset) / test folds] \(summary.rule); members: \(summary.members.joined(separator: ", "))")
        for fold in summary.folds {
            print(String(format: "fold %d: test mean AUC %@ (%d images, %d patients)", fold.fold,
                         fold.testMeanAUC.map { String(format: "%.3f", $0) } ?? "n/a", fold.testImages, fold.testPatients))
        }
        if let mean = summary.meanAUC {
            print(String(format: "mean AUC over %d folds: %.3f ± %.3f (sd)", summary.folds.count, mean, summary.standardDeviation ?? 0))
        }
        print("wrote \(output)/cv.json")
    }
}

extension CrossValidationEnsemble.Checkpoints: ExpressibleByArgument {}
