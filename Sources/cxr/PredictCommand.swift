import ArgumentParser
import CXRData
import CXRNN
import CXRTensor
import CXRTrain
import Foundation

/// Output formats of `cxr predict`.
enum PredictionFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv
}

/// `cxr predict MODEL IMAGES...`: class probabilities for image files, folders and DICOM.
struct Predict: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Class probabilities for images (files, folders, DICOM) from a trained model.")

    @OptionGroup var engine: EngineOptions

    @Argument(help: "A CXRKit checkpoint (.safetensors) or a run folder (its best.safetensors).")
    var model: String

    @Argument(help: "Image files or folders (PNG, JPEG, DICOM; the content decides, not the name).")
    var images: [String]

    @Option(help: "Output format: table, json or csv.")
    var format: PredictionFormat = .table

    @Option(help: "Images per forward pass.")
    var batchSize: Int = 16

    func validate() throws {
        if batchSize < 1 { throw ValidationError("--batch-size must be positive") }
    }

    func run() throws {
        engine.apply()
        let predictor = try Predictor.load(model)
        let pipeline = predictor.pipeline
        let files = ImageFiles.expand(images)
        var rows: [(path: String, probabilities: [Float]?, error: String?)] = []
        var pending: [(String, [Float])] = []
        func flush() {
            guard !pending.isEmpty else { return }
            for (item, probabilities) in zip(pending, predictor.probabilities(pending.map(\.1))) {
                rows.append((item.0, probabilities, nil))
            }
            pending.removeAll()
        }
        var unused = SplitMix64(seed: 0)
        for file in files {
            do {
                pending.append((file, try pipeline.tensor(contentsOf: file, using: &unused)))
                if pending.count == batchSize { flush() }
            } catch {
                flush()
                rows.append((file, nil, "\(error)"))
            }
        }
        flush()
        print(PredictionOutput.render(rows, classNames: predictor.classNames, format: format))
        let failures = rows.filter { $0.error != nil }.count
        if failures > 0 { FileHandle.standardError.write(Data("\(failures) of \(rows.count) files could not be read\n".utf8)) }
    }
}

enum PredictionOutput {
    static func render(_ rows: [(path: String, probabilities: [Float]?, error: String?)], classNames: [String], format: PredictionFormat) -> String {
        switch format {
        case .json:
            let objects: [[String: Any]] = rows.map { row in
                var object: [String: Any] = ["file": row.path]
                if let p = row.probabilities { object["probabilities"] = Dictionary(uniqueKeysWithValues: zip(classNames, p.map { Double($0) })) }
                if let e = row.error { object["error"] = e }
                return object
            }
            let data = try! JSONSerialization.data(withJSONObject: objects, options: [.prettyPrinted, .sortedKeys])
            return String(data: data, encoding: .utf8)!
        case .csv:
            var lines = [(["file"] + classNames + ["error"]).joined(separator: ",")]
            for row in rows {
                let values = row.probabilities?.map { String(format: "%.6f", $0) } ?? Array(repeating: "", count: classNames.count)
                lines.append(([csvField(row.path)] + values + [csvField(row.error ?? "")]).joined(separator: ","))
            }
            return lines.joined(separator: "\n")
        case .table:
            let width = max(12, classNames.map(\.count).max() ?? 0)
            var lines: [String] = []
            for row in rows {
                lines.append(row.path)
                if let p = row.probabilities {
                    for (name, value) in zip(classNames, p) {
                        lines.append("  " + name.padding(toLength: width, withPad: " ", startingAt: 0) + String(format: " %.4f", value))
                    }
                } else {
                    lines.append("  error: \(row.error ?? "")")
                }
            }
            return lines.joined(separator: "\n")
        }
    }

    static func csvField(_ text: String) -> String {
        text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }
}

/// Expands folders into the files they contain (sorted, recursively; hidden files skipped).
enum ImageFiles {
    static func expand(_ paths: [String]) -> [String] {
        paths.flatMap { path -> [String] in
            guard FileManager.default.isDirectory(path) else { return [path] }
            let enumerator = FileManager.default.enumerator(atPath: path)
            var files: [String] = []
            while let relative = enumerator?.nextObject() as? String {
                let full = (path as NSString).appendingPathComponent(relative)
                if !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) && !FileManager.default.isDirectory(full) {
                    files.append(full)
                }
            }
            return files.sorted()
        }
    }
}

extension FileManager {
    func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
