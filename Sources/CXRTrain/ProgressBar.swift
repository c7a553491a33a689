import Foundation

/// A terminal progress bar with rate, ETA and a running value (loss), drawn on standard
/// error. On a terminal it redraws one line; elsewhere (logs, CI) it prints a line at each
/// tenth of the work so logs stay short.
public final class ProgressBar {
    private let total: Int
    private let label: String
    private let start = Date()
    private var lastDecile = -1
    private let isTerminal = isatty(STDERR_FILENO) != 0

    public init(total: Int, label: String) {
        self.total = max(total, 1)
        self.label = label
    }

    /// Reports `done` units of work finished, with an extra text such as `loss 0.4123`.
    public func update(_ done: Int, unit: String = "img", units: Int, extra: String = "") {
        let elapsed = Date().timeIntervalSince(start)
        let fraction = Double(done) / Double(total)
        let rate = elapsed > 0 ? Double(units) / elapsed : 0
        let remaining = fraction > 0 ? elapsed * (1 - fraction) / fraction : 0
        let width = 28
        let filled = Int(fraction * Double(width))
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        let line = String(format: "%@ [%@] %3d%% %d/%d  %.1f %@/s  ETA %@  %@", label, bar, Int(fraction * 100), done, total, rate, unit,
                          ProgressBar.clock(remaining), extra)
        if isTerminal {
            FileHandle.standardError.write(Data(("\r" + line + "\u{1B}[K").utf8))
            if done >= total { FileHandle.standardError.write(Data("\n".utf8)) }
        } else {
            let decile = Int(fraction * 10)
            if decile != lastDecile || done >= total {
                lastDecile = decile
                FileHandle.standardError.write(Data((line + "\n").utf8))
            }
        }
    }

    static func clock(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        return s >= 3600 ? String(format: "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String(format: "%d:%02d", s / 60, s % 60)
    }
}
