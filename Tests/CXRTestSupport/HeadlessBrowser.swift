import Foundation

/// Debian's Chromium run headless, for tests that check what a person would see in a browser.
public enum HeadlessBrowser {
    /// The Chromium binary, if installed (tests skip with a printed reason without it).
    public static var executable: String? {
        ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }

    /// Loads `url`, lets its scripts run for `budgetMilliseconds` of virtual time, and returns
    /// the serialised DOM afterwards (`--dump-dom`).
    public static func dumpDOM(_ url: URL, budgetMilliseconds: Int = 5000) throws -> String {
        guard let chromium = executable else { throw BrowserError("Chromium is not installed") }
        return try run(chromium, ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                                  "--virtual-time-budget=\(budgetMilliseconds)", "--dump-dom", url.absoluteString])
    }

    /// Saves a screenshot of `url` as PNG (for a person to look at while developing).
    public static func screenshot(_ url: URL, to path: String, width: Int = 1280, height: Int = 2000) throws {
        guard let chromium = executable else { throw BrowserError("Chromium is not installed") }
        _ = try run(chromium, ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars",
                               "--window-size=\(width),\(height)", "--screenshot=\(path)", url.absoluteString])
    }

    public struct BrowserError: Error, CustomStringConvertible {
        public var description: String
        init(_ description: String) { self.description = description }
    }

    static func run(_ executable: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("cxr-chromium-\(getpid())")
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = home.path  // a profile of its own, away from the user's
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw BrowserError("\(executable) exited with status \(process.terminationStatus)")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
