import Foundation

/// An RFC 4180 CSV table: quoted fields may hold commas, doubled quotes and newlines; CRLF or LF
/// line ends; a header row names the columns.
public struct CSVTable: Sendable {
    public var header: [String]
    public var rows: [[String]]
    /// Where the table came from (for error messages).
    public var source: String

    /// Parses CSV text. Rows shorter than the header are padded with empty fields.
    public init(text: String, source: String = "<memory>") throws {
        var rows = CSVTable.parse(Array(text.utf8))
        guard !rows.isEmpty else { throw DatasetError.badFile(path: source, reason: "empty CSV file (no header row)") }
        header = rows.removeFirst().map { $0.trimmingCharacters(in: .whitespaces) }
        if let first = header.first, first.hasPrefix("\u{FEFF}") { header[0] = String(first.dropFirst()) }
        let width = header.count
        self.rows = rows.filter { !($0.count == 1 && $0[0].isEmpty) }.map { $0.count < width ? $0 + Array(repeating: "", count: width - $0.count) : $0 }
        self.source = source
    }

    /// Reads and parses a CSV file.
    public init(contentsOf path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DatasetError.badFile(path: path, reason: FileManager.default.fileExists(atPath: path) ? "cannot read the file" : "no such file")
        }
        try self.init(text: String(decoding: data, as: UTF8.self), source: path)
    }

    /// Index of the column named `name`; throws an error naming the column and the file otherwise.
    public func column(_ name: String) throws -> Int {
        guard let i = header.firstIndex(of: name) else {
            throw DatasetError.missingColumn(name: name, path: source, available: header)
        }
        return i
    }

    static func parse(_ bytes: [UInt8]) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field: [UInt8] = []
        var i = 0, inQuotes = false, fieldWasQuoted = false
        let n = bytes.count
        func endField() { row.append(String(decoding: field, as: UTF8.self)); field.removeAll(keepingCapacity: true); fieldWasQuoted = false }
        while i < n {
            let b = bytes[i]
            if inQuotes {
                if b == 0x22 {
                    if i + 1 < n && bytes[i + 1] == 0x22 { field.append(0x22); i += 2; continue }
                    inQuotes = false
                } else { field.append(b) }
                i += 1; continue
            }
            switch b {
            case 0x22 where field.isEmpty && !fieldWasQuoted: inQuotes = true; fieldWasQuoted = true
            case 0x2C: endField()
            case 0x0A, 0x0D:
                endField(); rows.append(row); row = []
                if b == 0x0D && i + 1 < n && bytes[i + 1] == 0x0A { i += 1 }
            default: field.append(b)
            }
            i += 1
        }
        if !field.isEmpty || !row.isEmpty || fieldWasQuoted { endField(); rows.append(row) }
        return rows
    }
}
