import Foundation

extension TrainingConfiguration {
    /// The settings in which `other` differs from this configuration, one `key.path: mine -> other's`
    /// line each (JSON key paths, sorted); empty when they are equal.
    public func differences(to other: TrainingConfiguration) -> [String] {
        func flatten(_ value: Any, prefix: String, into result: inout [String: String]) {
            if let dictionary = value as? [String: Any] {
                for (key, child) in dictionary { flatten(child, prefix: prefix.isEmpty ? key : prefix + "." + key, into: &result) }
            } else {
                result[prefix] = "\(value)"
            }
        }
        func leaves(_ configuration: TrainingConfiguration) -> [String: String] {
            var result: [String: String] = [:]
            if let data = try? configuration.jsonData(), let object = try? JSONSerialization.jsonObject(with: data) {
                flatten(object, prefix: "", into: &result)
            }
            return result
        }
        let mine = leaves(self), theirs = leaves(other)
        return Set(mine.keys).union(theirs.keys).sorted().compactMap { key in
            mine[key] == theirs[key] ? nil : "\(key): \(mine[key] ?? "unset") -> \(theirs[key] ?? "unset")"
        }
    }
}
