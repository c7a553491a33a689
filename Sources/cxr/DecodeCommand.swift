import ArgumentParser
import CXRData
import CXRDICOM
import CXREval
import Foundation

/// `cxr decode`: what CXRKit sees in image files, for people debugging their exports.
struct Decode: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write what CXRKit decodes from image files: values (.npy), the image as the pipeline sees it (.png), header fields (JSON lines).",
        discussion: """
        Per file NAME: NAME.npy holds the decoded values as float32, height x width x channels, first frame \
        (DICOM: after the Modality LUT or rescale; colour as RGB); NAME.png the image after windowing (the \
        file's VOI, MONOCHROME1 inverted) as the data pipeline sees it; and one line of decode.jsonl gives the \
        header fields used (transfer syntax, photometric interpretation, bits, rescale, window). A file that \
        cannot be decoded gets a line with its error and the others go on; the exit status is 1 if any failed.
        """)

    @Argument(help: "Image files (PNG, JPEG, DICOM; the content decides, not the name).")
    var files: [String]

    @Option(help: "Folder for the outputs (created if needed).")
    var output: String

    func run() throws {
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        var lines: [String] = [], failed = 0
        for (index, path) in files.enumerated() {
            let stem = Self.outputStem(for: path, index: index, among: files)
            var record: [String: Any] = ["file": path]
            do {
                let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
                let data = [UInt8](bytes)
                let format = ImageFormat.sniff(data)
                record["format"] = format?.rawValue ?? "unknown"
                let pipeline: Image, values: [Float], shape: [Int]
                if format == .dicom {
                    // Decoded once: the modality values and the pipeline's image both come from it.
                    let dicom = try DICOMImage.decode(data)
                    pipeline = try DICOMDecoder.pipelineImage(dicom)
                    (values, shape) = (dicom.values, [dicom.height, dicom.width, dicom.channels])
                    record["dicom"] = try JSONSerialization.jsonObject(with: JSONEncoder().encode(dicom.header))
                } else {
                    pipeline = try ImageDecoder.decode(data, path: path)
                    (values, shape) = (pipeline.floatPixels, [pipeline.height, pipeline.width, pipeline.channels])
                }
                record["shape"] = shape
                record["value_range"] = [values.min() ?? 0, values.max() ?? 0]
                try NumPyFile.write(values, shape: shape, to: "\(output)/\(stem).npy")
                try Self.writePNG(pipeline, to: "\(output)/\(stem).png")
                record["npy"] = "\(stem).npy"
                record["png"] = "\(stem).png"
                print("\(path): \(shape[1]) x \(shape[0]) x \(shape[2]) -> \(output)/\(stem).npy, .png")
            } catch {
                failed += 1
                record["error"] = "\(error)"
                FileHandle.standardError.write(Data("\(path): \(error)\n".utf8))
            }
            let line = try JSONSerialization.data(withJSONObject: record, options: [.sortedKeys])
            lines.append(String(decoding: line, as: UTF8.self))
        }
        try (lines.joined(separator: "\n") + "\n").write(toFile: "\(output)/decode.jsonl", atomically: true, encoding: .utf8)
        if failed > 0 { throw ExitCode(1) }
    }

    /// The file's name without its extension; numbered when two inputs share a name.
    static func outputStem(for path: String, index: Int, among files: [String]) -> String {
        let name = (URL(fileURLWithPath: path).lastPathComponent as NSString).deletingPathExtension
        let clash = files.enumerated().contains { $0.offset != index && (URL(fileURLWithPath: $0.element).lastPathComponent as NSString).deletingPathExtension == name }
        return clash ? "\(index)-\(name)" : name
    }

    /// The image as 8-bit gray or RGB (its nominal range mapped to 0...255), written as RGBA PNG.
    static func writePNG(_ image: Image, to path: String) throws {
        let bytes = image.bytePixels
        var rgba = [UInt8](repeating: 255, count: image.width * image.height * 4)
        for p in 0..<(image.width * image.height) {
            for c in 0..<3 { rgba[4 * p + c] = bytes[p * image.channels + (image.channels == 3 ? c : 0)] }
        }
        try Data(try PNGEncoder.encodeRGBA(rgba, width: image.width, height: image.height)).write(to: URL(fileURLWithPath: path))
    }
}

/// NumPy's `.npy` format, version 1.0, for little-endian float32 arrays.
enum NumPyFile {
    static func write(_ values: [Float], shape: [Int], to path: String) throws {
        let dims = shape.map(String.init).joined(separator: ", ") + (shape.count == 1 ? "," : "")
        var header = "{'descr': '<f4', 'fortran_order': False, 'shape': (\(dims)), }"
        // Magic (6) + version (2) + header length (2) + header + newline, padded to 64 bytes.
        let unpadded = 10 + header.utf8.count + 1
        header += String(repeating: " ", count: (64 - unpadded % 64) % 64) + "\n"
        var out: [UInt8] = [0x93] + Array("NUMPY".utf8) + [1, 0]
        out += [UInt8(header.utf8.count & 0xFF), UInt8(header.utf8.count >> 8)]
        out += Array(header.utf8)
        values.withUnsafeBytes { out += $0 }
        try Data(out).write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}
