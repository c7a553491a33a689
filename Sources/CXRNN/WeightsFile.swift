import CXRCheckpoint
import Foundation

/// Reading model weights from any file CXRKit accepts: CXRKit's own safetensors checkpoints
/// and PyTorch `torch.save` files (zip or legacy format, torchvision or torchxrayvision
/// style), normalised to torchvision key names.
public enum WeightsFile {
    /// Reads a state dict: safetensors by magic/extension, otherwise a PyTorch checkpoint.
    /// `module.` prefixes (DataParallel) are stripped and DenseNet's old `norm.1` keys renamed.
    public static func read(_ path: String) throws -> OrderedStateDict {
        guard FileManager.default.fileExists(atPath: path) else {
            throw WeightLoadingError(description: "weights file not found: \(path)")
        }
        var state: OrderedStateDict
        if path.hasSuffix(".safetensors") {
            state = try SafeTensors.read(contentsOf: path)
        } else {
            state = try TorchCheckpoint.load(contentsOf: path)
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
