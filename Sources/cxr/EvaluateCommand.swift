import ArgumentParser
import CXRTrain
import Foundation

extension EvaluationSplit: ExpressibleByArgument {}

/// `cxr evaluate RUN --split test`: AUCs with patient-bootstrap CIs, operating points,
/// ROC curves (PNG, SVG) and JSON.
struct Evaluate: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Evaluate a trained run on its train, validation or test split (AUC with 95 % CIs, ROC curves).")

    @OptionGroup var engine: EngineOptions

    @Argument(help: "The run folder written by `cxr train`.")
    var runFolder: String

    @Option(help: "Split: test (default), validation or train.")
    var split: EvaluationSplit = .test

    @Option(help: "Bootstrap resamples (patients drawn with replacement).")
    var bootstrap: Int = 1000

    func run() throws {
        engine.apply()
        let result = try Evaluation.evaluate(run: RunDirectory(runFolder), split: split, bootstrapResamples: bootstrap)
        print(result.report.summary)
        print("wrote \(result.folder.path)/metrics.json, roc.png, roc.svg, loss.png, auc.png")
    }
}
