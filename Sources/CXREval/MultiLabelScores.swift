/// Labels and scores of a multi-label problem (one binary task per class, e.g. the 14 findings of
/// ChestX-ray14), stored class-major: `labels[c][i]` and `scores[c][i]` belong to class `c`,
/// sample (image) `i`. Every class has the same number of samples.
public struct MultiLabelScores: Sendable, Equatable {
    public let classNames: [String]
    public let labels: [[Bool]]
    public let scores: [[Double]]

    /// Validates shapes (one row per class name, equal lengths) and that all scores are finite.
    public init(classNames: [String], labels: [[Bool]], scores: [[Double]]) throws {
        if labels.count != classNames.count {
            throw MetricsError.lengthMismatch(what: "label rows (one per class)", expected: classNames.count, observed: labels.count)
        }
        if scores.count != classNames.count {
            throw MetricsError.lengthMismatch(what: "score rows (one per class)", expected: classNames.count, observed: scores.count)
        }
        let n = labels.first?.count ?? 0
        for c in 0..<classNames.count {
            if labels[c].count != n {
                throw MetricsError.lengthMismatch(what: "labels of class \(classNames[c])", expected: n, observed: labels[c].count)
            }
            if scores[c].count != n {
                throw MetricsError.lengthMismatch(what: "scores of class \(classNames[c])", expected: n, observed: scores[c].count)
            }
            try checkScores(scores[c])
        }
        self.classNames = classNames
        self.labels = labels
        self.scores = scores
    }

    /// From row-major `[sample][class]` arrays as a training loop produces them (targets 0/1 as
    /// floats, scores as probabilities or logits; AUC only depends on their order).
    public init<T: BinaryFloatingPoint, U: BinaryFloatingPoint>(
        classNames: [String], rowMajorLabels: [T], rowMajorScores: [U]
    ) throws {
        let c = classNames.count
        guard c > 0 else { throw MetricsError.invalidArgument("no class names") }
        guard rowMajorLabels.count % c == 0 else {
            throw MetricsError.invalidArgument("\(rowMajorLabels.count) labels are not a whole number of rows of \(c) classes")
        }
        let n = rowMajorLabels.count / c
        if rowMajorScores.count != n * c {
            throw MetricsError.lengthMismatch(what: "row-major scores", expected: n * c, observed: rowMajorScores.count)
        }
        let flat = try binaryLabels(rowMajorLabels)
        var labels = [[Bool]](repeating: [], count: c), scores = [[Double]](repeating: [], count: c)
        for k in 0..<c {
            labels[k] = (0..<n).map { flat[$0 * c + k] }
            scores[k] = (0..<n).map { Double(rowMajorScores[$0 * c + k]) }
        }
        try self.init(classNames: classNames, labels: labels, scores: scores)
    }

    public var classCount: Int { classNames.count }
    public var sampleCount: Int { labels.first?.count ?? 0 }

    /// Number of positive samples of class `c`.
    public func positives(_ c: Int) -> Int { labels[c].reduce(0) { $0 + ($1 ? 1 : 0) } }
}
