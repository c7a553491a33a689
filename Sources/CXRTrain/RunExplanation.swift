import CXRData
import CXREval
import CXRNN
import CXRTensor
import Foundation

/// Heatmaps of a trained model on one split of its data set, for the report: a gallery of
/// cases per class, and localisation scored against masks where the data set has them.
///
/// Cases per class (by the model's probability, never by the heatmap): the most confident
/// true positives, the positives it missed most (lowest probability), the negatives it
/// flagged most (highest probability), and a few random images (seeded).
public struct RunExplanation {
    public let model: ImageClassifier
    public let metadata: CheckpointMetadata
    public let dataset: Dataset
    /// Dataset indices of the split explained, in the order of `probabilities`.
    public let indices: [Int]
    /// `[image][class]` probabilities of the model on `indices`.
    public let probabilities: [[Float]]
    public let splitName: String
    public var method: CAMMethod = .gradCAM
    private let explainer: ClassActivationExplainer
    private let pipeline: Pipeline

    /// Predicts the split (no augmentation) to rank the cases.
    public init(model: ImageClassifier, metadata: CheckpointMetadata, dataset: Dataset, indices: [Int], splitName: String,
                threads: Int = ProcessInfo.processInfo.activeProcessorCount) throws {
        self.model = model
        self.metadata = metadata
        self.dataset = dataset
        self.indices = indices
        self.splitName = splitName
        pipeline = Pipeline(channels: 3, resize: .exact(width: metadata.imageSize, height: metadata.imageSize), augmentations: [],
                            normalization: .imageNet)
        let loader = try DataLoader(dataset: dataset, indices: indices, pipeline: pipeline, batchSize: 16,
                                    sampling: .sequential(shuffle: false), seed: 0, threads: threads)
        probabilities = try model.predict(loader, loss: metadata.loss, progressLabel: "  \(splitName) (heatmaps)").probabilities
        explainer = ClassActivationExplainer(model: model)
    }

    /// One explained image.
    public struct Case: Sendable {
        public var index: Int
        public var kind: String
        public var probability: Float
        public var positive: Bool
    }

    /// The cases of the gallery for class `c`, `perKind` of each kind.
    public func cases(classIndex c: Int, perKind: Int, seed: UInt64 = 0) -> [Case] {
        let order = probabilities.indices
        let positives = order.filter { dataset.samples[indices[$0]].labels[c] > 0.5 }
        let negatives = order.filter { dataset.samples[indices[$0]].labels[c] <= 0.5 }
        let p = { (i: Int) in probabilities[i][c] }
        func make(_ list: [Int], _ kind: String) -> [Case] {
            list.prefix(perKind).map { Case(index: $0, kind: kind, probability: p($0), positive: dataset.samples[indices[$0]].labels[c] > 0.5) }
        }
        var chosen = make(positives.sorted { p($0) > p($1) }, "most confident positive")
        chosen += make(positives.sorted { p($0) < p($1) }.filter { i in !chosen.contains { $0.index == i } }, "missed positive")
        chosen += make(negatives.sorted { p($0) > p($1) }, "false alarm")
        var random = CXRData.SplitMix64(seed: seed, UInt64(c))
        let rest = order.filter { i in !chosen.contains { $0.index == i } }.shuffled(using: &random)
        chosen += make(rest, "random")
        return chosen
    }

    /// The model input and the resized picture of one split image, with the file's size.
    func inputAndPicture(_ position: Int) throws -> (input: Tensor, picture: Image, fileWidth: Int, fileHeight: Int) {
        let sample = dataset.samples[indices[position]]
        let decoded = try ImageDecoder.decode(contentsOf: sample.path, options: pipeline.decoding)
        let picture = pipeline.preprocess(decoded)
        let size = metadata.imageSize
        return (Tensor(shape: [1, 3, size, size], values: pipeline.tensor(picture)), picture, decoded.width, decoded.height)
    }

    /// The heatmap of class `c` on split image `position`, at the model's input size.
    public func heatMap(_ position: Int, classIndex c: Int) throws -> (map: HeatMap, picture: Image) {
        let (map, picture, _, _) = try heatMapWithFileSize(position, classIndex: c)
        return (map, picture)
    }

    func heatMapWithFileSize(_ position: Int, classIndex c: Int) throws -> (map: HeatMap, picture: Image, fileWidth: Int, fileHeight: Int) {
        let (input, picture, width, height) = try inputAndPicture(position)
        let size = metadata.imageSize
        let map = try explainer.heatMap(for: input, classIndex: c, method: method, outputSize: (size, size))
        return (map, picture, width, height)
    }

    /// Localisation of class `c` against the data set's boxes of that finding (NIH
    /// ChestX-ray14): IoU and IoBB of the thresholded map's box at each threshold of
    /// `Localization.thresholds`, and the pointing game; nil when no split image has such a box.
    public func boxScores(classIndex c: Int) throws -> BoxLocalizationSummary? {
        let name = metadata.classNames[c], size = metadata.imageSize
        var scores: [[BoxLocalization]] = [], hits: [Bool] = []
        for position in probabilities.indices {
            let boxes = dataset.samples[indices[position]].boxes.filter { $0.finding == name }
            guard !boxes.isEmpty else { continue }
            let (map, _, width, height) = try heatMapWithFileSize(position, classIndex: c)
            for box in boxes {
                let b = box.scaled(fromWidth: width, fromHeight: height, toWidth: size, toHeight: size)
                let truth = PixelBox(x: b.x, y: b.y, width: b.width, height: b.height)
                scores.append(Localization.thresholds.map { Localization.score(map, truth: truth, threshold: $0) })
                hits.append(Localization.pointingHit(map, truth: truth))
            }
        }
        return scores.isEmpty ? nil : BoxLocalizationSummary(scores: scores, hits: hits)
    }

    /// The report section: per class, the gallery of overlays with captions.
    public func gallerySection(perKind: Int = 2, seed: UInt64 = 0) throws -> HTMLReport.Section {
        var blocks: [HTMLReport.Block] = [
            .paragraph("\(method.rawValue) heatmaps on the \(splitName) split at the model's input size (\(metadata.imageSize) x \(metadata.imageSize)). Cases are chosen by the model's probability, not by the heatmap: the most confident positives, the positives it missed most, the negatives it flagged most, and random images."),
        ]
        for (c, name) in metadata.classNames.enumerated() {
            var figures: [HTMLReport.Figure] = []
            for item in cases(classIndex: c, perKind: perKind, seed: seed) {
                let (map, picture) = try heatMap(item.index, classIndex: c)
                let png = try HeatMapOverlay.png(image: picture.bytePixels, width: picture.width, height: picture.height,
                                                 channels: picture.channels, heatMap: map, colorMap: .inferno, alpha: 0.45,
                                                 caption: String(format: "%@ p=%.2f", name, item.probability))
                let file = (dataset.samples[indices[item.index]].path as NSString).lastPathComponent
                figures.append(.png(png, caption: "\(item.kind) (\(item.positive ? "labelled \(name)" : "not \(name)")): \(file), p = \(String(format: "%.3f", item.probability))"))
            }
            blocks.append(.paragraph("Class \(name):"))
            blocks.append(.figures(figures, columns: 4))
        }
        return HTMLReport.Section(title: "Heatmaps (\(splitName) split)", blocks: blocks)
    }

    /// Localisation of class `c` against a mask per image (`mask(sample)` gives its file):
    /// energy of the map inside the mask beside the mask's area (a uniform map's score), and
    /// the pointing game (the map's peak inside the mask). Images without a mask are skipped.
    public func maskScores(classIndex c: Int, onlyPositives: Bool, maskName: String,
                           mask: (Sample) -> String?) throws -> MaskLocalization {
        var energies: [Double?] = [], areas: [Double] = [], hits = 0, used = 0
        let size = metadata.imageSize
        for position in probabilities.indices {
            let sample = dataset.samples[indices[position]]
            if onlyPositives && sample.labels[c] <= 0.5 { continue }
            guard let path = mask(sample) else { continue }
            let maskPixels = try MaskFile.load(path, width: size, height: size)
            guard maskPixels.contains(true) else { continue }
            let (map, _) = try heatMap(position, classIndex: c)
            energies.append(Localization.energyFraction(map, mask: maskPixels))
            areas.append(Localization.areaFraction(maskPixels))
            let peak = map.argmax
            if map.maximum > 0 && maskPixels[peak.y * size + peak.x] { hits += 1 }
            used += 1
        }
        return MaskLocalization(className: metadata.classNames[c], mask: maskName, split: splitName, method: method.rawValue,
                                summary: MaskEnergySummary(energy: energies, area: areas),
                                pointingHitRate: used > 0 ? Double(hits) / Double(used) : nil)
    }
}

/// Heatmap energy inside a mask, over the images of one split (see `RunExplanation.maskScores`).
public struct MaskLocalization: Codable, Sendable {
    public var className: String
    public var mask: String
    public var split: String
    public var method: String
    public var summary: MaskEnergySummary
    /// Share of images whose heatmap peak falls inside the mask.
    public var pointingHitRate: Double?

    /// A report table of several scores.
    public static func section(_ scores: [MaskLocalization], note: String) -> HTMLReport.Section {
        let rows = scores.map { s in
            [s.className, s.mask, s.split, String(s.summary.images),
             String(format: "%.3f ± %.3f", s.summary.meanEnergyFraction, s.summary.standardDeviationEnergyFraction),
             String(format: "%.3f", s.summary.meanAreaFraction),
             s.pointingHitRate.map { String(format: "%.3f", $0) } ?? "-"]
        }
        return HTMLReport.Section(title: "Localisation against masks", blocks: [
            .paragraph(note),
            .table(header: ["class", "mask", "split", "images", "energy inside (mean ± sd)", "mask area (uniform map)", "pointing game"], rows: rows),
        ])
    }
}

/// Binary masks stored as images (white = inside).
public enum MaskFile {
    /// Decodes `path`; values above half the range are inside. A mask of another size is
    /// resampled (nearest neighbour) to `width x height`.
    public static func load(_ path: String, width: Int, height: Int) throws -> [Bool] {
        let decoded = try ImageDecoder.decode(contentsOf: path)
        let grey = decoded.channels == 1 ? decoded : decoded.converted(toChannels: 1)
        let bytes = grey.bytePixels
        var mask = [Bool](repeating: false, count: width * height)
        for y in 0..<height {
            let my = min(grey.height - 1, y * grey.height / height)
            for x in 0..<width {
                let mx = min(grey.width - 1, x * grey.width / width)
                mask[y * width + x] = bytes[my * grey.width + mx] > 127
            }
        }
        return mask
    }
}

extension BoxLocalizationSummary {
    /// A report table row per class: boxes, pointing game, and mean IoU / IoBB per threshold.
    static func section(_ rows: [(name: String, summary: BoxLocalizationSummary)], split: String, method: String) -> HTMLReport.Section {
        let thresholds = rows.first?.summary.thresholds.map(\.threshold) ?? Localization.thresholds
        let table = rows.map { row in
            [row.name, String(row.summary.cases), String(format: "%.3f", row.summary.pointingHitRate)]
                + row.summary.thresholds.map { String(format: "%.2f / %.2f", $0.meanIntersectionOverUnion, $0.meanIntersectionOverDetected) }
        }
        return HTMLReport.Section(title: "Localisation against boxes (\(split) split)", blocks: [
            .paragraph("Each ground-truth box of a finding on the \(split) split against the \(method) heatmap of that finding: the pointing game (the heatmap's peak inside the box), and at each threshold T the mean IoU and IoBB (intersection over the detected box, as in ChestX-ray14) of the bounding box of the largest region above T x max. No threshold is tuned on these boxes."),
            .table(header: ["class", "boxes", "pointing game"] + thresholds.map { "IoU / IoBB at T=\(String(format: "%g", $0))" }, rows: table),
        ])
    }
}
