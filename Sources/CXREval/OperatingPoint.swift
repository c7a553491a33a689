/// Counts of a binary decision: true/false positives and negatives.
public struct BinaryCounts: Codable, Sendable, Equatable {
    public var truePositives: Int
    public var falsePositives: Int
    public var trueNegatives: Int
    public var falseNegatives: Int

    public init(truePositives: Int, falsePositives: Int, trueNegatives: Int, falseNegatives: Int) {
        self.truePositives = truePositives; self.falsePositives = falsePositives
        self.trueNegatives = trueNegatives; self.falseNegatives = falseNegatives
    }

    /// Counts when `score >= threshold` is predicted positive.
    public init(labels: [Bool], scores: [Double], threshold: Double) {
        var tp = 0, fp = 0, tn = 0, fn = 0
        for (y, s) in zip(labels, scores) {
            switch (y, s >= threshold) {
            case (true, true): tp += 1
            case (false, true): fp += 1
            case (false, false): tn += 1
            case (true, false): fn += 1
            }
        }
        self.init(truePositives: tp, falsePositives: fp, trueNegatives: tn, falseNegatives: fn)
    }

    public var positives: Int { truePositives + falseNegatives }
    public var negatives: Int { trueNegatives + falsePositives }
    public var total: Int { positives + negatives }
}

/// A decision threshold applied to a set of samples, with the usual rates.
///
/// Prediction: positive when `score >= threshold`. With TP, FP, TN, FN the counts:
/// - sensitivity (recall, TPR) `= TP / (TP + FN)`, nil without positives;
/// - specificity (TNR) `= TN / (TN + FP)`, nil without negatives;
/// - PPV (precision) `= TP / (TP + FP)`, nil when nothing is predicted positive;
/// - NPV `= TN / (TN + FN)`, nil when nothing is predicted negative;
/// - accuracy `= (TP + TN) / n`;
/// - F1 `= 2 TP / (2 TP + FP + FN)`, nil when that denominator is 0.
public struct OperatingPoint: Codable, Sendable, Equatable {
    public var threshold: Double
    public var counts: BinaryCounts
    public var sensitivity: Double?
    public var specificity: Double?
    public var positivePredictiveValue: Double?
    public var negativePredictiveValue: Double?
    public var accuracy: Double
    public var f1: Double?

    /// Evaluates `threshold` on `labels`/`scores` (same length, not empty).
    public init(threshold: Double, labels: [Bool], scores: [Double]) throws {
        if labels.count != scores.count {
            throw MetricsError.lengthMismatch(what: "scores (one per label)", expected: labels.count, observed: scores.count)
        }
        if labels.isEmpty { throw MetricsError.empty("operating point") }
        try checkScores(scores)
        self.init(threshold: threshold, counts: BinaryCounts(labels: labels, scores: scores, threshold: threshold))
    }

    /// The rates of given counts at a threshold.
    public init(threshold: Double, counts c: BinaryCounts) {
        func ratio(_ a: Int, _ b: Int) -> Double? { b == 0 ? nil : Double(a) / Double(b) }
        self.threshold = threshold
        self.counts = c
        sensitivity = ratio(c.truePositives, c.truePositives + c.falseNegatives)
        specificity = ratio(c.trueNegatives, c.trueNegatives + c.falsePositives)
        positivePredictiveValue = ratio(c.truePositives, c.truePositives + c.falsePositives)
        negativePredictiveValue = ratio(c.trueNegatives, c.trueNegatives + c.falseNegatives)
        accuracy = c.total == 0 ? 0 : Double(c.truePositives + c.trueNegatives) / Double(c.total)
        f1 = ratio(2 * c.truePositives, 2 * c.truePositives + c.falsePositives + c.falseNegatives)
    }
}

/// The threshold maximising Youden's J on one set.
public struct YoudenThreshold: Codable, Sendable, Equatable {
    /// The chosen threshold (a score of the selection set, or +inf if no threshold beats J = 0).
    public var threshold: Double
    /// `J = TPR - FPR` at the threshold on the selection set.
    public var youdenJ: Double
    public var truePositiveRate: Double
    public var falsePositiveRate: Double
}

/// A threshold chosen on one split and evaluated on another (never chosen on the split it is
/// reported for, which would be optimistic).
public struct TransferredOperatingPoint: Codable, Sendable, Equatable {
    /// Split the threshold was chosen on (e.g. "validation").
    public var selectedOn: String
    public var selection: YoudenThreshold
    /// Split the threshold is evaluated on (e.g. "test").
    public var evaluatedOn: String
    public var evaluation: OperatingPoint
}

public enum OperatingPoints {
    /// Youden's J threshold: over the points of `ROC.curve` (thresholds descending, first +inf),
    /// `J_k = tpr_k - fpr_k` and the first (highest-threshold) `k` with the largest `J_k` wins,
    /// as `thresholds[np.argmax(tpr - fpr)]` on scikit-learn's curve. Throws as `ROC.curve`.
    public static func youden(labels: [Bool], scores: [Double]) throws -> YoudenThreshold {
        let roc = try ROC.curve(labels: labels, scores: scores)
        var best = 0
        var bestJ = roc.truePositiveRates[0] - roc.falsePositiveRates[0]
        for k in 1..<roc.thresholds.count {
            let j = roc.truePositiveRates[k] - roc.falsePositiveRates[k]
            if j > bestJ { bestJ = j; best = k }
        }
        return YoudenThreshold(threshold: roc.thresholds[best], youdenJ: bestJ,
                               truePositiveRate: roc.truePositiveRates[best],
                               falsePositiveRate: roc.falsePositiveRates[best])
    }

    /// Chooses the Youden threshold on the selection split and evaluates it on the evaluation split.
    public static func youden(
        selectedOn selectionName: String, selectionLabels: [Bool], selectionScores: [Double],
        evaluatedOn evaluationName: String, labels: [Bool], scores: [Double]
    ) throws -> TransferredOperatingPoint {
        let choice = try youden(labels: selectionLabels, scores: selectionScores)
        let point = try OperatingPoint(threshold: choice.threshold, labels: labels, scores: scores)
        return TransferredOperatingPoint(selectedOn: selectionName, selection: choice,
                                         evaluatedOn: evaluationName, evaluation: point)
    }
}
