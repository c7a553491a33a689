/// Errors from dataset loading and splitting; each names the file, column or count involved.
public enum DatasetError: Error, CustomStringConvertible, Sendable {
    case badFile(path: String, reason: String)
    case missingColumn(name: String, path: String, available: [String])
    case badValue(path: String, row: Int, column: String, value: String)
    case missingImages(count: Int, total: Int, examples: [String], folder: String)
    case unknownLabel(String, path: String)
    case badSplit(String)

    public var description: String {
        switch self {
        case .badFile(let path, let reason): return "cannot use '\(path)': \(reason)"
        case .missingColumn(let name, let path, let available):
            return "'\(path)' has no column '\(name)' (columns: \(available.joined(separator: ", ")))"
        case .badValue(let path, let row, let column, let value):
            return "'\(path)' row \(row): bad value '\(value)' in column '\(column)'"
        case .missingImages(let count, let total, let examples, let folder):
            return "\(count) of \(total) images are missing under '\(folder)' (for example \(examples.prefix(3).joined(separator: ", "))); "
                + "pass --allow-missing (allowMissing: true in a configuration) to go on with the \(total - count) present"
        case .unknownLabel(let label, let path): return "'\(path)': unknown label '\(label)'"
        case .badSplit(let why): return "invalid split: \(why)"
        }
    }
}
