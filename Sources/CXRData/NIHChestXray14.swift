import Foundation

/// NIH ChestX-ray14 (Wang et al. 2017): 14 text-mined findings as multi-label targets.
///
/// Layout under `root`: `Data_Entry_2017_v2020.csv` (or `Data_Entry_2017.csv`), `images/`,
/// `train_val_list.txt`, `test_list.txt`, `BBox_List_2017.csv` (boxes in 1024-px coordinates).
public enum NIHChestXray14 {
    /// The canonical class order.
    public static let findings = ["Atelectasis", "Cardiomegaly", "Effusion", "Infiltration", "Mass", "Nodule",
                                  "Pneumonia", "Pneumothorax", "Consolidation", "Edema", "Emphysema", "Fibrosis",
                                  "Pleural_Thickening", "Hernia"]

    /// Loads the label file and joins it with the images present under `root/imagesFolder`.
    ///
    /// - Parameters:
    ///   - labelFile: file name under `root`; default: `Data_Entry_2017_v2020.csv`, else `Data_Entry_2017.csv`.
    ///   - allowMissing: go on with the images present (the absent ones are listed in
    ///     `missingFiles`); when false (default) any missing image throws `DatasetError.missingImages`.
    ///   - boxes: attach `BBox_List_2017.csv` boxes, scaled from 1024 px to each file's size (default true).
    /// Samples are sorted by file name; `group` is the Patient ID.
    public static func load(root: String, imagesFolder: String = "images", labelFile: String? = nil,
                            allowMissing: Bool = false, boxes: Bool = true) throws -> Dataset {
        let fm = FileManager.default
        let labelPath = root + "/" + (labelFile ?? (fm.fileExists(atPath: root + "/Data_Entry_2017_v2020.csv") ? "Data_Entry_2017_v2020.csv" : "Data_Entry_2017.csv"))
        let table = try CSVTable(contentsOf: labelPath)
        let imageColumn = try table.column("Image Index"), labelColumn = try table.column("Finding Labels")
        let patientColumn = try table.column("Patient ID")
        let folder = root + "/" + imagesFolder
        let present = Set((try? fm.contentsOfDirectory(atPath: folder)) ?? [])
        let boxTable = boxes ? try loadBoxes(path: root + "/BBox_List_2017.csv") : [:]
        var samples: [Sample] = [], missing: [String] = []
        for (r, row) in table.rows.enumerated() {
            let file = row[imageColumn]
            guard present.contains(file) else { missing.append(file); continue }
            let labels = try targets(row[labelColumn], path: labelPath, row: r + 2)
            var sample = Sample(path: folder + "/" + file, labels: labels, group: row[patientColumn])
            if let b = boxTable[file], let size = imageSize(sample.path) {
                sample.boxes = b.map { $0.scaled(fromWidth: 1024, fromHeight: 1024, toWidth: size.width, toHeight: size.height) }
            }
            samples.append(sample)
        }
        if !missing.isEmpty && !allowMissing {
            throw DatasetError.missingImages(count: missing.count, total: table.rows.count, examples: missing, folder: folder)
        }
        samples.sort { $0.path < $1.path }
        return Dataset(name: "NIH ChestX-ray14", classNames: findings, samples: samples, missingFiles: missing,
                       notes: ["label_rows": table.rows.count, "images_found": samples.count, "images_missing": missing.count])
    }

    /// Multi-hot targets from a `Finding Labels` value (`A|B`, `No Finding` = all zero).
    public static func targets(_ text: String, path: String = "<labels>", row: Int = 0) throws -> [Float] {
        var y = [Float](repeating: 0, count: findings.count)
        for part in text.split(separator: "|") {
            let label = canonical(part.trimmingCharacters(in: .whitespaces))
            if label == "No Finding" || label.isEmpty { continue }
            guard let i = findings.firstIndex(of: label) else { throw DatasetError.badValue(path: path, row: row, column: "Finding Labels", value: label) }
            y[i] = 1
        }
        return y
    }

    /// `Infiltrate` (the box file's spelling) is `Infiltration`.
    static func canonical(_ label: String) -> String { label == "Infiltrate" ? "Infiltration" : label }

    /// Boxes by file name, in the 1024 x 1024 coordinates of the distributed images.
    public static func loadBoxes(path: String) throws -> [String: [BoundingBox]] {
        guard FileManager.default.fileExists(atPath: path) else { return [:] }
        let table = try CSVTable(contentsOf: path)
        let image = try table.column("Image Index"), label = try table.column("Finding Label")
        let x = try table.column("Bbox [x"), y = x + 1, w = x + 2, h = x + 3
        var out: [String: [BoundingBox]] = [:]
        for (r, row) in table.rows.enumerated() {
            guard row.count > h else { throw DatasetError.badValue(path: path, row: r + 2, column: "Bbox [x,y,w,h]", value: row.joined(separator: ",")) }
            let v = try [x, y, w, h].map { c -> Double in
                guard let d = Double(row[c].trimmingCharacters(in: .whitespaces)) else {
                    throw DatasetError.badValue(path: path, row: r + 2, column: "Bbox [x,y,w,h]", value: row[c])
                }
                return d
            }
            out[row[image], default: []].append(BoundingBox(finding: canonical(row[label]), x: v[0], y: v[1], width: v[2], height: v[3]))
        }
        return out
    }

    /// Indices of `dataset` in the official `train_val_list.txt` and `test_list.txt`.
    public static func officialSplit(_ dataset: Dataset, root: String) throws -> (trainValidation: [Int], test: [Int]) {
        func names(_ file: String) throws -> Set<String> {
            guard let text = try? String(contentsOfFile: root + "/" + file, encoding: .utf8) else {
                throw DatasetError.badFile(path: root + "/" + file, reason: "cannot read the official split list")
            }
            return Set(text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) })
        }
        let trainVal = try names("train_val_list.txt"), test = try names("test_list.txt")
        var a: [Int] = [], b: [Int] = []
        for (i, s) in dataset.samples.enumerated() {
            if test.contains(s.fileName) { b.append(i) } else if trainVal.contains(s.fileName) { a.append(i) }
        }
        return (a, b)
    }

    /// Official split with a patient-disjoint validation set carved from train_val
    /// (`validationFraction` of its patients, seeded).
    public static func officialSplit(_ dataset: Dataset, root: String, validationFraction: Double, seed: UInt64) throws -> Split {
        let (trainVal, test) = try officialSplit(dataset, root: root)
        let (train, validation) = PatientSplit.holdOut(indices: trainVal, groups: dataset.groups, fraction: validationFraction, seed: seed)
        return Split(train: train, validation: validation, test: test)
    }

    /// (width, height) from the file header (PNG or JPEG) without decoding pixels.
    static func imageSize(_ path: String) -> (width: Int, height: Int)? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        let head = [UInt8]((try? handle.read(upToCount: 64 * 1024)) ?? Data())
        return PNGDecoder.dimensions(head) ?? JPEGDecoder.dimensions(head)
    }
}
