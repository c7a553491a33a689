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
    ///
    /// Batches run padded with zero images to the next power of two, so that a server's or a
    /// data set's varying batch sizes share a few graphs (samples do not interact in
    /// evaluation mode; the padding's outputs are dropped).
    public func featureMaps(_ x: Tensor) -> Tensor {
        let count = x.shape[0]
        let bucket = count <= 1 ? 1 : 1 << (Int.bitWidth - (count - 1).leadingZeroBitCount)
        let input = bucket == count ? x : Self.padded(x, to: bucket)
        guard let graph = graph(for: input) else { return noGrad { model.featureMaps(x) } }
        let maps = graph(input)
        return bucket == count ? maps : Self.firstSamples(maps, count)
    }

    /// `x` with zero samples appended up to `count`.
    static func padded(_ x: Tensor, to count: Int) -> Tensor {
        let padded = Tensor(zeros: [count] + x.shape.dropFirst())
        padded.pointer.update(from: x.pointer, count: x.count)
        return padded
    }

    /// The first `count` samples of `x`.
    static func firstSamples(_ x: Tensor, _ count: Int) -> Tensor {
        let result = Tensor(uninitialized: [count] + x.shape.dropFirst())
        result.pointer.update(from: x.pointer, count: result.count)
        return result
    }

    /// Pooled embeddings `[N, C]`.
    public func embedding(_ x: Tensor) -> Tensor { noGrad { model.embedding(fromFeatureMaps: featureMaps(x)) } }

    /// Logits `[N, classes]`.
    public func callAsFunction(_ x: Tensor) -> Tensor { noGrad { model.logits(fromEmbedding: embedding(x)) } }

    /// The graph for `x`'s shape, compiling it on first use; nil when compilation failed.
    private func graph(for x: Tensor) -> InferenceGraph? {
        lock.lock()
        defer { lock.unlock() }
        if fallbackReason != nil { return nil }
        if let index = graphs.firstIndex(where: { $0.shape == x.shape }) {
            let entry = graphs.remove(at: index)
            graphs.append(entry)
            return entry.graph
        }
        do {
            let graph = try InferenceGraph(example: x) { [model] in model.featureMaps($0) }
            graphs.append((x.shape, graph))
            if graphs.count > maximumGraphs { graphs.removeFirst() }
            return graph
        } catch {
            fallbackReason = "\(error)"
            return nil
        }
    }
}
