/// A key whose shape differs from the expected one.
public struct ShapeMismatch: Equatable, Sendable, CustomStringConvertible {
    public var key: String
    public var expected: [Int]
    public var found: [Int]
    public var description: String { "\(key): expected \(expected), found \(found)" }
}

/// All the differences between a loaded state dict and the expected parameters.
///
/// Thrown by `StateDictValidation.validate`; it lists every problem at once.
public struct StateDictMismatchError: Error, Equatable, CustomStringConvertible {
    /// Expected keys absent from the state dict (in expected order).
    public var missing: [String]
    /// Keys in the state dict that were not expected (in state-dict order).
    public var unexpected: [String]
    /// Keys present in both with different shapes.
    public var misshaped: [ShapeMismatch]

    public var isEmpty: Bool { missing.isEmpty && unexpected.isEmpty && misshaped.isEmpty }

    public var description: String {
        var lines = ["state dict does not match the model:"]
        if !missing.isEmpty { lines.append("  missing keys (\(missing.count)): " + missing.joined(separator: ", ")) }
        if !unexpected.isEmpty { lines.append("  unexpected keys (\(unexpected.count)): " + unexpected.joined(separator: ", ")) }
        if !misshaped.isEmpty {
            lines.append("  shape mismatches (\(misshaped.count)): " + misshaped.map(\.description).joined(separator: "; "))
        }
        return lines.joined(separator: "\n")
    }
}

/// Compares state dicts with the parameters a model expects.
public enum StateDictValidation {
    /// Finds missing, unexpected and mis-shaped keys.
    ///
    /// - Parameters:
    ///   - stateDict: the loaded tensors, in order.
    ///   - expected: expected names and shapes, in model order.
    ///   - ignoringPrefixes: keys starting with any of these prefixes are ignored on
    ///     both sides (for example `"classifier."` when the head is replaced).
    /// - Returns: the differences (empty when everything matches).
    public static func differences(
        _ stateDict: OrderedStateDict, expected: [(name: String, shape: [Int])],
        ignoringPrefixes: [String] = []
    ) -> StateDictMismatchError {
        func ignored(_ k: String) -> Bool { ignoringPrefixes.contains { k.hasPrefix($0) } }
        var result = StateDictMismatchError(missing: [], unexpected: [], misshaped: [])
        var expectedNames = Set<String>()
        for (name, shape) in expected where !ignored(name) {
            expectedNames.insert(name)
            guard let t = stateDict[name] else {
                result.missing.append(name)
                continue
            }
            if t.shape != shape { result.misshaped.append(ShapeMismatch(key: name, expected: shape, found: t.shape)) }
        }
        for k in stateDict.keys where !ignored(k) && !expectedNames.contains(k) {
            result.unexpected.append(k)
        }
        return result
    }

    /// Throws a `StateDictMismatchError` naming all missing, unexpected and mis-shaped keys.
    public static func validate(
        _ stateDict: OrderedStateDict, expected: [(name: String, shape: [Int])],
        ignoringPrefixes: [String] = []
    ) throws {
        let d = differences(stateDict, expected: expected, ignoringPrefixes: ignoringPrefixes)
        if !d.isEmpty { throw d }
    }

    /// Unordered variant taking plain dictionaries (results are sorted by key).
    public static func validate(
        _ stateDict: StateDict, expected: [String: [Int]], ignoringPrefixes: [String] = []
    ) throws {
        let ordered = try OrderedStateDict(stateDict.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
        try validate(ordered, expected: expected.sorted { $0.key < $1.key }.map { ($0.key, $0.value) },
                     ignoringPrefixes: ignoringPrefixes)
    }
}
