import ArgumentParser
import CXRData
import CXREval
import CXRNN
import CXRTensor
import CXRTrain
import Foundation

extension CAMMethod: ExpressibleByArgument {}
extension CAMTarget: ExpressibleByArgument {}
extension ColorMap: ExpressibleByArgument {}

extension CAMMethod {
    /// The name shown in captions.
    var displayName: String {
        switch self {
        case .cam: return "CAM"
        case .gradCAM: return "Grad-CAM"
        case .gradCAMPlusPlus: return "Grad-CAM++"
        }
    }
}

/// Options `cxr cam` and `cxr localize` share: which map to compute and how to draw it.
struct HeatMapOptions: ParsableArguments {
    @Option(help: "cam (head weights over the last feature maps), gradcam or gradcam++.")
    var method: CAMMethod = .gradCAM

    @Option(help: "Layer for gradcam/gradcam++, torchvision-named (features.denseblock4, layer4, features.18); default: the last feature maps.")
    var layer: String?

    @Option(help: "Score differentiated by gradcam/gradcam++: logit (pytorch-grad-cam's default), sigmoid or softmax.")
    var target: CAMTarget = .logit

    @Flag(help: "Keep negative evidence (no ReLU before scaling to [0, 1]; CheXNet's CAM).")
    var noRelu = false

    @Option(help: "Colour map: viridis, inferno or turbo.")
    var colorMap: ColorMap = .inferno

    @Option(help: "Opacity of the heat map over the X-ray, 0...1.")
    var alpha: Float = 0.5

    func validate() throws {
        if method == .cam && layer != nil { throw ValidationError("--layer applies to gradcam and gradcam++; cam uses the last feature maps") }
        if !(0...1).contains(alpha) { throw ValidationError("--alpha must be in [0, 1]") }
    }

    var layerDescription: String { layer ?? "last feature maps" }
}

/// Class names chosen by `--class NAME|all` (repeatable).
enum ClassSelection {
    static func indices(_ requested: [String], classNames: [String]) throws -> [Int] {
        if requested.isEmpty || requested.contains(where: { $0.lowercased() == "all" }) { return Array(classNames.indices) }
        return try requested.map { name in
            guard let i = classNames.firstIndex(where: { $0.caseInsensitiveCompare(name) == .orderedSame }) else {
                throw ValidationError("class '\(name)' is not one of the model's classes: \(classNames.joined(separator: ", "))")
            }
            return i
        }
    }
}

/// A decoded image as 8-bit pixels for an overlay, at most `maxSide` on its longer side.
struct DisplayImage {
    let width: Int, height: Int, channels: Int
    let pixels: [UInt8]

    init(_ image: Image, maxSide: Int = 1024) {
        var shown = image
        if max(image.width, image.height) > maxSide {
            let s = Double(maxSide) / Double(max(image.width, image.height))
            shown = image.resized(width: max(1, Int((Double(image.width) * s).rounded())), height: max(1, Int((Double(image.height) * s).rounded())))
        }
        width = shown.width; height = shown.height; channels = shown.channels
        pixels = shown.bytePixels
    }
}

/// `cxr cam MODEL IMAGES...`: heat-map overlays (CAM, Grad-CAM, Grad-CAM++) per image and class.
struct CAM: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cam",
        abstract: "Class activation maps (CAM, Grad-CAM, Grad-CAM++) over X-rays: one overlay PNG per image and class, and index.json.",
        discussion: """
            Images are preprocessed exactly as `cxr predict` does (from the checkpoint's metadata); the map \
            is upsampled (bilinear) to the whole image, which the model saw resized to its input size. Each \
            PNG shows the class, its probability, the method and a colour bar; index.json lists every output \
            and every file that failed (the others go on).
            """)

    @OptionGroup var engine: EngineOptions
    @OptionGroup var heatMap: HeatMapOptions

    @Argument(help: "A CXRKit checkpoint (.safetensors) or a run folder (its best.safetensors).")
    var model: String

    @Argument(help: "Image files or folders (PNG, JPEG, DICOM; the content decides, not the name).")
    var images: [String]

    @Option(name: .customLong("class"), help: "A class name to explain (repeatable), or all.")
    var classes: [String] = ["all"]

    @Option(help: "Folder for the PNGs and index.json.")
    var output: String = "cam"

    func run() throws {
        engine.apply()
        let loaded = try Predictor.load(model)
        let classIndices = try ClassSelection.indices(classes, classNames: loaded.metadata.classNames)
        let explainer = ClassActivationExplainer(model: loaded.model)
        if let layer = heatMap.layer { try explainer.checkLayer(layer) }
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        let files = ImageFiles.expand(images)
        guard !files.isEmpty else { throw ValidationError("no image files in \(images.joined(separator: " "))") }
        let progress = ProgressBar(total: files.count, label: "cam")
        var entries: [[String: Any]] = []
        var usedNames: Set<String> = []
        var failures = 0
        for (n, file) in files.enumerated() {
            var entry: [String: Any] = ["file": file]
            do {
                let image = try loaded.decode(file)
                let size = loaded.metadata.imageSize
                let input = Tensor(shape: [1, 3, size, size], values: loaded.input(image))
                let explanations = try explainer.explain(input, classIndices: classIndices, method: heatMap.method, layer: heatMap.layer,
                                                         target: heatMap.target, rectify: !heatMap.noRelu)
                let probabilities = loaded.probabilities(explanations[0].logits)
                let display = DisplayImage(image)
                let stem = uniqueStem(file, used: &usedNames)
                var outputs: [[String: Any]] = []
                for explanation in explanations {
                    let name = loaded.metadata.classNames[explanation.classIndex]
                    let map = explanation.heatMap(width: display.width, height: display.height)
                    let caption = String(format: "%@  p=%.3f  %@", name, probabilities[explanation.classIndex], heatMap.method.displayName)
                        + (heatMap.layer.map { " (\($0))" } ?? "")
                    let png = try HeatMapOverlay.png(image: display.pixels, width: display.width, height: display.height, channels: display.channels,
                                                     heatMap: map, colorMap: heatMap.colorMap, alpha: heatMap.alpha, caption: caption)
                    let pngName = "\(stem)_\(safeName(name))_\(safeName(heatMap.method.rawValue)).png"
                    try png.write(to: URL(fileURLWithPath: output).appendingPathComponent(pngName), options: .atomic)
                    let peak = map.argmax
                    outputs.append([
                        "class": name, "probability": Double(probabilities[explanation.classIndex]), "png": pngName,
                        "peak": ["x": peak.x, "y": peak.y],
                        "map_size": ["width": explanation.map.width, "height": explanation.map.height],
                    ])
                }
                entry["width"] = image.width
                entry["height"] = image.height
                entry["overlay_width"] = display.width
                entry["overlay_height"] = display.height
                entry["outputs"] = outputs
            } catch {
                failures += 1
                entry["error"] = "\(error)"
                FileHandle.standardError.write(Data("\(file): \(error)\n".utf8))
            }
            entries.append(entry)
            progress.update(n + 1, units: n + 1)
        }
        let index: [String: Any] = [
            "model": model, "architecture": loaded.metadata.architecture, "method": heatMap.method.rawValue,
            "layer": heatMap.layer ?? NSNull(), "target": heatMap.target.rawValue, "relu": !heatMap.noRelu,
            "color_map": heatMap.colorMap.rawValue, "alpha": Double(heatMap.alpha), "image_size": loaded.metadata.imageSize,
            "classes": classIndices.map { loaded.metadata.classNames[$0] }, "images": entries,
        ]
        let data = try JSONSerialization.data(withJSONObject: index, options: [.prettyPrinted, .sortedKeys])
        try data.write(to: URL(fileURLWithPath: output).appendingPathComponent("index.json"), options: .atomic)
        let written = entries.reduce(0) { $0 + (($1["outputs"] as? [Any])?.count ?? 0) }
        print("wrote \(written) overlays for \(files.count - failures) images to \(output)/ (index.json)")
        if failures > 0 { FileHandle.standardError.write(Data("\(failures) of \(files.count) files could not be explained\n".utf8)) }
    }

    /// The file name without extension, made unique among the outputs (`name`, `name-2`, ...).
    func uniqueStem(_ path: String, used: inout Set<String>) -> String {
        let base = safeName(((path as NSString).lastPathComponent as NSString).deletingPathExtension)
        var stem = base, k = 2
        while used.contains(stem) { stem = "\(base)-\(k)"; k += 1 }
        used.insert(stem)
        return stem
    }
}

/// A file-name-safe version of `text` (letters, digits, `-`, `_`, `.`, `+`; others become `_`).
func safeName(_ text: String) -> String {
    String(text.map { $0.isLetter || $0.isNumber || "-_.+".contains($0) ? $0 : "_" })
}
