/// One batch from a `DataLoader`.
public struct Batch: Sendable {
    /// Images, NCHW, normalised (`shape` = [N, C, H, W]).
    public var images: [Float]
    public var shape: [Int]
    /// Targets, N x classes, row-major.
    public var labels: [Float]
    public var classCount: Int
    /// Dataset indices, file paths and patient groups of the N samples, in batch order.
    public var indices: [Int]
    public var paths: [String]
    public var groups: [String]

    public var count: Int { indices.count }
}
