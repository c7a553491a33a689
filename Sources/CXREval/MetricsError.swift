/// Why a metric could not be computed. Every case names the problem in words (`description`), so
/// a caller can print it as is.
public enum MetricsError: Error, CustomStringConvertible, Equatable, Sendable {
    /// Two arrays that must pair up element by element have different lengths.
    case lengthMismatch(what: String, expected: Int, observed: Int)
    /// No samples at all.
    case empty(String)
    /// Only one class is present, so ROC/AUC is undefined (`positives` or `negatives` is 0).
    case singleClass(positives: Int, negatives: Int)
    /// A score is NaN or infinite (index of the first one).
    case nonFiniteScore(index: Int)
    /// A label that should be 0 or 1 is something else.
    case invalidLabel(index: Int, value: Double)
    /// A class index outside `0..<classCount`.
    case invalidClass(index: Int, value: Int, classCount: Int)
    /// Some other invalid argument.
    case invalidArgument(String)

    public var description: String {
        switch self {
        case let .lengthMismatch(what, expected, observed):
            return "\(what): expected \(expected) values, got \(observed)"
        case let .empty(what):
            return "\(what): no samples"
        case let .singleClass(positives, negatives):
            let absent = positives == 0 ? "no positive samples" : "no negative samples"
            return "ROC/AUC undefined: only one class present (\(absent); positives \(positives), negatives \(negatives))"
        case let .nonFiniteScore(index):
            return "score \(index) is not finite"
        case let .invalidLabel(index, value):
            return "label \(index) is \(value), expected 0 or 1"
        case let .invalidClass(index, value, classCount):
            return "class \(index) is \(value), expected 0..<\(classCount)"
        case let .invalidArgument(text):
            return text
        }
    }
}

/// Converts 0/1 labels stored as floats (as training targets are) to booleans; anything other than
/// exactly 0 or 1 throws `MetricsError.invalidLabel`.
public func binaryLabels<T: BinaryFloatingPoint>(_ values: [T]) throws -> [Bool] {
    var out = [Bool](repeating: false, count: values.count)
    for (i, v) in values.enumerated() {
        if v == 1 { out[i] = true } else if v != 0 { throw MetricsError.invalidLabel(index: i, value: Double(v)) }
    }
    return out
}

func checkScores(_ scores: [Double]) throws {
    if let i = scores.firstIndex(where: { !$0.isFinite }) { throw MetricsError.nonFiniteScore(index: i) }
}
