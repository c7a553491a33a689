import ArgumentParser
import CXRData
import CXREval
import CXRTrain
import Foundation

/// `cxr demo`: the built-in default job, needing no downloaded data.
///
/// Generates a data set of synthetic chest-like radiographs with known lesion masks (two
/// classes: lesion or not; one to three images a patient), trains a ResNet-18 from scratch on
/// a patient-level split for a few minutes, evaluates it on the held-out patients (AUC with a
/// bootstrap CI), scores where its class activation maps point against the known lesion masks,
/// and writes an HTML report. With `--data PATH` (and `--dataset`) the same pipeline runs on a
/// real data set instead.
struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Generate synthetic radiographs with lesion masks, train, evaluate, explain and report (no data needed).")

    @OptionGroup var engine: EngineOptions
    @OptionGroup var datasetOptions: DatasetOptions

    @Option(help: "Output folder (data/ and run/ are created inside).")
    var output: String = "runs/demo"

    @Option(help: "Synthetic patients to generate (1-3 images each).")
    var patients: Int = 150

    @Option(help: "Architecture.")
    var model: String = "resnet18"

    @Option(help: "Image size the model sees (default: the generated images' own 256 px; at 160 px the lesions blur into one or two cells of ResNet-18's 5 x 5 last feature maps and its heatmaps missed them).")
    var imageSize: Int = 256

    @Option(help: "Epochs.")
    var epochs: Int = 6

    @Option(help: "Random seed.")
    var seed: UInt64 = 1

    func validate() throws {
        if patients < 20 { throw ValidationError("--patients must be at least 20 (a test split needs patients of both classes)") }
        if imageSize < 64 { throw ValidationError("--image-size must be at least 64") }
        if epochs < 1 { throw ValidationError("--epochs must be at least 1") }
        if datasetOptions.data != nil && datasetOptions.dataset == nil {
            throw ValidationError("--data needs --dataset (nih, covid, fifteen, folder or csv)")
        }
    }

    func run() throws {
        engine.apply()
        let start = Date()
        let root = URL(fileURLWithPath: output)
        var configuration = TrainingConfiguration()
        configuration.model.architecture = model
        configuration.model.imageSize = imageSize
        configuration.model.initialization = "scratch"
        configuration.epochs = epochs
        configuration.batchSize = 16
        configuration.optimization.learningRate = 1e-3
        configuration.optimization.schedule = .cosine
        configuration.objective.augmentation = .reference
        configuration.seed = seed
        configuration.data.validationFraction = 0.15
        configuration.data.testFraction = 0.25

        if datasetOptions.data == nil {
            let dataFolder = root.appendingPathComponent("data").path
            let generator = SyntheticChestXrays(patients: patients, size: 256, seed: seed)
            let bar = ProgressBar(total: patients, label: "generating")
            let csv = try generator.write(to: dataFolder) { done, _ in bar.update(done, unit: "patients", units: done) }
            configuration.data.kind = .csv
            configuration.data.root = csv
            print("CXRKit demo: \(patients) synthetic patients with lesion masks in \(dataFolder)")
        } else {
            datasetOptions.apply(to: &configuration)
            print("CXRKit demo on \(configuration.data.kind.rawValue) data at \(configuration.data.root)")
        }
        try configuration.validate()

        let run = RunDirectory(root.appendingPathComponent("run").path)
        let resume = FileManager.default.fileExists(atPath: run.last.path)
        if resume { print("resuming the run in \(run.path)") }
        let data = try configuration.data.prepare(seed: configuration.seed)
        let trainer = try Trainer(configuration: configuration, data: data, run: run, resume: resume)
        try trainer.train()

        let evaluation = try Evaluation.evaluate(run: run, split: .test, bootstrapResamples: 1000)
        print(evaluation.report.summary)
        var report = try RunReport(run: run, evaluateIfMissing: false)
        var masks: [RunReport.MaskSource] = []
        if datasetOptions.data == nil {
            // The generated set's known lesions and lung fields, beside each image.
            let dataFolder = root.appendingPathComponent("data")
            func companion(_ folder: String) -> (Sample) -> String? {
                { sample in dataFolder.appendingPathComponent(folder).appendingPathComponent((sample.path as NSString).lastPathComponent).path }
            }
            masks = [.init(name: "lesions (known)", onlyPositives: true, path: companion("lesions")),
                     .init(name: "lungs", onlyPositives: false, path: companion("lungs"))]
        }
        try report.addHeatmaps(perKind: 2, masks: masks)
        try report.addLatentSpace()
        if let data = FileManager.default.contents(atPath: run.url.appendingPathComponent("localization.json").path),
           let scores = try? JSONDecoder().decode([MaskLocalization].self, from: data) {
            for s in scores {
                print(String(format: "heatmaps vs %@ (%@, %d test images): energy inside %.3f (uniform map %.3f), pointing game %@",
                             s.mask, s.className, s.summary.images, s.summary.meanEnergyFraction, s.summary.meanAreaFraction,
                             s.pointingHitRate.map { String(format: "%.3f", $0) } ?? "-"))
            }
        }
        let path = try report.write()
        print(String(format: "demo finished in %.1f min; report: %@", Date().timeIntervalSince(start) / 60, path))
    }
}
