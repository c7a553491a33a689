import Foundation

/// Datasets from plain layouts: a folder per class, or a CSV of path + labels.
public enum GenericDataset {
    static let imageExtensions: Set<String> = ["png", "jpg", "jpeg", "dcm", "dicom"]

    /// `root/<class>/<image>`: one class per subfolder (sorted names), single-label one-hot targets.
    /// Each image is its own group unless `groupOf` derives a patient id from the file name.
    public static func folderPerClass(root: String, groupOf: (@Sendable (String) -> String)? = nil) throws -> Dataset {
        let fm = FileManager.default
        guard let entries = try? fm.contentsOfDirectory(atPath: root) else { throw DatasetError.badFile(path: root, reason: "cannot list the folder") }
        let classes = entries.filter { var d: ObjCBool = false; return fm.fileExists(atPath: root + "/" + $0, isDirectory: &d) && d.boolValue && !$0.hasPrefix(".") }.sorted()
        guard !classes.isEmpty else { throw DatasetError.badFile(path: root, reason: "no class subfolders") }
        var samples: [Sample] = []
        for (c, name) in classes.enumerated() {
            let files = ((try? fm.contentsOfDirectory(atPath: root + "/" + name)) ?? []).filter {
                imageExtensions.contains(($0 as NSString).pathExtension.lowercased())
            }.sorted()
            for f in files {
                var y = [Float](repeating: 0, count: classes.count); y[c] = 1
                samples.append(Sample(path: root + "/" + name + "/" + f, labels: y, group: groupOf?(f) ?? name + "/" + f))
            }
        }
        return Dataset(name: (root as NSString).lastPathComponent, classNames: classes, samples: samples)
    }

    /// A CSV with a path column (relative to `imageRoot`, default the CSV's folder), a labels column
    /// (`separator`-joined class names, default `|`; empty = no class) and an optional group column
    /// (patient ids; by default a column named `patient` or `group` when present).
    /// Classes are `classNames` when given (unknown labels throw) or the sorted distinct labels.
    public static func csv(path: String, pathColumn: String = "path", labelsColumn: String = "labels", groupColumn: String? = nil,
                           separator: Character = "|", classNames: [String]? = nil, imageRoot: String? = nil,
                           allowMissing: Bool = false) throws -> Dataset {
        let table = try CSVTable(contentsOf: path)
        let p = try table.column(pathColumn), l = try table.column(labelsColumn)
        // Patients: the named column, else a `patient` or `group` column when there is one,
        // else each image is its own group.
        let g = try groupColumn.map { try table.column($0) } ?? ["patient", "group"].lazy.compactMap { try? table.column($0) }.first
        let root = imageRoot ?? (path as NSString).deletingLastPathComponent
        let parsed = table.rows.map { row in row[l].split(separator: separator).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
        let classes = classNames ?? Array(Set(parsed.joined())).sorted()
        let index = Dictionary(uniqueKeysWithValues: classes.enumerated().map { ($1, $0) })
        var samples: [Sample] = [], missing: [String] = []
        for (r, row) in table.rows.enumerated() {
            let file = row[p].hasPrefix("/") ? row[p] : root + "/" + row[p]
            guard FileManager.default.fileExists(atPath: file) else { missing.append(row[p]); continue }
            var y = [Float](repeating: 0, count: classes.count)
            for label in parsed[r] {
                guard let c = index[label] else { throw DatasetError.unknownLabel(label, path: path) }
                y[c] = 1
            }
            samples.append(Sample(path: file, labels: y, group: g.map { row[$0] } ?? row[p]))
        }
        if !missing.isEmpty && !allowMissing {
            throw DatasetError.missingImages(count: missing.count, total: table.rows.count, examples: missing, folder: root)
        }
        return Dataset(name: (path as NSString).lastPathComponent, classNames: classes, samples: samples, missingFiles: missing)
    }
}
