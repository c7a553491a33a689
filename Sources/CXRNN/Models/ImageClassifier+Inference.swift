import CXRTensor
import Foundation

/// An ``ImageClassifier`` prepared for fast inference: its backbone (`featureMaps`) runs as a
/// compiled ``InferenceGraph`` (batch norm folded, activations fused, blocked layouts), one
/// graph per input shape, made on first use; pooling and the head run as usual.
///
/// Falls back to the ordinary forward pass, with the reason in ``fallbackReason``, when the
/// model cannot be compiled. The graphs snapshot the parameters: make a new
/// `CompiledClassifier` after training changes them. Puts the model in evaluation mode.
///
///     let compiled = CompiledClassifier(model)
///     let logits = compiled(images)          // == noGrad { model(images) } (to ~1e-5)
public final class CompiledClassifier: @unchecked Sendable {
    public let model: ImageClassifier
    /// Why the model runs uncompiled (nil while compilation works).
    public private(set) var fallbackReason: String?
    /// How many shapes keep a graph at once (batch sizes differ at a data set's end).
    public let maximumGraphs: Int

    private var graphs: [(shape: [Int], graph: InferenceGraph)] = []
    private let lock = NSLock()

    public init(_ model: ImageClassifier, maximumGraphs: Int = 4) {
        self.model = model
        self.maximumGraphs = maximumGraphs
        model.eval()
        if ProcessInfo.processInfo.environment["CXR_NO_COMPILE"] != nil { fallbackReason = "disabled by CXR_NO_COMPILE" }
    }

    /// Last convolutional feature maps `[N, C, h, w]`, as `model.featureMaps(x)`.
    public func featureMaps(_ x: Tensor) -> Tensor {
        guard let graph = graph(for: x) else { return noGrad { model.featureMaps(x) } }
        return graph.maps ?? graph.graph(x)
    }

    /// Pooled embeddings `[N, C]`.
    public func embedding(_ x: Tensor) -> Tensor { noGrad { model.embedding(fromFeatureMaps: featureMaps(x)) } }

    /// Logits `[N, classes]`.
    public func callAsFunction(_ x: Tensor) -> Tensor { noGrad { model.logits(fromEmbedding: embedding(x)) } }

    /// The graph for `x`'s shape, compiling it on first use (its first result comes from the
    /// trace); nil when compilation failed.
    private func graph(for x: Tensor) -> (graph: InferenceGraph, maps: Tensor?)? {
        lock.lock()
        defer { lock.unlock() }
        if fallbackReason != nil { return nil }
        if let index = graphs.firstIndex(where: { $0.shape == x.shape }) {
            let entry = graphs.remove(at: index)
            graphs.append(entry)
            return (entry.graph, nil)
        }
        do {
            let graph = try InferenceGraph(example: x) { [model] in model.featureMaps($0) }
            graphs.append((x.shape, graph))
            if graphs.count > maximumGraphs { graphs.removeFirst() }
            return (graph, nil)
        } catch {
            fallbackReason = "\(error)"
            return nil
        }
    }
}
