import ArgumentParser
import CXREval
import CXRTrain
import Foundation

/// `cxr bench-latent`: our SOM and t-SNE times beside MiniSom's and scikit-learn's (and
/// openTSNE's when installed), on the same data in the same run (scripts/bench_latent_reference.py).
struct BenchLatent: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-latent",
        abstract: "Seconds of SOM training and t-SNE: CXRKit vs MiniSom, scikit-learn and openTSNE on the same data.",
        discussion: """
            Data: 1500 points in 50 dimensions from 6 Gaussian clusters (seeded), or the first --limit rows of \
            --embeddings FILE. Jobs: a 12 x 12 rectangular Gaussian SOM (PCA start, sigma 3, learning rate 0.5, \
            20000 online steps in random order); t-SNE exact on the first 500 points; t-SNE Barnes-Hut on all \
            (perplexity 30, 1000 iterations). Median of --repeats runs; ratio = CXRKit time / reference time.
            """)

    @Option(help: "An embeddings file from `cxr embed` to use instead of the synthetic clusters.")
    var embeddings: String?

    @Option(help: "Use at most this many rows of the data.")
    var limit: Int = 1500

    @Option(help: "Repeats; the median is reported.")
    var repeats: Int = 3

    @Option(help: "Threads for both sides (CXR_THREADS for ours, OMP/n_jobs for Python).")
    var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "SOM online steps.")
    var somIterations: Int = 20000

    @Option(help: "Python with numpy, scikit-learn and MiniSom.")
    var python: String = "/usr/bin/python3"

    @Option(help: "The reference script.")
    var script: String = "scripts/bench_latent_reference.py"

    @Flag(help: "Skip the Python references.")
    var noPython = false

    func validate() throws {
        if repeats < 1 { throw ValidationError("--repeats must be at least 1") }
        if limit < 20 { throw ValidationError("--limit must be at least 20") }
        if threads < 1 { throw ValidationError("--threads must be at least 1") }
    }

    /// `n` points in `d` dimensions around `k` centres `N(0, 3^2)` with unit spread.
    static func clusters(n: Int, d: Int, k: Int, seed: UInt64) -> Matrix {
        var g = EvalRandom(seed: seed)
        func normal() -> Double {
            let u1 = (Double(g.next() >> 11) + 1) / 9007199254740992.0, u2 = Double(g.next() >> 11) / 9007199254740992.0
            return (-2 * log(u1)).squareRoot() * cos(2 * .pi * u2)
        }
        let centres = (0..<(k * d)).map { _ in 3 * normal() }
        var m = Matrix(rows: n, columns: d)
        for i in 0..<n { for j in 0..<d { m[i, j] = centres[(i % k) * d + j] + normal() } }
        return m
    }

    func run() throws {
        setenv("CXR_THREADS", String(threads), 1)
        let data: Matrix
        let label: String
        if let embeddings {
            let file = try EmbeddingsFile.read(embeddings)
            let n = min(limit, file.count)
            data = Matrix(rows: n, columns: file.width, floats: Array(file.embeddings.prefix(n * file.width)))
            label = "\(embeddings) (\(n) x \(file.width), \(file.info.source))"
        } else {
            data = BenchLatent.clusters(n: limit, d: 50, k: 6, seed: 42)
            label = "synthetic Gaussian clusters (\(limit) x 50, 6 clusters)"
        }
        let exactPoints = min(500, data.rows)
        print("data: \(label); \(threads) threads; median of \(repeats)")
        func median(_ xs: [Double]) -> Double { let s = xs.sorted(); return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2 }
        func time(_ body: () throws -> Void) rethrows -> [Double] {
            try (0..<repeats).map { _ in let t = Date(); try body(); return Date().timeIntervalSince(t) }
        }
        // Ours.
        let grid = try SOMGrid(rows: 12, columns: 12, topology: .rectangular)
        var somQuality = (0.0, 0.0)
        let somTimes = try time {
            var som = try SelfOrganizingMap.pcaInitialized(grid: grid, data: data)
            try som.trainOnline(data, iterations: somIterations, sigma: 3, learningRate: 0.5, order: .random(seed: 0))
            somQuality = (try som.quantizationError(data), try som.topographicError(data))
        }
        let subset = Matrix(rows: exactPoints, columns: data.columns, values: Array(data.values.prefix(exactPoints * data.columns)))
        var exactKL = 0.0, bhKL = 0.0
        let exactTimes = try time { exactKL = try TSNE(perplexity: 30, iterations: 1000, method: .exact).fit(subset).klDivergence }
        let bhTimes = try time { bhKL = try TSNE(perplexity: 30, iterations: 1000, method: .barnesHut).fit(data).klDivergence }
        // References.
        var reference: [String: Any] = [:]
        var note: String?
        if !noPython {
            do { reference = try runPython(data, exactPoints: exactPoints) } catch { note = "\(error)" }
        }
        func ref(_ key: String) -> (Double?, String) {
            guard let entry = reference[key] as? [String: Any] else { return (nil, noPython ? "skipped (--no-python)" : note ?? "not run") }
            if let error = entry["error"] as? String { return (nil, error) }
            let seconds = (entry["seconds"] as? [Double]) ?? []
            var extra = entry["version"].map { "v\($0)" } ?? ""
            if let kl = entry["kl_divergence"] as? Double { extra += String(format: ", KL %.4f", kl) }
            if let qe = entry["quantization_error"] as? Double, let te = entry["topographic_error"] as? Double { extra += String(format: ", QE %.4f, TE %.4f", qe, te) }
            return (seconds.isEmpty ? nil : median(seconds), extra)
        }
        let rows: [(String, Double, String, String)] = [
            ("SOM 12x12 online \(somIterations) steps", median(somTimes), String(format: "QE %.4f, TE %.4f", somQuality.0, somQuality.1), "minisom"),
            ("t-SNE exact, \(exactPoints) points", median(exactTimes), String(format: "KL %.4f", exactKL), "sklearn exact"),
            ("t-SNE Barnes-Hut, \(data.rows) points", median(bhTimes), String(format: "KL %.4f", bhKL), "sklearn barnes_hut"),
            ("t-SNE Barnes-Hut, \(data.rows) points", median(bhTimes), String(format: "KL %.4f", bhKL), "openTSNE barnes_hut"),
        ]
        print("job".padding(toLength: 34, withPad: " ", startingAt: 0) + " CXRKit s   reference              ref s    ratio   notes")
        for (job, ours, ourNote, key) in rows {
            let (theirs, theirNote) = ref(key)
            let name = key.split(separator: " ").first.map(String.init) ?? key
            let ratio = theirs.map { String(format: "%6.2fx", ours / $0) } ?? "     -"
            let oursText = String(format: "%8.2f", ours)
            print(job.padding(toLength: 34, withPad: " ", startingAt: 0) + " \(oursText)   " + name.padding(toLength: 18, withPad: " ", startingAt: 0)
                  + (theirs.map { String(format: "%8.2f", $0) } ?? "       -") + "  \(ratio)   ours: \(ourNote); ref: \(theirNote)")
        }
    }

    /// Runs the Python reference on the same matrix; returns its JSON.
    func runPython(_ data: Matrix, exactPoints: Int) throws -> [String: Any] {
        guard FileManager.default.isExecutableFile(atPath: python) else { throw ValidationError("\(python) not found") }
        guard FileManager.default.fileExists(atPath: script) else { throw ValidationError("\(script) not found (run from the repository root)") }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cxr-bench-latent-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let dataURL = folder.appendingPathComponent("data.f64"), specURL = folder.appendingPathComponent("spec.json")
        try data.values.withUnsafeBytes { Data($0) }.write(to: dataURL)
        let spec: [String: Any] = [
            "repeats": repeats, "threads": threads,
            "som": ["rows": 12, "columns": 12, "sigma": 3.0, "learning_rate": 0.5, "topology": "rectangular", "iterations": somIterations],
            "tsne": [["name": "exact", "method": "exact", "points": exactPoints, "perplexity": 30.0, "iterations": 1000],
                     ["name": "barnes_hut", "method": "barnes_hut", "points": data.rows, "perplexity": 30.0, "iterations": 1000]],
        ]
        try JSONSerialization.data(withJSONObject: spec).write(to: specURL)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [script, dataURL.path, String(data.rows), String(data.columns), specURL.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0, let object = try JSONSerialization.jsonObject(with: output) as? [String: Any] else {
            throw ValidationError("the Python reference failed (status \(process.terminationStatus))")
        }
        return object
    }
}
