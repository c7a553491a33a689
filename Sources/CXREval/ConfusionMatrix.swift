/// Confusion matrix of a multi-class (single-label) problem.
///
/// `counts[t][p]` = number of samples of true class `t` predicted as class `p` (rows true,
/// columns predicted, as scikit-learn's `confusion_matrix(y_true, y_pred, labels=range(K))`).
public struct ConfusionMatrix: Codable, Sendable, Equatable {
    public var classNames: [String]
    public var counts: [[Int]]

    /// From true and predicted class indices in `0..<classNames.count`.
    public init(classNames: [String], trueClasses: [Int], predictedClasses: [Int]) throws {
        let k = classNames.count
        guard k > 0 else { throw MetricsError.invalidArgument("no class names") }
        if trueClasses.count != predictedClasses.count {
            throw MetricsError.lengthMismatch(what: "predicted classes (one per true class)", expected: trueClasses.count, observed: predictedClasses.count)
        }
        var m = [[Int]](repeating: [Int](repeating: 0, count: k), count: k)
        for (i, (t, p)) in zip(trueClasses, predictedClasses).enumerated() {
            guard (0..<k).contains(t) else { throw MetricsError.invalidClass(index: i, value: t, classCount: k) }
            guard (0..<k).contains(p) else { throw MetricsError.invalidClass(index: i, value: p, classCount: k) }
            m[t][p] += 1
        }
        self.classNames = classNames
        self.counts = m
    }

    /// From row-major scores `[sample][class]` (probabilities or logits): the prediction is the
    /// arg max, the first (lowest) class index on ties, as `numpy.argmax`.
    public init<T: BinaryFloatingPoint>(classNames: [String], trueClasses: [Int], rowMajorScores: [T]) throws {
        let k = classNames.count
        guard k > 0 else { throw MetricsError.invalidArgument("no class names") }
        if rowMajorScores.count != trueClasses.count * k {
            throw MetricsError.lengthMismatch(what: "row-major scores (samples x classes)", expected: trueClasses.count * k, observed: rowMajorScores.count)
        }
        var predicted = [Int](repeating: 0, count: trueClasses.count)
        for i in 0..<trueClasses.count {
            var best = 0
            for c in 1..<k where rowMajorScores[i * k + c] > rowMajorScores[i * k + best] { best = c }
            if rowMajorScores[i * k..<(i + 1) * k].contains(where: { !$0.isFinite }) {
                throw MetricsError.nonFiniteScore(index: i * k)
            }
            predicted[i] = best
        }
        try self.init(classNames: classNames, trueClasses: trueClasses, predictedClasses: predicted)
    }

    public var classCount: Int { classNames.count }
    public var total: Int { counts.reduce(0) { $0 + $1.reduce(0, +) } }
    /// Samples whose true class is `c` (row sum).
    public func support(_ c: Int) -> Int { counts[c].reduce(0, +) }
    /// Samples predicted as `c` (column sum).
    public func predictedCount(_ c: Int) -> Int { counts.reduce(0) { $0 + $1[c] } }

    /// `counts[c][c] / predictedCount(c)`; nil when nothing is predicted as `c`.
    public func precision(_ c: Int) -> Double? {
        let d = predictedCount(c)
        return d == 0 ? nil : Double(counts[c][c]) / Double(d)
    }

    /// `counts[c][c] / support(c)`; nil when class `c` has no samples.
    public func recall(_ c: Int) -> Double? {
        let d = support(c)
        return d == 0 ? nil : Double(counts[c][c]) / Double(d)
    }

    /// `2 precision recall / (precision + recall) = 2 TP / (2 TP + FP + FN)`; nil when that
    /// denominator is 0.
    public func f1(_ c: Int) -> Double? {
        let d = support(c) + predictedCount(c)
        return d == 0 ? nil : 2 * Double(counts[c][c]) / Double(d)
    }

    /// `trace / total` (0 for an empty matrix).
    public var accuracy: Double {
        let n = total
        return n == 0 ? 0 : Double((0..<classCount).reduce(0) { $0 + counts[$1][$1] }) / Double(n)
    }

    /// Mean recall over the classes that have samples (as scikit-learn's
    /// `balanced_accuracy_score`, which leaves out classes absent from `y_true`); nil if none.
    public var balancedAccuracy: Double? {
        let recalls = (0..<classCount).compactMap(recall)
        return recalls.isEmpty ? nil : recalls.reduce(0, +) / Double(recalls.count)
    }

    /// Per-class figures, for reports.
    public var perClass: [ClassFigures] {
        (0..<classCount).map {
            ClassFigures(name: classNames[$0], support: support($0), predicted: predictedCount($0),
                         precision: precision($0), recall: recall($0), f1: f1($0))
        }
    }

    public struct ClassFigures: Codable, Sendable, Equatable {
        public var name: String
        public var support: Int
        public var predicted: Int
        public var precision: Double?
        public var recall: Double?
        public var f1: Double?
    }
}
