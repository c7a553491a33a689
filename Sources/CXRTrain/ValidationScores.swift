import CXREval

/// Per-class and mean ROC AUC of predictions, and Youden operating thresholds per class (the
/// thresholds stored in checkpoints for serving), computed with CXREval.
struct ValidationScores {
    var perClassAUC: [Double?]
    var meanAUC: Double?
    var thresholds: [Float]?

    init(_ predictions: Predictions, classNames: [String]) {
        guard let data = predictions.multiLabelScores(classNames: classNames) else {
            perClassAUC = Array(repeating: nil, count: classNames.count)
            meanAUC = nil
            thresholds = nil
            return
        }
        let macro = ROC.macroAUC(data)
        perClassAUC = macro.perClass.map(\.auc)
        meanAUC = macro.mean
        var undefined: [String] = []
        thresholds = zip(data.labels, data.scores).enumerated().map { index, pair in
            guard let youden = try? OperatingPoints.youden(labels: pair.0, scores: pair.1), youden.threshold.isFinite else {
                undefined.append(classNames[index])
                return 0.5
            }
            return Float(youden.threshold)
        }
        classesWithoutThreshold = undefined
    }

    /// Classes whose validation split has no positives or no negatives: Youden's threshold is
    /// undefined there and 0.5 stands in for it; the trainer says so in its log each epoch.
    public private(set) var classesWithoutThreshold: [String] = []
}

extension Predictions {
    /// The predictions as CXREval's class-major scores (nil when there are none).
    public func multiLabelScores(classNames: [String]) -> MultiLabelScores? {
        guard !probabilities.isEmpty else { return nil }
        let labelRows = classNames.indices.map { c in labels.map { $0[c] > 0.5 } }
        let scoreRows = classNames.indices.map { c in probabilities.map { Double($0[c]) } }
        return try? MultiLabelScores(classNames: classNames, labels: labelRows, scores: scoreRows)
    }
}
