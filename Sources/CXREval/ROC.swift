/// A receiver operating characteristic curve, point for point as scikit-learn's
/// `roc_curve(y_true, y_score, drop_intermediate=False)`:
///
/// - `thresholds` are the distinct scores in descending order, preceded by `+infinity`
///   (scikit-learn >= 1.3 uses `inf`; 1.2 used `max(score) + 1`, the same point).
/// - For threshold `t` a sample is predicted positive when `score >= t`, so
///   `tpr[k] = TP(t_k) / P` and `fpr[k] = FP(t_k) / N` with `P`, `N` the numbers of positive
///   and negative samples. Tied scores move the curve in one (diagonal) step.
/// - The first point is `(0, 0)` at `+inf`; the last is `(1, 1)` at the lowest score.
public struct ROCCurve: Codable, Sendable, Equatable {
    public var falsePositiveRates: [Double]
    public var truePositiveRates: [Double]
    public var thresholds: [Double]
    /// Cumulative counts at each threshold (`truePositives.last == positives`).
    public var truePositives: [Int]
    public var falsePositives: [Int]
    public var positives: Int
    public var negatives: Int

    /// Area under the curve by the trapezoid rule: `sum_k (fpr[k+1]-fpr[k]) (tpr[k+1]+tpr[k]) / 2`.
    /// Equal to `ROC.auc` up to rounding.
    public var trapezoidArea: Double {
        var area = 0.0
        for k in 1..<falsePositiveRates.count {
            area += (falsePositiveRates[k] - falsePositiveRates[k - 1]) * (truePositiveRates[k] + truePositiveRates[k - 1]) / 2
        }
        return area
    }
}

/// ROC curves and areas under them for binary scores (higher score = more likely positive).
public enum ROC {
    /// The full ROC curve (see `ROCCurve`). Throws `MetricsError.singleClass` when there are no
    /// positives or no negatives, `.nonFiniteScore` for NaN/infinite scores, `.lengthMismatch`
    /// when the arrays differ in length and `.empty` when they are empty.
    public static func curve(labels: [Bool], scores: [Double]) throws -> ROCCurve {
        try validate(labels: labels, scores: scores)
        let (p, n) = counts(labels)
        if p == 0 || n == 0 { throw MetricsError.singleClass(positives: p, negatives: n) }
        let order = scores.indices.sorted { scores[$0] > scores[$1] }
        var tps = [0], fps = [0], thresholds = [Double.infinity]
        var tp = 0, fp = 0
        for (k, i) in order.enumerated() {
            if labels[i] { tp += 1 } else { fp += 1 }
            // Emit a point at the end of each group of equal scores.
            if k == order.count - 1 || scores[order[k + 1]] != scores[i] {
                tps.append(tp); fps.append(fp); thresholds.append(scores[i])
            }
        }
        return ROCCurve(
            falsePositiveRates: fps.map { Double($0) / Double(n) },
            truePositiveRates: tps.map { Double($0) / Double(p) },
            thresholds: thresholds, truePositives: tps, falsePositives: fps,
            positives: p, negatives: n)
    }

    /// Area under the ROC curve, as scikit-learn's `roc_auc_score` for binary labels.
    ///
    /// Computed by the rank (Mann-Whitney) formula
    /// `AUC = (1 / (P N)) * sum over positive i, negative j of [s_i > s_j] + 0.5 [s_i == s_j]`,
    /// which equals the trapezoid area under `curve` (ties count one half). The sum is accumulated
    /// exactly (integers and halves) and divided once. Throws as `curve` does.
    public static func auc(labels: [Bool], scores: [Double]) throws -> Double {
        try validate(labels: labels, scores: scores)
        let ranked = RankedScores(scores)
        let r = ranked.auc(labels: labels, weights: nil)
        guard let value = r.auc else { throw MetricsError.singleClass(positives: r.positives, negatives: r.negatives) }
        return value
    }

    /// `auc(labels:scores:)` for float scores.
    public static func auc(labels: [Bool], scores: [Float]) throws -> Double {
        try auc(labels: labels, scores: scores.map(Double.init))
    }

    /// `curve(labels:scores:)` for float scores.
    public static func curve(labels: [Bool], scores: [Float]) throws -> ROCCurve {
        try curve(labels: labels, scores: scores.map(Double.init))
    }

    /// Per-class AUCs of a multi-label problem and their unweighted (macro) mean.
    ///
    /// A class is skipped (AUC nil, a reason given, not in the mean) when it has fewer than
    /// `minimumPositives` positives (default 1, i.e. only classes without positives are skipped)
    /// or no negatives. `mean = (1/|K|) sum_{c in K} AUC_c` over the included classes `K`; nil
    /// when every class is skipped.
    public static func macroAUC(_ data: MultiLabelScores, minimumPositives: Int = 1) -> MacroAUC {
        var perClass: [ClassAUC] = []
        for c in 0..<data.classCount {
            let p = data.positives(c), n = data.sampleCount - p
            var entry = ClassAUC(name: data.classNames[c], positives: p, negatives: n, auc: nil, skipReason: nil)
            if let reason = skipReason(positives: p, negatives: n, minimumPositives: minimumPositives) {
                entry.skipReason = reason
            } else {
                entry.auc = RankedScores(data.scores[c]).auc(labels: data.labels[c], weights: nil).auc
            }
            perClass.append(entry)
        }
        return MacroAUC(perClass: perClass, minimumPositives: minimumPositives)
    }

    /// Why a class with these counts is left out of a macro mean, or nil if it is included.
    public static func skipReason(positives: Int, negatives: Int, minimumPositives: Int) -> String? {
        if positives < max(minimumPositives, 1) {
            return positives == 0 ? "no positive samples"
                : "\(positives) positive samples, fewer than the minimum \(minimumPositives)"
        }
        if negatives == 0 { return "no negative samples" }
        return nil
    }

    static func validate(labels: [Bool], scores: [Double]) throws {
        if labels.count != scores.count {
            throw MetricsError.lengthMismatch(what: "scores (one per label)", expected: labels.count, observed: scores.count)
        }
        if labels.isEmpty { throw MetricsError.empty("ROC") }
        try checkScores(scores)
    }

    static func counts(_ labels: [Bool]) -> (positives: Int, negatives: Int) {
        let p = labels.reduce(0) { $0 + ($1 ? 1 : 0) }
        return (p, labels.count - p)
    }
}

/// The AUC of one class of a multi-label problem (nil with a reason when skipped).
public struct ClassAUC: Codable, Sendable, Equatable {
    public var name: String
    public var positives: Int
    public var negatives: Int
    public var auc: Double?
    public var skipReason: String?
}

/// Per-class AUCs and their macro mean (see `ROC.macroAUC`).
public struct MacroAUC: Codable, Sendable, Equatable {
    public var perClass: [ClassAUC]
    public var minimumPositives: Int

    /// Mean AUC over the included classes; nil when all are skipped.
    public var mean: Double? {
        let values = perClass.compactMap(\.auc)
        return values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
    }
    /// Names of the classes in the mean.
    public var included: [String] { perClass.filter { $0.auc != nil }.map(\.name) }
    /// Names of the skipped classes (reasons in `perClass`).
    public var skipped: [String] { perClass.filter { $0.auc == nil }.map(\.name) }
}

/// Scores sorted once so that AUCs of many reweighted copies of the same samples (bootstrap
/// replicates) cost one linear pass each.
struct RankedScores: Sendable {
    /// Sample indices in ascending score order.
    let order: [Int]
    /// `groupEnds[g]` is the end (exclusive, position in `order`) of the g-th group of equal scores.
    let groupEnds: [Int]

    init(_ scores: [Double]) {
        let order = scores.indices.sorted { scores[$0] < scores[$1] }
        var ends: [Int] = []
        for k in 0..<order.count where k == order.count - 1 || scores[order[k + 1]] != scores[order[k]] {
            ends.append(k + 1)
        }
        self.order = order
        self.groupEnds = ends
    }

    /// AUC of the samples each taken `weights[i]` times (all once when nil): walking the groups of
    /// equal scores upwards, `U += w+(group) * (w-(below) + w-(group) / 2)`, then `AUC = U / (P N)`.
    /// U is a multiple of 1/2 below 2^52, so it is exact. Nil AUC when P or N is 0.
    func auc(labels: [Bool], weights: [Int]?) -> (auc: Double?, positives: Int, negatives: Int) {
        var u2 = 0  // 2U, an integer
        var negBelow = 0, pos = 0
        var start = 0
        order.withUnsafeBufferPointer { order in
            labels.withUnsafeBufferPointer { labels in
                for end in groupEnds {
                    var gp = 0, gn = 0
                    if let weights {
                        for k in start..<end {
                            let i = order[k], w = weights[i]
                            if labels[i] { gp += w } else { gn += w }
                        }
                    } else {
                        for k in start..<end { if labels[order[k]] { gp += 1 } else { gn += 1 } }
                    }
                    u2 += gp * (2 * negBelow + gn)
                    negBelow += gn
                    pos += gp
                    start = end
                }
            }
        }
        let neg = negBelow
        if pos == 0 || neg == 0 { return (nil, pos, neg) }
        return (Double(u2) / 2 / (Double(pos) * Double(neg)), pos, neg)
    }
}
