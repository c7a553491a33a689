import Foundation

/// Whether ops record the autodiff graph on the current thread.
///
/// Use `noGrad { ... }` for inference: nothing is recorded and intermediate values are
/// freed as soon as they are no longer used.
public enum GradMode {
    private static let key = "CXRTensor.GradMode.disabledDepth"

    /// True unless the current thread is inside `noGrad`.
    public static var isEnabled: Bool {
        (Thread.current.threadDictionary[key] as? Int ?? 0) == 0
    }

    static func adjustDisabledDepth(by delta: Int) {
        let dictionary = Thread.current.threadDictionary
        dictionary[key] = (dictionary[key] as? Int ?? 0) + delta
    }
}

/// Runs `body` without recording gradients (inference mode).
public func noGrad<Result>(_ body: () throws -> Result) rethrows -> Result {
    GradMode.adjustDisabledDepth(by: 1)
    defer { GradMode.adjustDisabledDepth(by: -1) }
    return try body()
}
