import CXRData
import Foundation

/// A dataset with its patient-level split, ready for training and evaluation.
public struct PreparedData: Sendable {
    public var dataset: Dataset
    public var split: Split
    /// Where the split came from (`fold table X, test fold k` or `random patient split, seed s`).
    public var splitDescription: String
}

extension DataConfiguration {
    /// Loads the configured dataset and reports what it found.
    public func loadDataset() throws -> Dataset {
        switch kind {
        case .nih:
            return try NIHChestXray14.load(root: root, allowMissing: allowMissing)
        case .covid:
            return try COVIDCollection.load(root: root)
        case .fifteen:
            guard let nihRoot = secondaryRoot else { throw ConfigurationError("the fifteen-class set needs the NIH root as secondaryRoot (--nih-root)") }
            return FifteenClass.combine(nih: try NIHChestXray14.load(root: nihRoot, allowMissing: allowMissing),
                                        covid: try COVIDCollection.load(root: root))
        case .folder:
            return try GenericDataset.folderPerClass(root: root)
        case .csv:
            return try GenericDataset.csv(path: root, allowMissing: allowMissing)
        }
    }

    /// The dataset and its split by patient: from the fold table when one is given, else a
    /// seeded random patient split. Always verified patient-disjoint.
    public func prepare(seed: UInt64) throws -> PreparedData {
        let dataset = try loadDataset()
        let split: Split
        let description: String
        if let foldTable {
            split = try FoldTable(contentsOf: foldTable).split(testFold: testFold, dataset: dataset)
            description = "fold table \(foldTable), test fold \(testFold)"
        } else {
            split = PatientSplit.random(groups: dataset.groups, validationFraction: validationFraction, testFraction: testFraction, seed: seed)
            description = "random patient split (validation \(validationFraction), test \(testFraction), seed \(seed))"
        }
        try split.verifyPatientDisjoint(groups: dataset.groups)
        guard !split.train.isEmpty, !split.validation.isEmpty else {
            throw ConfigurationError("the split left no training or no validation images (\(split.train.count) / \(split.validation.count))")
        }
        return PreparedData(dataset: dataset, split: split, splitDescription: description)
    }
}

extension ModelConfiguration {
    /// Preprocessing for evaluation: RGB, exact resize to the image size, ImageNet mean/std.
    public func evaluationPipeline() -> Pipeline {
        Pipeline(channels: 3, resize: .exact(width: imageSize, height: imageSize), augmentations: [], normalization: .imageNet)
    }

    /// Preprocessing plus the chosen augmentation for training.
    public func trainingPipeline(_ preset: AugmentationPreset) -> Pipeline {
        var pipeline = evaluationPipeline()
        switch preset {
        case .none: break
        case .reference: pipeline.augmentations = [.horizontalFlip(probability: 0.5), .rotation(maxDegrees: 10)]
        case .strong:
            pipeline.augmentations = [.horizontalFlip(probability: 0.5),
                                      .affine(maxDegrees: 10, maxTranslate: (0.06, 0.06), scale: 0.9...1.1, maxShear: 5, interpolation: .bilinear),
                                      .colorJitter(brightness: 0.2, contrast: 0.2)]
        }
        return pipeline
    }
}
