/// CXRKit's version, written into checkpoints and reports.
enum CXRKitVersion {
    static let string = "0.1.0"
}
