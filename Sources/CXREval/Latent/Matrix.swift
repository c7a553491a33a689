import Foundation

/// A dense row-major matrix of doubles: `rows` points (samples) of `columns` features.
///
/// The latent-space tools (PCA, self-organizing maps, t-SNE, neighbourhood metrics) take their
/// data as one of these; `values[i * columns + j]` is feature `j` of point `i`.
public struct Matrix: Sendable, Equatable {
    public let rows: Int
    public let columns: Int
    public var values: [Double]

    /// A `rows x columns` matrix from row-major `values` (count must be `rows * columns`).
    public init(rows: Int, columns: Int, values: [Double]) {
        precondition(rows >= 0 && columns >= 0 && values.count == rows * columns,
                     "Matrix: \(values.count) values do not fill \(rows) x \(columns)")
        self.rows = rows; self.columns = columns; self.values = values
    }

    /// A matrix of zeros.
    public init(rows: Int, columns: Int) {
        self.init(rows: rows, columns: columns, values: [Double](repeating: 0, count: rows * columns))
    }

    /// One row per inner array (all the same length).
    public init(_ rowArrays: [[Double]]) {
        let c = rowArrays.first?.count ?? 0
        precondition(rowArrays.allSatisfy { $0.count == c }, "Matrix: rows of different lengths")
        self.init(rows: rowArrays.count, columns: c, values: rowArrays.flatMap { $0 })
    }

    /// From single-precision row-major values (e.g. an embeddings file).
    public init(rows: Int, columns: Int, floats: [Float]) {
        self.init(rows: rows, columns: columns, values: floats.map(Double.init))
    }

    public subscript(row: Int, column: Int) -> Double {
        get { values[row * columns + column] }
        set { values[row * columns + column] = newValue }
    }

    /// Row `i` as an array.
    public func row(_ i: Int) -> [Double] { Array(values[(i * columns)..<((i + 1) * columns)]) }

    /// The rows as arrays.
    public var rowArrays: [[Double]] { (0..<rows).map(row) }

    /// Mean of each column.
    public var columnMeans: [Double] {
        var m = [Double](repeating: 0, count: columns)
        guard rows > 0 else { return m }
        for i in 0..<rows { for j in 0..<columns { m[j] += values[i * columns + j] } }
        return m.map { $0 / Double(rows) }
    }

    /// Squared Euclidean distance between row `i` of `self` and row `j` of `other`.
    @inline(__always)
    public func squaredDistance(_ i: Int, _ other: Matrix, _ j: Int) -> Double {
        values.withUnsafeBufferPointer { a in
            other.values.withUnsafeBufferPointer { b in
                var s = 0.0
                let oa = i * columns, ob = j * other.columns
                for k in 0..<columns { let d = a[oa + k] - b[ob + k]; s += d * d }
                return s
            }
        }
    }
}

/// Runs independent chunks of a loop over `0..<count` on all cores
/// (`DispatchQueue.concurrentPerform`); small loops run inline.
enum ParallelLoop {
    /// Worker count: `CXR_THREADS` when set, else the active processor count.
    static var threads: Int {
        if let s = ProcessInfo.processInfo.environment["CXR_THREADS"], let n = Int(s), n > 0 { return n }
        return max(ProcessInfo.processInfo.activeProcessorCount, 1)
    }

    static func chunks(_ count: Int, minimumPerChunk: Int = 16, _ body: (Range<Int>) -> Void) {
        let workers = min(threads, max(count / max(minimumPerChunk, 1), 1))
        if workers <= 1 { body(0..<count); return }
        // More chunks than workers balances uneven rows (triangular loops).
        let pieces = workers * 4
        DispatchQueue.concurrentPerform(iterations: pieces) { p in
            let lo = count * p / pieces, hi = count * (p + 1) / pieces
            if lo < hi { body(lo..<hi) }
        }
    }
}
