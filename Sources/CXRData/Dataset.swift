/// One labelled image of a dataset.
public struct Sample: Sendable, Hashable {
    /// Absolute or root-relative path of the image file.
    public var path: String
    /// Multi-hot targets, one per class of the dataset (`classNames` order).
    public var labels: [Float]
    /// Patient group: splits never separate two samples of one group.
    public var group: String
    /// Path of a lung mask for this image, when one exists.
    public var maskPath: String?
    /// Bounding boxes in the coordinates of the image file (NIH only).
    public var boxes: [BoundingBox]
    /// The source's own finding text, when it has one (COVID collection: `finding`).
    public var finding: String?

    public init(path: String, labels: [Float], group: String, maskPath: String? = nil, boxes: [BoundingBox] = []) {
        self.path = path; self.labels = labels; self.group = group; self.maskPath = maskPath; self.boxes = boxes
    }

    /// The file name (last path component): the key used in fold and split files.
    public var fileName: String { path.split(separator: "/").last.map(String.init) ?? path }
}

/// A box around a finding: `x, y, width, height` in pixels of some image size.
public struct BoundingBox: Sendable, Hashable, Codable {
    public var finding: String
    public var x: Double, y: Double, width: Double, height: Double

    public init(finding: String, x: Double, y: Double, width: Double, height: Double) {
        self.finding = finding; self.x = x; self.y = y; self.width = width; self.height = height
    }

    /// The box scaled from an image of `fromWidth x fromHeight` to one of `toWidth x toHeight`.
    public func scaled(fromWidth: Int, fromHeight: Int, toWidth: Int, toHeight: Int) -> BoundingBox {
        let sx = Double(toWidth) / Double(fromWidth), sy = Double(toHeight) / Double(fromHeight)
        return BoundingBox(finding: finding, x: x * sx, y: y * sy, width: width * sx, height: height * sy)
    }
}

/// A labelled image collection: samples, class names, and what was left out while loading.
public struct Dataset: Sendable {
    public var name: String
    public var classNames: [String]
    public var samples: [Sample]
    /// Files named by the metadata but absent on disk (their rows were skipped).
    public var missingFiles: [String]
    /// Counts of rows dropped or merged while loading, by reason.
    public var notes: [String: Int]

    public init(name: String, classNames: [String], samples: [Sample], missingFiles: [String] = [], notes: [String: Int] = [:]) {
        self.name = name; self.classNames = classNames; self.samples = samples
        self.missingFiles = missingFiles; self.notes = notes
    }

    public var count: Int { samples.count }
    public var groups: [String] { samples.map(\.group) }

    /// Positives per class over `indices` (all samples by default).
    public func positiveCounts(indices: [Int]? = nil) -> [Int] {
        var counts = [Int](repeating: 0, count: classNames.count)
        for i in indices ?? Array(samples.indices) {
            for (c, v) in samples[i].labels.enumerated() where v > 0.5 { counts[c] += 1 }
        }
        return counts
    }

    /// Per-class positive weights `negatives / positives` over `indices` (for BCE `pos_weight`);
    /// classes without positives get 1.
    public func positiveWeights(indices: [Int]? = nil) -> [Float] {
        let n = (indices ?? Array(samples.indices)).count
        return positiveCounts(indices: indices).map { $0 == 0 ? 1 : Float(n - $0) / Float($0) }
    }

    /// A one-line summary: images, groups, positives per class, missing files.
    public var summary: String {
        let counts = positiveCounts()
        let perClass = zip(classNames, counts).map { "\($0)=\($1)" }.joined(separator: " ")
        return "\(name): \(count) images, \(Set(groups).count) patient groups, \(missingFiles.count) missing files; positives: \(perClass)"
    }
}
