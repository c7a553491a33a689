import Foundation

/// Whether ops record the autodiff graph on the current thread.
///
/// Use `noGrad { ... }` for inference: nothing is recorded and intermediate values are
/// freed as soon as they are no longer used.
public enum GradMode {
    private static let key = "CXRTensor.GradMode.disabledDepth"
    private static let recomputingKey = "CXRTensor.GradMode.recomputing"
    private static let unreadKey = "CXRTensor.GradMode.outputUnread"

    /// True unless the current thread is inside `noGrad`.
    public static var isEnabled: Bool {
        (Thread.current.threadDictionary[key] as? Int ?? 0) == 0
    }

    /// True while backward recomputes a segment's forward pass (``recomputingInBackward``):
    /// ops that change state as a side effect (batch-norm running statistics) skip it then,
    /// since the first forward pass already did it.
    public static var isRecomputing: Bool {
        Thread.current.threadDictionary[recomputingKey] as? Bool ?? false
    }

    /// True inside ``outputUnreadWhenRecomputing(_:)`` while a segment is recomputed: the op's
    /// output values will not be read, only its backward is wanted, so an op that can record
    /// its backward without computing its values (convolution) skips the computation.
    public static var skipsUnreadOutput: Bool {
        Thread.current.threadDictionary[unreadKey] as? Bool ?? false
    }

    /// Marks `body` as the last op of a segment recomputed in backward (``recomputingInBackward``),
    /// whose output nothing in the recomputed graph reads: there its values are not computed
    /// again (``skipsUnreadOutput``), only its backward recorded. Outside a recomputation it
    /// just runs `body`. DenseNet's bottleneck convolution saves one forward per layer this way.
    public static func outputUnreadWhenRecomputing<Result>(_ body: () throws -> Result) rethrows -> Result {
        guard isRecomputing else { return try body() }
        let dictionary = Thread.current.threadDictionary
        let flag = dictionary[unreadKey]
        dictionary[unreadKey] = true
        defer { dictionary[unreadKey] = flag }
        return try body()
    }

    static func adjustDisabledDepth(by delta: Int) {
        let dictionary = Thread.current.threadDictionary
        dictionary[key] = (dictionary[key] as? Int ?? 0) + delta
    }

    /// Runs `body` with recording on (whatever `noGrad` scopes enclose it) and
    /// ``isRecomputing`` true; restores both afterwards.
    static func recomputing<Result>(_ body: () throws -> Result) rethrows -> Result {
        let dictionary = Thread.current.threadDictionary
        let depth = dictionary[key], flag = dictionary[recomputingKey]
        dictionary[key] = 0
        dictionary[recomputingKey] = true
        defer {
            dictionary[key] = depth
            dictionary[recomputingKey] = flag
        }
        return try body()
    }
}

/// Runs `body` without recording gradients (inference mode).
public func noGrad<Result>(_ body: () throws -> Result) rethrows -> Result {
    GradMode.adjustDisabledDepth(by: 1)
    defer { GradMode.adjustDisabledDepth(by: -1) }
    return try body()
}
