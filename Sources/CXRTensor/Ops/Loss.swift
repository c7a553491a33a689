import Foundation

/// Binary cross-entropy on logits, PyTorch's `BCEWithLogitsLoss` with `reduction='mean'`.
///
/// Per element: `l = -w [p y log σ(x) + (1 - y) log(1 - σ(x))]`, computed stably as
/// `w [(1 - y) x + (1 + (p - 1) y) (log(1 + exp(-|x|)) + max(-x, 0))]`, averaged over all
/// N x C elements.
///
/// - Parameters:
///   - logits: `[N, C]`.
///   - targets: `[N, C]` in [0, 1].
///   - positiveWeights: `[C]` weights p of the positive term (`pos_weight`), or nil.
///   - sampleWeights: `[N]` weights w per sample (broadcast over classes), or nil.
public func binaryCrossEntropyWithLogits(_ logits: Tensor, targets: Tensor, positiveWeights: [Float]? = nil,
                                         sampleWeights: [Float]? = nil) -> Tensor {
    precondition(logits.shape == targets.shape && logits.rank == 2, "BCE: logits \(logits.shape) vs targets \(targets.shape)")
    let (n, classes) = (logits.shape[0], logits.shape[1])
    if let positiveWeights { precondition(positiveWeights.count == classes, "BCE: \(positiveWeights.count) positive weights for \(classes) classes") }
    if let sampleWeights { precondition(sampleWeights.count == n, "BCE: \(sampleWeights.count) sample weights for \(n) samples") }
    var total: Double = 0
    for i in 0..<n {
        let w = sampleWeights?[i] ?? 1
        for c in 0..<classes {
            let x = logits.pointer[i * classes + c], y = targets.pointer[i * classes + c]
            let l = 1 + ((positiveWeights?[c] ?? 1) - 1) * y
            let softplusNegative = log1p(exp(-abs(x))) + max(-x, 0)
            total += Double(w * ((1 - y) * x + l * softplusNegative))
        }
    }
    let count = Float(n * classes)
    return Tensor(scalar: Float(total / Double(count))).recording("bceWithLogits", [logits]) { g in
        // d/dx = w [(1 - y) - l (1 - σ(x))] / count
        let dx = Tensor(uninitialized: logits.shape)
        let factor = g.item / count
        for i in 0..<n {
            let w = sampleWeights?[i] ?? 1
            for c in 0..<classes {
                let x = logits.pointer[i * classes + c], y = targets.pointer[i * classes + c]
                let l = 1 + ((positiveWeights?[c] ?? 1) - 1) * y
                dx.pointer[i * classes + c] = factor * w * ((1 - y) - l * (1 - stableSigmoid(x)))
            }
        }
        return [dx]
    }
}

/// Cross-entropy of logits against class indices, PyTorch's `CrossEntropyLoss` with
/// `reduction='mean'`: `sum_i w[y_i] (-log softmax(x_i)[y_i]) / sum_i w[y_i]`.
///
/// - Parameters:
///   - logits: `[N, C]`.
///   - targets: N class indices in `0..<C`.
///   - classWeights: `[C]` weights or nil (all 1).
public func crossEntropy(_ logits: Tensor, targets: [Int], classWeights: [Float]? = nil) -> Tensor {
    precondition(logits.rank == 2 && targets.count == logits.shape[0], "crossEntropy: logits \(logits.shape), \(targets.count) targets")
    let classes = logits.shape[1]
    precondition(targets.allSatisfy { (0..<classes).contains($0) }, "crossEntropy: target outside 0..<\(classes)")
    let logProbabilities = logSoftmax(logits)
    var weightTotal: Float = 0
    var picked = [Float](repeating: 0, count: logits.count)
    for (i, t) in targets.enumerated() {
        let w = classWeights?[t] ?? 1
        weightTotal += w
        picked[i * classes + t] = -w
    }
    let selection = Tensor(shape: logits.shape, values: picked.map { $0 / weightTotal })
    // loss = sum(selection * logProbabilities), so its gradient flows through logSoftmax.
    return sum(multiply(logProbabilities, selection))
}
