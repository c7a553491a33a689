/// Errors raised while reading or writing checkpoint files.
///
/// Every malformed input is reported through one of these cases; the readers never
/// trap on corrupt or truncated data.
public enum CheckpointError: Error, CustomStringConvertible, Equatable {
    /// The file could not be opened, stat'ed or mapped.
    case cannotOpen(path: String, reason: String)
    /// The data ended before a structure was complete.
    case truncated(String)
    /// The file is structurally invalid (bad header, bad offsets, bad pickle, ...).
    case invalidFormat(String)
    /// An element type the reader does not understand.
    case unsupportedDType(String)
    /// A feature that is recognised but deliberately not implemented.
    case unsupported(String)
    /// Writing failed (for example the disk is full). Any existing file is untouched.
    case writeFailed(path: String, reason: String)
    /// Two entries ended up with the same key (for example after key normalisation).
    case duplicateKey(String)

    public var description: String {
        switch self {
        case let .cannotOpen(path, reason): return "cannot open '\(path)': \(reason)"
        case let .truncated(what): return "truncated data: \(what)"
        case let .invalidFormat(what): return "invalid format: \(what)"
        case let .unsupportedDType(what): return "unsupported dtype: \(what)"
        case let .unsupported(what): return "unsupported: \(what)"
        case let .writeFailed(path, reason): return "writing '\(path)' failed: \(reason)"
        case let .duplicateKey(key): return "duplicate key '\(key)'"
        }
    }
}
