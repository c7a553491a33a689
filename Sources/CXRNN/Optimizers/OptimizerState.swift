import CXRCheckpoint
import CXRTensor

/// An optimizer's state, exported for a checkpoint and loaded on resume.
///
/// Arrays are keyed `"{index}.{name}"`, where `index` is the parameter's position in the
/// optimizer's `parameters` and `name` is PyTorch's state name:
/// - `SGD` with momentum: `momentum_buffer`;
/// - `Adam`, `AdamW`: `exp_avg` (first moment m) and `exp_avg_sq` (second moment v).
///
/// Each array is the parameter's shape flattened row-major. A parameter that has not been
/// updated yet has no arrays and a step count of 0.
public struct OptimizerState: Equatable, Sendable {
    /// The learning rate when the state was taken.
    public var learningRate: Float
    /// Per parameter (by index): how many updates it has received (Adam's bias correction uses it).
    public var steps: [Int]
    /// Per-parameter state arrays keyed `"{index}.{name}"` (see the type's documentation).
    public var arrays: [String: [Float]]

    public init(learningRate: Float, steps: [Int], arrays: [String: [Float]]) {
        self.learningRate = learningRate
        self.steps = steps
        self.arrays = arrays
    }

    /// The state as named arrays for a safetensors file:
    /// `{prefix}learning_rate` (F32 scalar), `{prefix}{index}.step` (I64 scalar, one per
    /// parameter) and `{prefix}{index}.{name}` (F32, 1-D) for every array, in index order.
    public func stateDict(prefix: String = "optimizer.") -> OrderedStateDict {
        var pairs: [(String, NamedArray)] = [("\(prefix)learning_rate", NamedArray(shape: [], values: [learningRate]))]
        for (index, count) in steps.enumerated() {
            pairs.append(("\(prefix)\(index).step", NamedArray(shape: [], values: [Float(count)], sourceType: .int64)))
        }
        for key in arrays.keys.sorted(by: Self.indexOrder) {
            pairs.append(("\(prefix)\(key)", NamedArray(shape: [arrays[key]!.count], values: arrays[key]!)))
        }
        return try! OrderedStateDict(pairs)
    }

    /// Reads a state written by `stateDict(prefix:)` (other keys of `dict` are ignored).
    /// - Throws: `OptimizerStateError.malformed` when the learning rate is missing, step
    ///   counts are not consecutive from index 0, or a step count is not a non-negative integer.
    public init(stateDict dict: OrderedStateDict, prefix: String = "optimizer.") throws {
        guard let rate = dict["\(prefix)learning_rate"], rate.values.count == 1 else {
            throw OptimizerStateError.malformed("no scalar \(prefix)learning_rate")
        }
        var steps: [Int] = []
        var arrays: [String: [Float]] = [:]
        for (key, value) in dict.entries where key.hasPrefix(prefix) && key != "\(prefix)learning_rate" {
            let name = String(key.dropFirst(prefix.count))
            if name.hasSuffix(".step") {
                guard let index = Int(name.dropLast(".step".count)), index >= 0 else {
                    throw OptimizerStateError.malformed("step key \(key) has no parameter index")
                }
                guard value.values.count == 1, let count = Int(exactly: value.values[0]), count >= 0 else {
                    throw OptimizerStateError.malformed("\(key) is not a non-negative integer scalar")
                }
                if index >= steps.count { steps += Array(repeating: -1, count: index + 1 - steps.count) }
                steps[index] = count
            } else {
                arrays[name] = value.values
            }
        }
        if let missing = steps.firstIndex(of: -1) {
            throw OptimizerStateError.malformed("no \(prefix)\(missing).step")
        }
        self.init(learningRate: rate.values[0], steps: steps, arrays: arrays)
    }

    /// Orders `"{index}.{name}"` keys by index, then name.
    static func indexOrder(_ a: String, _ b: String) -> Bool {
        let (ia, ib) = (parameterIndex(a) ?? Int.max, parameterIndex(b) ?? Int.max)
        return ia != ib ? ia < ib : a < b
    }

    /// The parameter index of a `"{index}.{name}"` key.
    static func parameterIndex(_ key: String) -> Int? {
        guard let dot = key.firstIndex(of: ".") else { return nil }
        return Int(key[..<dot])
    }
}

/// Why `Optimizer.load(state:)` or `OptimizerState(stateDict:)` refused a state.
public enum OptimizerStateError: Error, Equatable, CustomStringConvertible {
    /// The state has `stateCount` step counts; the optimizer has `parameterCount` parameters.
    case parameterCountMismatch(stateCount: Int, parameterCount: Int)
    /// An array this optimizer does not keep (another optimizer's state, a bad index).
    case unexpectedArray(String)
    /// An array whose length is not the parameter's value count.
    case sizeMismatch(key: String, expected: Int, actual: Int)
    /// A parameter with a positive step count lacks an array it needs, or the reverse.
    case missingArray(String)
    /// A state dict that does not have the layout `stateDict(prefix:)` writes.
    case malformed(String)

    public var description: String {
        switch self {
        case let .parameterCountMismatch(stateCount, parameterCount):
            return "optimizer state covers \(stateCount) parameters, the optimizer has \(parameterCount)"
        case let .unexpectedArray(key): return "optimizer state has an unexpected array \(key)"
        case let .sizeMismatch(key, expected, actual): return "optimizer state array \(key) has \(actual) values, expected \(expected)"
        case let .missingArray(key): return "optimizer state lacks the array \(key)"
        case let .malformed(reason): return "malformed optimizer state: \(reason)"
        }
    }
}

extension OptimizerState {
    /// Checks the state against `parameters` and returns, for each of `names`, one tensor per
    /// parameter (nil where the parameter has no state yet).
    ///
    /// A parameter for which `needsBuffers(steps[index])` holds must have every named array;
    /// any other must have none.
    func buffers(for parameters: [Tensor], names: [String], needsBuffers: (Int) -> Bool) throws -> [[Tensor?]] {
        guard steps.count == parameters.count else {
            throw OptimizerStateError.parameterCountMismatch(stateCount: steps.count, parameterCount: parameters.count)
        }
        if let negative = steps.firstIndex(where: { $0 < 0 }) {
            throw OptimizerStateError.malformed("parameter \(negative) has a negative step count \(steps[negative])")
        }
        var result = names.map { _ in [Tensor?](repeating: nil, count: parameters.count) }
        for (key, values) in arrays {
            guard let index = Self.parameterIndex(key), index >= 0, index < parameters.count,
                  let slot = names.firstIndex(of: String(key[key.index(after: key.firstIndex(of: ".")!)...])),
                  needsBuffers(steps[index])
            else { throw OptimizerStateError.unexpectedArray(key) }
            let parameter = parameters[index]
            guard values.count == parameter.count else {
                throw OptimizerStateError.sizeMismatch(key: key, expected: parameter.count, actual: values.count)
            }
            result[slot][index] = Tensor(shape: parameter.shape, values: values)
        }
        for index in parameters.indices where needsBuffers(steps[index]) {
            for (slot, name) in names.enumerated() where result[slot][index] == nil {
                throw OptimizerStateError.missingArray("\(index).\(name)")
            }
        }
        return result
    }
}
