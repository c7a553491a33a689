import ArgumentParser
import CXRNN

/// `cxr models`: lists the architectures with their parameter counts.
struct Models: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the model architectures and their parameter counts.")

    @Option(help: "Number of classes of the head used for the count.")
    var classes: Int = 1000

    func run() throws {
        print("architecture     parameters (\(classes)-class head)")
        for architecture in Architecture.allCases {
            let model = architecture.make(classes: classes)
            let count = model.parameterCount
            print(architecture.rawValue.padding(toLength: 16, withPad: " ", startingAt: 0), String(count).leftPadded(12),
                  String(format: "%8.2f M", Double(count) / 1e6))
        }
    }
}

extension String {
    func leftPadded(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}

import Foundation
