import CXRTensor

/// Per-parameter state tensors under one name, with import and export (used by the optimizers).
struct ParameterBuffers {
    /// PyTorch's name for the buffer (`momentum_buffer`, `exp_avg`, ...).
    let name: String
    var tensors: [Tensor?]

    init(name: String, count: Int) {
        self.name = name
        tensors = Array(repeating: nil, count: count)
    }

    func export(into arrays: inout [String: [Float]]) {
        for (index, tensor) in tensors.enumerated() {
            if let tensor { arrays["\(index).\(name)"] = tensor.scalars }
        }
    }
}
