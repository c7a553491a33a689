import CXRData

/// Fold tables (`image, group, labels, test_fold, val_in_folds`) through `FoldTable(text:)`,
/// then `foldCount` and the split of every fold over a dataset holding the table's images.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFoldTable(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeRawBufferPointer(start: count > 0 ? start : nil, count: count), as: UTF8.self)
    let table: FoldTable
    do {
        table = try FoldTable(text: text, path: "fuzz-input")
    } catch let error as DatasetError {
        _ = error.description
        return 0
    } catch {
        fatalError("FoldTable threw \(type(of: error)): \(error)")
    }
    let folds = table.foldCount
    precondition(folds >= 0, "negative fold count \(folds)")
    let classes = table.entries.first?.labels.count ?? 0
    let samples = table.entries.map { Sample(path: "/fuzz/" + $0.image, labels: [Float](repeating: 0, count: classes), group: $0.group) }
    let dataset = Dataset(name: "fuzz", classNames: (0..<classes).map { "c\($0)" }, samples: samples)
    for fold in 0..<min(folds, 16) {
        do {
            let split = try table.split(testFold: fold, dataset: dataset)
            precondition(split.train.count + split.validation.count + split.test.count <= table.entries.count)
        } catch let error as DatasetError {
            _ = error.description
        } catch {
            fatalError("FoldTable.split threw \(type(of: error)): \(error)")
        }
    }
    return 0
}
