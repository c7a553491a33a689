import Foundation

/// Parallel, prefetching, deterministic batch loader.
///
/// Worker threads decode, preprocess, augment and normalise whole batches; at most
/// `prefetchBatches` finished-but-unconsumed batches (plus one per thread in progress) exist at
/// once, so memory stays bounded. Batch order and content depend only on `seed` and the epoch:
/// each sample's augmentation uses `SplitMix64(seed: seed, epoch, position)`, independent of the
/// thread that runs it. Decoding errors are thrown from `Epoch.next()` with the file named.
public final class DataLoader: @unchecked Sendable {
    public let dataset: Dataset
    public let indices: [Int]
    public let pipeline: Pipeline
    public let batchSize: Int
    public let seed: UInt64
    public let threads: Int
    public let prefetchBatches: Int
    public let dropLast: Bool
    let sampler: EpochSampler
    let cache: ImageCache
    let sampleShape: [Int]

    /// - Parameters:
    ///   - indices: the dataset indices to serve (e.g. `split.train`).
    ///   - pipeline: must have a fixed `outputShape` (exact resize, a crop, or a resized crop).
    ///   - batchSize: default 16. `sampling`: default shuffled once per epoch.
    ///   - threads: worker threads (default: active processors). `prefetchBatches`: default 4.
    ///   - cache: `.memory` or `.disk` keep preprocessed images so later epochs skip decoding.
    public init(dataset: Dataset, indices: [Int]? = nil, pipeline: Pipeline, batchSize: Int = 16,
                sampling: Sampling = .sequential(shuffle: true), seed: UInt64 = 0,
                threads: Int = ProcessInfo.processInfo.activeProcessorCount, prefetchBatches: Int = 4,
                cache: ImageCacheMode = .none, dropLast: Bool = false) throws {
        guard let shape = pipeline.outputShape else {
            throw DatasetError.badSplit("the pipeline's output size depends on the image (shorter-side resize without a crop); batches need a fixed size")
        }
        guard batchSize > 0 else { throw DatasetError.badSplit("batch size must be positive") }
        self.dataset = dataset
        self.indices = indices ?? Array(dataset.samples.indices)
        self.pipeline = pipeline; self.batchSize = batchSize; self.seed = seed
        self.threads = max(1, threads); self.prefetchBatches = max(1, prefetchBatches); self.dropLast = dropLast
        self.sampler = EpochSampler(indices: self.indices, labels: dataset.samples.map(\.labels), sampling: sampling, seed: seed)
        self.cache = ImageCache(mode: cache, pipeline: pipeline)
        self.sampleShape = shape
    }

    /// Batches per epoch (depends on the sampling's epoch length).
    public func batchCount(epoch: Int = 0) -> Int {
        let n = sampler.order(epoch: epoch).count
        return dropLast ? n / batchSize : (n + batchSize - 1) / batchSize
    }

    /// Starts loading `epoch` in the background; iterate with `next()`.
    public func epoch(_ epoch: Int) -> Epoch { Epoch(loader: self, epoch: epoch) }

    /// Builds one batch (positions `range` of the epoch order).
    func makeBatch(order: [Int], range: Range<Int>, epoch: Int) throws -> Batch {
        let per = sampleShape.reduce(1, *), classes = dataset.classNames.count
        var images = [Float](repeating: 0, count: range.count * per)
        var labels = [Float](); labels.reserveCapacity(range.count * classes)
        var idx: [Int] = [], paths: [String] = [], groups: [String] = []
        for (slot, position) in range.enumerated() {
            let i = order[position], sample = dataset.samples[i]
            let pre = try cache.image(index: i, path: sample.path) { try pipeline.preprocess(contentsOf: sample.path) }
            var generator = SplitMix64(seed: seed, UInt64(epoch), UInt64(position))
            let out = pipeline.augment(pre, using: &generator)
            guard out.height == sampleShape[1] && out.width == sampleShape[2] else {
                throw DatasetError.badSplit("'\(sample.path)' gave a \(out.width) x \(out.height) image, expected \(sampleShape[2]) x \(sampleShape[1])")
            }
            pipeline.writeTensor(out, into: &images, at: slot * per)
            labels += sample.labels
            idx.append(i); paths.append(sample.path); groups.append(sample.group)
        }
        return Batch(images: images, shape: [range.count] + sampleShape, labels: labels, classCount: classes,
                     indices: idx, paths: paths, groups: groups)
    }

    /// One epoch in flight: worker threads fill a bounded, ordered buffer of batches.
    public final class Epoch: @unchecked Sendable {
        let loader: DataLoader
        let epochNumber: Int
        let order: [Int]
        let ranges: [Range<Int>]
        private let condition = NSCondition()
        private var ready: [Int: Result<Batch, Error>] = [:]
        private var nextToBuild = 0, nextToReturn = 0, cancelled = false

        init(loader: DataLoader, epoch: Int) {
            self.loader = loader; self.epochNumber = epoch
            order = loader.sampler.order(epoch: epoch)
            let n = order.count, b = loader.batchSize
            let count = loader.dropLast ? n / b : (n + b - 1) / b
            ranges = (0..<count).map { ($0 * b)..<min(($0 + 1) * b, n) }
            for _ in 0..<min(loader.threads, max(count, 1)) {
                let thread = Thread { [self] in self.work() }
                thread.stackSize = 4 << 20
                thread.start()
            }
        }

        deinit { cancel() }

        /// Number of batches in this epoch.
        public var count: Int { ranges.count }

        /// Stops the workers (batches in progress finish and are dropped).
        public func cancel() {
            condition.lock(); cancelled = true; condition.broadcast(); condition.unlock()
        }

        private func work() {
            while true {
                condition.lock()
                while !cancelled && nextToBuild < ranges.count && nextToBuild >= nextToReturn + loader.prefetchBatches { condition.wait() }
                if cancelled || nextToBuild >= ranges.count { condition.unlock(); return }
                let b = nextToBuild
                nextToBuild += 1
                condition.unlock()
                let result = Result { try loader.makeBatch(order: order, range: ranges[b], epoch: epochNumber) }
                condition.lock(); ready[b] = result; condition.broadcast(); condition.unlock()
            }
        }

        /// The next batch in order, nil at the end of the epoch; rethrows a decoding error.
        public func next() throws -> Batch? {
            condition.lock()
            defer { condition.unlock() }
            guard nextToReturn < ranges.count else { return nil }
            while ready[nextToReturn] == nil { condition.wait() }
            let result = ready.removeValue(forKey: nextToReturn)!
            nextToReturn += 1
            condition.broadcast()
            return try result.get()
        }
    }
}
