import Foundation

/// Settings of `cxr serve`.
///
/// Defaults: loopback only (`127.0.0.1`), port 8080, uploads up to 20 MiB, images up to 20
/// megapixels (chest radiographs are 4-15), as many uploads decoded at once as the machine has
/// cores, batches of up to 8 images collected for up to 8 ms, at most 64 images waiting for the model.
public struct ServerConfiguration: Sendable {
    /// Address to bind; `127.0.0.1` keeps the server on this machine.
    public var host: String
    /// TCP port; 0 lets the system choose (tests).
    public var port: Int
    /// Largest accepted request body in bytes (413 above it).
    public var maxUploadBytes: Int
    /// Largest decoded image, in pixels (width x height); larger headers are rejected (400)
    /// before pixel memory is allocated. The default, 20 megapixels, holds the largest
    /// chest radiographs (about 4300 x 3500) with room to spare.
    public var maxImagePixels: Int
    /// Most uploads decoded at once. With ``maxImagePixels`` it bounds the memory decoding can
    /// take (each decode holds a few float copies of one image); uploads beyond it wait, and
    /// beyond ``queueDepth`` waiting ones are answered 429.
    public var decodeConcurrency: Int
    /// Most images in one forward pass.
    public var maxBatchSize: Int
    /// How long the batcher waits, after the first image of a batch arrives, for more to join it.
    public var batchWindow: Duration
    /// Most images waiting for a forward pass; one more is answered 429.
    public var queueDepth: Int
    /// Longer side of the class activation map overlay, in pixels (the image is never enlarged
    /// beyond its own size, nor made smaller than the model's input).
    public var overlayMaxSide: Int

    public init(host: String = "127.0.0.1", port: Int = 8080, maxUploadBytes: Int = 20 << 20, maxImagePixels: Int = 20_000_000,
                decodeConcurrency: Int = ProcessInfo.processInfo.activeProcessorCount,
                maxBatchSize: Int = 8, batchWindow: Duration = .milliseconds(8), queueDepth: Int = 64, overlayMaxSide: Int = 512) {
        self.host = host; self.port = port; self.maxUploadBytes = maxUploadBytes; self.maxImagePixels = maxImagePixels
        self.decodeConcurrency = decodeConcurrency
        self.maxBatchSize = maxBatchSize; self.batchWindow = batchWindow; self.queueDepth = queueDepth
        self.overlayMaxSide = overlayMaxSide
    }

    /// Checks the values; throws `ServerConfigurationError` naming the first bad one.
    public func validate() throws {
        if !(0...65535).contains(port) { throw ServerConfigurationError("port must be in 0...65535, not \(port)") }
        if maxUploadBytes < 1 { throw ServerConfigurationError("max upload bytes must be positive") }
        if maxImagePixels < 1 { throw ServerConfigurationError("max image pixels must be positive") }
        if decodeConcurrency < 1 { throw ServerConfigurationError("decode concurrency must be at least 1") }
        if maxBatchSize < 1 { throw ServerConfigurationError("max batch size must be at least 1") }
        if batchWindow < .zero { throw ServerConfigurationError("batch window must not be negative") }
        if queueDepth < 1 { throw ServerConfigurationError("queue depth must be at least 1") }
        if overlayMaxSide < 16 { throw ServerConfigurationError("overlay size must be at least 16 pixels") }
    }
}

public struct ServerConfigurationError: Error, CustomStringConvertible, Sendable {
    public let description: String
    public init(_ description: String) { self.description = description }
}
