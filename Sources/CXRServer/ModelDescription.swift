import CXRTrain
import Foundation

/// What `GET /api/model` answers: the checkpoint's metadata (classes, architecture,
/// preprocessing, operating thresholds, training data) and, when the model comes from a run
/// folder, that run's configuration, per-epoch metrics and evaluation reports.
///
/// Everything is read once, when the server starts; requests never reach the file system.
public struct ModelDescription: Sendable {
    /// The JSON document, UTF-8.
    public let json: Data

    /// Describes the checkpoint at `checkpointPath` with `metadata`; `run` is its run folder,
    /// if any (files missing from it are left out).
    public init(metadata: CheckpointMetadata, parameterCount: Int, checkpointPath: String, run: RunDirectory?) throws {
        var object: [String: Any] = [
            "architecture": metadata.architecture,
            "classes": metadata.classNames,
            "imageSize": metadata.imageSize,
            "preprocessing": metadata.preprocessing,
            "output": metadata.loss == .bce ? "multi-label: one sigmoid probability per class" : "multi-class: softmax over the classes",
            "loss": metadata.loss.rawValue,
            "epoch": metadata.epoch,
            "dataset": metadata.dataset,
            "split": metadata.splitDescription,
            "cxrkitVersion": metadata.cxrkitVersion,
            "parameters": parameterCount,
            "checkpoint": (checkpointPath as NSString).lastPathComponent,
        ]
        object["validationMeanAUC"] = metadata.validationMeanAUC ?? NSNull()
        if let thresholds = metadata.thresholds, thresholds.count == metadata.classNames.count {
            object["thresholds"] = Dictionary(uniqueKeysWithValues: zip(metadata.classNames, thresholds.map { Double($0) }))
        } else {
            object["thresholds"] = NSNull()
        }
        if let run {
            var runObject: [String: Any] = ["name": run.url.lastPathComponent]
            func json(_ url: URL) -> Any? {
                guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
                return try? JSONSerialization.jsonObject(with: data)
            }
            runObject["configuration"] = json(run.configuration)
            runObject["metrics"] = json(run.metricsJSON)
            var evaluations: [String: Any] = [:]
            for split in EvaluationSplit.allCases {
                if let report = json(run.url.appendingPathComponent("evaluation-\(split.rawValue)/metrics.json")) {
                    evaluations[split.rawValue] = report
                }
            }
            if !evaluations.isEmpty { runObject["evaluations"] = evaluations }
            object["run"] = runObject
        }
        json = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    }

    /// The run folder a model argument belongs to: the folder itself, or the folder holding the
    /// checkpoint when it has a `config.json` beside it.
    public static func runDirectory(for modelOrRun: String) -> RunDirectory? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: modelOrRun, isDirectory: &isDirectory) else { return nil }
        let folder = isDirectory.boolValue ? modelOrRun : (modelOrRun as NSString).deletingLastPathComponent
        let run = RunDirectory(folder.isEmpty ? "." : folder)
        return FileManager.default.fileExists(atPath: run.configuration.path) ? run : nil
    }
}
