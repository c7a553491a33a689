import Foundation

/// What the samples won by each neuron are: per-class hit counts and the majority category.
///
/// Labels are multi-hot (one value per class, positive when > 0.5). Each sample also gets one
/// category for the majority map: its class when exactly one is positive, `noLabel` when none
/// is (`not <class>` when there is a single class, e.g. "not COVID-19"), `severalLabels` when
/// more than one is (those two categories appear only when used).
public struct SOMClassMaps: Sendable, Equatable {
    public static let noLabel = "no label"
    public static let severalLabels = "several labels"

    public let classNames: [String]
    /// `classHits[c][n]`: samples positive for class `c` won by neuron `n`.
    public let classHits: [[Int]]
    /// All samples won by each neuron.
    public let hits: [Int]
    /// Category names: the class names, then `noLabel` / `severalLabels` when they occur.
    public let categoryNames: [String]
    /// `categoryHits[k][n]`: samples of category `k` won by neuron `n`.
    public let categoryHits: [[Int]]
    /// Per neuron, the category with the most samples (lowest index on ties), nil when empty.
    public let majority: [Int?]

    /// `winners[i]` is sample `i`'s neuron (`0..<neurons`), `labels[i]` its multi-hot labels.
    public init(neurons: Int, winners: [Int], labels: [[Double]], classNames: [String]) throws {
        guard winners.count == labels.count else { throw LatentError.invalidInput("\(winners.count) winners for \(labels.count) label rows") }
        guard labels.allSatisfy({ $0.count == classNames.count }) else {
            throw LatentError.invalidInput("label rows must have \(classNames.count) values (one per class)")
        }
        let categories = SOMClassMaps.categories(labels: labels, classNames: classNames)
        var classHits = [[Int]](repeating: [Int](repeating: 0, count: neurons), count: classNames.count)
        var hits = [Int](repeating: 0, count: neurons)
        var categoryHits = [[Int]](repeating: [Int](repeating: 0, count: neurons), count: categories.names.count)
        for (i, n) in winners.enumerated() {
            guard n >= 0, n < neurons else { throw LatentError.invalidInput("winner \(n) outside the \(neurons) neurons") }
            hits[n] += 1
            for c in classNames.indices where labels[i][c] > 0.5 { classHits[c][n] += 1 }
            categoryHits[categories.index[i]][n] += 1
        }
        self.classNames = classNames
        self.classHits = classHits
        self.hits = hits
        self.categoryNames = categories.names
        self.categoryHits = categoryHits
        self.majority = (0..<neurons).map { n in
            guard hits[n] > 0 else { return nil }
            var best = 0
            for k in categoryHits.indices where categoryHits[k][n] > categoryHits[best][n] { best = k }
            return best
        }
    }

    /// One category per sample (see the type's description): names and each sample's index.
    public static func categories(labels: [[Double]], classNames: [String]) -> (names: [String], index: [Int]) {
        var names = classNames
        var none: Int?, several: Int?
        var index: [Int] = []
        for row in labels {
            let positive = row.indices.filter { row[$0] > 0.5 }
            if positive.count == 1 { index.append(positive[0]); continue }
            if positive.isEmpty {
                if none == nil { none = names.count; names.append(classNames.count == 1 ? "not \(classNames[0])" : noLabel) }
                index.append(none!)
            } else {
                if several == nil { several = names.count; names.append(severalLabels) }
                index.append(several!)
            }
        }
        return (names, index)
    }
}
