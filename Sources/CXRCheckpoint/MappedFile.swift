#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A read-only memory mapping of a whole file.
///
/// The mapping lives as long as the object; `bytes` must not escape its lifetime.
final class MappedFile {
    private let base: UnsafeMutableRawPointer?
    /// Number of bytes in the file.
    let count: Int
    let path: String

    init(path: String) throws {
        self.path = path
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 { throw CheckpointError.cannotOpen(path: path, reason: errnoString()) }
        defer { close(fd) }
        var st = stat()
        if fstat(fd, &st) != 0 { throw CheckpointError.cannotOpen(path: path, reason: errnoString()) }
        if (st.st_mode & S_IFMT) == S_IFDIR { throw CheckpointError.cannotOpen(path: path, reason: "is a directory") }
        count = Int(st.st_size)
        if count == 0 {
            base = nil
            return
        }
        guard let p = mmap(nil, count, PROT_READ, MAP_PRIVATE, fd, 0), p != MAP_FAILED else {
            throw CheckpointError.cannotOpen(path: path, reason: "mmap failed: \(errnoString())")
        }
        base = p
    }

    deinit {
        if let base { munmap(base, count) }
    }

    /// The mapped bytes (empty for an empty file).
    var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: base, count: base == nil ? 0 : count) }
}

/// The current `errno` as text.
func errnoString(_ code: Int32 = errno) -> String {
    if let s = strerror(code) { return String(cString: s) + " (errno \(code))" }
    return "errno \(code)"
}
