#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Replaces files atomically: write a temporary file in the destination directory,
/// `fsync` it, `rename` it over the destination, then `fsync` the directory.
///
/// If anything fails (disk full, I/O error, a throwing body) the temporary file is
/// removed and the previous file at the destination, if any, is left untouched.
public enum AtomicFile {
    /// Writes a file by streaming chunks through `body`.
    ///
    /// - Parameters:
    ///   - path: destination path; its directory must exist.
    ///   - permissions: mode of the new file (default `0o644`).
    ///   - body: called once with a writer; everything it writes becomes the file.
    /// - Throws: `CheckpointError.writeFailed` with the system reason, or whatever `body` throws.
    public static func write(
        to path: String, permissions: mode_t = 0o644, _ body: (inout AtomicFileWriter) throws -> Void
    ) throws {
        try write(to: path, permissions: permissions, failAfterBytes: nil, body)
    }

    /// Writes `bytes` to `path` atomically.
    public static func write(_ bytes: [UInt8], to path: String) throws {
        try write(to: path) { w in try bytes.withUnsafeBytes { try w.write($0) } }
    }

    /// Implementation; `failAfterBytes` simulates a full disk (ENOSPC) for tests.
    static func write(
        to path: String, permissions: mode_t = 0o644, failAfterBytes: Int?,
        _ body: (inout AtomicFileWriter) throws -> Void
    ) throws {
        let dir: String
        let base: String
        if let slash = path.lastIndex(of: "/") {
            dir = slash == path.startIndex ? "/" : String(path[..<slash])
            base = String(path[path.index(after: slash)...])
        } else {
            dir = "."
            base = path
        }
        guard !base.isEmpty else { throw CheckpointError.writeFailed(path: path, reason: "not a file path") }
        let template = (dir == "/" ? "" : dir) + "/." + base + ".tmp-XXXXXX"
        var templateBytes = Array(template.utf8CString)
        let fd = templateBytes.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        if fd < 0 {
            throw CheckpointError.writeFailed(path: path, reason: "cannot create temporary file in '\(dir)': \(errnoString())")
        }
        let tempPath = templateBytes.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        var committed = false
        var isOpen = true
        defer {
            if isOpen { close(fd) }
            if !committed { unlink(tempPath) }
        }
        var writer = AtomicFileWriter(fd: fd, path: path, failAfterBytes: failAfterBytes)
        try body(&writer)
        if fchmod(fd, permissions) != 0 {
            throw CheckpointError.writeFailed(path: path, reason: "fchmod: \(errnoString())")
        }
        if fsync(fd) != 0 { throw CheckpointError.writeFailed(path: path, reason: "fsync: \(errnoString())") }
        isOpen = false
        if close(fd) != 0 { throw CheckpointError.writeFailed(path: path, reason: "close: \(errnoString())") }
        if rename(tempPath, path) != 0 {
            throw CheckpointError.writeFailed(path: path, reason: "rename: \(errnoString())")
        }
        committed = true
        // Make the rename durable; failure here does not undo the (complete) write.
        let dfd = sysOpen(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if dfd >= 0 {
            _ = fsync(dfd)
            close(dfd)
        }
    }
}

/// Streams bytes into the temporary file of an `AtomicFile.write` call.
public struct AtomicFileWriter {
    let fd: Int32
    let path: String
    let failAfterBytes: Int?
    /// Bytes written so far.
    public private(set) var bytesWritten = 0

    init(fd: Int32, path: String, failAfterBytes: Int?) {
        self.fd = fd
        self.path = path
        self.failAfterBytes = failAfterBytes
    }

    /// Writes all of `buffer`, retrying short writes and `EINTR`.
    public mutating func write(_ buffer: UnsafeRawBufferPointer) throws {
        guard var p = buffer.baseAddress else { return }
        var left = buffer.count
        while left > 0 {
            var n = left
            if let limit = failAfterBytes {
                if bytesWritten >= limit {
                    throw CheckpointError.writeFailed(path: path, reason: errnoString(ENOSPC) + " (disk full?)")
                }
                n = min(n, limit - bytesWritten)
            }
            let r = sysWrite(fd, p, n)
            if r < 0 {
                let e = errno
                if e == EINTR { continue }
                let hint = e == ENOSPC || e == EDQUOT ? " (disk full?)" : ""
                throw CheckpointError.writeFailed(path: path, reason: errnoString(e) + hint)
            }
            if r == 0 { throw CheckpointError.writeFailed(path: path, reason: "write returned 0 bytes") }
            p += r
            left -= r
            bytesWritten += r
        }
    }

    /// Writes bytes from an array.
    public mutating func write(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { try write($0) }
    }
}

@inline(__always) private func sysWrite(_ fd: Int32, _ p: UnsafeRawPointer, _ n: Int) -> Int { write(fd, p, n) }
@inline(__always) private func sysOpen(_ path: String, _ flags: Int32) -> Int32 { open(path, flags) }
