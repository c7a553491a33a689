import ArgumentParser
import CXRData
import Foundation

/// `cxr bench-data`: CXRData's decode + preprocessing + augmentation throughput on the shared
/// data, beside PIL + torchvision doing the same work (scripts/bench_data_reference.py).
struct BenchData: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-data",
        abstract: "Images/s of decode + resize + augment: CXRData vs PIL + torchvision.")

    @Option(help: "Folder holding nih-chestxray14/ and covid-19-image-collection/.")
    var data: String = "../shared/data"

    @Option(help: "Worker threads (and Python worker processes).")
    var threads: Int = 2

    @Option(help: "Repeats; the median is reported.")
    var repeats: Int = 3

    @Option(help: "Use only the first N files.")
    var limit: Int?

    @Option(help: "Python with torch, torchvision and PIL.")
    var python: String = "/usr/bin/python3"

    @Option(help: "The reference script.")
    var script: String = "scripts/bench_data_reference.py"

    @Flag(help: "Skip the Python reference.")
    var noPython = false

    func run() throws {
        let result = try DataBenchmark.run(dataRoot: data, threads: threads, repeats: repeats, limit: limit,
                                           python: python, pythonScript: noPython ? nil : script)
        print(result)
    }
}
