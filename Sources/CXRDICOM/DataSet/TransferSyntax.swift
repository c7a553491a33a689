/// How a data set and its pixel data are encoded (PS3.5 section 10 and annex A).
public struct TransferSyntax: Sendable, Equatable {
    /// The UID, as in (0002,0010).
    public let uid: String
    /// Explicit value representations (every syntax but implicit VR little endian).
    public let isExplicitVR: Bool
    public let isBigEndian: Bool
    /// The data set after the file meta information is deflated (RFC 1951).
    public let isDeflated: Bool
    /// Pixel data is a sequence of compressed fragments (PS3.5 A.4).
    public let isEncapsulated: Bool

    public static let implicitLittleEndian = TransferSyntax(known: "1.2.840.10008.1.2", isExplicitVR: false)
    public static let explicitLittleEndian = TransferSyntax(known: "1.2.840.10008.1.2.1")
    public static let explicitBigEndian = TransferSyntax(known: "1.2.840.10008.1.2.2", isBigEndian: true)
    public static let deflatedExplicitLittleEndian = TransferSyntax(known: "1.2.840.10008.1.2.1.99", isDeflated: true)

    init(known uid: String, isExplicitVR: Bool = true, isBigEndian: Bool = false, isDeflated: Bool = false, isEncapsulated: Bool = false) {
        self.uid = uid
        self.isExplicitVR = isExplicitVR
        self.isBigEndian = isBigEndian
        self.isDeflated = isDeflated
        self.isEncapsulated = isEncapsulated
    }

    /// The syntax named by `uid`. Unknown UIDs are taken as explicit VR little endian with
    /// encapsulated pixel data (PS3.5 A.4: every compressed syntax is), and the pixel decoder
    /// then refuses them by name.
    public init(uid: String) {
        switch uid {
        case "1.2.840.10008.1.2": self = .implicitLittleEndian
        case "1.2.840.10008.1.2.1": self = .explicitLittleEndian
        case "1.2.840.10008.1.2.2": self = .explicitBigEndian
        case "1.2.840.10008.1.2.1.99": self = .deflatedExplicitLittleEndian
        default: self.init(known: uid, isEncapsulated: true)
        }
    }

    /// The syntax's name in PS3.6 table A-1 (for messages), or "unknown transfer syntax".
    public var name: String { Self.names[uid] ?? "unknown transfer syntax" }

    static let names: [String: String] = [
        "1.2.840.10008.1.2": "Implicit VR Little Endian",
        "1.2.840.10008.1.2.1": "Explicit VR Little Endian",
        "1.2.840.10008.1.2.2": "Explicit VR Big Endian",
        "1.2.840.10008.1.2.1.99": "Deflated Explicit VR Little Endian",
        "1.2.840.10008.1.2.4.50": "JPEG Baseline (Process 1)",
        "1.2.840.10008.1.2.4.51": "JPEG Extended (Process 2 & 4)",
        "1.2.840.10008.1.2.4.57": "JPEG Lossless, Non-Hierarchical (Process 14)",
        "1.2.840.10008.1.2.4.70": "JPEG Lossless, Non-Hierarchical, First-Order Prediction (Process 14, SV1)",
        "1.2.840.10008.1.2.4.80": "JPEG-LS Lossless",
        "1.2.840.10008.1.2.4.81": "JPEG-LS Near-Lossless",
        "1.2.840.10008.1.2.4.90": "JPEG 2000 Image Compression (Lossless Only)",
        "1.2.840.10008.1.2.4.91": "JPEG 2000 Image Compression",
        "1.2.840.10008.1.2.5": "RLE Lossless",
        "1.2.840.10008.1.2.4.100": "MPEG2 Main Profile / Main Level",
        "1.2.840.10008.1.2.4.102": "MPEG-4 AVC/H.264 High Profile",
        "1.2.840.10008.1.2.4.201": "High-Throughput JPEG 2000 (Lossless Only)",
    ]
}
