import Foundation

/// One named tensor from a checkpoint: a shape and its values in row-major order.
///
/// Values are always `Float`. `sourceType` records the element type in the file;
/// integer buffers such as BatchNorm's `num_batches_tracked` (`int64`) are kept,
/// converted to `Float` (exact up to 2^24), with `isInteger == true` so callers can
/// skip or restore them.
public struct NamedArray: Equatable, Sendable {
    /// Dimensions, outermost first. `[]` is a scalar (one value).
    public var shape: [Int]
    /// Row-major (C-contiguous) values; `values.count == shape.reduce(1, *)`.
    public var values: [Float]
    /// The element type the values were decoded from (`.float32` for new arrays).
    public var sourceType: ElementType

    public init(shape: [Int], values: [Float], sourceType: ElementType = .float32) {
        self.shape = shape
        self.values = values
        self.sourceType = sourceType
    }

    /// Number of elements implied by `shape`.
    public var elementCount: Int { shape.reduce(1, *) }

    /// True if the values came from an integer or boolean type.
    public var isInteger: Bool { sourceType.isInteger }
}

/// Tensors by name. Use `OrderedStateDict` when the file order matters.
public typealias StateDict = [String: NamedArray]

/// A state dict that remembers key order (the order of the checkpoint file).
public struct OrderedStateDict: Equatable, Sendable {
    /// Keys in file order.
    public private(set) var keys: [String]
    /// Tensors by key.
    public private(set) var tensors: StateDict
    /// Free-form string metadata (safetensors `__metadata__`); empty for torch files.
    public var metadata: [String: String]
    /// Top-level entries that were not tensors and were therefore left out
    /// (for example a torch state dict entry holding an unsupported object).
    public var skippedKeys: [String]

    public init() {
        keys = []
        tensors = [:]
        metadata = [:]
        skippedKeys = []
    }

    /// Builds a dict from ordered pairs; throws `duplicateKey` on repeated names.
    public init(_ pairs: [(String, NamedArray)], metadata: [String: String] = [:]) throws {
        self.init()
        self.metadata = metadata
        for (k, v) in pairs {
            if tensors[k] != nil { throw CheckpointError.duplicateKey(k) }
            keys.append(k)
            tensors[k] = v
        }
    }

    public var count: Int { keys.count }
    public var isEmpty: Bool { keys.isEmpty }

    /// Gets a tensor, or inserts (appending new keys at the end), replaces or removes one.
    public subscript(key: String) -> NamedArray? {
        get { tensors[key] }
        set {
            if let newValue {
                if tensors.updateValue(newValue, forKey: key) == nil { keys.append(key) }
            } else if tensors.removeValue(forKey: key) != nil {
                keys.removeAll { $0 == key }
            }
        }
    }

    /// Entries in key order.
    public var entries: [(key: String, value: NamedArray)] { keys.map { ($0, tensors[$0]!) } }

    /// Renames every key; throws `duplicateKey` if two keys map to the same name.
    public func mapKeys(_ transform: (String) throws -> String) throws -> OrderedStateDict {
        var out = OrderedStateDict()
        out.metadata = metadata
        out.skippedKeys = skippedKeys
        for k in keys {
            let nk = try transform(k)
            if out.tensors[nk] != nil { throw CheckpointError.duplicateKey(nk) }
            out.keys.append(nk)
            out.tensors[nk] = tensors[k]
        }
        return out
    }

    /// Keeps only entries whose key satisfies `isIncluded`.
    public func filter(_ isIncluded: (String, NamedArray) -> Bool) -> OrderedStateDict {
        var out = OrderedStateDict()
        out.metadata = metadata
        out.skippedKeys = skippedKeys
        for k in keys where isIncluded(k, tensors[k]!) {
            out.keys.append(k)
            out.tensors[k] = tensors[k]
        }
        return out
    }

    /// Removes a leading `prefix` from every key that has it (default `module.`, the
    /// prefix `nn.DataParallel` / `DistributedDataParallel` adds). Repeated prefixes
    /// (`module.module.`) are all removed.
    public func strippingPrefix(_ prefix: String = "module.") throws -> OrderedStateDict {
        guard !prefix.isEmpty else { return self }
        return try mapKeys { key in
            var k = Substring(key)
            while k.hasPrefix(prefix) { k = k.dropFirst(prefix.count) }
            return String(k)
        }
    }

    /// Renames old-style DenseNet keys (`denselayer1.norm.1.weight` → `denselayer1.norm1.weight`,
    /// `conv.2` → `conv2`, ...) exactly as torchvision's `densenet._load_state_dict` does.
    public func renamingLegacyDenseNetKeys() throws -> OrderedStateDict {
        try mapKeys(StateDictKeys.renameLegacyDenseNetKey)
    }
}

/// Key-normalisation helpers for individual key strings.
public enum StateDictKeys {
    /// The regular expression torchvision uses for old DenseNet checkpoints.
    public static let legacyDenseNetPattern =
        #"^(.*denselayer\d+\.(?:norm|relu|conv))\.((?:[12])\.(?:weight|bias|running_mean|running_var))$"#

    private static let legacyDenseNetRegex = try! NSRegularExpression(pattern: legacyDenseNetPattern)

    /// Applies torchvision's DenseNet key fix to one key: `group1 + group2` (drops the dot
    /// between `norm`/`relu`/`conv` and `1`/`2`). Keys that do not match are returned unchanged.
    public static func renameLegacyDenseNetKey(_ key: String) -> String {
        let ns = key as NSString
        guard let m = legacyDenseNetRegex.firstMatch(in: key, range: NSRange(location: 0, length: ns.length)) else {
            return key
        }
        return ns.substring(with: m.range(at: 1)) + ns.substring(with: m.range(at: 2))
    }
}
