import CXRCheckpoint
import CXRTensor

/// Errors when loading weights into a model.
public struct WeightLoadingError: Error, CustomStringConvertible {
    public let description: String
}

extension Module {
    /// The model's parameters and buffers as a state dict in PyTorch's key order
    /// (for writing safetensors checkpoints). `num_batches_tracked` is kept as a float.
    public func stateDict() -> OrderedStateDict {
        var result = OrderedStateDict()
        for (name, tensor) in stateTensors() {
            result[name] = NamedArray(shape: tensor.shape, values: tensor.scalars)
        }
        return result
    }

    /// Copies values from a state dict into this model's parameters and buffers.
    ///
    /// Keys are matched exactly (torchvision names). With `strict`, every missing,
    /// unexpected or mis-shaped key is reported in one error; keys under
    /// `ignoringPrefixes` (for example a head being replaced: `"classifier."`) are skipped on
    /// both sides. A missing `num_batches_tracked` is tolerated (old checkpoints lack it).
    public func load(_ stateDict: OrderedStateDict, strict: Bool = true, ignoringPrefixes: [String] = []) throws {
        let targets = stateTensors()
        func ignored(_ name: String) -> Bool { ignoringPrefixes.contains { name.hasPrefix($0) } }
        if strict {
            var differences = StateDictValidation.differences(
                stateDict, expected: targets.map { ($0.name, $0.tensor.shape) }, ignoringPrefixes: ignoringPrefixes)
            differences.missing.removeAll { $0.hasSuffix("num_batches_tracked") }
            // PyTorch stores num_batches_tracked as a 0-d tensor; accept [1] too.
            differences.misshaped.removeAll { $0.key.hasSuffix("num_batches_tracked") }
            if !differences.isEmpty {
                throw WeightLoadingError(description: "weights do not fit the model: \(differences)")
            }
        }
        for (name, tensor) in targets where !ignored(name) {
            guard let array = stateDict[name] else { continue }
            guard array.values.count == tensor.count else {
                throw WeightLoadingError(description: "\(name): expected \(tensor.shape), found \(array.shape)")
            }
            array.values.withUnsafeBufferPointer { tensor.pointer.update(from: $0.baseAddress!, count: tensor.count) }
        }
    }
}

extension Tensor {
    /// A tensor with the values and shape of a loaded array.
    public convenience init(_ array: NamedArray, requiresGrad: Bool = false) {
        self.init(shape: array.shape, values: array.values, requiresGrad: requiresGrad)
    }
}
