import CXRCheckpoint
import Foundation

/// Reading model weights from any file CXRKit accepts: CXRKit's own safetensors checkpoints
/// and PyTorch `torch.save` files (zip or legacy format, torchvision or torchxrayvision
/// style), normalised to torchvision key names.
public enum WeightsFile {
    /// The formats a weights file can hold, told apart by content, never by name.
    public enum Format: Sendable, Equatable {
        /// 8-byte little-endian header length, then a JSON header (`{`).
        case safeTensors
        /// `torch.save`: a zip archive (`PK`) or a legacy pickle (protocol opcode 0x80).
        case torchSave
        case unknown(firstBytes: String)
    }

    /// The format of the file at `path`, from its first bytes (unknown when unreadable).
    public static func format(of path: String) -> Format {
        guard let handle = FileHandle(forReadingAtPath: path) else { return .unknown(firstBytes: "unreadable") }
        defer { try? handle.close() }
        let head = [UInt8]((try? handle.read(upToCount: 9)) ?? Data())
        if head.count >= 2 && head[0] == 0x50 && head[1] == 0x4B { return .torchSave }
        if head.count >= 1 && head[0] == 0x80 { return .torchSave }
        if head.count == 9 && head[8] == UInt8(ascii: "{") { return .safeTensors }
        return .unknown(firstBytes: head.map { String(format: "%02X", $0) }.joined(separator: " "))
    }

    /// Reads a state dict: safetensors or a PyTorch checkpoint, by content.
    /// `module.` prefixes (DataParallel) are stripped and DenseNet's old `norm.1` keys renamed.
    public static func read(_ path: String) throws -> OrderedStateDict {
        guard FileManager.default.fileExists(atPath: path) else {
            throw WeightLoadingError(description: "weights file not found: \(path)")
        }
        var state: OrderedStateDict
        switch format(of: path) {
        case .safeTensors: state = try SafeTensors.read(contentsOf: path)
        case .torchSave: state = try TorchCheckpoint.load(contentsOf: path)
        case .unknown(let first):
            throw WeightLoadingError(description: "\(path) is neither safetensors nor a torch.save file (first bytes: \(first))")
        }
        while state.keys.contains(where: { $0.hasPrefix("module.") }) {
            state = try state.strippingPrefix("module.")
        }
        return try state.renamingLegacyDenseNetKeys()
    }
}

extension ImageClassifier {
    /// Loads weights from `path` (see `WeightsFile.read`). With `replacingHead`, the head's
    /// keys are ignored so that a backbone trained for other classes (ImageNet's 1000, NIH's
    /// 14) initialises this model; otherwise every key must match.
    public func loadWeights(from path: String, replacingHead: Bool = false) throws {
        let state = try WeightsFile.read(path)
        try load(state, ignoringPrefixes: replacingHead ? [headName + "."] : [])
    }
}
