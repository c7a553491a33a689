import Foundation

/// Train / validation / test sample indices into a `Dataset`.
public struct Split: Sendable, Equatable, Codable {
    public var train: [Int]
    public var validation: [Int]
    public var test: [Int]

    public init(train: [Int], validation: [Int], test: [Int]) {
        self.train = train; self.validation = validation; self.test = test
    }

    /// Throws when an index repeats, or when a patient group appears in two parts.
    public func verifyPatientDisjoint(groups: [String]) throws {
        var owner: [String: String] = [:], seen: Set<Int> = []
        for (part, indices) in [("train", train), ("validation", validation), ("test", test)] {
            for i in indices {
                guard i >= 0 && i < groups.count else { throw DatasetError.badSplit("index \(i) out of range 0..<\(groups.count)") }
                guard seen.insert(i).inserted else { throw DatasetError.badSplit("sample \(i) is in two parts") }
                if let other = owner[groups[i]], other != part {
                    throw DatasetError.badSplit("patient group '\(groups[i])' is in both \(other) and \(part)")
                }
                owner[groups[i]] = part
            }
        }
    }
}

/// Splits by patient group: no group ever crosses train, validation and test.
public enum PatientSplit {
    /// Groups in first-seen order, and the indices of each.
    static func grouped(_ indices: [Int], _ groups: [String]) -> (names: [String], members: [String: [Int]]) {
        var names: [String] = [], members: [String: [Int]] = [:]
        for i in indices {
            if members[groups[i]] == nil { names.append(groups[i]) }
            members[groups[i], default: []].append(i)
        }
        return (names, members)
    }

    /// Moves a seeded random `fraction` of the patient groups of `indices` into the held-out part.
    public static func holdOut(indices: [Int], groups: [String], fraction: Double, seed: UInt64) -> (kept: [Int], heldOut: [Int]) {
        var (names, members) = grouped(indices, groups)
        var g = SplitMix64(seed: seed)
        names.shuffle(using: &g)
        let count = Int((Double(names.count) * fraction).rounded())
        let held = Set(names.prefix(count))
        return (indices.filter { !held.contains(groups[$0]) }, indices.filter { held.contains(groups[$0]) })
    }

    /// Random train/validation/test split of all samples by patient group, with fractions of groups.
    public static func random(groups: [String], validationFraction: Double = 0.1, testFraction: Double = 0.2, seed: UInt64) -> Split {
        let all = Array(groups.indices)
        let (rest, test) = holdOut(indices: all, groups: groups, fraction: testFraction, seed: seed)
        let (train, validation) = holdOut(indices: rest, groups: groups, fraction: validationFraction / max(1 - testFraction, 1e-9), seed: seed &+ 1)
        return Split(train: train, validation: validation, test: test)
    }

    /// Stratified k-fold by patient group: returns, per fold, the test indices.
    ///
    /// Greedy stratification (as scikit-learn's `StratifiedGroupKFold`): groups, in a seeded shuffled
    /// order stably sorted by how unevenly their samples spread over the strata (most uneven first),
    /// go one by one to the fold that keeps the per-stratum proportions most even (ties: the
    /// smaller fold). `strata[i]` is sample i's stratum (e.g. its class, or 0/1 for any finding).
    public static func stratifiedKFold(indices: [Int]? = nil, groups: [String], strata: [Int], folds: Int, seed: UInt64) -> [[Int]] {
        precondition(folds >= 2, "need at least 2 folds")
        let indices = indices ?? Array(groups.indices)
        let (names, members) = grouped(indices, groups)
        let classes = (strata.max() ?? 0) + 1
        var order = names
        var g = SplitMix64(seed: seed)
        order.shuffle(using: &g)
        func counts(_ name: String) -> [Double] {
            var c = [Double](repeating: 0, count: classes)
            for i in members[name]! { c[strata[i]] += 1 }
            return c
        }
        func spread(_ c: [Double]) -> Double {
            let m = c.reduce(0, +) / Double(classes)
            return (c.map { ($0 - m) * ($0 - m) }.reduce(0, +) / Double(classes)).squareRoot()
        }
        let groupCounts = Dictionary(uniqueKeysWithValues: order.map { ($0, counts($0)) })
        order = order.enumerated().sorted { a, b in
            let sa = spread(groupCounts[a.element]!), sb = spread(groupCounts[b.element]!)
            return sa != sb ? sa > sb : a.offset < b.offset
        }.map(\.element)
        var totals = [Double](repeating: 0, count: classes)
        for i in indices { totals[strata[i]] += 1 }
        var foldCounts = [[Double]](repeating: [Double](repeating: 0, count: classes), count: folds)
        var assignment = [[Int]](repeating: [], count: folds)
        for name in order {
            let c = groupCounts[name]!
            var best = 0, bestScore = Double.infinity, bestSize = Int.max
            for f in 0..<folds {
                var score = 0.0
                for k in 0..<classes where totals[k] > 0 {
                    let proportions = (0..<folds).map { ff in (foldCounts[ff][k] + (ff == f ? c[k] : 0)) / totals[k] }
                    let m = proportions.reduce(0, +) / Double(folds)
                    score += (proportions.map { ($0 - m) * ($0 - m) }.reduce(0, +) / Double(folds)).squareRoot()
                }
                score /= Double(classes)
                let size = assignment[f].count
                if score < bestScore - 1e-12 || (abs(score - bestScore) <= 1e-12 && size < bestSize) {
                    best = f; bestScore = score; bestSize = size
                }
            }
            for k in 0..<classes { foldCounts[best][k] += c[k] }
            assignment[best].append(contentsOf: members[name]!)
        }
        return assignment.map { $0.sorted() }
    }

    /// k train/validation/test splits: fold k is the test set; `validationFraction` of the remaining
    /// patient groups (seeded) form the validation set.
    public static func kFold(groups: [String], strata: [Int], folds: Int, validationFraction: Double = 0.1, seed: UInt64) -> [Split] {
        let testSets = stratifiedKFold(groups: groups, strata: strata, folds: folds, seed: seed)
        return testSets.enumerated().map { k, test in
            let testSet = Set(test)
            let rest = groups.indices.filter { !testSet.contains($0) }
            let (train, validation) = holdOut(indices: rest, groups: groups, fraction: validationFraction, seed: seed &+ UInt64(k) &+ 1)
            return Split(train: train, validation: validation, test: test)
        }
    }

    // MARK: files

    private struct SplitFile: Codable {
        var dataset: String
        var train: [String], validation: [String], test: [String]
    }

    /// Saves `split` as JSON listing file names (`Sample.fileName`) per part, so it survives
    /// re-ordering of the dataset.
    public static func save(_ split: Split, dataset: Dataset, to path: String) throws {
        let names = { (indices: [Int]) in indices.map { dataset.samples[$0].fileName } }
        let file = SplitFile(dataset: dataset.name, train: names(split.train), validation: names(split.validation), test: names(split.test))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(file).write(to: URL(fileURLWithPath: path))
    }

    /// Loads a split saved by `save`, mapping file names back to indices of `dataset`; names absent
    /// from the dataset throw (with their count) unless `allowMissing`.
    public static func load(from path: String, dataset: Dataset, allowMissing: Bool = false) throws -> Split {
        guard let data = FileManager.default.contents(atPath: path) else { throw DatasetError.badFile(path: path, reason: "cannot read the split file") }
        let file: SplitFile
        do { file = try JSONDecoder().decode(SplitFile.self, from: data) } catch {
            throw DatasetError.badFile(path: path, reason: "not a split file: \(error)")
        }
        var index: [String: Int] = [:]
        for (i, s) in dataset.samples.enumerated() { index[s.fileName] = i }
        var absent: [String] = []
        func map(_ names: [String]) -> [Int] { names.compactMap { n in index[n] ?? { absent.append(n); return nil }() } }
        let split = Split(train: map(file.train), validation: map(file.validation), test: map(file.test))
        if !absent.isEmpty && !allowMissing {
            throw DatasetError.badFile(path: path, reason: "\(absent.count) listed images are not in the dataset (e.g. \(absent.prefix(3).joined(separator: ", ")))")
        }
        return split
    }
}
