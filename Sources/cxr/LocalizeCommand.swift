import ArgumentParser
import CXRData
import CXREval
import CXRNN
import CXRTensor
import CXRTrain
import Foundation

/// The annotated collections `cxr localize` scores maps on.
enum LocalizationDataset: String, ExpressibleByArgument, CaseIterable {
    /// NIH ChestX-ray14's hand-drawn boxes (`BBox_List_2017.csv`).
    case nih
    /// The COVID-19 collection's lung masks.
    case covid
}

/// `cxr localize MODEL --dataset nih|covid --data PATH`: how well heat maps localise.
struct Localize: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Scores heat maps against NIH ChestX-ray14 boxes (IoU, IoBB, pointing game) or COVID-19 lung masks (energy inside the lungs).",
        discussion: """
            NIH: each ground-truth box of a model class is a case. The map (upsampled to the image) is \
            thresholded at T x its maximum for T in 0.1, 0.25, 0.5, 0.75, 0.9; the predicted box is the \
            bounding box of the largest 8-connected region (as Wang et al. 2017). Reported per class and T: \
            mean IoU, IoBB (intersection over the detected box, Wang et al.), IoGT (intersection over the \
            true box), accuracy at IoU >= 0.1, 0.25, 0.5; and the pointing game (map maximum inside the box). \
            Nothing is tuned on the ground truth.

            COVID: per image and class, the fraction of the map's energy inside the lung mask, beside the \
            mask's share of the image (what a uniform map would score).
            """)

    @OptionGroup var engine: EngineOptions
    @OptionGroup var heatMap: HeatMapOptions

    @Argument(help: "A CXRKit checkpoint (.safetensors) or a run folder (its best.safetensors).")
    var model: String

    @Option(help: "nih (boxes) or covid (lung masks).")
    var dataset: LocalizationDataset

    @Option(help: "The dataset's folder (../shared/data/nih-chestxray14 or ../shared/data/covid-19-image-collection).")
    var data: String

    @Option(help: "NIH: image folder under --data (images, or images-1024 for the original size).")
    var imagesFolder: String = "images"

    @Option(name: .customLong("class"), help: "A class name to explain (repeatable), or all.")
    var classes: [String] = ["all"]

    @Option(help: "Use at most this many images (the first by file name).")
    var limit: Int?

    @Option(help: "Folder for localize.json and the example overlays.")
    var output: String = "localize"

    @Option(help: "Write overlays (boxes or mask outline drawn) for this many images.")
    var overlays: Int = 4

    func validate() throws {
        if let limit, limit < 1 { throw ValidationError("--limit must be positive") }
        if overlays < 0 { throw ValidationError("--overlays cannot be negative") }
    }

    func run() throws {
        engine.apply()
        let loaded = try Predictor.load(model)
        let selected = try ClassSelection.indices(classes, classNames: loaded.metadata.classNames)
        let explainer = ClassActivationExplainer(model: loaded.model)
        if let layer = heatMap.layer { try explainer.checkLayer(layer) }
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        var report = LocalizeReport(model: model, architecture: loaded.metadata.architecture, dataset: dataset.rawValue, data: data,
                                    method: heatMap.method.rawValue, layer: heatMap.layer, target: heatMap.target.rawValue, relu: !heatMap.noRelu)
        let run = LocalizationRun(loaded: loaded, explainer: explainer, options: heatMap, output: output, overlays: overlays)
        switch dataset {
        case .nih: try run.boxes(root: data, imagesFolder: imagesFolder, classIndices: selected, limit: limit, report: &report)
        case .covid: try run.masks(root: data, classIndices: selected, limit: limit, report: &report)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        try encoder.encode(report).write(to: URL(fileURLWithPath: output).appendingPathComponent("localize.json"), options: .atomic)
        print(report.table())
        print("wrote \(output)/localize.json")
        if !report.failedImages.isEmpty {
            FileHandle.standardError.write(Data("\(report.failedImages.count) images could not be used (listed in localize.json)\n".utf8))
        }
    }
}

/// What `cxr localize` writes to localize.json.
struct LocalizeReport: Encodable {
    struct BoxClass: Encodable { var name: String; var summary: BoxLocalizationSummary }
    struct MaskClass: Encodable { var name: String; var summary: MaskEnergySummary }
    struct BoxCase: Encodable {
        var file: String, className: String
        var truth: PixelBox
        var pointingHit: Bool
        var scores: [BoxLocalization]
    }
    struct MaskCase: Encodable {
        var file: String, className: String
        var energyFraction: Double?
        var areaFraction: Double

        private enum CodingKeys: String, CodingKey { case file, className, energyFraction, areaFraction }

        /// A map without energy is written as `"energy_fraction": null`.
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(file, forKey: .file)
            try c.encode(className, forKey: .className)
            try c.encode(energyFraction, forKey: .energyFraction)
            try c.encode(areaFraction, forKey: .areaFraction)
        }
    }

    var model: String, architecture: String, dataset: String, data: String
    var method: String, layer: String?, target: String, relu: Bool
    var boxRule = "bounding box of the largest 8-connected region of value >= T * max (map upsampled bilinearly to the image)"
    var thresholds = Localization.thresholds
    var overlapLevels = Localization.overlapLevels
    var imagesUsed = 0
    var failedImages: [String: String] = [:]
    var boxClasses: [BoxClass] = []
    var allBoxes: BoxLocalizationSummary?
    var boxCases: [BoxCase] = []
    var maskClasses: [MaskClass] = []
    var maskCases: [MaskCase] = []

    init(model: String, architecture: String, dataset: String, data: String, method: String, layer: String?, target: String, relu: Bool) {
        self.model = model; self.architecture = architecture; self.dataset = dataset; self.data = data
        self.method = method; self.layer = layer; self.target = target; self.relu = relu
    }

    /// The per-class table printed at the end.
    func table() -> String {
        let described = (CAMMethod(rawValue: method)?.displayName ?? method) + " on " + (layer ?? "the last feature maps")
        var lines: [String] = []
        if let allBoxes {
            let width = max(12, boxClasses.map(\.name.count).max() ?? 0)
            lines.append("\(dataset): \(imagesUsed) images, \(allBoxes.cases) boxes; \(described); predicted box = largest region >= T * max")
            lines.append("IoBB = intersection / detected box (Wang et al. 2017); IoGT = intersection / true box; pointing = map maximum in the box;")
            lines.append("empty = maps without a positive value (after the ReLU), scored 0 and as misses")
            lines.append("class".padding(toLength: width, withPad: " ", startingAt: 0)
                         + " boxes empty pointing     T    IoU   IoBB   IoGT  IoU>=0.1 IoU>=0.25 IoU>=0.5")
            for (name, s) in boxClasses.map({ ($0.name, $0.summary) }) + [("all", allBoxes)] {
                for (k, t) in s.thresholds.enumerated() {
                    let head = k == 0
                        ? name.padding(toLength: width, withPad: " ", startingAt: 0) + String(format: " %5d %5d %8.3f", s.cases, s.emptyMaps, s.pointingHitRate)
                        : String(repeating: " ", count: width + 21)
                    let a = t.accuracyIntersectionOverUnion
                    lines.append(head + String(format: "  %4.2f  %5.3f  %5.3f  %5.3f     %5.3f     %5.3f    %5.3f", t.threshold,
                                               t.meanIntersectionOverUnion, t.meanIntersectionOverDetected, t.meanIntersectionOverTruth,
                                               a[0], a[1], a[2]))
                }
            }
        }
        if !maskClasses.isEmpty {
            let width = max(12, maskClasses.map(\.name.count).max() ?? 0)
            lines.append("\(dataset): \(imagesUsed) images with lung masks; \(described)")
            lines.append("energy = share of the map's sum inside the lung mask; area = the mask's share of the image (a uniform map's score)")
            lines.append("class".padding(toLength: width, withPad: " ", startingAt: 0) + " images  energy in lungs (mean ± sd)  lung area  empty maps")
            for c in maskClasses {
                let s = c.summary
                lines.append(c.name.padding(toLength: width, withPad: " ", startingAt: 0)
                             + String(format: " %6d  %13.3f ± %.3f        %9.3f  %10d", s.images, s.meanEnergyFraction, s.standardDeviationEnergyFraction,
                                      s.meanAreaFraction, s.emptyMaps))
            }
        }
        return lines.joined(separator: "\n")
    }
}

/// The work of `cxr localize` over one dataset.
struct LocalizationRun {
    let loaded: Predictor
    let explainer: ClassActivationExplainer
    let options: HeatMapOptions
    let output: String
    let overlays: Int

    /// Explains `classIndices` on one decoded image; maps upsampled to the image.
    func maps(_ image: Image, classIndices: [Int]) throws -> (maps: [Int: HeatMap], probabilities: [Float]) {
        let size = loaded.metadata.imageSize
        let input = Tensor(shape: [1, 3, size, size], values: loaded.input(image))
        let explanations = try explainer.explain(input, classIndices: classIndices, method: options.method, layer: options.layer,
                                                 target: options.target, rectify: !options.noRelu)
        var maps: [Int: HeatMap] = [:]
        for e in explanations { maps[e.classIndex] = e.heatMap(width: image.width, height: image.height) }
        return (maps, loaded.probabilities(explanations[0].logits))
    }

    func boxes(root: String, imagesFolder: String, classIndices: [Int], limit: Int?, report: inout LocalizeReport) throws {
        let dataset = try NIHChestXray14.load(root: root, imagesFolder: imagesFolder, allowMissing: true, boxes: true)
        let names = loaded.metadata.classNames
        let wanted = Set(classIndices)
        // Boxes are in the file's pixels (the loader scales them from 1024 px), the frame the maps are upsampled to.
        var work: [(sample: Sample, boxes: [(classIndex: Int, box: BoundingBox)])] = []
        for sample in dataset.samples where !sample.boxes.isEmpty {
            let boxes = sample.boxes.compactMap { box -> (Int, BoundingBox)? in
                guard let c = names.firstIndex(of: box.finding), wanted.contains(c) else { return nil }
                return (c, box)
            }
            if !boxes.isEmpty { work.append((sample, boxes)) }
        }
        if let limit { work = Array(work.prefix(limit)) }
        guard !work.isEmpty else {
            throw ValidationError("no boxes of the selected classes (\(classIndices.map { names[$0] }.joined(separator: ", "))) among the \(dataset.count) images found in \(root)/\(imagesFolder)")
        }
        let progress = ProgressBar(total: work.count, label: "localize")
        var perClass: [Int: (scores: [[BoxLocalization]], hits: [Bool])] = [:]
        for (n, item) in work.enumerated() {
            do {
                let image = try loaded.decode(item.sample.path)
                let classesHere = Array(Set(item.boxes.map(\.classIndex))).sorted()
                let (maps, probabilities) = try self.maps(image, classIndices: classesHere)
                var outlines: [Int: [OverlayBox]] = [:]
                for (c, box) in item.boxes {
                    let truth = PixelBox(x: box.x, y: box.y, width: box.width, height: box.height)
                    let map = maps[c]!
                    let scores = Localization.thresholds.map { Localization.score(map, truth: truth, threshold: $0) }
                    let hit = Localization.pointingHit(map, truth: truth)
                    perClass[c, default: ([], [])].scores.append(scores)
                    perClass[c, default: ([], [])].hits.append(hit)
                    report.boxCases.append(.init(file: item.sample.fileName, className: names[c], truth: truth, pointingHit: hit, scores: scores))
                    outlines[c, default: []].append(OverlayBox(box: truth, color: RGBA(hex: 0x00FF66)))
                    if let predicted = scores.first(where: { $0.threshold == 0.5 })?.predictedBox {
                        outlines[c, default: []].append(OverlayBox(box: predicted, color: .white, dashed: true))
                    }
                }
                report.imagesUsed += 1
                if n < overlays {
                    for c in classesHere {
                        try writeOverlay(image, map: maps[c]!, boxes: outlines[c] ?? [],
                                         caption: String(format: "%@  p=%.3f  %@  green: truth, dashed: T=0.5", names[c], probabilities[c], options.method.displayName),
                                         name: "\(stem(item.sample.fileName))_\(safeName(names[c])).png")
                    }
                }
            } catch {
                report.failedImages[item.sample.path] = "\(error)"
            }
            progress.update(n + 1, units: n + 1)
        }
        report.boxClasses = perClass.keys.sorted().map { c in
            .init(name: names[c], summary: BoxLocalizationSummary(scores: perClass[c]!.scores, hits: perClass[c]!.hits))
        }
        let all = perClass.keys.sorted().map { perClass[$0]! }
        report.allBoxes = BoxLocalizationSummary(scores: all.flatMap(\.scores), hits: all.flatMap(\.hits))
    }

    func masks(root: String, classIndices: [Int], limit: Int?, report: inout LocalizeReport) throws {
        let dataset = try COVIDCollection.load(root: root)
        let names = loaded.metadata.classNames
        var work = dataset.samples.filter { $0.maskPath != nil }
        if let limit { work = Array(work.prefix(limit)) }
        guard !work.isEmpty else { throw ValidationError("no images with lung masks among the \(dataset.count) images of \(root)") }
        let progress = ProgressBar(total: work.count, label: "localize")
        var energy: [Int: [Double?]] = [:], area: [Int: [Double]] = [:]
        for (n, sample) in work.enumerated() {
            do {
                let image = try loaded.decode(sample.path)
                let mask = try MaskFile.load(sample.maskPath!, width: image.width, height: image.height)
                let (maps, probabilities) = try self.maps(image, classIndices: classIndices)
                let share = Localization.areaFraction(mask)
                for c in classIndices {
                    let fraction = Localization.energyFraction(maps[c]!, mask: mask)
                    energy[c, default: []].append(fraction)
                    area[c, default: []].append(share)
                    report.maskCases.append(.init(file: sample.fileName, className: names[c], energyFraction: fraction, areaFraction: share))
                    if n < overlays {
                        try writeOverlay(image, map: maps[c]!, boxes: [],
                                         caption: String(format: "%@  p=%.3f  %@  lungs %.2f of energy, %.2f of area", names[c], probabilities[c],
                                                         options.method.displayName, fraction ?? .nan, share),
                                         name: "\(stem(sample.fileName))_\(safeName(names[c])).png", mask: mask)
                    }
                }
                report.imagesUsed += 1
            } catch {
                report.failedImages[sample.path] = "\(error)"
            }
            progress.update(n + 1, units: n + 1)
        }
        report.maskClasses = classIndices.filter { energy[$0] != nil }.map { c in
            .init(name: names[c], summary: MaskEnergySummary(energy: energy[c]!, area: area[c]!))
        }
    }

    /// A file name without its extension, made safe.
    func stem(_ fileName: String) -> String { safeName((fileName as NSString).deletingPathExtension) }

    /// An example overlay; a mask, when given, is outlined in green.
    func writeOverlay(_ image: Image, map: HeatMap, boxes: [OverlayBox], caption: String, name: String, mask: [Bool]? = nil) throws {
        let display = DisplayImage(image)
        let sx = Double(display.width) / Double(image.width), sy = Double(display.height) / Double(image.height)
        var canvas = HeatMapOverlay.canvas(image: display.pixels, width: display.width, height: display.height, channels: display.channels,
                                           heatMap: map, colorMap: options.colorMap, alpha: options.alpha, caption: caption,
                                           boxes: boxes.map { OverlayBox(box: $0.box.scaled(x: sx, y: sy), color: $0.color, dashed: $0.dashed) })
        if let mask {
            let top = canvas.height - display.height
            for y in 0..<display.height {
                for x in 0..<display.width {
                    func inside(_ px: Int, _ py: Int) -> Bool {
                        let mx = min(image.width - 1, Int(Double(px) / sx)), my = min(image.height - 1, Int(Double(py) / sy))
                        return mask[my * image.width + mx]
                    }
                    guard inside(x, y) else { continue }
                    if x == 0 || y == 0 || x == display.width - 1 || y == display.height - 1
                        || !inside(x - 1, y) || !inside(x + 1, y) || !inside(x, y - 1) || !inside(x, y + 1) {
                        canvas.blend(x: x, y: top + y, color: RGBA(hex: 0x00FF66), coverage: 1)
                    }
                }
            }
        }
        try PNGEncoder.write(canvas, to: URL(fileURLWithPath: output).appendingPathComponent(name).path)
    }
}

