import CXRTensor
import Foundation

/// The moment estimates and step counts shared by `Adam` and `AdamW`, and their update
/// (PyTorch 1.13's `_single_tensor_adam`, without AMSGrad).
struct AdamMoments {
    var firstMoments: ParameterBuffers
    var secondMoments: ParameterBuffers
    var steps: [Int]

    init(count: Int) {
        firstMoments = ParameterBuffers(name: "exp_avg", count: count)
        secondMoments = ParameterBuffers(name: "exp_avg_sq", count: count)
        steps = Array(repeating: 0, count: count)
    }

    /// One update of every parameter with a gradient.
    /// - Parameters:
    ///   - l2Decay: λ added to the gradient as λ p (Adam's `weight_decay`).
    ///   - decoupledDecay: λ applied as p ← p (1 - lr λ) before the update (AdamW's `weight_decay`).
    mutating func update(_ parameters: [Tensor], learningRate: Float, betas: (Float, Float), epsilon: Float,
                         l2Decay: Float, decoupledDecay: Float) {
        // Scalars as PyTorch computes them: in double precision, applied as float32.
        let (beta1, beta2) = (Double(betas.0), Double(betas.1))
        let lr = Double(learningRate)
        let (b1, b2) = (Float(beta1), Float(beta2))
        let (gradientShare1, gradientShare2) = (Float(1 - beta1), Float(1 - beta2))
        let shrink = Float(1 - lr * Double(decoupledDecay))
        for (index, parameter) in parameters.enumerated() {
            guard let gradient = updatableGradient(parameter) else { continue }
            if firstMoments.tensors[index] == nil {
                firstMoments.tensors[index] = Tensor(zeros: parameter.shape)
                secondMoments.tensors[index] = Tensor(zeros: parameter.shape)
            }
            steps[index] += 1
            let step = Double(steps[index])
            let biasCorrection1 = 1 - pow(beta1, step)
            let biasCorrection2 = 1 - pow(beta2, step)
            let stepSize = Float(lr / biasCorrection1)
            let biasCorrection2Root = Float(biasCorrection2.squareRoot())
            let p = parameter.pointer, g = gradient.pointer
            let m = firstMoments.tensors[index]!.pointer, v = secondMoments.tensors[index]!.pointer
            let (l2, decoupled, eps) = (l2Decay, decoupledDecay, epsilon)
            parallelChunks(parameter.count, minimumPerThread: 65_536) { range in
                for i in range {
                    if decoupled != 0 { p[i] *= shrink }
                    let d = l2 != 0 ? g[i] + l2 * p[i] : g[i]
                    m[i] = m[i] * b1 + gradientShare1 * d
                    v[i] = v[i] * b2 + gradientShare2 * d * d
                    let denominator = v[i].squareRoot() / biasCorrection2Root + eps
                    p[i] -= stepSize * (m[i] / denominator)
                }
            }
        }
    }

    func export(learningRate: Float) -> OptimizerState {
        var arrays: [String: [Float]] = [:]
        firstMoments.export(into: &arrays)
        secondMoments.export(into: &arrays)
        return OptimizerState(learningRate: learningRate, steps: steps, arrays: arrays)
    }

    mutating func load(_ state: OptimizerState, parameters: [Tensor]) throws {
        let loaded = try state.buffers(for: parameters, names: [firstMoments.name, secondMoments.name]) { $0 > 0 }
        firstMoments.tensors = loaded[0]
        secondMoments.tensors = loaded[1]
        steps = state.steps
    }
}
