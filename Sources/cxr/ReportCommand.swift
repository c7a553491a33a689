import ArgumentParser
import CXREval
import CXRTrain
import Foundation

/// `cxr report RUN`: one self-contained HTML file with the run's configuration, curves,
/// ROC curves with confidence intervals and whatever explanation outputs the run holds.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a self-contained HTML report of a run (figures embedded; opens without a server).")

    @OptionGroup var engine: EngineOptions

    @Argument(help: "The run folder written by `cxr train`.")
    var runFolder: String

    @Option(help: "Output file (default RUN/report.html).")
    var output: String?

    @Flag(help: "Do not evaluate the test split when it has not been evaluated yet.")
    var noEvaluate = false

    @Option(help: "Bootstrap resamples when the test split must be evaluated first.")
    var bootstrap: Int = 1000

    @Option(help: "Heatmap gallery: cases of each kind per class (0 leaves the gallery out).")
    var gallery: Int = 2

    @Option(help: "Heatmap method for the gallery: cam, gradcam or gradcam++.")
    var method: CAMMethod = .gradCAM

    @Flag(help: "Leave out the latent-space section (t-SNE and SOM of raw pixels vs the model's features).")
    var noLatent = false

    func validate() throws {
        if gallery < 0 { throw ValidationError("--gallery must be 0 or more") }
        guard FileManager.default.fileExists(atPath: RunDirectory(runFolder).configuration.path) else {
            throw ValidationError("\(runFolder) is not a run folder (no config.json)")
        }
    }

    func run() throws {
        engine.apply()
        var report = try RunReport(run: RunDirectory(runFolder), evaluateIfMissing: !noEvaluate, bootstrapResamples: bootstrap)
        if gallery > 0 { try report.addHeatmaps(perKind: gallery, method: method) }
        if !noLatent { try report.addLatentSpace() }
        let path = try report.write(to: output)
        print("wrote \(path)")
    }
}
