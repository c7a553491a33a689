import Foundation

/// Wall-clock time per op kind (forward and backward separately), for `cxr bench --profile`.
///
/// Off by default; `Profiler.enabled = true` turns it on. Ops wrap their work in
/// `Profiler.measure("conv2d.forward", flops:)`; the report lists time, share, calls and, where
/// the op declares its floating-point work, achieved GFLOP/s.
public enum Profiler {
    public struct Entry: Sendable {
        public var seconds: Double = 0
        public var calls: Int = 0
        public var flops: Double = 0
    }

    nonisolated(unsafe) public static var enabled = false
    nonisolated(unsafe) private static var entries: [String: Entry] = [:]
    private static let lock = NSLock()

    @inline(__always)
    public static func measure<T>(_ name: @autoclosure () -> String, flops: @autoclosure () -> Double = 0, _ body: () throws -> T) rethrows -> T {
        guard enabled else { return try body() }
        let start = DispatchTime.now().uptimeNanoseconds
        let result = try body()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let key = name(), work = flops()
        lock.lock()
        entries[key, default: Entry()].seconds += seconds
        entries[key, default: Entry()].calls += 1
        entries[key, default: Entry()].flops += work
        lock.unlock()
        return result
    }

    public static func reset() {
        lock.lock()
        entries.removeAll()
        lock.unlock()
    }

    public static var snapshot: [String: Entry] {
        lock.lock()
        defer { lock.unlock() }
        return entries
    }

    /// A table sorted by time: op, seconds, share of the measured total, calls, GFLOP/s.
    public static func report(totalSeconds: Double? = nil) -> String {
        let rows = snapshot.sorted { $0.value.seconds > $1.value.seconds }
        let measured = rows.reduce(0) { $0 + $1.value.seconds }
        let total = totalSeconds ?? measured
        func column(_ text: String, _ width: Int) -> String {
            text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
        }
        var lines = [column("op", 30) + "  seconds   share   calls   GFLOP/s"]
        for (name, entry) in rows {
            let rate = entry.flops > 0 ? String(format: "%9.1f", entry.flops / entry.seconds / 1e9) : "        -"
            lines.append(column(name, 30) + String(format: "%9.3f %6.1f%% %7d ", entry.seconds, 100 * entry.seconds / max(total, 1e-12), entry.calls) + rate)
        }
        let outside = max(total - measured, 0)
        lines.append(column("(outside ops)", 30) + String(format: "%9.3f %6.1f%%", outside, 100 * outside / max(total, 1e-12)))
        return lines.joined(separator: "\n")
    }
}
