import Foundation

/// The reference recipe's fold files (`covid_folds.csv`, `nih_folds.csv`): columns `image, group,
/// labels, test_fold, val_in_folds` (labels: one 0/1 digit per class; `val_in_folds`: `;`-separated).
public struct FoldTable: Sendable {
    public struct Entry: Sendable, Hashable {
        public var image: String
        public var group: String
        public var labels: [Float]
        public var testFold: Int
        public var validationInFolds: Set<Int>
    }

    public var entries: [Entry]
    public var path: String

    /// `test_fold` values must be in `0 ..< maximumFolds`.
    public static let maximumFolds = 1000

    /// Number of folds (largest `test_fold` + 1).
    public var foldCount: Int { (entries.map(\.testFold).max() ?? -1) + 1 }

    public init(contentsOf path: String) throws {
        try self.init(table: CSVTable(contentsOf: path))
    }

    /// Parses fold-table CSV text; `path` is only used in error messages.
    public init(text: String, path: String = "<memory>") throws {
        try self.init(table: CSVTable(text: text, source: path))
    }

    init(table: CSVTable) throws {
        let path = table.source
        let image = try table.column("image"), group = try table.column("group"), labels = try table.column("labels")
        let test = try table.column("test_fold"), validation = try table.column("val_in_folds")
        entries = try table.rows.enumerated().map { r, row in
            // A fold number: negative ones made `foldCount` negative (a range trap in cross-validation).
            guard let fold = Int(row[test]), (0..<FoldTable.maximumFolds).contains(fold) else {
                throw DatasetError.badValue(path: path, row: r + 2, column: "test_fold", value: row[test])
            }
            let y = try row[labels].map { ch -> Float in
                guard ch == "0" || ch == "1" else { throw DatasetError.badValue(path: path, row: r + 2, column: "labels", value: row[labels]) }
                return ch == "1" ? 1 : 0
            }
            let v = try row[validation].split(separator: ";").map { s -> Int in
                guard let f = Int(s) else { throw DatasetError.badValue(path: path, row: r + 2, column: "val_in_folds", value: row[validation]) }
                return f
            }
            return Entry(image: row[image], group: row[group], labels: y, testFold: fold, validationInFolds: Set(v))
        }
        self.path = path
    }

    /// The split of fold `testFold` as indices of `dataset` (matched by file name): test = the fold,
    /// validation = entries whose `val_in_folds` holds it, train = the rest. Images of the table
    /// that the dataset lacks throw, naming how many.
    public func split(testFold: Int, dataset: Dataset) throws -> Split {
        var index: [String: Int] = [:]
        for (i, s) in dataset.samples.enumerated() { index[s.fileName] = i }
        var split = Split(train: [], validation: [], test: [])
        var absent: [String] = []
        for e in entries {
            guard let i = index[e.image] else { absent.append(e.image); continue }
            if e.testFold == testFold { split.test.append(i) }
            else if e.validationInFolds.contains(testFold) { split.validation.append(i) }
            else { split.train.append(i) }
        }
        if !absent.isEmpty {
            throw DatasetError.badFile(path: path, reason: "\(absent.count) images of the fold table are not in the dataset '\(dataset.name)' (e.g. \(absent.prefix(3).joined(separator: ", ")))")
        }
        return split
    }
}
