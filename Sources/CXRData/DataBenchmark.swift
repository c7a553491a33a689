import Foundation

/// `cxr bench-data`: images/s of decode + RGB + 224 resize + flip + rotation(10) + ImageNet
/// normalisation on the shared NIH and COVID images, for CXRData and for PIL + torchvision.
public enum DataBenchmark {
    public struct Result: Sendable, CustomStringConvertible {
        public var images: Int
        public var threads: Int
        /// Median images/s over the repeats.
        public var oursImagesPerSecond: Double
        public var loaderImagesPerSecond: Double
        public var loaderCachedImagesPerSecond: Double
        public var pythonImagesPerSecond: Double?
        public var pythonNote: String?

        public var ratio: Double? { pythonImagesPerSecond.map { oursImagesPerSecond / $0 } }

        public var description: String {
            var lines = [
                "files: \(images) (NIH + COVID collection), threads/workers: \(threads), medians over repeats",
                String(format: "CXRData decode+resize+augment:      %8.1f images/s", oursImagesPerSecond),
                String(format: "CXRData DataLoader (batch 16):      %8.1f images/s", loaderImagesPerSecond),
                String(format: "CXRData DataLoader, memory cache:   %8.1f images/s (epochs after the first)", loaderCachedImagesPerSecond),
            ]
            if let py = pythonImagesPerSecond, let r = ratio {
                lines.append(String(format: "PIL + torchvision DataLoader:       %8.1f images/s", py))
                lines.append(String(format: "ratio CXRData / Python:             %8.2fx (loader: %.2fx)", r, loaderImagesPerSecond / py))
            } else {
                lines.append("PIL + torchvision: not run (\(pythonNote ?? "unavailable"))")
            }
            return lines.joined(separator: "\n")
        }
    }

    /// The image files of the shared data: `nih-chestxray14/images` and `covid-19-image-collection/images`.
    public static func sharedImageFiles(dataRoot: String) -> [String] {
        var files: [String] = []
        for sub in ["nih-chestxray14/images", "covid-19-image-collection/images"] {
            let dir = dataRoot + "/" + sub
            files += ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).sorted().map { dir + "/" + $0 }
        }
        return files
    }

    /// Runs the benchmark. `pythonScript` (scripts/bench_data_reference.py) is run with `python`
    /// (default /usr/bin/python3) when both exist.
    public static func run(dataRoot: String, threads: Int = 2, repeats: Int = 3, limit: Int? = nil,
                           python: String = "/usr/bin/python3", pythonScript: String?,
                           log: (String) -> Void = { print($0) }) throws -> Result {
        var files = sharedImageFiles(dataRoot: dataRoot)
        if let limit { files = Array(files.prefix(limit)) }
        guard !files.isEmpty else { throw DatasetError.badFile(path: dataRoot, reason: "no images found under nih-chestxray14/images or covid-19-image-collection/images") }
        let pipeline = Pipeline.reference(training: true)
        let per = 3 * 224 * 224

        func median(_ v: [Double]) -> Double { let s = v.sorted(); return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2 }
        // 1. Plain parallel loop over files.
        var rates: [Double] = []
        for r in 0..<repeats {
            let start = Date()
            let next = ManagedCounter()
            let failures = ManagedCounter()
            DispatchQueue.concurrentPerform(iterations: threads) { _ in
                var buffer = [Float](repeating: 0, count: per)
                while true {
                    let i = next.increment()
                    if i >= files.count { break }
                    do {
                        var g = SplitMix64(seed: UInt64(r), UInt64(i))
                        let image = pipeline.augment(try pipeline.preprocess(contentsOf: files[i]), using: &g)
                        pipeline.writeTensor(image, into: &buffer, at: 0)
                    } catch { _ = failures.increment() }
                }
            }
            let seconds = Date().timeIntervalSince(start)
            rates.append(Double(files.count) / seconds)
            log(String(format: "CXRData repeat %d: %.2f s (%.1f images/s)%@", r + 1, seconds, rates.last!, failures.value > 0 ? ", \(failures.value) failures" : ""))
        }
        // 2. The DataLoader, without and with a memory cache.
        let dataset = Dataset(name: "bench", classNames: ["x"], samples: files.map { Sample(path: $0, labels: [0], group: $0) })
        var loaderRates: [Double] = [], cachedRates: [Double] = []
        for r in 0..<repeats {
            let loader = try DataLoader(dataset: dataset, pipeline: pipeline, batchSize: 16, seed: UInt64(r), threads: threads, cache: .memory)
            for e in 0..<2 {
                let start = Date()
                let epoch = loader.epoch(e)
                var n = 0
                while let batch = try epoch.next() { n += batch.count }
                let rate = Double(n) / Date().timeIntervalSince(start)
                if e == 0 { loaderRates.append(rate) } else { cachedRates.append(rate) }
            }
            log(String(format: "DataLoader repeat %d: %.1f images/s, cached epoch %.1f images/s", r + 1, loaderRates.last!, cachedRates.last!))
        }
        var result = Result(images: files.count, threads: threads, oursImagesPerSecond: median(rates),
                            loaderImagesPerSecond: median(loaderRates), loaderCachedImagesPerSecond: median(cachedRates))
        // 3. PIL + torchvision.
        if let script = pythonScript, FileManager.default.fileExists(atPath: script), FileManager.default.fileExists(atPath: python) {
            let list = FileManager.default.temporaryDirectory.appendingPathComponent("cxr-bench-files-\(getpid()).txt")
            try files.joined(separator: "\n").write(to: list, atomically: true, encoding: .utf8)
            defer { try? FileManager.default.removeItem(at: list) }
            let process = Process()
            process.executableURL = URL(fileURLWithPath: python)
            process.arguments = [script, "--list", list.path, "--workers", "\(threads)", "--repeats", "\(repeats)"]
            let pipe = Pipe()
            process.standardOutput = pipe
            try process.run()
            let output = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            if process.terminationStatus == 0,
               let line = String(decoding: output, as: UTF8.self).split(separator: "\n").last,
               let json = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
               let rate = json["median_images_per_second"] as? Double {
                result.pythonImagesPerSecond = rate
                log("PIL + torchvision: \(line)")
            } else {
                result.pythonNote = "the reference script failed with status \(process.terminationStatus)"
            }
        } else {
            result.pythonNote = "\(python) or \(pythonScript ?? "the reference script") not found"
        }
        return result
    }
}

/// A lock-protected counter for work distribution.
final class ManagedCounter: @unchecked Sendable {
    private var count = 0
    private let lock = NSLock()
    func increment() -> Int { lock.lock(); defer { lock.unlock() }; count += 1; return count - 1 }
    var value: Int { lock.lock(); defer { lock.unlock() }; return count }
}
