import CXRTrain
import Foundation

/// Training configuration JSON (`TrainingConfiguration.decode`, what `cxr train --config` reads),
/// then `validate()`, and a write/read round trip that must give the same configuration.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzConfigJSON(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    let data = count > 0 && start != nil ? Data(bytes: start!, count: count) : Data()
    let configuration: TrainingConfiguration
    do {
        configuration = try TrainingConfiguration.decode(data, path: "fuzz-input")
    } catch let error as ConfigurationError {
        _ = error.description
        return 0
    } catch {
        fatalError("TrainingConfiguration.decode threw \(type(of: error)): \(error)")
    }
    _ = try? configuration.validate()
    do {
        let again = try TrainingConfiguration.decode(try configuration.jsonData())
        precondition(again == configuration, "round trip changed: \(configuration.differences(to: again))")
    } catch {
        fatalError("a configuration that reads did not write and read back: \(error)")
    }
    _ = TrainingConfiguration().differences(to: configuration)
    return 0
}
